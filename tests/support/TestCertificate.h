#pragma once

#include <QString>
#include <QTemporaryDir>

// A certificate and key made at test time with the openssl command, for TLS tests on
// loopback. Nothing is shipped: every run makes its own.
class TestCertificate final
{
public:
    // subjectAltName e.g. "IP:127.0.0.1,DNS:localhost"
    bool make(const QString &commonName = QStringLiteral("127.0.0.1"),
              const QString &subjectAltName = QStringLiteral("IP:127.0.0.1,DNS:localhost"));
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_error;
};
