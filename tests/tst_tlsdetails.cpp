// TlsDetails: the chain as presented, in the words a support engineer uses, against certificates
// made at test time with openssl (an authority, servers issued by it for chosen validity windows).
#include "TestCertificate.h"
#include "TlsDetails.h"

#include <QJsonArray>
#include <QProcess>
#include <QSslCertificate>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QSslCertificate load(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    return certificates.value(0);
}

QString opensslFingerprint(const QString &path)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, path});
    openssl.waitForFinished(10000);
    const QString line = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    return line.section(u'=', 1);   // "sha256 Fingerprint=AB:CD:..."
}

} // namespace

class tst_TlsDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesTheServerCertificate();
    void expiry_data();
    void expiry();
    void extraCaTrust();
    void systemBundleDecides_data();
    void systemBundleDecides();
    void plainHttpHasNoDetails();

private:
    TestCertificate m_authority;
};

void tst_TlsDetails::initTestCase()
{
    QVERIFY2(m_authority.makeAuthority(u"ZCT Inspecting Proxy CA"_s), qPrintable(m_authority.error()));
}

void tst_TlsDetails::describesTheServerCertificate()
{
    TestCertificate server;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(server.makeIssuedBy(m_authority, now.addSecs(-3600), now.addDays(40), u"rest.test.example"_s,
                                 u"DNS:rest.test.example,IP:127.0.0.1"_s),
             qPrintable(server.error()));
    const QSslCertificate certificate = load(server.certificatePath());
    QVERIFY(!certificate.isNull());
    const TlsDetails details = TlsDetails::from({certificate, load(m_authority.certificatePath())}, u"TLS 1.3"_s,
                                                u"TLS_AES_256_GCM_SHA384"_s, {});
    QVERIFY(details.encrypted);
    QCOMPARE(details.chain.size(), 2);
    const CertificateDetails &leaf = details.chain.constFirst();
    QVERIFY2(leaf.subject.startsWith(u"CN=rest.test.example"_s), qPrintable(leaf.subject));
    QVERIFY2(leaf.issuer.contains(u"CN=ZCT Inspecting Proxy CA"_s), qPrintable(leaf.issuer));
    QCOMPARE(leaf.alternativeNames, (QStringList{u"DNS:rest.test.example"_s, u"IP:127.0.0.1"_s}));
    QCOMPARE(leaf.sha256, opensslFingerprint(server.certificatePath()));
    QCOMPARE(leaf.keyType, u"RSA"_s);
    QCOMPARE(leaf.keyBits, 2048);
    QVERIFY(!leaf.selfSigned);
    QVERIFY(details.chain.at(1).selfSigned);
    QCOMPARE(leaf.notAfter, now.addDays(40).toUTC().addMSecs(-now.time().msec()));
    const QString summary = details.summary(now);
    QVERIFY2(summary.startsWith(u"TLS 1.3, TLS_AES_256_GCM_SHA384; certificate for rest.test.example by ZCT Inspecting Proxy CA"_s),
             qPrintable(summary));
    const QJsonObject json = details.toJson(now);
    QCOMPARE(json.value(u"protocol"_s).toString(), u"TLS 1.3"_s);
    QCOMPARE(json.value(u"chain"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"chain"_s).toArray().at(0).toObject().value(u"sha256"_s).toString(), leaf.sha256);
    QCOMPARE(json.value(u"daysUntilExpiry"_s).toInteger(), 39);   // 40 days less the seconds already gone
}

void tst_TlsDetails::expiry_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<bool>("warns");

    QTest::newRow("a year") << qint64(365) * 86400 + 60 << qint64(365) << false;
    QTest::newRow("exactly 14 days") << qint64(14) * 86400 + 60 << qint64(14) << false;
    QTest::newRow("13 days and a bit") << qint64(13) * 86400 + 60 << qint64(13) << true;
    QTest::newRow("an hour") << qint64(3600) << qint64(0) << true;
}

void tst_TlsDetails::expiry()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(qint64, days);
    QFETCH(bool, warns);
    TestCertificate server;
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    QVERIFY2(server.makeIssuedBy(m_authority, now.addSecs(-3600), now.addSecs(secondsLeft)), qPrintable(server.error()));
    const TlsDetails details = TlsDetails::from({load(server.certificatePath())}, u"TLS 1.2"_s, QString(), {});
    QCOMPARE(details.daysUntilExpiry(now).value_or(-999), days);
    QCOMPARE(details.expiresSoon(now), warns);
    QCOMPARE(!details.warnings(now).isEmpty(), warns);
    if (warns)
        QVERIFY(details.warnings(now).constFirst().contains(u"expires in"_s));
}

void tst_TlsDetails::extraCaTrust()
{
    TestCertificate server;
    QVERIFY2(server.makeIssuedBy(m_authority), qPrintable(server.error()));
    const QList<QSslCertificate> chain{load(server.certificatePath())};
    const QList<QSslCertificate> extraCa{load(m_authority.certificatePath())};
    // The system's authorities know nothing of the test CA: only the extra file trusted it.
    const TlsDetails behindProxy = TlsDetails::from(chain, u"TLS 1.3"_s, QString(), extraCa);
    QVERIFY(behindProxy.trustedOnlyThroughExtraCa);
    QVERIFY(behindProxy.warnings().join(u' ').contains(u"extra CA file"_s));
    QVERIFY(behindProxy.toJson().value(u"trustedOnlyThroughExtraCa"_s).toBool());
    // Without an extra CA file there is nothing to blame on one.
    QVERIFY(!TlsDetails::from(chain, u"TLS 1.3"_s, QString(), {}).trustedOnlyThroughExtraCa);
    // An extra CA file that did not sign this chain is not what trusted it.
    TestCertificate other;
    QVERIFY2(other.makeAuthority(u"Another CA"_s), qPrintable(other.error()));
    QVERIFY(!TlsDetails::from(chain, u"TLS 1.3"_s, QString(), {load(other.certificatePath())}).trustedOnlyThroughExtraCa);
}

void tst_TlsDetails::systemBundleDecides_data()
{
    QTest::addColumn<QStringList>("bundle");   // what SSL_CERT_FILE holds: "test CA", "other CA"
    QTest::addColumn<bool>("extraIsServer");    // the extra file holds the server's own certificate
    QTest::addColumn<bool>("onlyThroughExtra");
    QTest::newRow("the system's bundle holds the extra CA") << QStringList{u"other CA"_s, u"test CA"_s} << false << false;
    QTest::newRow("the system's bundle holds other roots") << QStringList{u"other CA"_s} << false << true;
    QTest::newRow("an empty bundle") << QStringList{} << false << true;
    // Not a root: the bundle cannot settle it, the system's verification does.
    QTest::newRow("the extra file holds the server certificate") << QStringList{u"test CA"_s} << true << true;
}

void tst_TlsDetails::systemBundleDecides()
{
    QFETCH(QStringList, bundle);
    QFETCH(bool, extraIsServer);
    QFETCH(bool, onlyThroughExtra);
    TestCertificate server;
    QVERIFY2(server.makeIssuedBy(m_authority), qPrintable(server.error()));
    TestCertificate other;
    QVERIFY2(other.makeAuthority(u"Another CA"_s), qPrintable(other.error()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundlePath = dir.filePath(u"bundle.crt"_s);
    QFile file(bundlePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const QString &name : bundle) {
        QFile pem(name == u"test CA" ? m_authority.certificatePath() : other.certificatePath());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        file.write("# " + name.toUtf8() + '\n' + pem.readAll() + '\n');
    }
    file.close();
    const QByteArray saved = qgetenv("SSL_CERT_FILE");
    qputenv("SSL_CERT_FILE", bundlePath.toLocal8Bit());
    const auto restore = qScopeGuard([&] {
        if (saved.isNull())
            qunsetenv("SSL_CERT_FILE");
        else
            qputenv("SSL_CERT_FILE", saved);
    });
    QCOMPARE(TlsDetails::systemBundlePaths().value(0), bundlePath);
    const QSslCertificate authority = load(m_authority.certificatePath());
    QCOMPARE(TlsDetails::systemBundleHolds(authority), std::optional<bool>(bundle.contains(u"test CA"_s)));
    const QList<QSslCertificate> chain{load(server.certificatePath())};
    const QList<QSslCertificate> extraCa{extraIsServer ? chain.constFirst() : authority};
    QCOMPARE(TlsDetails::from(chain, u"TLS 1.3"_s, QString(), extraCa).trustedOnlyThroughExtraCa, onlyThroughExtra);
}

void tst_TlsDetails::plainHttpHasNoDetails()
{
    const TlsDetails none;
    QVERIFY(!none.encrypted);
    QVERIFY(!none.daysUntilExpiry());
    QVERIFY(!none.expiresSoon());
    QVERIFY(none.warnings().isEmpty());
    QVERIFY(none.summary().contains(u"Not encrypted"_s));
}

QTEST_GUILESS_MAIN(tst_TlsDetails)
#include "tst_tlsdetails.moc"
