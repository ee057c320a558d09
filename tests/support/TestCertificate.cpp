#include "TestCertificate.h"

#include <QProcess>

bool TestCertificate::make(const QString &commonName, const QString &subjectAltName)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + subjectAltName,
                   QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), certificatePath()});
    // Tests may block: this is test set-up, not product code.
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}
