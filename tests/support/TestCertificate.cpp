#include "TestCertificate.h"

#include <QFile>
#include <QProcess>

namespace {

QString asn1Time(const QDateTime &when)
{
    // GeneralizedTime, which `openssl ca` takes for any year.
    return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

} // namespace

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

bool TestCertificate::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1: %2%3")
                      .arg(arguments.value(0), process.errorString(),
                           QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

// Our own configuration, so neither the system's openssl.cnf nor its defaults matter.
bool TestCertificate::writeConfig(const QString &subjectAltName)
{
    QFile file(m_dir.filePath(QStringLiteral("openssl.cnf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    const QByteArray config = "[req]\n"
                              "distinguished_name = dn\n"
                              "prompt = no\n"
                              "[dn]\n"
                              "CN = unused\n"
                              "[authority]\n"
                              "basicConstraints = critical, CA:TRUE\n"
                              "keyUsage = critical, keyCertSign, cRLSign\n"
                              "subjectKeyIdentifier = hash\n"
                              "[ca]\n"
                              "default_ca = issuer\n"
                              "[issuer]\n"
                              "database = index.txt\n"
                              "new_certs_dir = .\n"
                              "rand_serial = yes\n"
                              "default_md = sha256\n"
                              "policy = any_subject\n"
                              "unique_subject = no\n"
                              "email_in_dn = no\n"
                              "[any_subject]\n"
                              "commonName = supplied\n"
                              "[server]\n"
                              "basicConstraints = critical, CA:FALSE\n"
                              "keyUsage = critical, digitalSignature, keyEncipherment\n"
                              "extendedKeyUsage = serverAuth\n"
                              "subjectKeyIdentifier = hash\n"
                              "authorityKeyIdentifier = keyid\n"
        + (subjectAltName.isEmpty() ? QByteArray() : "subjectAltName = " + subjectAltName.toLatin1() + '\n');
    QFile index(m_dir.filePath(QStringLiteral("index.txt")));
    if (file.write(config) != config.size() || !index.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write the openssl configuration");
        return false;
    }
    return true;
}

bool TestCertificate::makeAuthority(const QString &commonName)
{
    if (!writeConfig(QString()))
        return false;
    // `req -x509` starts the validity now; an authority that begins a day earlier lets
    // certificates it issues start in the past without tripping over it.
    if (!openssl({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("openssl.cnf"),
                  QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                  QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), QStringLiteral("authority.csr")}))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("openssl.cnf"),
                    QStringLiteral("-selfsign"), QStringLiteral("-extensions"), QStringLiteral("authority"),
                    QStringLiteral("-keyfile"), keyPath(), QStringLiteral("-in"), QStringLiteral("authority.csr"),
                    QStringLiteral("-startdate"), asn1Time(now.addDays(-1)),
                    QStringLiteral("-enddate"), asn1Time(now.addDays(30)),
                    QStringLiteral("-notext"), QStringLiteral("-out"), certificatePath()});
}

bool TestCertificate::makeIssuedBy(const TestCertificate &authority, const QDateTime &notBefore,
                                   const QDateTime &notAfter, const QString &commonName,
                                   const QString &subjectAltName)
{
    if (!writeConfig(subjectAltName))
        return false;
    if (!openssl({QStringLiteral("req"), QStringLiteral("-config"), QStringLiteral("openssl.cnf"),
                  QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                  QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), QStringLiteral("server.csr")}))
        return false;
    if (!openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("openssl.cnf"),
                  QStringLiteral("-extensions"), QStringLiteral("server"),
                  QStringLiteral("-cert"), authority.certificatePath(), QStringLiteral("-keyfile"), authority.keyPath(),
                  QStringLiteral("-in"), QStringLiteral("server.csr"),
                  QStringLiteral("-startdate"), asn1Time(notBefore), QStringLiteral("-enddate"), asn1Time(notAfter),
                  QStringLiteral("-notext"), QStringLiteral("-out"), certificatePath()}))
        return false;
    QFile leaf(certificatePath());
    QFile issuer(authority.certificatePath());
    QFile chain(chainPath());
    if (!leaf.open(QIODevice::ReadOnly) || !issuer.open(QIODevice::ReadOnly)
        || !chain.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write %1").arg(chainPath());
        return false;
    }
    chain.write(leaf.readAll() + issuer.readAll());
    return true;
}

bool TestCertificate::makeIssuedBy(const TestCertificate &authority, const QString &commonName,
                                   const QString &subjectAltName)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return makeIssuedBy(authority, now.addSecs(-3600), now.addDays(1), commonName, subjectAltName);
}
