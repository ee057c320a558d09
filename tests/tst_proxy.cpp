// Proxies against real local ones: tinyproxy (HTTP, CONNECT, Basic authentication) and microsocks
// (SOCKS5, user and password), each started here with its own configuration on a free loopback port.
// Their logs prove that a check went through them. zuora-check runs as a process where the
// environment (http_proxy, NO_PROXY, ZUORA_PROXY_PASSWORD) matters.
#include "BatchRunner.h"
#include "CurlCommand.h"
#include "DemoCredentials.h"
#include "ProgramRun.h"
#include "DemoServer.h"
#include "ProxyFactory.h"
#include "ResultJson.h"
#include "TestCertificate.h"
#include "ZuoraConnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

const QString kBin = QStringLiteral(ZCT_BIN_DIR);
const QString kProxyUser = u"proxy.user"_s;
// tinyproxy's BasicAuth takes letters, digits, "-", "." and "_" only; SOCKS5 sends the password's
// bytes as they are, so microsocks gets one with + / = & like the demo secrets.
const QString kProxyPassword = u"Pr0xy-Pass.9_x"_s;
const QString kSocksPassword = u"S0cks+/=&pass"_s;

QString s(const char16_t *text) { return QString::fromUtf16(text); }

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();   // closed again: nothing listens there now
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// One proxy process; its log shows what went through it.
class LocalProxy final
{
public:
    enum class Kind { Http, Socks5 };

    ~LocalProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(Kind kind, const QList<quint16> &connectPorts, bool authenticate, QString *error)
    {
        m_kind = kind;
        if (!m_dir.isValid())
            return fail(error, u"no temporary folder"_s);
        m_port = freePort();
        QStringList arguments;
        QString program;
        if (kind == Kind::Http) {
            program = u"tinyproxy"_s;
            QByteArray conf = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nAllow 127.0.0.1\n"
                              "Timeout 30\nMaxClients 50\nLogLevel Connect\nLogFile \""
                + m_dir.filePath(u"tinyproxy.log"_s).toUtf8() + "\"\n";
            for (const quint16 port : connectPorts)
                conf += "ConnectPort " + QByteArray::number(port) + '\n';
            if (authenticate)
                conf += "BasicAuth " + kProxyUser.toUtf8() + ' ' + kProxyPassword.toUtf8() + '\n';
            QFile file(m_dir.filePath(u"tinyproxy.conf"_s));
            if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size())
                return fail(error, u"cannot write the tinyproxy configuration"_s);
            file.close();
            arguments = {u"-d"_s, u"-c"_s, file.fileName()};
        } else {
            program = u"microsocks"_s;
            arguments = {u"-i"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port)};
            if (authenticate)
                arguments << u"-u"_s << kProxyUser << u"-P"_s << kSocksPassword;
        }
        QString path = QStandardPaths::findExecutable(program);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(program, {u"/usr/bin"_s, u"/usr/sbin"_s});
        if (path.isEmpty())
            return fail(error, program + u" is not installed (scripts/deps installs it)"_s);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(path, arguments);
        if (!m_process.waitForStarted(5000))
            return fail(error, program + u" does not start: "_s + m_process.errorString());
        if (!QTest::qWaitFor([this] { return listening(m_port) || m_process.state() == QProcess::NotRunning; }, 10000)
            || m_process.state() == QProcess::NotRunning)
            return fail(error, program + u" does not listen: "_s + QString::fromLocal8Bit(m_process.readAll()));
        return true;
    }

    quint16 port() const { return m_port; }
    QString password() const { return m_kind == Kind::Http ? kProxyPassword : kSocksPassword; }
    QString url(const QString &user = QString()) const
    {
        return (m_kind == Kind::Http ? u"http://"_s : u"socks5://"_s) + (user.isEmpty() ? QString() : user + u'@')
            + u"127.0.0.1:"_s + QString::number(m_port);
    }
    ProxySettings settings(const QString &user = QString()) const
    {
        return ProxySettings{m_kind == Kind::Http ? ProxyMode::Http : ProxyMode::Socks5, u"127.0.0.1"_s, m_port, user};
    }

    // What the proxy wrote so far: tinyproxy's log file, microsocks' output.
    QByteArray log()
    {
        if (m_kind == Kind::Socks5) {
            m_output += m_process.readAll();
            return m_output;
        }
        QFile file(m_dir.filePath(u"tinyproxy.log"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Requests for a connection to 127.0.0.1:port (tinyproxy logs each, also one it then refuses;
    // microsocks only the ones it opened).
    int requestsTo(quint16 port)
    {
        const QByteArray needle = m_kind == Kind::Http ? QByteArray("CONNECT 127.0.0.1:" + QByteArray::number(port) + ' ')
                                                       : QByteArray("connected to 127.0.0.1:" + QByteArray::number(port));
        return int(log().count(needle));
    }
    // Connections the proxy opened on a client's behalf, to any server.
    int tunnels() { return int(log().count(m_kind == Kind::Http ? "Established connection to host" : "connected to ")); }

private:
    static bool fail(QString *error, const QString &message)
    {
        *error = message;
        return false;
    }

    Kind m_kind = Kind::Http;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

using Run = ProgramRun;

} // namespace

class tst_Proxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void noProxyMatching_data();
    void noProxyMatching();
    void parseUrl_data();
    void parseUrl();
    void modesGiveTheirProxies();

    void throughTheProxy_data();
    void throughTheProxy();
    void proxyFailures_data();
    void proxyFailures();
    void credentialsAreNotKeptBetweenAttempts();
    void batchRunnerHandsOverTheProxyPassword();
    void copiedCurlCommandWorksThroughTheProxy();

    void commandLine_data();
    void commandLine();
    void commandLineWithAProfile();

private:
    ConnectionResult check(const ConnectionSettings &settings, const QString &proxyPassword);
    ConnectionSettings demoSettings(bool tls, const ProxySettings &proxy) const;
    Run runCheck(const QStringList &arguments, const QList<QPair<QString, QString>> &environment);
    void verifyNoSecretIn(const QByteArray &bytes, const char *where);

    TestCertificate m_certificate;
    std::unique_ptr<DemoServer> m_http;
    std::unique_ptr<DemoServer> m_https;
    quint16 m_deadPort = 0;         // nothing listens there; tinyproxy allows CONNECT to it
    LocalProxy m_tinyproxy;
    LocalProxy m_tinyproxyAuth;
    LocalProxy m_socks;
    LocalProxy m_socksAuth;
    QTemporaryDir m_home;
};

void tst_Proxy::initTestCase()
{
    QVERIFY(m_home.isValid());
    // This process's own checks must not depend on the proxies of whoever runs the tests.
    for (const char *name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                             "no_proxy", "NO_PROXY"})
        qunsetenv(name);
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    QString error;
    m_http = std::make_unique<DemoServer>();
    QVERIFY2(m_http->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_https = std::make_unique<DemoServer>();
    QVERIFY2(m_https->useTls(m_certificate.certificatePath(), m_certificate.keyPath(), &error), qPrintable(error));
    QVERIFY2(m_https->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_deadPort = freePort();
    QVERIFY(m_deadPort > 0);

    const QList<quint16> ports{quint16(m_http->baseUrl().port()), quint16(m_https->baseUrl().port()), m_deadPort};
    QVERIFY2(m_tinyproxy.start(LocalProxy::Kind::Http, ports, false, &error), qPrintable(error));
    QVERIFY2(m_tinyproxyAuth.start(LocalProxy::Kind::Http, ports, true, &error), qPrintable(error));
    QVERIFY2(m_socks.start(LocalProxy::Kind::Socks5, {}, false, &error), qPrintable(error));
    QVERIFY2(m_socksAuth.start(LocalProxy::Kind::Socks5, {}, true, &error), qPrintable(error));
}

void tst_Proxy::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("bypass");

    QTest::newRow("empty") << QString() << u"rest.zuora.com"_s << 443 << false;
    QTest::newRow("* alone") << u"*"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("* among others") << u"example.com, *"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("exact name") << u"rest.zuora.com"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("name covers subdomains (curl)") << u"zuora.com"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("suffix is per label") << u"zuora.com"_s << u"notzuora.com"_s << 443 << false;
    QTest::newRow("leading dot") << u".zuora.com"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("leading dot, the domain itself") << u".zuora.com"_s << u"zuora.com"_s << 443 << true;
    QTest::newRow("*.domain") << u"*.zuora.com"_s << u"rest.eu.zuora.com"_s << 443 << true;
    QTest::newRow("case and trailing dot") << u"ZUORA.COM."_s << u"Rest.Zuora.com."_s << 443 << true;
    QTest::newRow("commas and spaces") << u" a.example ,b.example  zuora.com"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("other names") << u"a.example,b.example"_s << u"rest.zuora.com"_s << 443 << false;
    QTest::newRow("name with the right port") << u"rest.zuora.com:443"_s << u"rest.zuora.com"_s << 443 << true;
    QTest::newRow("name with another port") << u"rest.zuora.com:8443"_s << u"rest.zuora.com"_s << 443 << false;
    QTest::newRow("IPv4") << u"127.0.0.1"_s << u"127.0.0.1"_s << 8080 << true;
    QTest::newRow("IPv4, other address") << u"127.0.0.2"_s << u"127.0.0.1"_s << 8080 << false;
    QTest::newRow("IPv4 with port") << u"127.0.0.1:8080"_s << u"127.0.0.1"_s << 8080 << true;
    QTest::newRow("IPv4 with another port") << u"127.0.0.1:9090"_s << u"127.0.0.1"_s << 8080 << false;
    QTest::newRow("IPv4 range") << u"127.0.0.0/8"_s << u"127.1.2.3"_s << 80 << true;
    QTest::newRow("IPv4 range, outside") << u"10.0.0.0/8"_s << u"127.0.0.1"_s << 80 << false;
    QTest::newRow("IPv6") << u"::1"_s << u"::1"_s << 443 << true;
    QTest::newRow("IPv6 in brackets with port") << u"[::1]:8443"_s << u"[::1]"_s << 8443 << true;
    QTest::newRow("IPv6 range") << u"fd00::/8"_s << u"fd12::5"_s << 443 << true;
    QTest::newRow("an address entry never matches a name") << u"127.0.0.1"_s << u"localhost"_s << 80 << false;
    QTest::newRow("a name entry never matches an address") << u"localhost"_s << u"127.0.0.1"_s << 80 << false;
    QTest::newRow("localhost") << u"localhost"_s << u"localhost"_s << 80 << true;
    QTest::newRow("garbage entries are skipped") << u"[::1,:x:,zuora.com"_s << u"rest.zuora.com"_s << 443 << true;
}

void tst_Proxy::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, bypass);
    QCOMPARE(ProxyFactory::noProxyMatches(noProxy, host, port), bypass);
}

void tst_Proxy::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ProxySettings>("settings");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");

    QTest::newRow("http") << u"http://proxy.example:3128"_s
                          << ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, QString()} << QString() << QString();
    QTest::newRow("no scheme: http") << u"proxy.example:3128"_s
                                     << ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, QString()} << QString()
                                     << QString();
    QTest::newRow("user") << u"http://jane%40corp@10.1.2.3:8080/"_s
                          << ProxySettings{ProxyMode::Http, u"10.1.2.3"_s, 8080, u"jane@corp"_s} << QString() << QString();
    QTest::newRow("socks5, IPv6") << u"socks5://[::1]:1080"_s << ProxySettings{ProxyMode::Socks5, u"::1"_s, 1080, QString()}
                                  << QString() << QString();
    QTest::newRow("socks5h") << u"SOCKS5H://sam@p:1"_s << ProxySettings{ProxyMode::Socks5, u"p"_s, 1, u"sam"_s} << QString()
                             << QString();
    QTest::newRow("password is noted, never echoed")
        << u"http://jane:hunter2@p:1"_s << ProxySettings{ProxyMode::Http, u"p"_s, 1, u"jane"_s} << u"hunter2"_s << QString();
    QTest::newRow("password in an unusable URL") << u"http://jane:hunter2@p:99999"_s << ProxySettings() << u"hunter2"_s
                                                 << u"not valid"_s;
    QTest::newRow("no port") << u"http://p"_s << ProxySettings() << QString() << u"names no port"_s;
    QTest::newRow("port 0") << u"http://p:0"_s << ProxySettings() << QString() << u"names no port"_s;
    QTest::newRow("https proxy") << u"https://p:443"_s << ProxySettings() << QString() << u"over TLS"_s;
    QTest::newRow("socks4") << u"socks4a://p:1080"_s << ProxySettings() << QString() << u"Only SOCKS5"_s;
    QTest::newRow("ftp") << u"ftp://p:21"_s << ProxySettings() << QString() << u"Unknown proxy type \"ftp\""_s;
    QTest::newRow("path") << u"http://p:1/x"_s << ProxySettings() << QString() << u"no path"_s;
    QTest::newRow("query") << u"http://p:1?a=b"_s << ProxySettings() << QString() << u"no query"_s;
    QTest::newRow("empty") << u"  "_s << ProxySettings() << QString() << u"empty"_s;
    QTest::newRow("user with a colon, encoded") << u"http://a%3Ab@p:1"_s << ProxySettings() << QString()
                                                << u"must not contain \":\""_s;
}

void tst_Proxy::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(ProxySettings, settings);
    QFETCH(QString, password);
    QFETCH(QString, error);
    const ProxyUrl parsed = ProxyFactory::parseUrl(url);
    QCOMPARE(parsed.password, password);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.settings == settings);
        // The URL written back names no password, and reads back the same.
        const QString written = ProxyFactory::toUrl(parsed.settings);
        QVERIFY(password.isEmpty() || !written.contains(password));
        QVERIFY(ProxyFactory::parseUrl(written).settings == settings);
    } else {
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        QVERIFY(password.isEmpty() || !parsed.error.contains(password));
    }
}

void tst_Proxy::modesGiveTheirProxies()
{
    const QUrl loopback(u"https://127.0.0.1:8443/v1/connections"_s);
    const ProxySettings http{ProxyMode::Http, u"127.0.0.1"_s, 3128, u"jane"_s};
    const QList<QNetworkProxy> viaHttp = ProxyFactory::proxiesFor(http, loopback);
    QCOMPARE(viaHttp.size(), 1);
    QCOMPARE(viaHttp.constFirst().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(viaHttp.constFirst().port(), quint16(3128));
    QVERIFY(viaHttp.constFirst().user().isEmpty());       // the credentials are answered, not carried
    QVERIFY(viaHttp.constFirst().password().isEmpty());
    QVERIFY(!(viaHttp.constFirst().capabilities() & QNetworkProxy::CachingCapability));   // always CONNECT
    QCOMPARE(ProxyFactory::describe(viaHttp.constFirst()), u"http://127.0.0.1:3128"_s);

    const QList<QNetworkProxy> viaSocks = ProxyFactory::proxiesFor(ProxySettings{ProxyMode::Socks5, u"::1"_s, 1080, {}}, loopback);
    QCOMPARE(viaSocks.constFirst().type(), QNetworkProxy::Socks5Proxy);
    QVERIFY(viaSocks.constFirst().capabilities() & QNetworkProxy::HostNameLookupCapability);
    QCOMPARE(ProxyFactory::describe(viaSocks.constFirst()), u"socks5://[::1]:1080"_s);

    ProxySettings none;
    none.mode = ProxyMode::None;
    QCOMPARE(ProxyFactory::proxiesFor(none, loopback).constFirst().type(), QNetworkProxy::NoProxy);
    // The system's, with no proxy variables in this process: direct.
    QCOMPARE(ProxyFactory::proxiesFor(ProxySettings(), loopback).constFirst().type(), QNetworkProxy::NoProxy);

    // The factory answers the same until its settings change.
    ProxyFactory factory(http);
    QCOMPARE(factory.queryProxy(QNetworkProxyQuery(loopback)).constFirst().port(), quint16(3128));
    factory.setSettings(none);
    QCOMPARE(factory.queryProxy(QNetworkProxyQuery(loopback)).constFirst().type(), QNetworkProxy::NoProxy);

    QVERIFY(ProxyFactory::validate(ProxySettings{ProxyMode::Http, QString(), 1, {}}).contains(u"host"_s));
    QVERIFY(ProxyFactory::validate(ProxySettings{ProxyMode::Socks5, u"p"_s, 0, {}}).contains(u"65535"_s));
    QVERIFY(ProxyFactory::validate(ProxySettings{ProxyMode::None, QString(), 0, {}}).isEmpty());
}

ConnectionSettings tst_Proxy::demoSettings(bool tls, const ProxySettings &proxy) const
{
    ConnectionSettings settings;
    settings.baseUrl = (tls ? m_https : m_http)->baseUrl().toString();
    settings.username = s(demo::kUser);
    settings.caFile = tls ? m_certificate.certificatePath() : QString();
    settings.timeoutMs = 15000;
    settings.proxy = proxy;
    return settings;
}

ConnectionResult tst_Proxy::check(const ConnectionSettings &settings, const QString &proxyPassword)
{
    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    connection.setProxyPassword(proxyPassword);
    QSignalSpy finished(&connection, &ZuoraConnection::finished);
    if (!connection.test() || !finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<ConnectionResult>();
}

void tst_Proxy::verifyNoSecretIn(const QByteArray &bytes, const char *where)
{
    for (const QString &secret : {s(demo::kPassword), kProxyPassword, kSocksPassword}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), where);
        QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret)), where);
    }
}

void tst_Proxy::throughTheProxy_data()
{
    QTest::addColumn<int>("proxy");   // 0 tinyproxy, 1 tinyproxy with BasicAuth, 2 microsocks, 3 microsocks with a user
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("note");

    for (const bool tls : {false, true}) {
        const char *scheme = tls ? "https" : "http";
        QTest::addRow("HTTP proxy, %s", scheme) << 0 << tls << u"Through the HTTP proxy"_s;
        QTest::addRow("HTTP proxy with authentication, %s", scheme) << 1 << tls << u"Through the HTTP proxy"_s;
        QTest::addRow("SOCKS5, %s", scheme) << 2 << tls << u"Through the SOCKS5 proxy"_s;
        QTest::addRow("SOCKS5 with authentication, %s", scheme) << 3 << tls << u"Through the SOCKS5 proxy"_s;
    }
}

void tst_Proxy::throughTheProxy()
{
    QFETCH(int, proxy);
    QFETCH(bool, tls);
    QFETCH(QString, note);
    LocalProxy *proxies[] = {&m_tinyproxy, &m_tinyproxyAuth, &m_socks, &m_socksAuth};
    LocalProxy &local = *proxies[proxy];
    const bool authenticate = proxy == 1 || proxy == 3;
    const quint16 target = quint16((tls ? m_https : m_http)->baseUrl().port());
    const int requestsBefore = local.requestsTo(target);
    const int tunnelsBefore = local.tunnels();
    const int seenBefore = (tls ? m_https : m_http)->requestCount();

    const ConnectionResult result = check(demoSettings(tls, local.settings(authenticate ? kProxyUser : QString())),
                                          authenticate ? local.password() : QString());
    QVERIFY2(result.accepted(), qPrintable(result.cause + u" / "_s + result.hint));
    QCOMPARE((tls ? m_https : m_http)->requestCount(), seenBefore + 1);
    // The proxy's own log: the loopback target really went through it, never around it.
    QTRY_COMPARE(local.tunnels(), tunnelsBefore + 1);
    QVERIFY(local.requestsTo(target) > requestsBefore);
    QCOMPARE(result.proxy, local.url());
    const QString notes = result.notes.join(u'\n');
    QVERIFY2(notes.contains(note) && notes.contains(local.url()), qPrintable(notes));
    QVERIFY(!notes.contains(kProxyPassword));
    verifyNoSecretIn(local.log(), "proxy log");
    const QByteArray json = QJsonDocument(ResultJson::toJson(result)).toJson();
    verifyNoSecretIn(json, "JSON");
    QCOMPARE(ResultJson::toJson(result).value(u"proxy").toString(), local.url());
}

void tst_Proxy::proxyFailures_data()
{
    QTest::addColumn<int>("proxy");            // as above; -1: a dead port, as HTTP proxy; -2: the same, SOCKS5
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("target");       // empty: the demo server
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("hint");

    for (const bool tls : {false, true}) {
        const char *scheme = tls ? "https" : "http";
        QTest::addRow("HTTP proxy, wrong password, %s", scheme)
            << 1 << kProxyUser << u"wrong"_s << tls << QString()
            << u"The proxy refused the user name or password"_s << u"Check the proxy's user name and password"_s;
        QTest::addRow("HTTP proxy, no password, %s", scheme)
            << 1 << kProxyUser << QString() << tls << QString()
            << u"The proxy refused the user name or password"_s << u"ZUORA_PROXY_PASSWORD"_s;
        QTest::addRow("HTTP proxy, no user, %s", scheme)
            << 1 << QString() << QString() << tls << QString()
            << u"asks for a user name and password, and none is set"_s << u"USER@host:port"_s;
        QTest::addRow("SOCKS5, wrong password, %s", scheme)
            << 3 << kProxyUser << u"wrong"_s << tls << QString()
            << u"The proxy refused the user name or password"_s << u"Check the proxy's user name and password"_s;
        QTest::addRow("SOCKS5, no user, %s", scheme)
            << 3 << QString() << QString() << tls << QString()
            << u"asks for a user name and password, and none is set"_s << u"socks5://USER@host:port"_s;
        QTest::addRow("HTTP proxy port dead, %s", scheme)
            << -1 << QString() << QString() << tls << QString() << u"Connection refused by the proxy"_s
            << u"check the proxy's host and port"_s;
        QTest::addRow("SOCKS5 port dead, %s", scheme)
            << -2 << QString() << QString() << tls << QString() << u"Connection refused by the proxy"_s
            << u"check the proxy's host and port"_s;
    }
    QTest::newRow("HTTP proxy cannot reach the server")
        << 0 << QString() << QString() << true << u"DEAD"_s << u"could not open a connection to 127.0.0.1:"_s
        << u"its log says why"_s;
    QTest::newRow("HTTP proxy does not allow CONNECT to that port")
        << 0 << QString() << QString() << true << u"https://127.0.0.1:1"_s << u"does not allow a connection to 127.0.0.1:1"_s
        << u"ConnectPort"_s;
    QTest::newRow("SOCKS5 proxy reports the server refusing")
        << 2 << QString() << QString() << true << u"DEAD"_s << u"as the proxy socks5://127.0.0.1:"_s
        << u"Nothing listens there"_s;
    QTest::newRow("HTTP proxy host not found")
        << -3 << QString() << QString() << true << QString() << u"The proxy's host no-such-proxy.invalid was not found"_s
        << u"DNS"_s;
}

void tst_Proxy::proxyFailures()
{
    QFETCH(int, proxy);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, tls);
    QFETCH(QString, target);
    QFETCH(QString, cause);
    QFETCH(QString, hint);

    ConnectionSettings settings = demoSettings(tls, {});
    if (target == u"DEAD")
        settings.baseUrl = u"%1://127.0.0.1:%2"_s.arg(tls ? u"https"_s : u"http"_s).arg(m_deadPort);
    else if (!target.isEmpty())
        settings.baseUrl = target;
    LocalProxy *proxies[] = {&m_tinyproxy, &m_tinyproxyAuth, &m_socks, &m_socksAuth};
    if (proxy >= 0)
        settings.proxy = proxies[proxy]->settings(user);
    else if (proxy == -3)
        settings.proxy = ProxySettings{ProxyMode::Http, u"no-such-proxy.invalid"_s, 3128, QString()};
    else
        settings.proxy = ProxySettings{proxy == -1 ? ProxyMode::Http : ProxyMode::Socks5, u"127.0.0.1"_s, m_deadPort, user};
    const int seenBefore = m_http->requestCount() + m_https->requestCount();

    const ConnectionResult result = check(settings, password);
    QCOMPARE(result.errorKind, ErrorKind::Proxy);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY2(result.cause.contains(cause), qPrintable(result.cause));
    QVERIFY2(result.hint.contains(hint), qPrintable(result.hint));
    QCOMPARE(m_http->requestCount() + m_https->requestCount(), seenBefore);   // nothing reached the server
    verifyNoSecretIn((result.cause + result.hint + result.notes.join(u' ')).toUtf8(), "result");
    QCOMPARE(ResultJson::toJson(result).value(u"error").toObject().value(u"kind").toString(), u"proxy"_s);
}

void tst_Proxy::credentialsAreNotKeptBetweenAttempts()
{
    // One connection, as the app keeps one per profile: a refused password must not be cached as
    // refused, and an accepted one must not be reused for the next attempt.
    ZuoraConnection connection;
    connection.setSettings(demoSettings(true, m_tinyproxyAuth.settings(kProxyUser)));
    connection.setSecret(s(demo::kPassword));
    QSignalSpy finished(&connection, &ZuoraConnection::finished);
    const auto attempt = [&](const QString &proxyPassword) {
        connection.setProxyPassword(proxyPassword);
        finished.clear();
        if (!connection.test() || !finished.wait(20000))
            return ConnectionResult();
        return finished.constFirst().constFirst().value<ConnectionResult>();
    };
    QCOMPARE(attempt(u"wrong"_s).errorKind, ErrorKind::Proxy);
    QVERIFY(attempt(kProxyPassword).accepted());
    QCOMPARE(attempt(u"wrong again"_s).errorKind, ErrorKind::Proxy);
    QCOMPARE(attempt(QString()).errorKind, ErrorKind::Proxy);
    QVERIFY(attempt(kProxyPassword).accepted());
}

void tst_Proxy::batchRunnerHandsOverTheProxyPassword()
{
    QList<CheckJob> jobs;
    for (const QString &proxyPassword : {kSocksPassword, u"wrong"_s, kSocksPassword}) {
        CheckJob job;
        job.label = proxyPassword;
        job.settings = demoSettings(false, m_socksAuth.settings(kProxyUser));
        job.secret = s(demo::kPassword);
        job.proxyPassword = proxyPassword;
        jobs << job;
    }
    BatchRunner runner;
    runner.setConcurrency(1);   // one connection for all three: nothing carries over
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QVERIFY(finished.wait(30000));
    QCOMPARE(results.size(), 3);
    QList<ErrorKind> kinds(3);
    for (const QList<QVariant> &signal : std::as_const(results))
        kinds[signal.at(0).toInt()] = signal.at(2).value<ConnectionResult>().errorKind;
    QCOMPARE(kinds, (QList<ErrorKind>{ErrorKind::None, ErrorKind::Proxy, ErrorKind::None}));
}

void tst_Proxy::copiedCurlCommandWorksThroughTheProxy()
{
    // "Copy as curl" names the proxy the way curl takes it: the same check through tinyproxy.
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY2(!curl.isEmpty(), "curl is needed (scripts/deps installs it)");
    for (const bool tls : {false, true}) {
        const ConnectionSettings settings = demoSettings(tls, m_tinyproxyAuth.settings(kProxyUser));
        const quint16 target = quint16((tls ? m_https : m_http)->baseUrl().port());
        const int before = m_tinyproxyAuth.tunnels();
        const int requestsBefore = m_tinyproxyAuth.requestsTo(target);
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"ZUORA_PASSWORD"_s, s(demo::kPassword));
        environment.insert(u"ZUORA_PROXY_PASSWORD"_s, kProxyPassword);
        shell.setProcessEnvironment(environment);
        shell.start(u"sh"_s, {u"-c"_s, CurlCommand::build(settings)});
        QVERIFY(shell.waitForStarted());
        // The demo server answers on this thread: spin the event loop while curl runs.
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 20000);
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QVERIFY(shell.readAllStandardOutput().contains("\"success\" : true"));
        QTRY_COMPARE(m_tinyproxyAuth.tunnels(), before + 1);
        QVERIFY(m_tinyproxyAuth.requestsTo(target) > requestsBefore);
    }
}

Run tst_Proxy::runCheck(const QStringList &arguments, const QList<QPair<QString, QString>> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s,
                                u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s, u"ZUORA_PASSWORD"_s,
                                u"ZUORA_CLIENT_SECRET"_s, u"ZUORA_PROXY_PASSWORD"_s, u"DESKTOP_SESSION"_s,
                                u"XDG_CURRENT_DESKTOP"_s, u"KDE_FULL_SESSION"_s, u"GNOME_DESKTOP_SESSION_ID"_s})
        env.remove(name);
    // libproxy reads the environment only when no desktop session names another source.
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"ZUORA_PASSWORD"_s, s(demo::kPassword));
    for (const auto &pair : environment)
        env.insert(pair.first, pair.second);
    // The demo servers answer on this thread: ProgramRun spins the event loop while it runs.
    return ProgramRun::run(kBin + u"/zuora-check"_s, arguments, env, {}, 30000);
}

void tst_Proxy::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");     // BASE: the demo server (TLS when "tls")
    QTest::addColumn<QStringList>("environment");   // NAME=VALUE; PROXY, AUTHPROXY, SOCKS, DEAD in values
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("throughProxy");          // requests the plain tinyproxy logs: 0 or 1; -1: one tunnel
                                                    // through microsocks (--demo's server port is not
                                                    // among tinyproxy's ConnectPorts)
    QTest::addColumn<QString>("expected");          // in stdout (exit 0, 1, 3) or stderr (exit 2)

    const QStringList base{u"--base-url"_s, u"BASE"_s, u"--username"_s, s(demo::kUser)};
    QTest::newRow("--proxy http") << base + QStringList{u"--proxy"_s, u"PROXY"_s} << QStringList() << false << 0 << 1
                                  << u"Through the HTTP proxy http://127.0.0.1:"_s;
    QTest::newRow("--proxy http, https server")
        << base + QStringList{u"--proxy"_s, u"PROXY"_s} << QStringList() << true << 0 << 1 << u"ACCEPTED"_s;
    QTest::newRow("--proxy socks5") << base + QStringList{u"--proxy"_s, u"SOCKS"_s} << QStringList() << true << 0 << 0
                                    << u"Through the SOCKS5 proxy socks5://127.0.0.1:"_s;
    QTest::newRow("--proxy with user, ZUORA_PROXY_PASSWORD")
        << base + QStringList{u"--proxy"_s, u"AUTHPROXY"_s} << QStringList{u"ZUORA_PROXY_PASSWORD=PROXYPASSWORD"_s} << true
        << 0 << 0 << u"ACCEPTED"_s;
    QTest::newRow("--proxy with user, wrong ZUORA_PROXY_PASSWORD")
        << base + QStringList{u"--proxy"_s, u"AUTHPROXY"_s} << QStringList{u"ZUORA_PROXY_PASSWORD=wrong"_s} << true << 3 << 0
        << u"The proxy refused the user name or password"_s;
    QTest::newRow("--proxy with user, wrong password, JSON")
        << base + QStringList{u"--proxy"_s, u"AUTHPROXY"_s, u"--json"_s} << QStringList{u"ZUORA_PROXY_PASSWORD=wrong"_s}
        << false << 3 << 0 << u"\"kind\":\"proxy\""_s;
    QTest::newRow("--proxy dead") << base + QStringList{u"--proxy"_s, u"DEAD"_s} << QStringList() << false << 3 << 0
                                  << u"Connection refused by the proxy http://127.0.0.1:"_s;
    QTest::newRow("--no-proxy ignores a dead http_proxy")
        << base + QStringList{u"--no-proxy"_s} << QStringList{u"http_proxy=DEAD"_s, u"https_proxy=DEAD"_s} << false << 0 << 0
        << u"Direct, without a proxy"_s;
    QTest::newRow("--proxy wins over http_proxy")
        << base + QStringList{u"--proxy"_s, u"PROXY"_s} << QStringList{u"http_proxy=DEAD"_s} << false << 0 << 1
        << u"ACCEPTED"_s;
    QTest::newRow("system: http_proxy") << base << QStringList{u"http_proxy=PROXY"_s} << false << 0 << 1
                                        << u"Through the system's proxy http://127.0.0.1:"_s;
    QTest::newRow("system: HTTPS_PROXY, https server") << base << QStringList{u"HTTPS_PROXY=PROXY"_s} << true << 0 << 1
                                                       << u"Through the system's proxy"_s;
    QTest::newRow("system: a dead http_proxy is used") << base << QStringList{u"http_proxy=DEAD"_s} << false << 3 << 0
                                                       << u"Connection refused by the proxy"_s;
    QTest::newRow("system: NO_PROXY=127.0.0.1 bypasses it")
        << base << QStringList{u"http_proxy=DEAD"_s, u"NO_PROXY=127.0.0.1"_s} << false << 0 << 0
        << u"Direct: no_proxy / NO_PROXY lists 127.0.0.1"_s;
    QTest::newRow("system: no_proxy range bypasses it")
        << base << QStringList{u"https_proxy=DEAD"_s, u"no_proxy=localhost,127.0.0.0/8"_s} << true << 0 << 0
        << u"ACCEPTED"_s;
    QTest::newRow("system: NO_PROXY=* bypasses it") << base << QStringList{u"http_proxy=DEAD"_s, u"NO_PROXY=*"_s} << false
                                                    << 0 << 0 << u"ACCEPTED"_s;
    QTest::newRow("system: NO_PROXY for another host")
        << base << QStringList{u"http_proxy=PROXY"_s, u"NO_PROXY=example.com,127.0.0.2"_s} << false << 0 << 1
        << u"Through the system's proxy"_s;
    QTest::newRow("system: socks5 in https_proxy") << base << QStringList{u"https_proxy=SOCKS"_s} << true << 0 << 0
                                                   << u"Through the system's proxy socks5://"_s;
    QTest::newRow("--demo: direct whatever http_proxy says")
        << QStringList{u"--demo"_s} << QStringList{u"http_proxy=DEAD"_s} << false << 0 << 0 << u"ACCEPTED"_s;
    QTest::newRow("--demo --proxy") << QStringList{u"--demo"_s, u"--proxy"_s, u"SOCKS"_s} << QStringList() << false << 0
                                    << -1 << u"Through the SOCKS5 proxy"_s;
    QTest::newRow("password in --proxy refused, never echoed")
        << base + QStringList{u"--proxy"_s, u"http://jane:PROXYPASSWORD@127.0.0.1:3128"_s} << QStringList() << false << 2 << 0
        << u"--proxy must not contain a password"_s;
    QTest::newRow("password in an unusable --proxy refused too")
        << base + QStringList{u"--proxy"_s, u"http://jane:PROXYPASSWORD@[nope"_s} << QStringList() << false << 2 << 0
        << u"--proxy must not contain a password"_s;
    QTest::newRow("--proxy without port") << base + QStringList{u"--proxy"_s, u"http://127.0.0.1"_s} << QStringList() << false
                                          << 2 << 0 << u"names no port"_s;
    QTest::newRow("--proxy https://") << base + QStringList{u"--proxy"_s, u"https://127.0.0.1:3128"_s} << QStringList()
                                      << false << 2 << 0 << u"not supported"_s;
    QTest::newRow("--proxy and --no-proxy") << base + QStringList{u"--proxy"_s, u"PROXY"_s, u"--no-proxy"_s} << QStringList()
                                            << false << 2 << 0 << u"not both"_s;
}

void tst_Proxy::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(bool, tls);
    QFETCH(int, exitCode);
    QFETCH(int, throughProxy);
    QFETCH(QString, expected);

    const DemoServer *server = tls ? m_https.get() : m_http.get();
    const auto substitute = [&](QString text) {
        text.replace(u"AUTHPROXY"_s, m_tinyproxyAuth.url(kProxyUser));
        text.replace(u"PROXYPASSWORD"_s, kProxyPassword);
        text.replace(u"PROXY"_s, m_tinyproxy.url());
        text.replace(u"SOCKS"_s, m_socks.url());
        text.replace(u"DEAD"_s, u"http://127.0.0.1:"_s + QString::number(m_deadPort));
        if (text == u"BASE")
            text = server->baseUrl().toString();
        return text;
    };
    QStringList args;
    for (const QString &argument : std::as_const(arguments))
        args << substitute(argument);
    if (tls)
        args << u"--ca-file"_s << m_certificate.certificatePath();
    QList<QPair<QString, QString>> env;
    for (const QString &pair : std::as_const(environment))
        env << qMakePair(pair.section(u'=', 0, 0), substitute(pair.section(u'=', 1)));

    const quint16 target = quint16(server->baseUrl().port());
    const int before = m_tinyproxy.requestsTo(target);
    const int socksBefore = m_socks.tunnels();
    const Run run = runCheck(args, env);
    QCOMPARE(run.exitCode, exitCode);
    const QString shown = QString::fromUtf8(exitCode == 2 ? run.err : run.out);
    QVERIFY2(shown.contains(expected), qPrintable(QString::fromUtf8(run.out + run.err)));
    if (throughProxy >= 0)
        QTRY_COMPARE(m_tinyproxy.requestsTo(target), before + throughProxy);
    else
        QTRY_COMPARE(m_socks.tunnels(), socksBefore + 1);
    verifyNoSecretIn(run.out + run.err, "zuora-check output");
    if (exitCode == 2)
        QVERIFY(run.out.isEmpty());
}

void tst_Proxy::commandLineWithAProfile()
{
    // A saved profile brings its proxy; ZUORA_PROXY_PASSWORD gives the password; --no-proxy overrides.
    const QString configHome = m_home.filePath(u"config"_s);
    const QString folder = configHome + u"/ZuoraCredentialTester/zuora-credential-tester"_s;
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + u"/profiles.ini"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray ini = "[General]\nschemaVersion=2\n\n[profiles]\n1\\id=0b3c5a1e-0000-4000-8000-00000000000a\n"
                           "1\\name=Behind the proxy\n1\\baseUrl=" + m_https->baseUrl().toString().toUtf8()
        + "\n1\\authMode=session\n1\\username=" + s(demo::kUser).toUtf8() + "\n1\\caFile=" + m_certificate.certificatePath().toUtf8()
        + "\n1\\proxyMode=http\n1\\proxyHost=127.0.0.1\n1\\proxyPort=" + QByteArray::number(m_tinyproxyAuth.port())
        + "\n1\\proxyUser=" + kProxyUser.toUtf8() + "\nsize=1\n";
    QVERIFY(file.write(ini) == ini.size());
    file.close();

    const quint16 target = quint16(m_https->baseUrl().port());
    const int before = m_tinyproxyAuth.tunnels();
    const Run accepted = runCheck({u"--profile"_s, u"Behind the proxy"_s, u"--json"_s},
                                  {{u"ZUORA_PROXY_PASSWORD"_s, kProxyPassword}});
    QVERIFY2(accepted.exitCode == 0, QByteArray(accepted.out + accepted.err).constData());
    QCOMPARE(accepted.json().value(u"proxy").toString(), m_tinyproxyAuth.url());
    QTRY_COMPARE(m_tinyproxyAuth.tunnels(), before + 1);
    QVERIFY(m_tinyproxyAuth.requestsTo(target) > 0);
    verifyNoSecretIn(accepted.out + accepted.err, "zuora-check --profile output");

    const Run refused = runCheck({u"--profile"_s, u"Behind the proxy"_s}, {{u"ZUORA_PROXY_PASSWORD"_s, u"wrong"_s}});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.out.contains("The proxy refused the user name or password"));

    const Run direct = runCheck({u"--profile"_s, u"Behind the proxy"_s, u"--no-proxy"_s, u"--json"_s}, {});
    QVERIFY2(direct.exitCode == 0, QByteArray(direct.out + direct.err).constData());
    QVERIFY(direct.json().value(u"proxy").isNull());
    QCOMPARE(m_tinyproxyAuth.tunnels(), before + 1);   // neither the refused check nor the direct one
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
