#include "Environments.h"

#include <QTest>

using namespace zct;

class tst_Environments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presets();
    void normalize_data();
    void normalize();
    void endpointKeepsPrefix();
    void loopback_data();
    void loopback();
    void whereIsMyTenant_data();
    void whereIsMyTenant();
};

void tst_Environments::presets()
{
    QCOMPARE(Environments::presets().size(), 10);
    QSet<QString> ids;
    for (const Environment &env : Environments::presets()) {
        QVERIFY2(env.baseUrl.scheme() == QLatin1String("https"), qPrintable(env.id));
        QVERIFY(!env.displayName.isEmpty());
        ids.insert(env.id);
    }
    QCOMPARE(ids.size(), 10);
    QCOMPARE(Environments::find(QStringLiteral("us-prod-cloud2"))->baseUrl, QUrl(QStringLiteral("https://rest.zuora.com")));
    QCOMPARE(Environments::find(QStringLiteral("eu-sandbox"))->baseUrl, QUrl(QStringLiteral("https://rest.sandbox.eu.zuora.com")));
    QCOMPARE(Environments::find(QStringLiteral("us-sandbox-cloud2"))->baseUrl,
             QUrl(QStringLiteral("https://rest.apisandbox.zuora.com")));
    QVERIFY(!Environments::find(QStringLiteral("mars-prod")));
    QCOMPARE(Environments::match(QUrl(QStringLiteral("https://rest.eu.zuora.com/")))->id, QStringLiteral("eu-prod"));
    QVERIFY(!Environments::match(QUrl(QStringLiteral("https://example.com"))));
}

void tst_Environments::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");   // empty: an error is expected
    QTest::addColumn<bool>("hasNotes");

    QTest::newRow("preset as is") << "https://rest.zuora.com" << "https://rest.zuora.com" << false;
    QTest::newRow("bare host") << "rest.zuora.com" << "https://rest.zuora.com" << true;
    QTest::newRow("trailing slash") << "https://rest.zuora.com/" << "https://rest.zuora.com" << false;
    QTest::newRow("trailing v1") << "https://rest.zuora.com/v1" << "https://rest.zuora.com" << true;
    QTest::newRow("trailing v1 slash") << "https://rest.zuora.com/v1/" << "https://rest.zuora.com" << true;
    QTest::newRow("full endpoint") << "https://rest.zuora.com/v1/connections" << "https://rest.zuora.com" << true;
    QTest::newRow("oauth endpoint") << "https://rest.eu.zuora.com/oauth/token" << "https://rest.eu.zuora.com" << true;
    QTest::newRow("ui host") << "apisandbox.zuora.com" << "https://rest.apisandbox.zuora.com" << true;
    QTest::newRow("ui host https") << "https://test.eu.zuora.com/apps/" << "https://rest.test.eu.zuora.com" << true;
    QTest::newRow("production ui") << "https://www.zuora.com" << "https://rest.zuora.com" << true;
    QTest::newRow("legacy rest prefix") << "https://apisandbox-api.zuora.com/rest" << "https://apisandbox-api.zuora.com/rest" << false;
    QTest::newRow("legacy rest v1") << "https://api.zuora.com/rest/v1/" << "https://api.zuora.com/rest" << true;
    QTest::newRow("spaces around") << "  https://rest.zuora.com  " << "https://rest.zuora.com" << false;
    QTest::newRow("upper-case host") << "HTTPS://REST.ZUORA.COM" << "https://rest.zuora.com" << false;
    QTest::newRow("query dropped") << "https://rest.zuora.com/?a=b#x" << "https://rest.zuora.com" << true;
    QTest::newRow("port kept") << "https://rest.zuora.com:8443" << "https://rest.zuora.com:8443" << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080" << "http://127.0.0.1:8080" << false;
    QTest::newRow("http localhost") << "http://localhost:8080/rest" << "http://localhost:8080/rest" << false;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << "http://[::1]:8080" << false;
    QTest::newRow("bare localhost port") << "localhost:8080" << "https://localhost:8080" << true;
    QTest::newRow("http sub.localhost refused") << "http://zuora.localhost:8080" << "" << false;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8080" << "http://localhost:8080" << false;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10:8080" << "http://127.8.9.10:8080" << false;
    QTest::newRow("https sub.localhost kept") << "https://zuora.localhost:8443" << "https://zuora.localhost:8443" << false;
    QTest::newRow("http remote refused") << "http://rest.zuora.com" << "" << false;
    QTest::newRow("http private refused") << "http://10.0.0.1" << "" << false;
    QTest::newRow("ftp refused") << "ftp://rest.zuora.com" << "" << false;
    QTest::newRow("credentials in url") << "https://user:pass@rest.zuora.com" << "" << false;
    QTest::newRow("empty") << "" << "" << false;
    QTest::newRow("space inside") << "https://rest zuora.com" << "" << false;
    QTest::newRow("control char") << "https://rest.zuora.com/\n" << "https://rest.zuora.com" << false;
    QTest::newRow("no host") << "https://" << "" << false;
    // Found by fuzzing (tests/fuzz/corpus/url/regress-encoded-space-in-path.txt): QUrl's text form
    // decodes %20, so accepting it made a URL that normalize() refused once written back.
    QTest::newRow("encoded space in path") << "v/rest%20v1" << "" << false;
    QTest::newRow("encoded line feed in path") << "https://rest.zuora.com/a%0Ab" << "" << false;
}

void tst_Environments::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, hasNotes);
    const NormalizedUrl result = Environments::normalize(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(result.url.toString()));
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.url.toString(), expected);
    QCOMPARE(!result.notes.isEmpty(), hasNotes);
}

void tst_Environments::endpointKeepsPrefix()
{
    QCOMPARE(Environments::endpoint(QUrl(QStringLiteral("https://api.zuora.com/rest")), QStringLiteral("/v1/connections")),
             QUrl(QStringLiteral("https://api.zuora.com/rest/v1/connections")));
    QCOMPARE(Environments::endpoint(QUrl(QStringLiteral("https://rest.zuora.com")), QStringLiteral("/oauth/token")),
             QUrl(QStringLiteral("https://rest.zuora.com/oauth/token")));
}

void tst_Environments::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
    // Looked up in DNS like any name, so not known to be this computer (issue 10).
    QTest::newRow("app.localhost") << "app.localhost" << false;
    QTest::newRow("localhost.") << "localhost." << false;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::newRow("rest.zuora.com") << "rest.zuora.com" << false;
}

void tst_Environments::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Environments::isLoopbackHost(host), loopback);
}


// Issue 11: pasting a UI address finds the REST host and names the preset; OneID and retired hosts
// are named for what they are.
void tst_Environments::whereIsMyTenant_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");      // empty: refused
    QTest::addColumn<QString>("saysWhat");      // a note (or the error) must contain this

    QTest::newRow("sandbox UI page") << "https://apisandbox.zuora.com/apps/NewInvoice.do?method=view"
                                     << "https://rest.apisandbox.zuora.com" << "US API Sandbox Cloud 2";
    QTest::newRow("cloud 1 production UI") << "https://na.zuora.com/apps/home" << "https://rest.na.zuora.com"
                                           << "US Production Cloud 1";
    QTest::newRow("EU central sandbox bare") << "test.eu.zuora.com" << "https://rest.test.eu.zuora.com"
                                             << "EU Developer & Central Sandbox";
    QTest::newRow("APAC UI") << "https://ap.zuora.com" << "https://rest.ap.zuora.com" << "APAC Production";
    QTest::newRow("full endpoint names its preset") << "https://rest.eu.zuora.com/oauth/token"
                                                    << "https://rest.eu.zuora.com" << "EU Production";
    QTest::newRow("OneID refused") << "https://one.zuora.com/login" << "" << "OneID";
    QTest::newRow("OneID bare refused") << "one.zuora.com" << "" << "tenant's own address";
    QTest::newRow("pt1 retired") << "https://pt1.zuora.com/apps/" << "https://rest.pt1.zuora.com" << "retired";
    QTest::newRow("pt1 REST retired") << "rest.pt1.zuora.com" << "https://rest.pt1.zuora.com" << "retired";
    QTest::newRow("production copy retired") << "https://services470.zuora.com/apps/services/a/91.0"
                                             << "https://services470.zuora.com/apps/services/a/91.0" << "Production Copy";
}

void tst_Environments::whereIsMyTenant()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, saysWhat);
    const NormalizedUrl result = Environments::normalize(input);
    if (expected.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(saysWhat), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.url.toString(), expected);
    QVERIFY2(result.notes.join(u' ').contains(saysWhat), qPrintable(result.notes.join(u'|')));
}

QTEST_GUILESS_MAIN(tst_Environments)
#include "tst_environments.moc"
