#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <optional>

class QSslConfiguration;

namespace zct {

// One certificate of the chain the server presented, in the words a support engineer uses.
struct CertificateDetails
{
    QString subject;             // "CN=rest.apisandbox.zuora.com, O=Zuora, Inc., C=US"
    QString issuer;
    QStringList alternativeNames; // "DNS:rest.apisandbox.zuora.com", "IP:127.0.0.1"
    QDateTime notBefore;          // UTC
    QDateTime notAfter;           // UTC
    QString sha256;               // "AB:CD:..." upper-case hex pairs
    QString keyType;              // "RSA", "EC", "DSA", "DH" or "unknown"
    int keyBits = -1;
    bool selfSigned = false;

    // The CN of the subject or issuer ("rest.apisandbox.zuora.com"), else the whole name.
    QString subjectCommonName() const;
    QString issuerCommonName() const;
};

// What the TLS handshake of one attempt settled: the negotiated protocol and cipher, the chain as
// presented, and how it came to be trusted. Filled in when an encrypted connection was made.
struct TlsDetails
{
    Q_DECLARE_TR_FUNCTIONS(TlsDetails)
public:
    static constexpr int ExpiryWarningDays = 14;

    bool encrypted = false;
    QString protocol;             // "TLS 1.3"
    QString cipher;               // "TLS_AES_256_GCM_SHA384"
    QList<CertificateDetails> chain;   // the server's certificate first
    // The chain ends in an authority trusted only through the profile's extra CA file, not the
    // system's: typical of a corporate TLS-inspecting proxy.
    bool trustedOnlyThroughExtraCa = false;

    // When the server's certificate stops being valid; nothing without a chain.
    std::optional<QDateTime> serverCertificateExpiry() const;
    // Whole days from `now` until the server certificate expires (negative once expired); nothing
    // without a chain.
    std::optional<qint64> daysUntilExpiry(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool expiresSoon(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // One line for a banner or a report: "TLS 1.3, TLS_AES_256_GCM_SHA384; certificate for
    // rest.example.com by R3, expires 2027-01-30 (in 60 days)".
    QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Warnings in words (expiring soon, trusted only through the extra CA); empty when none.
    QStringList warnings(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QJsonObject toJson(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Whether the system's bundle of trusted roots (SSL_CERT_FILE, else the distribution's file)
    // holds this very certificate; nothing when no bundle is found.
    static std::optional<bool> systemBundleHolds(const QSslCertificate &certificate);
    static QStringList systemBundlePaths();

    static CertificateDetails describe(const QSslCertificate &certificate);
    // From a finished reply's configuration; extraCa: the certificates of the profile's CA file.
    static TlsDetails from(const QSslConfiguration &configuration, const QList<QSslCertificate> &extraCa);
    // The same from parts, for tests and for callers without a configuration.
    static TlsDetails from(const QList<QSslCertificate> &chain, const QString &protocol, const QString &cipher,
                           const QList<QSslCertificate> &extraCa);
};

} // namespace zct
