#include "CurlCommand.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "TestCertificate.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }

struct ShellRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CurlCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void shellQuote_data();
    void shellQuote();
    void shellQuoteSurvivesARealShell_data();
    void shellQuoteSurvivesARealShell();
    void build_data();
    void build();
    void asVariableNeverContainsTheSecret_data();
    void asVariableNeverContainsTheSecret();
    void runsAgainstTheDemoServer_data();
    void runsAgainstTheDemoServer();
    void proxyPasswordOnlyWhenIncluded();

private:
    // The demo server lives on this thread: wait by spinning the event loop, never by blocking.
    ShellRun runShell(const QString &command, const QProcessEnvironment &environment);
    QProcessEnvironment cleanEnvironment() const;

    QTemporaryDir m_home;   // no ~/.curlrc of the person running the tests
    TestCertificate m_certificate;
    std::unique_ptr<DemoServer> m_http;
    std::unique_ptr<DemoServer> m_https;
};

void tst_CurlCommand::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is needed (scripts/deps installs it)");
    QVERIFY(m_home.isValid());
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    QString error;
    m_http = std::make_unique<DemoServer>();
    QVERIFY2(m_http->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_https = std::make_unique<DemoServer>();
    QVERIFY2(m_https->useTls(m_certificate.certificatePath(), m_certificate.keyPath(), &error), qPrintable(error));
    QVERIFY2(m_https->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

QProcessEnvironment tst_CurlCommand::cleanEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                u"ALL_PROXY"_s, u"all_proxy"_s, u"CURL_HOME"_s, u"ZUORA_PASSWORD"_s,
                                u"ZUORA_CLIENT_SECRET"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"NO_PROXY"_s, u"*"_s);
    return environment;
}

ShellRun tst_CurlCommand::runShell(const QString &command, const QProcessEnvironment &environment)
{
    ShellRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"sh"_s, {u"-c"_s, command});
    if (!process.waitForStarted(10000))
        return run;
    run.finished = finished.wait(30000);
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CurlCommand::shellQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("plain") << u"abc"_s << u"'abc'"_s;
    QTest::newRow("spaces") << u"a b  c"_s << u"'a b  c'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("only quotes") << u"''"_s << u"''\\'''\\'''"_s;
    QTest::newRow("shell syntax stays literal") << u"$HOME `id` $(id) \"x\" \\ ; | & > * ?"_s
                                                << u"'$HOME `id` $(id) \"x\" \\ ; | & > * ?'"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    QTest::newRow("demo password") << s(demo::kPassword) << u"'Demo-Pass+2026/=&'"_s;
}

void tst_CurlCommand::shellQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CurlCommand::shellQuote(value), expected);
}

void tst_CurlCommand::shellQuoteSurvivesARealShell_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes") << u"it's \"quoted\" ''"_s;
    QTest::newRow("expansions") << u"$HOME `echo no` $(echo no) ${x:-y} !1 ~"_s;
    QTest::newRow("specials") << u"\\ ; | & > < * ? [a] # %s %n"_s;
    QTest::newRow("newline and tab") << u"line1\nline2\tend"_s;
    QTest::newRow("unicode") << u"pässwörd ✓ テスト"_s;
    QTest::newRow("leading dash") << u"-n -e"_s;
}

void tst_CurlCommand::shellQuoteSurvivesARealShell()
{
    QFETCH(QString, value);
    const ShellRun run = runShell(u"printf '%s' "_s + CurlCommand::shellQuote(value), cleanEnvironment());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), value);
}

void tst_CurlCommand::build_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("included");
    QTest::addColumn<QString>("expected");

    const QString start = u"curl --fail-with-body -sS -X POST "_s;
    const QString sessionTail = u" -H 'apiAccessKeyId: user' -H \"apiSecretAccessKey: $ZUORA_PASSWORD\""
                                u" -H 'Content-Type: application/json; charset=utf-8' -H 'Accept: application/json'"_s;

    ConnectionSettings session;
    session.baseUrl = u"https://rest.zuora.com"_s;
    session.username = u"user"_s;
    QTest::newRow("session") << session << u"pw"_s << false
                             << start + u"'https://rest.zuora.com/v1/connections'"_s + sessionTail;

    ConnectionSettings uiHost = session;
    uiHost.baseUrl = u"apisandbox.zuora.com"_s;
    QTest::newRow("UI host normalised") << uiHost << QString() << false
                                        << start + u"'https://rest.apisandbox.zuora.com/v1/connections'"_s + sessionTail;

    ConnectionSettings legacy = session;
    legacy.baseUrl = u"https://api.zuora.com/rest/v1/"_s;
    QTest::newRow("legacy prefix kept") << legacy << QString() << false
                                        << start + u"'https://api.zuora.com/rest/v1/connections'"_s + sessionTail;

    ConnectionSettings everything = session;
    everything.entityId = u"  1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc "_s;
    everything.trackId = u"ticket-4711"_s;
    everything.caFile = u"/etc/ssl/corp's ca.pem"_s;
    QTest::newRow("entity, track id, CA file")
        << everything << QString() << false
        << start + u"'https://rest.zuora.com/v1/connections'"_s + sessionTail
               + u" -H 'Zuora-Entity-Ids: 1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc' -H 'Zuora-Track-Id: ticket-4711'"
                 u" --cacert '/etc/ssl/corp'\\''s ca.pem'"_s;

    ConnectionSettings quotedUser = session;
    quotedUser.username = u"o'brien@example.com"_s;
    QTest::newRow("quote in user name")
        << quotedUser << QString() << false
        << start + u"'https://rest.zuora.com/v1/connections' -H 'apiAccessKeyId: o'\\''brien@example.com'"
                   u" -H \"apiSecretAccessKey: $ZUORA_PASSWORD\""
                   u" -H 'Content-Type: application/json; charset=utf-8' -H 'Accept: application/json'"_s;

    QTest::newRow("session, secret included")
        << session << u"it's $x"_s << true
        << start + u"'https://rest.zuora.com/v1/connections' -H 'apiAccessKeyId: user'"
                   u" -H 'apiSecretAccessKey: it'\\''s $x'"
                   u" -H 'Content-Type: application/json; charset=utf-8' -H 'Accept: application/json'"_s;

    ConnectionSettings oauth;
    oauth.baseUrl = u"https://rest.eu.zuora.com/"_s;
    oauth.authMode = AuthMode::OAuthClientCredentials;
    oauth.username = u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s;
    const QString oauthHead = start + u"'https://rest.eu.zuora.com/oauth/token' -H 'Accept: application/json'"
                                      u" --data-urlencode 'client_id=6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f'"_s;
    QTest::newRow("oauth") << oauth << u"x"_s << false
                           << oauthHead + u" --data-urlencode \"client_secret=$ZUORA_CLIENT_SECRET\""
                                          u" --data-urlencode 'grant_type=client_credentials'"_s;
    QTest::newRow("oauth, secret included")
        << oauth << s(demo::kClientSecret) << true
        << oauthHead + u" --data-urlencode 'client_secret=s3cr+t/with=and&amp'"
                       u" --data-urlencode 'grant_type=client_credentials'"_s;

    ConnectionSettings oauthEntity = oauth;
    oauthEntity.entityId = u"c92ed977-510c-4c48-9b51-8d5e848671e9"_s;
    QTest::newRow("oauth with entity")
        << oauthEntity << QString() << false
        << oauthHead + u" --data-urlencode \"client_secret=$ZUORA_CLIENT_SECRET\""
                       u" --data-urlencode 'grant_type=client_credentials'"
                       u" -H 'Zuora-Entity-Ids: c92ed977-510c-4c48-9b51-8d5e848671e9'"_s;

    ConnectionSettings loopback = session;
    loopback.baseUrl = u"http://127.0.0.1:8080"_s;
    QTest::newRow("loopback http") << loopback << QString() << false
                                   << start + u"'http://127.0.0.1:8080/v1/connections'"_s + sessionTail;

    // The proxy: the system's adds nothing (curl reads the same variables), the others say it.
    const QString sessionUrl = start + u"'https://rest.zuora.com/v1/connections'"_s + sessionTail;
    ConnectionSettings httpProxy = session;
    httpProxy.proxy = ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, QString()};
    QTest::newRow("http proxy") << httpProxy << QString() << false
                                << sessionUrl + u" --proxy 'http://proxy.example:3128'"_s;
    ConnectionSettings httpProxyUser = httpProxy;
    httpProxyUser.proxy.username = u"jane.doe@corp"_s;
    QTest::newRow("http proxy with user")
        << httpProxyUser << QString() << false
        << sessionUrl + u" --proxy 'http://proxy.example:3128' --proxy-user \"jane.doe@corp:$ZUORA_PROXY_PASSWORD\""_s;
    QTest::newRow("http proxy with user, secret included but no proxy password")
        << httpProxyUser << u"pw"_s << true
        << start + u"'https://rest.zuora.com/v1/connections' -H 'apiAccessKeyId: user' -H 'apiSecretAccessKey: pw'"
                   u" -H 'Content-Type: application/json; charset=utf-8' -H 'Accept: application/json'"
                   u" --proxy 'http://proxy.example:3128' --proxy-user \"jane.doe@corp:$ZUORA_PROXY_PASSWORD\""_s;
    ConnectionSettings oddUser = httpProxy;
    oddUser.proxy.username = u"o'brien $x"_s;
    QTest::newRow("proxy user that needs quoting")
        << oddUser << QString() << false
        << sessionUrl + u" --proxy 'http://proxy.example:3128' --proxy-user 'o'\\''brien $x'\":$ZUORA_PROXY_PASSWORD\""_s;
    ConnectionSettings loopbackProxy = loopback;
    loopbackProxy.proxy = ProxySettings{ProxyMode::Http, u"127.0.0.1"_s, 8888, QString()};
    QTest::newRow("http proxy to loopback http: a tunnel, as the app does")
        << loopbackProxy << QString() << false
        << start + u"'http://127.0.0.1:8080/v1/connections'"_s + sessionTail
               + u" --proxy 'http://127.0.0.1:8888' --proxytunnel"_s;
    ConnectionSettings socks = session;
    socks.proxy = ProxySettings{ProxyMode::Socks5, u"::1"_s, 1080, u"sam"_s};
    QTest::newRow("socks5 proxy, IPv6, with user")
        << socks << QString() << false
        << sessionUrl + u" --socks5-hostname '[::1]:1080' --proxy-user \"sam:$ZUORA_PROXY_PASSWORD\""_s;
    ConnectionSettings direct = session;
    direct.proxy.mode = ProxyMode::None;
    QTest::newRow("no proxy") << direct << QString() << false << sessionUrl + u" --noproxy '*'"_s;
}

void tst_CurlCommand::build()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(QString, secret);
    QFETCH(bool, included);
    QFETCH(QString, expected);
    QCOMPARE(CurlCommand::build(settings, secret,
                                included ? CurlCommand::Secrets::Included : CurlCommand::Secrets::AsVariable),
             expected);
}

void tst_CurlCommand::asVariableNeverContainsTheSecret_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<QString>("secret");
    for (const bool oauth : {false, true}) {
        const char *mode = oauth ? "oauth" : "session";
        QTest::addRow("%s, demo password", mode) << oauth << s(demo::kPassword);
        QTest::addRow("%s, demo client secret", mode) << oauth << s(demo::kClientSecret);
        QTest::addRow("%s, quotes", mode) << oauth << u"a'b\"c"_s;
        QTest::addRow("%s, unicode", mode) << oauth << u"pässwörd✓"_s;
    }
}

void tst_CurlCommand::asVariableNeverContainsTheSecret()
{
    QFETCH(bool, oauth);
    QFETCH(QString, secret);
    ConnectionSettings settings;
    settings.baseUrl = u"https://rest.zuora.com"_s;
    settings.authMode = oauth ? AuthMode::OAuthClientCredentials : AuthMode::SessionLogin;
    settings.username = u"user"_s;

    const QString command = CurlCommand::build(settings, secret);   // AsVariable is the default
    QVERIFY(!command.contains(secret));
    QVERIFY(!command.contains(CurlCommand::shellQuote(secret)));
    QVERIFY(!command.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    QVERIFY(command.contains(oauth ? u"$ZUORA_CLIENT_SECRET"_s : u"$ZUORA_PASSWORD"_s));

    const QString included = CurlCommand::build(settings, secret, CurlCommand::Secrets::Included);
    QVERIFY(!included.contains(u'$'));
    QVERIFY(included.contains(CurlCommand::shellQuote(oauth ? u"client_secret="_s + secret
                                                            : u"apiSecretAccessKey: "_s + secret)));
}

void tst_CurlCommand::proxyPasswordOnlyWhenIncluded()
{
    ConnectionSettings settings;
    settings.baseUrl = u"https://rest.zuora.com"_s;
    settings.username = u"user"_s;
    settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, u"jane"_s};
    const QString proxyPassword = u"pr0xy'pass"_s;

    const QString asVariable = CurlCommand::build(settings, u"pw"_s, CurlCommand::Secrets::AsVariable, proxyPassword);
    QVERIFY(!asVariable.contains(u"pr0xy"_s));
    QVERIFY(asVariable.contains(u"--proxy-user \"jane:$ZUORA_PROXY_PASSWORD\""_s));

    const QString included = CurlCommand::build(settings, u"pw"_s, CurlCommand::Secrets::Included, proxyPassword);
    QVERIFY2(included.endsWith(u" --proxy-user "_s + CurlCommand::shellQuote(u"jane:"_s + proxyPassword)), qPrintable(included));
}

void tst_CurlCommand::runsAgainstTheDemoServer_data()
{
    QTest::addColumn<int>("mode");   // AuthMode
    QTest::addColumn<bool>("included");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expectedOutput");

    const int session = int(AuthMode::SessionLogin);
    const int oauth = int(AuthMode::OAuthClientCredentials);
    const int soap = int(AuthMode::SoapLogin);
    const QByteArray accepted = "\"success\" : true";
    QTest::newRow("session, variable") << session << false << false << s(demo::kPassword) << 0 << accepted;
    QTest::newRow("session, included") << session << true << false << s(demo::kPassword) << 0 << accepted;
    QTest::newRow("oauth, variable") << oauth << false << false << s(demo::kClientSecret) << 0 << QByteArray("access_token");
    QTest::newRow("oauth, included") << oauth << true << false << s(demo::kClientSecret) << 0 << QByteArray("access_token");
    QTest::newRow("session over TLS with --cacert") << session << false << true << s(demo::kPassword) << 0 << accepted;
    QTest::newRow("oauth over TLS with --cacert") << oauth << true << true << s(demo::kClientSecret) << 0
                                                  << QByteArray("access_token");
    // --fail-with-body: exit 22 on 401, and the answer is still shown.
    QTest::newRow("session, wrong password") << session << false << false << u"wrong"_s << 22 << QByteArray("90000011");
    // SOAP: the demo password holds & (escaped by sed on the way when it comes from the variable).
    QTest::newRow("soap, variable") << soap << false << false << s(demo::kPassword) << 0 << QByteArray("<ns1:Session>");
    QTest::newRow("soap, included") << soap << true << false << s(demo::kPassword) << 0 << QByteArray("<ns1:Session>");
    QTest::newRow("soap over TLS with --cacert") << soap << false << true << s(demo::kPassword) << 0
                                                 << QByteArray("<ns1:Session>");
    QTest::newRow("soap, wrong password") << soap << false << false << u"wr<o>ng&"_s << 22 << QByteArray("INVALID_VALUE");
}

void tst_CurlCommand::runsAgainstTheDemoServer()
{
    QFETCH(int, mode);
    QFETCH(bool, included);
    QFETCH(bool, tls);
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expectedOutput);

    const bool oauth = AuthMode(mode) == AuthMode::OAuthClientCredentials;
    ConnectionSettings settings;
    settings.baseUrl = (tls ? m_https : m_http)->baseUrl().toString();
    settings.authMode = AuthMode(mode);
    settings.username = oauth ? s(demo::kClientId) : s(demo::kUser);
    if (tls)
        settings.caFile = m_certificate.certificatePath();

    const QString command = CurlCommand::build(settings, secret,
                                               included ? CurlCommand::Secrets::Included : CurlCommand::Secrets::AsVariable);
    QProcessEnvironment environment = cleanEnvironment();
    if (!included)
        environment.insert(oauth ? u"ZUORA_CLIENT_SECRET"_s : u"ZUORA_PASSWORD"_s, secret);

    const ShellRun run = runShell(command, environment);
    QVERIFY2(run.finished, qPrintable(command));
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1, stderr: %2\n%3"_s.arg(run.exitCode)
                                                      .arg(QString::fromUtf8(run.err), command)));
    QVERIFY2(run.out.contains(expectedOutput), run.out.constData());
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
