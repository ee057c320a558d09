#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A certificate and key made at test time with the openssl command, for TLS tests on
// loopback. Nothing is shipped: every run makes its own.
//
// Besides a self-signed certificate (make()), it makes a small authority (makeAuthority())
// and certificates issued by one for any validity window, past or future (makeIssuedBy(),
// through `openssl ca -startdate/-enddate`, which OpenSSL 3.0's `req -x509` cannot do).
class TestCertificate final
{
public:
    // subjectAltName e.g. "IP:127.0.0.1,DNS:localhost"
    bool make(const QString &commonName = QStringLiteral("127.0.0.1"),
              const QString &subjectAltName = QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QString error() const { return m_error; }

    // A certificate authority (CA:TRUE, keyCertSign) valid from a day ago for 30 days; its
    // certificate and key are certificatePath() and keyPath().
    bool makeAuthority(const QString &commonName = QStringLiteral("ZCT Test Authority"));
    // A server certificate issued by authority (made with makeAuthority()), valid from notBefore
    // to notAfter (UTC, whole seconds).
    bool makeIssuedBy(const TestCertificate &authority, const QDateTime &notBefore, const QDateTime &notAfter,
                      const QString &commonName = QStringLiteral("127.0.0.1"),
                      const QString &subjectAltName = QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    // Valid from an hour ago for a day.
    bool makeIssuedBy(const TestCertificate &authority,
                      const QString &commonName = QStringLiteral("127.0.0.1"),
                      const QString &subjectAltName = QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    // certificatePath() followed by the issuer's certificate: the chain a server sends. Only
    // after makeIssuedBy().
    QString chainPath() const { return m_dir.filePath(QStringLiteral("chain.pem")); }

private:
    bool openssl(const QStringList &arguments);
    bool writeConfig(const QString &subjectAltName);

    QTemporaryDir m_dir;
    QString m_error;
};
