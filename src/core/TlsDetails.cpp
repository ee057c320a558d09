#include "TlsDetails.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    for (const QByteArray &attribute : issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes()) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    // Most specific first, as people read them: CN before O before C.
    std::reverse(parts.begin(), parts.end());
    return parts.join(u", "_s);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return u"TLS 1.2"_s;
    case QSsl::TlsV1_3: return u"TLS 1.3"_s;
    case QSsl::DtlsV1_2: return u"DTLS 1.2"_s;
    default: return QString();
    }
}

QString keyTypeName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa: return u"RSA"_s;
    case QSsl::Ec: return u"EC"_s;
    case QSsl::Dsa: return u"DSA"_s;
    case QSsl::Dh: return u"DH"_s;
    default: return u"unknown"_s;
    }
}

QString commonName(const QString &distinguishedName)
{
    for (const QString &part : distinguishedName.split(u", "_s)) {
        if (part.startsWith(u"CN="))
            return part.mid(3);
    }
    return distinguishedName;
}

} // namespace

QString CertificateDetails::subjectCommonName() const { return commonName(subject); }
QString CertificateDetails::issuerCommonName() const { return commonName(issuer); }

CertificateDetails TlsDetails::describe(const QSslCertificate &certificate)
{
    CertificateDetails details;
    details.subject = distinguishedName(certificate, false);
    details.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString kind = it.key() == QSsl::DnsEntry ? u"DNS"_s : it.key() == QSsl::IpAddressEntry ? u"IP"_s : u"email"_s;
        details.alternativeNames << kind + u':' + it.value();
    }
    details.alternativeNames.sort();
    details.notBefore = certificate.effectiveDate().toUTC();
    details.notAfter = certificate.expiryDate().toUTC();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    details.sha256 = pairs.join(u':');
    const QSslKey key = certificate.publicKey();
    details.keyType = keyTypeName(key.algorithm());
    details.keyBits = key.isNull() ? -1 : key.length();
    details.selfSigned = certificate.isSelfSigned();
    return details;
}

TlsDetails TlsDetails::from(const QList<QSslCertificate> &chain, const QString &protocol, const QString &cipher,
                            const QList<QSslCertificate> &extraCa)
{
    TlsDetails details;
    details.encrypted = !chain.isEmpty() || !protocol.isEmpty();
    details.protocol = protocol;
    details.cipher = cipher;
    for (const QSslCertificate &certificate : chain)
        details.chain << describe(certificate);
    if (chain.isEmpty() || extraCa.isEmpty())
        return details;
    // Trusted at all (the handshake succeeded), but would the system's authorities alone have
    // trusted it? Only a chain that ends in one of the extra CAs can owe its trust to the file.
    const QSslCertificate &last = chain.constLast();
    const QSslCertificate *anchor = nullptr;
    for (const QSslCertificate &authority : extraCa) {
        if (authority == last || authority.subjectInfo(QSslCertificate::CommonName) == last.issuerInfo(QSslCertificate::CommonName)) {
            anchor = &authority;
            break;
        }
    }
    if (!anchor)
        return details;
    // A root of its own is trusted by the system exactly when the system's bundle holds it: one
    // file read. QSslCertificate::verify() would parse every system root (about 200 ms with
    // OpenSSL 3, a whole check's time many times over), so it is kept for what the bundle
    // cannot settle: an intermediate in the extra file, or no bundle found.
    std::optional<bool> systemTrusts;
    if (anchor->isSelfSigned())
        systemTrusts = systemBundleHolds(*anchor);
    if (!systemTrusts)
        systemTrusts = QSslCertificate::verify(chain).isEmpty();
    details.trustedOnlyThroughExtraCa = !*systemTrusts;
    return details;
}

QStringList TlsDetails::systemBundlePaths()
{
    QStringList paths;
    if (const QString chosen = qEnvironmentVariable("SSL_CERT_FILE"); !chosen.isEmpty())
        paths << chosen;
    // Where distributions keep the bundle of trusted roots: Debian and Ubuntu, Fedora and RHEL,
    // openSUSE, Alpine and the BSDs.
    paths << u"/etc/ssl/certs/ca-certificates.crt"_s << u"/etc/pki/tls/certs/ca-bundle.crt"_s
          << u"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"_s << u"/etc/ssl/ca-bundle.pem"_s
          << u"/etc/ssl/cert.pem"_s;
    return paths;
}

std::optional<bool> TlsDetails::systemBundleHolds(const QSslCertificate &certificate)
{
    static constexpr qint64 kMaxBundleBytes = 16 * 1024 * 1024;
    const QByteArray der = certificate.toDer();
    // The first 32 base64 characters (the DER's first 24 bytes: lengths, version and most of the
    // serial number) find the candidates, which are decoded and compared whole. No certificate is
    // parsed, and only candidates are decoded: the bundle's ~200 KB of base64 would take a
    // millisecond to decode. PEM lines are 64 characters (RFC 7468), never under 32.
    const QByteArray prefix = der.toBase64().left(32);
    const QByteArray end = "-----END";
    for (const QString &path : systemBundlePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxBundleBytes)
            continue;
        const QByteArray pem = file.readAll();
        for (qsizetype at = pem.indexOf(prefix); at >= 0; at = pem.indexOf(prefix, at + 1)) {
            if (at > 0 && pem.at(at - 1) != '\n')
                continue;   // not the start of a block's body
            const qsizetype stop = pem.indexOf(end, at);
            if (stop >= 0 && QByteArray::fromBase64(pem.mid(at, stop - at)) == der)
                return true;
        }
        return false;   // the first bundle found is the system's
    }
    return std::nullopt;
}

TlsDetails TlsDetails::from(const QSslConfiguration &configuration, const QList<QSslCertificate> &extraCa)
{
    const QSslCipher cipher = configuration.sessionCipher();
    return from(configuration.peerCertificateChain(), protocolName(configuration.sessionProtocol()),
                cipher.isNull() ? QString() : cipher.name(), extraCa);
}

std::optional<QDateTime> TlsDetails::serverCertificateExpiry() const
{
    if (chain.isEmpty() || !chain.constFirst().notAfter.isValid())
        return std::nullopt;
    return chain.constFirst().notAfter;
}

std::optional<qint64> TlsDetails::daysUntilExpiry(const QDateTime &now) const
{
    const std::optional<QDateTime> expiry = serverCertificateExpiry();
    if (!expiry)
        return std::nullopt;
    const qint64 seconds = now.secsTo(*expiry);
    // Whole days left, rounded down; an expired certificate counts negative days.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

bool TlsDetails::expiresSoon(const QDateTime &now) const
{
    const std::optional<qint64> days = daysUntilExpiry(now);
    return days && *days < ExpiryWarningDays;
}

QString TlsDetails::summary(const QDateTime &now) const
{
    if (!encrypted)
        return tr("Not encrypted (plain HTTP to this computer).");
    QString text = protocol.isEmpty() ? tr("TLS") : protocol;
    if (!cipher.isEmpty())
        text += u", "_s + cipher;
    if (!chain.isEmpty()) {
        const CertificateDetails &server = chain.constFirst();
        const qint64 days = daysUntilExpiry(now).value_or(0);
        const QString when = server.notAfter.date().toString(Qt::ISODate);
        text += u"; "_s
            + (days >= 0 ? tr("certificate for %1 by %2, expires %3 (in %n days)", nullptr, int(days))
                               .arg(server.subjectCommonName(), server.issuerCommonName(), when)
                         : tr("certificate for %1 by %2 expired on %3")
                               .arg(server.subjectCommonName(), server.issuerCommonName(), when));
    }
    return text;
}

QStringList TlsDetails::warnings(const QDateTime &now) const
{
    QStringList list;
    const std::optional<qint64> days = daysUntilExpiry(now);
    if (days && *days >= 0 && *days < ExpiryWarningDays)
        list << tr("The server certificate expires in %n days: renew it before logins start failing.", nullptr, int(*days));
    if (trustedOnlyThroughExtraCa)
        list << tr("The chain ends in an authority trusted only through this profile's extra CA file, not the system's: "
                   "typical of a company proxy that inspects TLS.");
    return list;
}

QJsonObject TlsDetails::toJson(const QDateTime &now) const
{
    QJsonArray certificates;
    for (const CertificateDetails &certificate : chain) {
        certificates.append(QJsonObject{
            {u"subject"_s, certificate.subject},
            {u"issuer"_s, certificate.issuer},
            {u"subjectAlternativeNames"_s, QJsonArray::fromStringList(certificate.alternativeNames)},
            {u"notBefore"_s, certificate.notBefore.toString(Qt::ISODate)},
            {u"notAfter"_s, certificate.notAfter.toString(Qt::ISODate)},
            {u"sha256"_s, certificate.sha256},
            {u"keyType"_s, certificate.keyType},
            {u"keyBits"_s, certificate.keyBits},
            {u"selfSigned"_s, certificate.selfSigned},
        });
    }
    const std::optional<qint64> days = daysUntilExpiry(now);
    return QJsonObject{
        {u"protocol"_s, protocol},
        {u"cipher"_s, cipher},
        {u"chain"_s, certificates},
        {u"daysUntilExpiry"_s, days ? QJsonValue(*days) : QJsonValue()},
        {u"trustedOnlyThroughExtraCa"_s, trustedOnlyThroughExtraCa},
        {u"warnings"_s, QJsonArray::fromStringList(warnings(now))},
    };
}

} // namespace zct
