#include "DemoCredentials.h"
#include "DemoServer.h"
#include "ResultClassifier.h"
#include "ScriptedHttpPeer.h"
#include "SoapLogin.h"
#include "SingleCheck.h"
#include "TestCertificate.h"
#include "ZuoraConnection.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }

} // namespace

class tst_ZuoraConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void sessionLogin_data();
    void sessionLogin();
    void requestOnTheWire();
    void secretWithSpecialCharactersArrivesIntact();
    void trackIdEchoed();
    void invalidInputRefusedBeforeSending_data();
    void invalidInputRefusedBeforeSending();
    void oauth_data();
    void oauth();
    void answerShapes_data();
    void answerShapes();
    void cookiesAndHeaders();
    void timingsAreOrdered_data();
    void timingsAreOrdered();
    void legacyPathPrefix();
    void hugeBodyCapped_data();
    void hugeBodyCapped();
    void timeout();
    void slowServerTimesOutAndSurvives();
    void cancelMidFlight();
    void secondTestWhileBusyIsIgnored();
    void destroyedMidFlightIsSafe();
    void connectionRefused();
    void resetMidBody();
    void completeAnswersAreNotCutShort_data();
    void completeAnswersAreNotCutShort();
    void selfSignedRefusedThenTrusted();
    void wrongHostNamed();
    void batchReuseOnlyUnderTheSameTrust();
    void redirectNotFollowed_data();
    void redirectNotFollowed();
    void propertiesNotify();
    void acceptedOnlyByTheWrittenRule_data();
    void acceptedOnlyByTheWrittenRule();
    void interimAnswersAreNotTheAnswer_data();
    void interimAnswersAreNotTheAnswer();
    void brokenFramingIsNeverJudged_data();
    void brokenFramingIsNeverJudged();
    void soapLogin_data();
    void soapLogin();
    void soapServerUrlOnAnotherHost();
    void soapUnavailableRegionSaysSo();

private:
    ConnectionResult run(ZuoraConnection &connection, int waitMs = 20000);
    ConnectionSettings settingsFor(bool tls, const QString &user);
    // Points the connection at a scripted peer as user "user" with secret "secret".
    static void aimAt(ZuoraConnection &connection, const ScriptedHttpPeer &peer, int timeoutMs = 0);
    DemoServer &server(bool tls) { return tls ? *m_https : *m_http; }

    TestCertificate m_certificate;
    std::unique_ptr<DemoServer> m_http;
    std::unique_ptr<DemoServer> m_https;
};

void tst_ZuoraConnection::initTestCase()
{
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    m_http = std::make_unique<DemoServer>();
    QString error;
    QVERIFY2(m_http->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_https = std::make_unique<DemoServer>();
    QVERIFY2(m_https->useTls(m_certificate.certificatePath(), m_certificate.keyPath(), &error), qPrintable(error));
    QVERIFY2(m_https->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(m_https->baseUrl().scheme(), u"https"_s);
}

void tst_ZuoraConnection::init()
{
    m_http->clearSeenRequests();
    m_https->clearSeenRequests();
}

ConnectionResult tst_ZuoraConnection::run(ZuoraConnection &connection, int waitMs)
{
    return SingleCheck::run(connection, waitMs);
}

void tst_ZuoraConnection::aimAt(ZuoraConnection &connection, const ScriptedHttpPeer &peer, int timeoutMs)
{
    ConnectionSettings settings;
    settings.baseUrl = peer.baseUrl().toString();
    settings.username = u"user"_s;
    if (timeoutMs > 0)
        settings.timeoutMs = timeoutMs;
    connection.setSettings(settings);
    connection.setSecret(u"secret"_s);
}

ConnectionSettings tst_ZuoraConnection::settingsFor(bool tls, const QString &user)
{
    ConnectionSettings settings;
    settings.baseUrl = server(tls).baseUrl().toString();
    settings.username = user;
    settings.timeoutMs = 10000;
    if (tls)
        settings.caFile = m_certificate.certificatePath();
    return settings;
}

void tst_ZuoraConnection::sessionLogin_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<int>("errorKind");

    for (const bool tls : {false, true}) {
        const QByteArray scheme = tls ? "https: " : "http: ";
        const QString password = s(demo::kPassword);
        QTest::addRow("%saccepted", scheme.constData()) << tls << s(demo::kUser) << password << QString() << 0 << 200 << QString() << int(ErrorKind::None);
        QTest::addRow("%saccepted with own entity", scheme.constData()) << tls << s(demo::kUser) << password << s(demo::kEntityA) << 0 << 200 << QString() << int(ErrorKind::None);
        QTest::addRow("%swrong password", scheme.constData()) << tls << s(demo::kUser) << u"wrong"_s << QString() << 1 << 401 << u"90000011"_s << int(ErrorKind::Rejected);
        QTest::addRow("%spassword case matters", scheme.constData()) << tls << s(demo::kUser) << password.toLower() << QString() << 1 << 401 << u"90000011"_s << int(ErrorKind::Rejected);
        QTest::addRow("%sunknown user", scheme.constData()) << tls << u"nobody@example.com"_s << password << QString() << 1 << 401 << u"90000011"_s << int(ErrorKind::Rejected);
        QTest::addRow("%sentity required", scheme.constData()) << tls << s(demo::kMultiEntityUser) << password << QString() << 1 << 401 << u"90000010"_s << int(ErrorKind::Rejected);
        QTest::addRow("%sentity chosen", scheme.constData()) << tls << s(demo::kMultiEntityUser) << password << s(demo::kEntityB) << 0 << 200 << QString() << int(ErrorKind::None);
        QTest::addRow("%sforeign entity", scheme.constData()) << tls << s(demo::kUser) << password << s(demo::kEntityB) << 1 << 401 << u"90000010"_s << int(ErrorKind::Rejected);
        QTest::addRow("%slocking contention", scheme.constData()) << tls << s(demo::kLockingUser) << password << QString() << 1 << 200 << u"90000050"_s << int(ErrorKind::Rejected);
        QTest::addRow("%srate limited", scheme.constData()) << tls << s(demo::kRateLimitedUser) << password << QString() << 4 << 429 << u"90000070"_s << int(ErrorKind::RateLimited);
        QTest::addRow("%shtml 502", scheme.constData()) << tls << s(demo::kBadGatewayUser) << password << QString() << 4 << 502 << QString() << int(ErrorKind::NotZuora);
    }
}

void tst_ZuoraConnection::sessionLogin()
{
    QFETCH(bool, tls);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, entity);
    QFETCH(int, exitCode);
    QFETCH(int, status);
    QFETCH(QString, firstCode);
    QFETCH(int, errorKind);

    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(tls, user);
    settings.entityId = entity;
    connection.setSettings(settings);
    connection.setSecret(password);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.exitCode(), exitCode);
    QCOMPARE(int(result.errorKind), errorKind);
    QCOMPARE(result.firstCode(), firstCode);
    QVERIFY(!result.cause.isEmpty());
    if (exitCode == 0) {
        QVERIFY(result.sessionCookie());
        QCOMPARE(result.successValue, 1);
    } else {
        QVERIFY(!result.hint.isEmpty());
    }
    if (status == 429)
        QVERIFY(result.cause.contains(u"retry after 2"_s));
    if (!entity.isEmpty())
        QCOMPARE(server(tls).seenRequests().constLast().header("Zuora-Entity-Ids"), entity.toUtf8());
}

void tst_ZuoraConnection::requestOnTheWire()
{
    ZuoraConnection connection;
    connection.setSettings(settingsFor(false, s(demo::kUser)));
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult result = run(connection);
    QVERIFY(result.accepted());
    QCOMPARE(m_http->seenRequests().size(), 1);
    const DemoServer::SeenRequest seen = m_http->seenRequests().constFirst();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, u"/v1/connections"_s);
    QCOMPARE(seen.header("apiAccessKeyId"), s(demo::kUser).toUtf8());
    QCOMPARE(seen.header("apiSecretAccessKey"), s(demo::kPassword).toUtf8());
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QVERIFY(seen.header("User-Agent").startsWith("ZuoraCredentialTester/"));
    QVERIFY(seen.body.isEmpty());
    for (const char *absent : {"Authorization", "Cookie", "Zuora-Entity-Ids", "Zuora-Track-Id", "entityId"})
        QVERIFY2(!seen.hasHeader(absent), absent);

    // What the result says was sent: everything but the secret, which is masked.
    QCOMPARE(result.request.method, QByteArray("POST"));
    bool sawMaskedSecret = false;
    for (const HeaderField &field : result.request.headers) {
        QVERIFY(!field.value.contains(s(demo::kPassword).toUtf8()));
        if (field.name == "apiSecretAccessKey") {
            QVERIFY(field.sensitive);
            sawMaskedSecret = true;
        }
    }
    QVERIFY(sawMaskedSecret);
}

void tst_ZuoraConnection::secretWithSpecialCharactersArrivesIntact()
{
    const QString password = s(demo::kPassword);
    QVERIFY(password.contains(u'+') && password.contains(u'/') && password.contains(u'=') && password.contains(u'&'));
    ZuoraConnection connection;
    connection.setSettings(settingsFor(true, s(demo::kUser)));
    connection.setSecret(password);
    QVERIFY(run(connection).accepted());
    QCOMPARE(m_https->seenRequests().constLast().header("apiSecretAccessKey"), password.toUtf8());
}

void tst_ZuoraConnection::trackIdEchoed()
{
    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(false, s(demo::kUser));
    settings.trackId = u"ticket-4711/run 2"_s;
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult result = run(connection);
    QVERIFY(result.accepted());
    QCOMPARE(m_http->seenRequests().constLast().header("Zuora-Track-Id"), QByteArray("ticket-4711/run 2"));
    QCOMPARE(result.header("Zuora-Track-Id"), QByteArray("ticket-4711/run 2"));
}

void tst_ZuoraConnection::invalidInputRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("trackId");
    QTest::addColumn<QString>("caFile");

    const QString base = u"LOCAL"_s;   // replaced by the demo server's URL
    const QString password = s(demo::kPassword);
    const QString user = s(demo::kUser);
    QTest::newRow("track id 65 chars") << base << user << password << QString(65, u'a') << QString();
    QTest::newRow("track id colon") << base << user << password << u"a:b"_s << QString();
    QTest::newRow("track id semicolon") << base << user << password << u"a;b"_s << QString();
    QTest::newRow("track id double quote") << base << user << password << u"a\"b"_s << QString();
    QTest::newRow("track id single quote") << base << user << password << u"a'b"_s << QString();
    QTest::newRow("track id non-ascii") << base << user << password << u"caf\u00e9"_s << QString();
    QTest::newRow("track id newline") << base << user << password << u"a\r\nX-Evil: 1"_s << QString();
    QTest::newRow("empty user") << base << QString() << password << QString() << QString();
    QTest::newRow("user with newline") << base << u"a\nb"_s << password << QString() << QString();
    QTest::newRow("empty secret") << base << user << QString() << QString() << QString();
    QTest::newRow("secret with newline") << base << user << u"pass\r\nX: y"_s << QString() << QString();
    QTest::newRow("plain http to remote host") << u"http://rest.zuora.com"_s << user << password << QString() << QString();
    QTest::newRow("credentials in url") << u"https://u:p@rest.zuora.com"_s << user << password << QString() << QString();
    QTest::newRow("missing ca file") << base << user << password << QString() << u"/nonexistent/ca.pem"_s;
    QTest::newRow("ca file not pem") << base << user << password << QString() << u"NOTPEM"_s;
}

void tst_ZuoraConnection::invalidInputRefusedBeforeSending()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, trackId);
    QFETCH(QString, caFile);

    QTemporaryFile notPem;
    if (caFile == u"NOTPEM") {
        QVERIFY(notPem.open());
        notPem.write("this is not a certificate\n");
        notPem.flush();
        caFile = notPem.fileName();
    }
    ConnectionSettings settings = settingsFor(false, user);
    if (baseUrl != u"LOCAL")
        settings.baseUrl = baseUrl;
    settings.trackId = trackId;
    settings.caFile = caFile;
    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(secret);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::InvalidInput);
    QCOMPARE(result.exitCode(), 2);
    QVERIFY(!result.cause.isEmpty());
    QCOMPARE(m_http->requestCount(), 0);
}

void tst_ZuoraConnection::oauth_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("entities");
    QTest::addColumn<bool>("warnsAboutEntity");

    for (const bool tls : {false, true}) {
        const QByteArray scheme = tls ? "https: " : "http: ";
        QTest::addRow("%saccepted", scheme.constData()) << tls << s(demo::kClientId) << s(demo::kClientSecret) << QString() << 0 << 1 << false;
        QTest::addRow("%swrong secret", scheme.constData()) << tls << s(demo::kClientId) << u"nope"_s << QString() << 1 << 0 << false;
        QTest::addRow("%ssecret without its plus", scheme.constData()) << tls << s(demo::kClientId) << QString(s(demo::kClientSecret)).replace(u'+', u' ')
                                                         << QString() << 1 << 0 << false;
        QTest::addRow("%sunknown client", scheme.constData()) << tls << u"00000000-0000-0000-0000-000000000000"_s << s(demo::kClientSecret)
                                                << QString() << 1 << 0 << false;
        QTest::addRow("%sseveral entities, none chosen", scheme.constData()) << tls << s(demo::kMultiEntityClientId) << s(demo::kClientSecret)
                                                               << QString() << 0 << 2 << true;
        QTest::addRow("%sseveral entities, one chosen", scheme.constData()) << tls << s(demo::kMultiEntityClientId) << s(demo::kClientSecret)
                                                              << s(demo::kEntityA) << 0 << 1 << false;   // the token is narrowed to it
    }
}

void tst_ZuoraConnection::oauth()
{
    QFETCH(bool, tls);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, entity);
    QFETCH(int, exitCode);
    QFETCH(int, entities);
    QFETCH(bool, warnsAboutEntity);

    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(tls, clientId);
    settings.authMode = AuthMode::OAuthClientCredentials;
    settings.entityId = entity;
    connection.setSettings(settings);
    connection.setSecret(secret);
    QCOMPARE(connection.resolvedEndpoint().path(), u"/oauth/token"_s);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.exitCode(), exitCode);
    QCOMPARE(result.token.entityIds.size(), entities);
    // Said once, in the hint (the banner shows hint and notes: not twice).
    QCOMPARE(result.hint.contains(u"Zuora-Entity-Ids"_s), warnsAboutEntity);
    QVERIFY(std::none_of(result.notes.cbegin(), result.notes.cend(),
                         [](const QString &note) { return note.contains(u"Zuora-Entity-Ids"_s); }));
    if (exitCode == 0) {
        QCOMPARE(result.token.tokenType, u"bearer"_s);
        QCOMPARE(result.token.expiresIn, qint64(3599));
        QVERIFY(!result.token.userId.isEmpty());
        QCOMPARE(result.token.tenantId, u"19"_s);
    }

    // The form on the wire: percent-encoded, decoded intact, no authentication headers.
    const DemoServer::SeenRequest seen = server(tls).seenRequests().constLast();
    QCOMPARE(seen.path, u"/oauth/token"_s);
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    for (const char *absent : {"Authorization", "apiAccessKeyId", "apiSecretAccessKey"})
        QVERIFY2(!seen.hasHeader(absent), absent);
    QVERIFY(!seen.body.contains('+'));   // a literal + would be read as a space
    QUrlQuery form(QString::fromLatin1(seen.body));
    QCOMPARE(form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), secret);
    QCOMPARE(form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), clientId);
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
    QVERIFY(!result.request.body.contains(secret.toUtf8()));
}

void tst_ZuoraConnection::answerShapes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("firstCode");

    using P = ScriptedHttpPeer;
    const QByteArray json = "application/json;charset=utf-8";
    QTest::newRow("code as string") << P::response(401, "Unauthorized", json, R"({"success":false,"reasons":[{"code":"90000011","message":"m"}]})")
                                    << 1 << int(ErrorKind::Rejected) << u"90000011"_s;
    QTest::newRow("Success/Errors false") << P::response(200, "OK", json, R"({"Success":false,"Errors":[{"Code":"INVALID_VALUE","Message":"x"}]})")
                                          << 1 << int(ErrorKind::Rejected) << u"INVALID_VALUE"_s;
    QTest::newRow("Success/Errors true") << P::response(200, "OK", json, R"({"Success":true})") << 0 << int(ErrorKind::None) << QString();
    QTest::newRow("message 401") << P::response(401, "Unauthorized", json, R"({"message":"Authentication error"})",
                                                {"WWW-Authenticate: Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API"})
                                 << 1 << int(ErrorKind::Rejected) << QString();
    QTest::newRow("success false at 200") << P::response(200, "OK", json, R"({"success":false,"processId":"ABC","reasons":[{"code":90000011,"message":"m"}]})")
                                          << 1 << int(ErrorKind::Rejected) << u"90000011"_s;
    QTest::newRow("html 502") << P::response(502, "Bad Gateway", "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << 4 << int(ErrorKind::NotZuora) << QString();
    QTest::newRow("html 200") << P::response(200, "OK", "text/html", "<!DOCTYPE html><html><title>Login</title></html>")
                              << 4 << int(ErrorKind::NotZuora) << QString();
    QTest::newRow("empty 200") << P::response(200, "OK", json, QByteArray()) << 4 << int(ErrorKind::EmptyBody) << QString();
    QTest::newRow("empty 401") << P::response(401, "Unauthorized", json, QByteArray()) << 1 << int(ErrorKind::Rejected) << QString();
    QTest::newRow("not json") << P::response(200, "OK", "text/plain", "OK") << 4 << int(ErrorKind::NotZuora) << QString();
    QTest::newRow("unknown json") << P::response(200, "OK", json, R"({"hello":"world"})") << 4 << int(ErrorKind::UnexpectedAnswer) << QString();
    QTest::newRow("429 retry-after") << P::response(429, "Too Many Requests", json,
                                                    R"({"code":"REQUEST_EXCEEDED_LIMIT","message":"Your total number of concurrent requests have exceeded the limit"})",
                                                    {"Retry-After: 120"})
                                     << 4 << int(ErrorKind::RateLimited) << u"REQUEST_EXCEEDED_LIMIT"_s;
    QTest::newRow("500 json") << P::response(500, "Internal Server Error", json, R"({"success":false,"reasons":[{"code":90000060,"message":"x"}]})")
                              << 4 << int(ErrorKind::ServerError) << u"90000060"_s;
    QTest::newRow("404") << P::response(404, "Not Found", json, R"({"message":"no route"})") << 4 << int(ErrorKind::UnexpectedAnswer) << QString();
    QTest::newRow("403") << P::response(403, "Forbidden", json, R"({"success":false,"reasons":[{"code":90000010,"message":"denied"}]})")
                         << 1 << int(ErrorKind::Rejected) << u"90000010"_s;
}

void tst_ZuoraConnection::answerShapes()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, exitCode);
    QFETCH(int, errorKind);
    QFETCH(QString, firstCode);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QCOMPARE(int(result.errorKind), errorKind);
    QCOMPARE(result.exitCode(), exitCode);
    QCOMPARE(result.firstCode(), firstCode);
    QVERIFY(!result.cause.isEmpty());
    QCOMPARE(result.body, raw.mid(raw.indexOf("\r\n\r\n") + 4));   // the raw body is kept whatever its shape
}

void tst_ZuoraConnection::cookiesAndHeaders()
{
    ZuoraConnection connection;
    connection.setSettings(settingsFor(true, s(demo::kUser)));
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult result = run(connection);
    QVERIFY(result.accepted());
    const QNetworkCookie *session = result.sessionCookie();
    QVERIFY(session);
    QVERIFY(session->value().size() >= 200);
    QCOMPARE(session->path(), u"/"_s);
    QVERIFY(session->isSecure());
    QVERIFY(session->isHttpOnly());
    QVERIFY(session->isSessionCookie());
    QCOMPARE(result.header("Zuora-Request-Id").size(), 36);
    QCOMPARE(result.header("Server"), QByteArray("Zuora App"));
    QVERIFY(!result.header("RateLimit-Limit").isEmpty());
    QVERIFY(!result.header("Concurrency-Limit-Type").isEmpty());
    QVERIFY(result.contentType.startsWith("application/json"));
}

void tst_ZuoraConnection::timingsAreOrdered_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("oauth");
    QTest::newRow("http session") << false << false;
    QTest::newRow("https session") << true << false;
    QTest::newRow("http oauth") << false << true;
    QTest::newRow("https oauth") << true << true;
}

void tst_ZuoraConnection::timingsAreOrdered()
{
    QFETCH(bool, tls);
    QFETCH(bool, oauth);
    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(tls, oauth ? s(demo::kClientId) : s(demo::kUser));
    if (oauth)
        settings.authMode = AuthMode::OAuthClientCredentials;
    connection.setSettings(settings);
    connection.setSecret(oauth ? s(demo::kClientSecret) : s(demo::kPassword));
    for (int round = 0; round < 2; ++round) {   // the second attempt must not reuse the first's connection
        const ConnectionResult result = run(connection);
        QVERIFY(result.accepted());
        const Timings &t = result.timings;
        QVERIFY2(t.connecting >= 0, "every attempt opens its own connection");
        QCOMPARE(t.tlsDone >= 0, tls);
        // Qt 6.4 reports "request sent" only for requests with a body (OAuth's form).
        if (oauth)
            QVERIFY(t.requestSent >= 0);
        QVERIFY(t.firstByte >= 0);
        QVERIFY(t.finished >= t.firstByte);
        double previous = 0;
        for (const double phase : {t.connecting, t.tlsDone, t.requestSent, t.firstByte, t.finished}) {
            if (phase < 0)
                continue;
            QVERIFY(phase >= previous);
            previous = phase;
        }
    }
}

void tst_ZuoraConnection::legacyPathPrefix()
{
    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(false, s(demo::kUser));
    settings.baseUrl += u"/rest/v1/"_s;
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    QCOMPARE(connection.resolvedEndpoint().path(), u"/rest/v1/connections"_s);
    QVERIFY(run(connection).accepted());
    QCOMPARE(m_http->seenRequests().constLast().path, u"/rest/v1/connections"_s);
}

void tst_ZuoraConnection::hugeBodyCapped_data()
{
    QTest::addColumn<bool>("declaredLength");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("read until close") << false;
}

void tst_ZuoraConnection::hugeBodyCapped()
{
    QFETCH(bool, declaredLength);
    const QByteArray body = "{\"success\":true,\"pad\":\"" + QByteArray(6 * 1024 * 1024, 'x') + "\"}";
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(declaredLength ? ScriptedHttpPeer::response(200, "OK", "application/json", body)
                                    : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body);
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::BodyTooLarge);
    QCOMPARE(result.exitCode(), 4);
    QVERIFY(result.body.size() <= ZuoraConnection::DefaultBodyLimit);
}

void tst_ZuoraConnection::timeout()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    ZuoraConnection connection;
    aimAt(connection, peer, 300);
    QElapsedTimer clock;
    clock.start();
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::Timeout);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!connection.isBusy());
}

void tst_ZuoraConnection::slowServerTimesOutAndSurvives()
{
    m_http->setSlowDelayMs(1500);
    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(false, s(demo::kSlowUser));
    settings.timeoutMs = 200;
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    QCOMPARE(run(connection).errorKind, ErrorKind::Timeout);
    // Let the server's held-back answer fire at a socket that is gone.
    QTest::qWait(1600);
    settings.timeoutMs = 5000;
    connection.setSettings(settings);
    QVERIFY(run(connection).accepted());   // slow but within the limit
    connection.setSettings(settingsFor(false, s(demo::kUser)));
    QVERIFY(run(connection).accepted());
}

void tst_ZuoraConnection::cancelMidFlight()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    ZuoraConnection connection;
    aimAt(connection, peer);
    QSignalSpy finished(&connection, &ZuoraConnection::finished);
    QSignalSpy busy(&connection, &ZuoraConnection::busyChanged);
    QVERIFY(connection.test());
    QVERIFY(connection.isBusy());
    QTRY_COMPARE(peer.connectionCount(), 1);
    connection.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ConnectionResult>().errorKind, ErrorKind::Cancelled);
    QCOMPARE(finished.first().first().value<ConnectionResult>().exitCode(), 3);
    QVERIFY(!connection.isBusy());
    QCOMPARE(busy.size(), 2);
    connection.cancel();   // a second cancel is harmless
    QCOMPARE(finished.size(), 1);
}

void tst_ZuoraConnection::secondTestWhileBusyIsIgnored()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    ZuoraConnection connection;
    aimAt(connection, peer);
    QSignalSpy started(&connection, &ZuoraConnection::started);
    QVERIFY(connection.test());
    QVERIFY(!connection.test());
    QCOMPARE(started.size(), 1);
    connection.cancel();
}

void tst_ZuoraConnection::destroyedMidFlightIsSafe()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    auto *connection = new ZuoraConnection;
    aimAt(*connection, peer);
    QSignalSpy finished(connection, &ZuoraConnection::finished);
    QVERIFY(connection->test());
    QTRY_COMPARE(peer.connectionCount(), 1);
    delete connection;
    QTest::qWait(100);   // any stray queued event would crash here
    QCOMPARE(finished.size(), 0);
}

void tst_ZuoraConnection::connectionRefused()
{
    QTcpServer probe;   // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ZuoraConnection connection;
    ConnectionSettings settings;
    settings.baseUrl = u"http://127.0.0.1:%1"_s.arg(port);
    settings.username = u"user"_s;
    connection.setSettings(settings);
    connection.setSecret(u"secret"_s);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::ConnectionRefused);
    QCOMPARE(result.exitCode(), 3);
    QVERIFY(result.cause.contains(QString::number(port)));
}

void tst_ZuoraConnection::resetMidBody()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"success\" : tr",
                     ScriptedHttpPeer::Mode::AnswerAndReset);
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::Network);
    QCOMPARE(result.exitCode(), 3);
}

void tst_ZuoraConnection::completeAnswersAreNotCutShort_data()
{
    // A Content-Length that does not count the body as received is no sign of a cut: the
    // answer is judged, not reported as a dropped connection.
    QTest::addColumn<QByteArray>("raw");
    const QByteArray body = R"({"success":true})";
    const QByteArray cookie = "Set-Cookie: ZSession=abc; Path=/; Secure; HttpOnly\r\n";
    QTest::newRow("chunked, with a Content-Length too")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                      "Content-Length: 400\r\n" + cookie + "\r\n" + QByteArray::number(body.size(), 16) + "\r\n"
                      + body + "\r\n0\r\n\r\n");
    QTest::newRow("Content-Length exact")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n" + cookie + "\r\n" + body);
}

void tst_ZuoraConnection::completeAnswersAreNotCutShort()
{
    QFETCH(QByteArray, raw);
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw, ScriptedHttpPeer::Mode::Answer);
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QCOMPARE(result.exitCode(), 0);
}

void tst_ZuoraConnection::selfSignedRefusedThenTrusted()
{
    ZuoraConnection connection;
    ConnectionSettings settings = settingsFor(true, s(demo::kUser));
    settings.caFile.clear();
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult refused = run(connection);
    QCOMPARE(refused.errorKind, ErrorKind::Tls);
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY2(refused.cause.contains(u"Self-signed"_s), qPrintable(refused.cause));
    QVERIFY(!refused.hint.isEmpty());
    QCOMPARE(m_https->requestCount(), 0);   // the credentials never left

    settings.caFile = m_certificate.certificatePath();
    connection.setSettings(settings);
    const ConnectionResult trusted = run(connection);
    QVERIFY2(trusted.accepted(), qPrintable(trusted.cause));
    QCOMPARE(m_https->requestCount(), 1);

    // Trust is per attempt: without the file again, the same server is refused again.
    settings.caFile.clear();
    connection.setSettings(settings);
    QCOMPARE(run(connection).errorKind, ErrorKind::Tls);
}

void tst_ZuoraConnection::wrongHostNamed()
{
    TestCertificate other;
    QVERIFY2(other.make(u"other.example"_s, u"DNS:other.example"_s), qPrintable(other.error()));
    DemoServer server;
    QString error;
    QVERIFY(server.useTls(other.certificatePath(), other.keyPath(), &error));
    QVERIFY(server.start(QHostAddress::LocalHost, 0, &error));
    ZuoraConnection connection;
    ConnectionSettings settings;
    settings.baseUrl = server.baseUrl().toString();
    settings.username = s(demo::kUser);
    settings.caFile = other.certificatePath();   // trusted, but for another name
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::Tls);
    QVERIFY2(result.cause.contains(u"Wrong host"_s), qPrintable(result.cause));
    QVERIFY(result.cause.contains(u"other.example"_s));
    QCOMPARE(server.requestCount(), 0);
}

void tst_ZuoraConnection::batchReuseOnlyUnderTheSameTrust()
{
    ZuoraConnection connection;
    connection.setConnectionReuse(ZuoraConnection::ConnectionReuse::WhenTrustMatches);
    ConnectionSettings settings = settingsFor(true, s(demo::kUser));
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult first = run(connection);
    QVERIFY(first.accepted());
    QVERIFY(first.timings.tlsDone >= 0);
    const ConnectionResult second = run(connection);   // same host, same trust: may reuse
    QVERIFY(second.accepted());
    QCOMPARE(second.timings.tlsDone, -1.0);              // no new handshake: reused

    // The same server without the extra CA: a connection made under that trust must not carry it.
    settings.caFile.clear();
    connection.setSettings(settings);
    const ConnectionResult untrusted = run(connection);
    QCOMPARE(untrusted.errorKind, ErrorKind::Tls);
    settings.caFile = m_certificate.certificatePath();
    connection.setSettings(settings);
    const ConnectionResult again = run(connection);
    QVERIFY(again.accepted());
    QVERIFY(again.timings.tlsDone >= 0);                 // a fresh handshake after the change
}

void tst_ZuoraConnection::redirectNotFollowed_data()
{
    QTest::addColumn<bool>("otherHost");
    QTest::newRow("to another host") << true;
    QTest::newRow("to the same host") << false;
}

void tst_ZuoraConnection::redirectNotFollowed()
{
    QFETCH(bool, otherHost);
    DemoServer target;
    QVERIFY(target.start());
    DemoServer redirecting;
    QVERIFY(redirecting.start());
    QUrl destination = target.baseUrl();
    if (otherHost)
        destination.setHost(u"localhost"_s);   // another host name, still on this machine
    redirecting.setRedirectTarget(destination);

    ZuoraConnection connection;
    ConnectionSettings settings;
    settings.baseUrl = redirecting.baseUrl().toString();
    settings.username = s(demo::kUser);
    connection.setSettings(settings);
    connection.setSecret(s(demo::kPassword));
    const ConnectionResult result = run(connection);
    QCOMPARE(result.errorKind, ErrorKind::Redirect);
    QCOMPARE(result.exitCode(), 4);
    QVERIFY(result.cause.contains(destination.host()));
    QCOMPARE(redirecting.requestCount(), 1);
    QCOMPARE(target.requestCount(), 0);   // no credential reached the other address
}

void tst_ZuoraConnection::propertiesNotify()
{
    ZuoraConnection connection;
    QSignalSpy endpoint(&connection, &ZuoraConnection::resolvedEndpointChanged);
    QSignalSpy user(&connection, &ZuoraConnection::usernameChanged);
    connection.setProperty("baseUrl", u"apisandbox.zuora.com"_s);
    QCOMPARE(connection.resolvedEndpoint(), QUrl(u"https://rest.apisandbox.zuora.com/v1/connections"_s));
    connection.setProperty("authMode", QVariant::fromValue(AuthMode::OAuthClientCredentials));
    QCOMPARE(connection.resolvedEndpoint(), QUrl(u"https://rest.apisandbox.zuora.com/oauth/token"_s));
    QCOMPARE(endpoint.size(), 2);
    connection.setUsername(u"a"_s);
    connection.setUsername(u"a"_s);
    QCOMPARE(user.size(), 1);
    // The secret is not a property, so nothing that walks properties can persist it.
    QCOMPARE(connection.metaObject()->indexOfProperty("secret"), -1);
    QCOMPARE(connection.metaObject()->indexOfProperty("password"), -1);
}

void tst_ZuoraConnection::acceptedOnlyByTheWrittenRule_data()
{
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("causeContains");   // what was contradictory, for exit 4

    using P = ScriptedHttpPeer;
    const QByteArray json = "application/json;charset=utf-8";
    const QByteArray cookie = "Set-Cookie: ZSession=abc; Path=/; Secure; HttpOnly";
    const auto session = [&](const char *name, const QByteArray &body, int exitCode, const QString &cause, int status = 200) {
        QTest::newRow(name) << false << P::response(status, "OK", json, body, {cookie}) << exitCode << cause;
    };
    const auto token = [&](const char *name, const QByteArray &body, int exitCode, const QString &cause, int status = 200) {
        QTest::addRow("oauth: %s", name) << true << P::response(status, "OK", json, body) << exitCode << cause;
    };
    // Well-formed answers keep their verdicts (zuora-api.md §1.3, §2).
    session("recorded 200", "{\n  \"success\" : true\n}", 0, QString());
    session("Actions spelling Success", R"({"Success":true})", 0, QString());
    session("empty reasons", R"({"success":true,"reasons":[]})", 0, QString());
    session("repeats only inside a nested object", R"({"success":true,"x":{"a":1,"a":2}})", 0, QString());
    session("braces and quotes inside a string", R"({"note":"}{\",\"success\":false","success":true})", 0, QString());
    session("recorded 401 at 200", R"({"success":false,"reasons":[{"code":90000011,"message":"m"}]})", 1, QString());
    // Contradictory or ambiguous: never accepted (issue 10).
    session("success as a string", R"({"success":"true"})", 4, u"string"_s);
    session("success as a number", R"({"success":1})", 4, QString());
    session("success false then true", R"({"success":false,"success":true})", 4, u"\"success\" keys"_s);
    session("success true then false", R"({"success":true,"success":false})", 4, u"\"success\" keys"_s);
    session("success repeated under an escape", R"({"success":false,"succ\u0065ss":true})", 4, u"\"success\" keys"_s);
    session("success and Success", R"({"Success":false,"success":true})", 4, u"\"success\" keys"_s);
    session("success true with a reason", R"({"success":true,"reasons":[{"code":90000011,"message":"sign in first"}]})",
            4, u"90000011"_s);
    session("Success true with Errors", R"({"Success":true,"Errors":[{"Code":"INVALID_VALUE","Message":"bad"}]})",
            4, u"INVALID_VALUE"_s);
    session("success true with an empty reason", R"({"success":true,"reasons":[{}]})", 4, u"reasons"_s);
    session("repeated processId", R"({"success":true,"processId":"A","processId":"B"})", 4, u"processId"_s);
    session("success true at 201", R"({"success":true})", 4, u"201"_s, 201);
    session("success true at 202", R"({"success":true})", 4, u"202"_s, 202);

    const QByteArray good = R"("access_token":"c652cbc0ea384b9f81856a93a2a74538","expires_in":3599)";
    token("recorded token", "{" + good + R"(,"token_type":"bearer"})", 0, QString());
    token("Bearer in capitals", "{" + good + R"(,"token_type":"Bearer"})", 0, QString());
    token("token and error", "{" + good + R"(,"token_type":"bearer","error":"invalid_client"})", 4, u"error"_s);
    token("token and error_description", "{" + good + R"(,"token_type":"bearer","error_description":"Bad client"})",
          4, u"error_description"_s);
    token("no token_type", "{" + good + "}", 4, u"token_type"_s);
    token("token_type mac", "{" + good + R"(,"token_type":"mac"})", 4, u"token_type"_s);
    token("empty access_token", R"({"access_token":"","token_type":"bearer"})", 4, u"access_token"_s);
    token("access_token a number", R"({"access_token":12345,"token_type":"bearer"})", 4, u"access_token"_s);
    token("access_token repeated", R"({"access_token":"a","access_token":"b","token_type":"bearer"})", 4, u"access_token"_s);
    token("token at 201", "{" + good + R"(,"token_type":"bearer"})", 4, u"201"_s, 201);
}

void tst_ZuoraConnection::acceptedOnlyByTheWrittenRule()
{
    QFETCH(bool, oauth);
    QFETCH(QByteArray, raw);
    QFETCH(int, exitCode);
    QFETCH(QString, causeContains);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    ZuoraConnection connection;
    aimAt(connection, peer);
    if (oauth)
        connection.setAuthMode(AuthMode::OAuthClientCredentials);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.exitCode() == exitCode, qPrintable(u"exit %1: %2"_s.arg(result.exitCode()).arg(result.cause)));
    // The verdict and the written rule agree, whichever way.
    QCOMPARE(ResultClassifier::meetsAcceptRule(result), exitCode == 0);
    if (exitCode == 4) {
        QCOMPARE(result.errorKind, ErrorKind::UnexpectedAnswer);
        if (!causeContains.isEmpty())
            QVERIFY2(result.cause.contains(causeContains), qPrintable(result.cause));
    }
}

void tst_ZuoraConnection::interimAnswersAreNotTheAnswer_data()
{
    // RFC 9110 §15.2: a client skips interim answers. Qt 6.4 skips only 100 and ends the exchange
    // at any other 1xx, so the final answer cannot be read: such an answer must never be judged,
    // and the login is not sent again to get the final one.
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");     // what the result reports
    QTest::addColumn<int>("exitCode");

    using P = ScriptedHttpPeer;
    const QByteArray json = "application/json;charset=utf-8";
    const QByteArray accepted = P::response(200, "OK", json, R"({"success":true})", {"Set-Cookie: ZSession=abc; Path=/"});
    const QByteArray refused = P::response(401, "Unauthorized", json,
                                           R"({"success":false,"reasons":[{"code":90000011,"message":"m"}]})");
    const QByteArray hints = "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n";
    const QByteArray processing = "HTTP/1.1 102 Processing\r\n\r\n";
    QTest::newRow("100 then 200") << "HTTP/1.1 100 Continue\r\n\r\n" + accepted << 200 << 0;
    QTest::newRow("100 then 401") << "HTTP/1.1 100 Continue\r\n\r\n" + refused << 401 << 1;
    QTest::newRow("103 then 200") << hints + accepted << 103 << 4;
    QTest::newRow("103 then 401") << hints + refused << 103 << 4;
    QTest::newRow("102 then 200") << processing + accepted << 102 << 4;
    QTest::newRow("102, 103 then 401") << processing + hints + refused << 102 << 4;
}

void tst_ZuoraConnection::interimAnswersAreNotTheAnswer()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(int, exitCode);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.httpStatus == status, qPrintable(u"HTTP %1: %2"_s.arg(result.httpStatus).arg(result.cause)));
    QCOMPARE(result.exitCode(), exitCode);
    if (exitCode == 4) {
        QCOMPARE(result.errorKind, ErrorKind::UnexpectedAnswer);
        QVERIFY2(result.cause.contains(u"interim"_s), qPrintable(result.cause));
        QVERIFY(!ResultClassifier::meetsAcceptRule(result));
    }
    QCOMPARE(peer.connectionCount(), 1);
    QCOMPARE(result.attempts, 1);
}

void tst_ZuoraConnection::brokenFramingIsNeverJudged_data()
{
    QTest::addColumn<QByteArray>("lengths");   // the Content-Length header lines, as sent
    QTest::addColumn<int>("exitCode");

    const QByteArray body = R"({"success":true})";   // 16 bytes
    QTest::newRow("one, exact") << QByteArray("Content-Length: 16\r\n") << 0;
    QTest::newRow("the same twice") << QByteArray("Content-Length: 16\r\nContent-Length: 16\r\n") << 0;
    QTest::newRow("two values") << QByteArray("Content-Length: 16\r\nContent-Length: 30\r\n") << 4;
    QTest::newRow("two values, shorter first") << QByteArray("Content-Length: 5\r\nContent-Length: 16\r\n") << 4;
    QTest::newRow("a list of two values") << QByteArray("Content-Length: 16, 17\r\n") << 4;
    QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n") << 4;
    QTest::newRow("negative, large") << QByteArray("Content-Length: -16\r\n") << 4;
    QTest::newRow("not a number") << QByteArray("Content-Length: sixteen\r\n") << 4;
    QTest::newRow("a number and words") << QByteArray("Content-Length: 16 bytes\r\n") << 4;
    QTest::newRow("a plus sign") << QByteArray("Content-Length: +16\r\n") << 4;
    QTest::newRow("hexadecimal") << QByteArray("Content-Length: 0x10\r\n") << 4;
}

void tst_ZuoraConnection::brokenFramingIsNeverJudged()
{
    QFETCH(QByteArray, lengths);
    QFETCH(int, exitCode);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nSet-Cookie: ZSession=abc; Path=/\r\n" + lengths
                     + "Connection: close\r\n\r\n{\"success\":true}");
    ZuoraConnection connection;
    aimAt(connection, peer);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.exitCode() == exitCode, qPrintable(u"exit %1: %2"_s.arg(result.exitCode()).arg(result.cause)));
    if (exitCode != 0) {
        QVERIFY(!result.accepted());
        QVERIFY2(result.cause.contains(u"Content-Length"_s), qPrintable(result.cause));
    }
}

void tst_ZuoraConnection::soapLogin_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("causeContains");
    for (const bool tls : {false, true}) {
        const char *scheme = tls ? "https" : "http";
        QTest::addRow("%s: accepted", scheme) << tls << s(demo::kUser) << s(demo::kPassword) << 0 << u"SOAP login accepted"_s;
        QTest::addRow("%s: wrong password", scheme) << tls << s(demo::kUser) << u"n<o>&\"'ä"_s << 1 << u"INVALID_VALUE"_s;
        QTest::addRow("%s: API disabled", scheme) << tls << s(demo::kApiDisabledUser) << s(demo::kPassword) << 1 << u"API_DISABLED"_s;
        QTest::addRow("%s: rate limited", scheme) << tls << s(demo::kRateLimitedUser) << s(demo::kPassword) << 4 << u"Rate limited"_s;
        QTest::addRow("%s: HTML page", scheme) << tls << s(demo::kBadGatewayUser) << s(demo::kPassword) << 4 << u"Not a SOAP"_s;
    }
}

// The envelope on the wire (zuora-api.md 8.3) and the verdict of each demo answer (8.7).
void tst_ZuoraConnection::soapLogin()
{
    QFETCH(bool, tls);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, causeContains);

    ConnectionSettings settings = settingsFor(tls, user);
    settings.authMode = AuthMode::SoapLogin;
    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(secret);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.exitCode() == exitCode, qPrintable(result.cause));
    QVERIFY2(result.cause.contains(causeContains), qPrintable(result.cause));
    QCOMPARE(result.attempts, 1);

    QCOMPARE(server(tls).seenRequests().size(), 1);
    const DemoServer::SeenRequest seen = server(tls).seenRequests().constFirst();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, u"/apps/services/a/115.0"_s);
    QCOMPARE(seen.header("Content-Type"), QByteArray("text/xml; charset=utf-8"));
    QCOMPARE(seen.header("SOAPAction"), QByteArray("\"\""));
    for (const char *absent : {"apiAccessKeyId", "apiSecretAccessKey", "Authorization", "Cookie", "Zuora-Entity-Ids"})
        QVERIFY2(!seen.hasHeader(absent), absent);
    // The password arrives exactly: what the envelope carries, read back, is what was typed.
    QByteArray expected;
    QString problem;
    QVERIFY(SoapLogin::envelope(user, secret, QString(), &expected, &problem));
    QCOMPARE(seen.body, expected);

    // What the result shows never holds the password or the session.
    QVERIFY(!result.request.body.contains(secret.toUtf8()));
    QVERIFY(result.request.body.contains("<api:password>********</api:password>"));
    if (exitCode == 0) {
        QVERIFY(result.accepted());
        QVERIFY(result.soap.session.size() > 20);
        QVERIFY(result.issuedCredentials().contains(result.soap.session));
        QCOMPARE(QUrl(result.soap.serverUrl).host(), result.endpoint.host());   // same host: no note
        QVERIFY(result.hint.isEmpty());
        QString contradiction;
        QVERIFY2(ResultClassifier::meetsAcceptRule(result, &contradiction), qPrintable(contradiction));
    } else {
        QVERIFY(!result.accepted());
        QVERIFY(result.soap.session.isEmpty());
    }
}

// A ServerUrl on another host than the one called is pointed out (8.4): the session belongs there.
void tst_ZuoraConnection::soapServerUrlOnAnotherHost()
{
    const QByteArray body = R"(<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">)"
                            R"(<soapenv:Body><ns1:loginResponse xmlns:ns1="http://api.zuora.com/"><ns1:result>)"
                            R"(<ns1:Session>abcdefghijklmnopqrstuvwxyz0123456789</ns1:Session>)"
                            R"(<ns1:ServerUrl>https://other.example.com/apps/services/a/115.0</ns1:ServerUrl>)"
                            R"(</ns1:result></ns1:loginResponse></soapenv:Body></soapenv:Envelope>)";
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(ScriptedHttpPeer::response(200, "OK", "text/xml; charset=utf-8", body));
    ZuoraConnection connection;
    aimAt(connection, peer);
    connection.setAuthMode(AuthMode::SoapLogin);
    const ConnectionResult result = run(connection);
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QVERIFY2(result.hint.contains(u"other.example.com"_s), qPrintable(result.hint));
    QVERIFY(std::any_of(result.notes.cbegin(), result.notes.cend(),
                        [](const QString &note) { return note.contains(u"another host"_s); }));
}

// Zuora says SOAP is not available in EU and APAC: the check says so before sending, then sends.
// The proxy is a peer on loopback that never answers the tunnel: nothing leaves this machine.
void tst_ZuoraConnection::soapUnavailableRegionSaysSo()
{
    ScriptedHttpPeer proxy;
    QVERIFY(proxy.start());
    proxy.setResponse(ScriptedHttpPeer::response(403, "Forbidden", "text/plain", "no"));
    ConnectionSettings settings;
    settings.baseUrl = u"https://rest.eu.zuora.com"_s;
    settings.authMode = AuthMode::SoapLogin;
    settings.username = u"user"_s;
    settings.timeoutMs = 5000;
    settings.proxy = ProxySettings{ProxyMode::Http, u"127.0.0.1"_s, int(proxy.serverPort()), QString()};
    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(u"secret"_s);
    QCOMPARE(connection.resolvedEndpoint(), QUrl(u"https://eu.zuora.com/apps/services/a/115.0"_s));
    const ConnectionResult result = run(connection);
    QVERIFY(!result.accepted());
    QVERIFY2(std::any_of(result.notes.cbegin(), result.notes.cend(),
                         [](const QString &note) { return note.contains(u"not available in the EU and APAC"_s); }),
             qPrintable(result.notes.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_ZuoraConnection)
#include "tst_zuoraconnection.moc"
