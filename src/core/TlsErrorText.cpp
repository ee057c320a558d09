#include "TlsErrorText.h"

#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace zct {

static QString subjectOf(const QSslCertificate &certificate)
{
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QCoreApplication::translate("zct::TlsErrorText", "an unnamed certificate") : names.join(u", ");
}

QString TlsErrorText::describe(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        return tr("Self-signed certificate (%1): nobody vouches for it.").arg(subjectOf(certificate));
    case QSslError::SelfSignedCertificateInChain:
        return tr("The certificate chain ends in a self-signed certificate this computer does not trust.");
    case QSslError::CertificateExpired:
        return tr("The certificate expired on %1.").arg(certificate.expiryDate().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is not valid before %1 (check this computer's clock).")
            .arg(certificate.effectiveDate().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        return tr("Wrong host: the certificate is for %1, not %2.").arg(names.join(u", "), host);
    }
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return tr("Untrusted certificate: it was issued by %1, which this computer does not trust.")
            .arg(certificate.issuerDisplayName().isEmpty() ? tr("an unknown authority") : certificate.issuerDisplayName());
    case QSslError::CertificateRevoked:
        return tr("The certificate has been revoked.");
    case QSslError::NoPeerCertificate:
        return tr("The server sent no certificate.");
    default:
        return error.errorString();
    }
}

QStringList TlsErrorText::describeAll(const QList<QSslError> &errors, const QString &host)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        const QString line = describe(error, host);
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

QString TlsErrorText::hintFor(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            return tr("Check the host name in the base URL; a proxy that intercepts TLS can cause this too.");
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return tr("Check this computer's date and time; otherwise the server's certificate must be renewed.");
        default:
            break;
        }
    }
    return tr("If a company proxy or a test server uses its own authority, trust its CA certificate file for this profile.");
}

namespace {

enum class HandshakeRefusal { OldProtocol, Refused, Other };

HandshakeRefusal refusalIn(const QString &libraryText)
{
    // OpenSSL: "tlsv1 alert protocol version" when the server wants an older protocol,
    // "unsupported protocol" or "no protocols available" on the other side; "handshake failure"
    // is the server's generic refusal (no cipher, curve or signature in common, a client
    // certificate wanted, an unknown server name).
    const QString lower = libraryText.toLower();
    if (lower.contains(u"protocol version") || lower.contains(u"unsupported protocol")
        || lower.contains(u"no protocols available"))
        return HandshakeRefusal::OldProtocol;
    if (lower.contains(u"handshake failure") || lower.contains(u"no shared cipher"))
        return HandshakeRefusal::Refused;
    return HandshakeRefusal::Other;
}

} // namespace

QString TlsErrorText::describeHandshake(const QString &where, const QString &libraryText)
{
    // The reason is the text after OpenSSL's last colon ("error:0A00042E:SSL routines::reason" in
    // OpenSSL 3, "error:...:ssl3_read_bytes:reason" in 1.1).
    const QString reason = libraryText.section(u':', -1).trimmed();
    switch (refusalIn(libraryText)) {
    case HandshakeRefusal::OldProtocol:
        return tr("TLS handshake with %1 failed: the server does not speak TLS 1.2 or newer (%2).").arg(where, reason);
    case HandshakeRefusal::Refused:
        return tr("TLS handshake with %1 failed: the server refused it, for example for want of a cipher suite in common (%2).")
            .arg(where, reason);
    case HandshakeRefusal::Other:
        break;
    }
    return tr("TLS handshake with %1 failed: %2").arg(where, libraryText);
}

QString TlsErrorText::handshakeHint(const QString &libraryText)
{
    switch (refusalIn(libraryText)) {
    case HandshakeRefusal::OldProtocol:
        return tr("Zuora speaks TLS 1.2 and 1.3: an old proxy or server is answering. Check the base URL and the proxy.");
    case HandshakeRefusal::Refused:
        return tr("Zuora accepts this app's TLS settings: a proxy or server with other requirements is answering. "
                  "Check the base URL and the proxy.");
    case HandshakeRefusal::Other:
        break;
    }
    return tr("The server may not support TLS 1.2 or newer.");
}

} // namespace zct
