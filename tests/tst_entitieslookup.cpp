// EntitiesLookup: the one read-only GET after an accepted check (zuora-api.md §9.2, §9.3), against the
// demo Zuora on loopback (http and https with a certificate made at test time) and against peers
// that answer what Zuora would not: HTML, "success" as a string, a 404, silence, a dropped
// connection, a redirect.
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "DisplayText.h"
#include "DroppingPeer.h"
#include "EntitiesLookup.h"
#include "ScriptedHttpPeer.h"
#include "TestCertificate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// The REST object id of a demo entity: the Zuora-Entity-Ids form without hyphens.
QString restId(const char16_t *entity)
{
    return s(entity).remove(u'-');
}

// Everything of the request as sent that a person or a log could see.
QByteArray requestText(const EntitiesResult &result)
{
    QByteArray text = result.request.method + ' ' + result.request.url.toEncoded() + '\n';
    for (const HeaderField &field : result.request.headers)
        text += field.name + ": " + field.value + '\n';
    return text + result.request.body;
}

// Everything of the result that is shown or saved.
QByteArray resultText(const EntitiesResult &result)
{
    QByteArray text = requestText(result) + result.cause.toUtf8() + result.hint.toUtf8() + result.body
        + result.httpReason.toUtf8() + result.redirectTarget.toUtf8() + result.processId.toUtf8();
    for (const auto &[name, value] : result.responseHeaders)
        text += name + value;
    for (const ZuoraReason &reason : result.reasons)
        text += reason.message.toUtf8();
    return text;
}

const HeaderField *sentHeader(const EntitiesResult &result, const QByteArray &name)
{
    for (const HeaderField &field : result.request.headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

const QByteArray kEntity1 = R"({"id":"8a808255557baba1015580e12fa5083a","name":"Acme Corporation","displayName":"Acme Corporation",)"
                            R"("locale":"en_US","timezone":"GMT","status":"Provisioned","parentId":null,"tenantId":"6398"})";
const QByteArray kEntity2 = R"({"id":"8a80825555a3c7a10155b460f53858e6","name":"Acme-Americas","displayName":"Acme-Americas",)"
                            R"("locale":"en_US","timezone":"America/Los_Angeles","status":"Provisioned",)"
                            R"("parentId":"8a808255557baba1015580e12fa5083a","tenantId":"6398"})";

QByteArray json(int status, const QByteArray &reason, const QByteArray &body, const QList<QByteArray> &extra = {})
{
    return ScriptedHttpPeer::response(status, reason, "application/json;charset=utf-8", body, extra);
}

} // namespace

Q_DECLARE_METATYPE(EntitiesQuery::Credential)

class tst_EntitiesLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void demo_data();
    void demo();
    void unusualAnswers_data();
    void unusualAnswers();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void echoedCredentialIsMasked();
    void timeoutAgainstSilentPeer();
    void droppedConnectionIsNotSentAgain_data();
    void droppedConnectionIsNotSentAgain();
    void redirectIsNotFollowed();
    void cancel();
    void destroyedMidRequest();
    void managerGoneMidRequest();
    void untrustedCertificate();
    void invalidInput_data();
    void invalidInput();
    void demoRefusesWrites();
    void headerEntityId_data();
    void headerEntityId();
    void suggestedEntityId_data();
    void suggestedEntityId();

private:
    DemoServer &server(bool tls) { return tls ? *m_https : *m_http; }
    QSslConfiguration trust() const;
    struct Answer
    {
        int status = 0;
        QByteArray setCookie;
        QByteArray allow;
        QByteArray body;
    };
    Answer send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body);
    QByteArray login(bool tls, EntitiesQuery::Credential kind, const QString &who, const QString &entity);
    EntitiesResult run(const EntitiesQuery &query, int waitMs = 10000, QNetworkAccessManager *network = nullptr);

    TestCertificate m_certificate;
    std::unique_ptr<DemoServer> m_http;
    std::unique_ptr<DemoServer> m_https;
    QNetworkAccessManager m_network;   // stands for the check's own manager
};

void tst_EntitiesLookup::initTestCase()
{
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    QString error;
    m_http = std::make_unique<DemoServer>();
    QVERIFY2(m_http->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_https = std::make_unique<DemoServer>();
    QVERIFY2(m_https->useTls(m_certificate.certificatePath(), m_certificate.keyPath(), &error), qPrintable(error));
    QVERIFY2(m_https->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void tst_EntitiesLookup::init()
{
    m_http->clearSeenRequests();
    m_https->clearSeenRequests();
}

QSslConfiguration tst_EntitiesLookup::trust() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates(tls.caCertificates() + QSslCertificate::fromPath(m_certificate.certificatePath(), QSsl::Pem));
    return tls;
}

tst_EntitiesLookup::Answer tst_EntitiesLookup::send(const QByteArray &verb, const QUrl &url,
                                                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    if (url.scheme() == u"https")
        request.setSslConfiguration(trust());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (reply->isRunning())
        finished.wait(10000);
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Set-Cookie"),
            reply->rawHeader("Allow"), reply->readAll()};
}

// A real login at the demo server, as the check makes it; returns the credential it issued.
QByteArray tst_EntitiesLookup::login(bool tls, EntitiesQuery::Credential kind, const QString &who, const QString &entity)
{
    const QUrl base = server(tls).baseUrl();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!entity.isEmpty())
        headers.append(qMakePair(QByteArray("Zuora-Entity-Ids"), QByteArray(entity.toUtf8())));
    switch (kind) {
    case EntitiesQuery::Credential::SessionCookie: {
        headers.append(qMakePair(QByteArray("apiAccessKeyId"), QByteArray(who.toUtf8())));
        headers.append(qMakePair(QByteArray("apiSecretAccessKey"), QByteArray(s(demo::kPassword).toUtf8())));
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const Answer answer = send("POST", base.resolved(QUrl(u"/v1/connections"_s)), headers, {});
        const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(answer.setCookie);
        return cookies.isEmpty() ? QByteArray() : cookies.first().value();
    }
    case EntitiesQuery::Credential::SoapSession: {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8")));
        headers.append(qMakePair(QByteArray("SOAPAction"), QByteArray("\"\"")));
        const QByteArray envelope =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            "xmlns:api=\"http://api.zuora.com/\"><soapenv:Body><api:login><api:username>" + who.toHtmlEscaped().toUtf8()
            + "</api:username><api:password>" + s(demo::kPassword).toHtmlEscaped().toUtf8()
            + "</api:password></api:login></soapenv:Body></soapenv:Envelope>";
        const Answer answer = send("POST", base.resolved(QUrl(u"/apps/services/a/91.0"_s)), headers, envelope);
        static const QRegularExpression session(u"<ns1:Session>([^<]+)</ns1:Session>"_s);
        return session.match(QString::fromUtf8(answer.body)).captured(1).toUtf8();
    }
    case EntitiesQuery::Credential::BearerToken: {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        const QByteArray form = "client_id=" + QUrl::toPercentEncoding(who) + "&client_secret="
            + QUrl::toPercentEncoding(s(demo::kClientSecret)) + "&grant_type=client_credentials";
        const Answer answer = send("POST", base.resolved(QUrl(u"/oauth/token"_s)), headers, form);
        return QJsonDocument::fromJson(answer.body).object().value("access_token"_L1).toString().toUtf8();
    }
    }
    return {};
}

EntitiesResult tst_EntitiesLookup::run(const EntitiesQuery &query, int waitMs, QNetworkAccessManager *network)
{
    EntitiesLookup lookup(network ? network : &m_network);
    QSignalSpy finished(&lookup, &EntitiesLookup::finished);
    if (!lookup.start(query)) {
        qWarning("start() refused");
        return {};
    }
    if (!finished.wait(waitMs)) {
        qWarning("no finished() within %d ms", waitMs);
        return {};
    }
    QTest::qWait(20);   // a second report would come now
    if (finished.count() != 1) {
        qWarning("finished() came %d times", int(finished.count()));
        return {};
    }
    return finished.first().first().value<EntitiesResult>();
}

void tst_EntitiesLookup::demo_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<EntitiesQuery::Credential>("kind");
    QTest::addColumn<QString>("who");            // user name or client id that logs in
    QTest::addColumn<QString>("loginEntity");    // Zuora-Entity-Ids of the login
    QTest::addColumn<QString>("lookupEntity");   // Zuora-Entity-Ids of the lookup
    QTest::addColumn<QString>("prefix");         // path prefix of the REST base
    QTest::addColumn<bool>("madeUp");            // a credential the server never issued
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kindOfError");        // ErrorKind
    QTest::addColumn<qint64>("code");            // first reason code, 0: none
    QTest::addColumn<int>("count");              // entities listed
    QTest::addColumn<QString>("suggestion");

    using C = EntitiesQuery::Credential;
    const QString user = s(demo::kUser);
    const QString multi = s(demo::kMultiEntityUser);
    const QString a = s(demo::kEntityA);
    const QString b = s(demo::kEntityB);
    const int none = int(ErrorKind::None);
    const int rejected = int(ErrorKind::Rejected);
    for (const bool tls : {false, true}) {
        const char *scheme = tls ? "https" : "http";
        QTest::addRow("%s: session cookie, one entity", scheme)
            << tls << C::SessionCookie << user << QString() << QString() << QString() << false << 200 << none << qint64(0) << 1 << QString();
        QTest::addRow("%s: session cookie, multi-entity user", scheme)
            << tls << C::SessionCookie << multi << a << QString() << QString() << false << 200 << none << qint64(0) << 2 << a;
        QTest::addRow("%s: SOAP session, one entity", scheme)
            << tls << C::SoapSession << user << QString() << QString() << QString() << false << 200 << none << qint64(0) << 1 << QString();
        QTest::addRow("%s: SOAP session, multi-entity user", scheme)
            << tls << C::SoapSession << multi << QString() << QString() << QString() << false << 200 << none << qint64(0) << 2 << a;
        QTest::addRow("%s: bearer token, one entity", scheme)
            << tls << C::BearerToken << s(demo::kClientId) << QString() << QString() << QString() << false << 200 << none << qint64(0) << 1
            << QString();
        QTest::addRow("%s: bearer token, multi-entity client", scheme)
            << tls << C::BearerToken << s(demo::kMultiEntityClientId) << QString() << QString() << QString() << false << 200 << none
            << qint64(0) << 2 << a;
    }
    QTest::newRow("http: multi-entity user, entity chosen: sent, nothing suggested")
        << false << C::SessionCookie << multi << b << b << QString() << false << 200 << none << qint64(0) << 2 << QString();
    QTest::newRow("http: bearer token, entity chosen")
        << false << C::BearerToken << s(demo::kMultiEntityClientId) << QString() << b << QString() << false << 200 << none << qint64(0)
        << 2 << QString();
    QTest::newRow("http: a /rest prefix is kept")
        << false << C::SessionCookie << user << QString() << QString() << u"/rest"_s << false << 200 << none << qint64(0) << 1 << QString();
    QTest::newRow("http: expired or made-up session cookie")
        << false << C::SessionCookie << user << QString() << QString() << QString() << true << 401 << rejected << qint64(90000011) << 0
        << QString();
    QTest::newRow("https: expired or made-up SOAP session")
        << true << C::SoapSession << user << QString() << QString() << QString() << true << 401 << rejected << qint64(90000011) << 0
        << QString();
    QTest::newRow("http: expired or made-up token")
        << false << C::BearerToken << s(demo::kClientId) << QString() << QString() << QString() << true << 401 << rejected
        << qint64(90000011) << 0 << QString();
    QTest::newRow("http: an entity the session cannot reach")
        << false << C::SessionCookie << user << QString() << b << QString() << false << 401 << rejected << qint64(90000010) << 0
        << QString();
}

void tst_EntitiesLookup::demo()
{
    QFETCH(bool, tls);
    QFETCH(EntitiesQuery::Credential, kind);
    QFETCH(QString, who);
    QFETCH(QString, loginEntity);
    QFETCH(QString, lookupEntity);
    QFETCH(QString, prefix);
    QFETCH(bool, madeUp);
    QFETCH(int, status);
    QFETCH(int, kindOfError);
    QFETCH(qint64, code);
    QFETCH(int, count);
    QFETCH(QString, suggestion);

    DemoServer &target = server(tls);
    QByteArray credential = login(tls, kind, who, loginEntity);
    QVERIFY2(credential.size() >= 16, credential.constData());
    if (madeUp)
        credential = "zct-made-up-" + credential.left(8).toHex();
    const int before = target.requestCount();

    EntitiesQuery query;
    query.restBase = target.baseUrl();
    query.restBase.setPath(prefix);
    query.credential = kind;
    query.credentialValue = credential;
    query.username = kind == EntitiesQuery::Credential::BearerToken ? QString() : who;
    query.entityId = lookupEntity;
    query.trackId = u"zct-entities-1"_s;
    query.timeoutMs = 10000;
    if (tls)
        query.tls = trust();
    const EntitiesResult result = run(query);

    // Exactly one request reached the server, a GET on the documented path.
    QCOMPARE(target.requestCount() - before, 1);
    const DemoServer::SeenRequest seen = target.seenRequests().constLast();
    QCOMPARE(seen.method, QByteArray("GET"));
    QVERIFY(seen.body.isEmpty());
    const QString path = kind == EntitiesQuery::Credential::BearerToken
        ? QString(prefix + u"/v1/entities"_s)
        : QString(prefix + u"/v1/users/"_s + who + u"/accessible-entities"_s);
    QCOMPARE(seen.path, path);
    switch (kind) {
    case EntitiesQuery::Credential::SessionCookie:
        QCOMPARE(seen.header("Cookie"), "ZSession=" + credential);
        QVERIFY(!seen.hasHeader("Authorization"));
        QCOMPARE(sentHeader(result, "Cookie")->value, QByteArray("ZSession=********"));
        QVERIFY(sentHeader(result, "Cookie")->sensitive);
        break;
    case EntitiesQuery::Credential::SoapSession:
        QCOMPARE(seen.header("Authorization"), "ZSession " + credential);
        QVERIFY(!seen.hasHeader("Cookie"));
        QCOMPARE(sentHeader(result, "Authorization")->value, QByteArray("ZSession ********"));
        break;
    case EntitiesQuery::Credential::BearerToken:
        QCOMPARE(seen.header("Authorization"), "Bearer " + credential);
        QCOMPARE(sentHeader(result, "Authorization")->value, QByteArray("Bearer ********"));
        break;
    }
    QCOMPARE(seen.header("Zuora-Entity-Ids"), lookupEntity.isEmpty() ? QByteArray() : lookupEntity.toUtf8());
    QCOMPARE(seen.header("Zuora-Track-Id"), QByteArray("zct-entities-1"));
    QVERIFY(!seen.hasHeader("apiSecretAccessKey"));

    // The request as shown: what was sent, the credential masked.
    QVERIFY(result.sent);
    QCOMPARE(result.request.method, QByteArray("GET"));
    QCOMPARE(result.request.url.path(), path);
    QVERIFY2(!requestText(result).contains(credential), requestText(result).constData());
    QVERIFY(!resultText(result).contains(credential));
    QVERIFY(result.timings.finished > 0);
    QCOMPARE(result.elapsedMs(), result.timings.finished);

    QCOMPARE(result.httpStatus, status);
    QCOMPARE(int(result.errorKind), kindOfError);
    QCOMPARE(result.ok, kindOfError == int(ErrorKind::None));
    QVERIFY(!result.cause.isEmpty());
    QCOMPARE(result.entities.size(), count);
    QCOMPARE(EntitiesLookup::suggestedEntityId(result, lookupEntity), suggestion);
    if (code != 0) {
        QCOMPARE(result.reasons.size(), 1);
        QCOMPARE(result.reasons.first().code.number(), code);
        QCOMPARE(result.reasons.first().code.category(), int(code % 100));
        QVERIFY2(result.cause.contains(QString::number(code)), qPrintable(result.cause));   // the code, decoded, in the sentence
        QVERIFY2(result.cause.contains(result.reasons.first().code.categoryName()), qPrintable(result.cause));
        QVERIFY(!result.hint.isEmpty());
        return;
    }
    QVERIFY(result.reasons.isEmpty());

    // Like the documented example: the global entity first, its children point at it; 32-character ids.
    const ZuoraEntity &global = result.entities.first();
    QVERIFY(global.isGlobal());
    QCOMPARE(global.id.size(), 32);
    QCOMPARE(global.tenantId, u"19"_s);
    QCOMPARE(global.status, u"Provisioned"_s);
    QVERIFY(!global.name.isEmpty() && !global.displayName.isEmpty() && !global.locale.isEmpty() && !global.timezone.isEmpty());
    if (count == 1) {
        QCOMPARE(global.id, restId(demo::kEntityA));
        QVERIFY(result.hint.isEmpty());
        return;
    }
    QCOMPARE(global.id, restId(demo::kEntityA));
    const ZuoraEntity &child = result.entities.at(1);
    QCOMPARE(child.id, restId(demo::kEntityB));
    QVERIFY(!child.isGlobal());
    QCOMPARE(child.parentId, global.id);
    QCOMPARE(child.timezone, u"America/Los_Angeles"_s);
    if (!suggestion.isEmpty())
        QVERIFY2(result.hint.contains(suggestion), qPrintable(result.hint));
}

void tst_EntitiesLookup::unusualAnswers_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kindOfError");
    QTest::addColumn<QString>("causeContains");
    QTest::addColumn<qint64>("code");
    QTest::addColumn<bool>("notMultiEntity");

    const int unexpected = int(ErrorKind::UnexpectedAnswer);
    const QByteArray list = "[" + kEntity1 + "," + kEntity2 + "]";
    QTest::newRow("HTML page with 200")
        << ScriptedHttpPeer::response(200, "OK", "text/html", "<!DOCTYPE html><html><body>Sign in</body></html>") << 200
        << int(ErrorKind::NotZuora) << u"HTML"_s << qint64(0) << false;
    QTest::newRow("success is the string \"true\"")
        << json(200, "OK", R"({"entities":)" + list + R"(,"success":"true"})") << 200 << unexpected << u"JSON boolean true"_s << qint64(0)
        << false;
    QTest::newRow("no success key") << json(200, "OK", R"({"entities":)" + list + "}") << 200 << unexpected << u"success"_s << qint64(0)
                                    << false;
    QTest::newRow("success repeated")
        << json(200, "OK", R"({"success":false,"entities":)" + list + R"(,"success":true})") << 200 << unexpected << u"both things at once"_s
        << qint64(0) << false;
    QTest::newRow("entities is not an array") << json(200, "OK", R"({"entities":{"id":"x"},"success":true})") << 200 << unexpected
                                              << u"not an array"_s << qint64(0) << false;
    QTest::newRow("no entities key") << json(200, "OK", R"({"success":true})") << 200 << unexpected << u"no \"entities\""_s
                                     << qint64(0) << false;
    QTest::newRow("an entity id that is a number")
        << json(200, "OK", R"({"entities":[{"id":12345,"name":"x"}],"success":true})") << 200 << unexpected << u"entry 1"_s << qint64(0)
        << false;
    QTest::newRow("an entity that is a string") << json(200, "OK", R"({"entities":["8a80"],"success":true})") << 200 << unexpected
                                                << u"not an object"_s << qint64(0) << false;
    QTest::newRow("a JSON array") << json(200, "OK", "[" + kEntity1 + "]") << 200 << unexpected << u"JSON object"_s << qint64(0) << false;
    QTest::newRow("empty body") << json(200, "OK", {}) << 200 << int(ErrorKind::EmptyBody) << u"empty"_s << qint64(0) << false;
    QTest::newRow("404, a tenant without Multi-entity (not confirmed)")
        << json(404, "Not Found", R"({"success":false,"reasons":[{"code":50000040,"message":"Not found"}]})") << 404 << unexpected
        << u"Multi-entity"_s << qint64(50000040) << true;
    QTest::newRow("403, lacks the right")
        << json(403, "Forbidden", R"({"success":false,"reasons":[{"code":"90000010","message":"no permission"}]})") << 403
        << int(ErrorKind::Rejected) << u"lacks the right"_s << qint64(90000010) << false;
    QTest::newRow("200 with success false")
        << json(200, "OK", R"({"success":false,"processId":"ABC","reasons":[{"code":50000040,"message":"Cannot find the user"}]})")
        << 200 << int(ErrorKind::Rejected) << u"Not found (50000040)"_s << qint64(50000040) << false;
    QTest::newRow("429 with Retry-After") << json(429, "Too Many Requests", R"({"message":"API rate limit exceeded"})", {"Retry-After: 3"})
                                          << 429 << int(ErrorKind::RateLimited) << u"3 s"_s << qint64(0) << false;
    QTest::newRow("502 HTML from a gateway")
        << ScriptedHttpPeer::response(502, "Bad Gateway", "text/html", "<html><body>502 Bad Gateway</body></html>") << 502
        << int(ErrorKind::NotZuora) << u"502"_s << qint64(0) << false;
    QTest::newRow("500 with a Zuora reason")
        << json(500, "Internal Server Error", R"({"success":false,"reasons":[{"code":50000060,"message":"oops"}]})") << 500
        << int(ErrorKind::ServerError) << u"Internal error (50000060)"_s << qint64(50000060) << false;
    QTest::newRow("a terminal escape in the message is shown, not obeyed")
        << json(401, "Unauthorized", "{\"success\":false,\"reasons\":[{\"code\":90000011,\"message\":\"\\u001b]0;owned\\u0007 bad\"}]}")
        << 401 << int(ErrorKind::Rejected) << u"\\x1b]0;owned\\x07 bad"_s << qint64(90000011) << false;
    QTest::newRow("body over the 1 MiB cap")
        << json(200, "OK", R"({"entities":[],"success":true,"pad":")" + QByteArray(1024 * 1024, 'x') + "\"}") << 200
        << int(ErrorKind::BodyTooLarge) << u"1.0 MiB"_s << qint64(0) << false;
}

void tst_EntitiesLookup::unusualAnswers()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(int, kindOfError);
    QFETCH(QString, causeContains);
    QFETCH(qint64, code);
    QFETCH(bool, notMultiEntity);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = "tok-0123456789abcdef";
    query.timeoutMs = 10000;
    const EntitiesResult result = run(query);

    QCOMPARE(peer.connectionCount(), 1);
    QVERIFY(peer.lastRequest().startsWith("GET /v1/entities HTTP/1.1\r\n"));
    QCOMPARE(result.httpStatus, status);
    QVERIFY(!result.ok);
    QVERIFY(result.entities.isEmpty());   // an unexpected answer is never a list
    QCOMPARE(int(result.errorKind), kindOfError);
    QVERIFY2(result.cause.contains(causeContains), qPrintable(result.cause));
    QVERIFY(!DisplayText::needsEscaping(result.cause));
    QVERIFY(!result.hint.isEmpty());
    QCOMPARE(result.notMultiEntity, notMultiEntity);
    QCOMPARE(result.reasons.isEmpty() ? qint64(0) : result.reasons.first().code.number(), code);
    QVERIFY(!resultText(result).contains("tok-0123456789abcdef"));
    QVERIFY(result.body.size() <= EntitiesLookup::kDefaultBodyLimit);
}

void tst_EntitiesLookup::requestOnTheWire_data()
{
    QTest::addColumn<EntitiesQuery::Credential>("kind");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<QByteArray>("credentialLine");

    using C = EntitiesQuery::Credential;
    const QByteArray session = "KI_2zZ7Ui2VZ-hQVIty";
    QTest::newRow("session cookie") << C::SessionCookie
                                    << QByteArray("GET /rest/v1/users/a%2Bb%2Fc%40example.com/accessible-entities HTTP/1.1\r\n")
                                    << "\r\nCookie: ZSession=" + session + "\r\n";
    QTest::newRow("SOAP session") << C::SoapSession
                                  << QByteArray("GET /rest/v1/users/a%2Bb%2Fc%40example.com/accessible-entities HTTP/1.1\r\n")
                                  << "\r\nAuthorization: ZSession " + session + "\r\n";
    QTest::newRow("bearer token") << C::BearerToken << QByteArray("GET /rest/v1/entities HTTP/1.1\r\n")
                                  << "\r\nAuthorization: Bearer " + session + "\r\n";
}

void tst_EntitiesLookup::requestOnTheWire()
{
    QFETCH(EntitiesQuery::Credential, kind);
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, credentialLine);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(json(200, "OK", R"({"entities":[)" + kEntity1 + "," + kEntity2 + R"(],"success":true})"));
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.restBase.setPath(u"/rest/"_s);
    query.credential = kind;
    query.credentialValue = "KI_2zZ7Ui2VZ-hQVIty";
    query.username = u"a+b/c@example.com"_s;   // percent-encoded in the path, '/' included
    query.entityId = u" 11e643f4-a3ee-8bad-b061-0025904c57d6 "_s;
    query.trackId = u"track/1"_s;
    const EntitiesResult result = run(query);

    QCOMPARE(peer.connectionCount(), 1);
    const QByteArray wire = peer.lastRequest();
    QVERIFY2(wire.startsWith(requestLine), wire.constData());
    QVERIFY2(wire.contains(credentialLine), wire.constData());
    QVERIFY(wire.contains("\r\nZuora-Entity-Ids: 11e643f4-a3ee-8bad-b061-0025904c57d6\r\n"));
    QVERIFY(wire.contains("\r\nZuora-Track-Id: track/1\r\n"));
    QVERIFY(wire.contains("\r\nAccept: application/json\r\n"));
    QVERIFY(wire.endsWith("\r\n\r\n"));   // no body
    QCOMPARE(wire.count("KI_2zZ7Ui2VZ-hQVIty"), 1);
    QCOMPARE(result.request.url.toEncoded(), peer.baseUrl().toEncoded() + requestLine.mid(4, requestLine.indexOf(" HTTP") - 4));
    QVERIFY(!requestText(result).contains("KI_2zZ7Ui2VZ-hQVIty"));

    // The documented example, read field by field.
    QVERIFY(result.ok);
    QCOMPARE(result.entities.size(), 2);
    const ZuoraEntity &global = result.entities.first();
    QCOMPARE(global.id, u"8a808255557baba1015580e12fa5083a"_s);
    QCOMPARE(global.name, u"Acme Corporation"_s);
    QCOMPARE(global.displayName, u"Acme Corporation"_s);
    QCOMPARE(global.locale, u"en_US"_s);
    QCOMPARE(global.timezone, u"GMT"_s);
    QCOMPARE(global.status, u"Provisioned"_s);
    QVERIFY(global.parentId.isNull());
    QCOMPARE(global.tenantId, u"6398"_s);
    QCOMPARE(result.entities.at(1).parentId, global.id);
    QCOMPARE(EntitiesLookup::suggestedEntityId(result, QString()), u"8a808255-557b-aba1-0155-80e12fa5083a"_s);
}

void tst_EntitiesLookup::echoedCredentialIsMasked()
{
    const QByteArray token = "echo-me-4f3e2d1c0b";
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(json(401, "Unauthorized",
                          R"({"success":false,"reasons":[{"code":90000011,"message":"token echo-me-4f3e2d1c0b is not valid"}]})",
                          {"X-Echo: Bearer echo-me-4f3e2d1c0b"}));
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = token;
    const EntitiesResult result = run(query);

    QCOMPARE(int(result.errorKind), int(ErrorKind::Rejected));
    QVERIFY(result.credentialEchoed);
    QVERIFY(!resultText(result).contains(token));
    QVERIFY(result.body.contains("********"));
    QVERIFY2(result.cause.contains(u"token ******** is not valid"_s), qPrintable(result.cause));
    QVERIFY(result.hint.contains(u"********"_s));
}

void tst_EntitiesLookup::timeoutAgainstSilentPeer()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::SessionCookie;
    query.credentialValue = "session-silent";
    query.username = s(demo::kUser);
    query.timeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    const EntitiesResult result = run(query, 10000);
    const qint64 took = clock.elapsed();

    QCOMPARE(int(result.errorKind), int(ErrorKind::Timeout));
    QCOMPARE(peer.connectionCount(), 1);
    QVERIFY(peer.lastRequest().startsWith("GET /v1/users/api.demo%40example.com/accessible-entities HTTP/1.1"));
    QVERIFY2(took >= 390 && took < 5000, qPrintable(QString::number(took)));
    QVERIFY(result.elapsedMs() >= 390);
    QVERIFY2(result.cause.contains(u"0.4 s"_s), qPrintable(result.cause));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.sent);
}

void tst_EntitiesLookup::droppedConnectionIsNotSentAgain_data()
{
    QTest::addColumn<int>("drop");   // DroppingPeer::Drop
    QTest::newRow("closed after the request") << int(DroppingPeer::Drop::AfterRequest);
    QTest::newRow("reset after the request") << int(DroppingPeer::Drop::ResetAfterRequest);
    QTest::newRow("reset on accept") << int(DroppingPeer::Drop::OnAccept);
}

void tst_EntitiesLookup::droppedConnectionIsNotSentAgain()
{
    QFETCH(int, drop);
    DroppingPeer peer{DroppingPeer::Drop(drop)};
    QVERIFY(peer.start());
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = "tok-dropped";
    query.timeoutMs = 3000;
    const EntitiesResult result = run(query, 10000);
    QTest::qWait(300);   // anything sent late arrives too
    const QString seen = u"%1 connections, %2 requests; %3: %4"_s.arg(peer.connections()).arg(peer.requests())
                             .arg(errorKindId(result.errorKind), result.cause);
    QVERIFY(result.sent);
    QCOMPARE(result.httpStatus, 0);
    if (DroppingPeer::Drop(drop) == DroppingPeer::Drop::OnAccept) {
        // Qt reconnects without saying so; nothing is ever read there, so nothing reached a server.
        // Qt 6.4 may also drop such a reset as a keep-alive close and wait for nothing: then the
        // lookup ends at its own timeout (tst_onelogin has the details).
        QVERIFY2(result.errorKind == ErrorKind::Network || result.errorKind == ErrorKind::Timeout, qPrintable(seen));
        QVERIFY2(peer.requests() == 0, qPrintable(seen));
        return;
    }
    QVERIFY2(result.errorKind == ErrorKind::Network, qPrintable(seen));
    QVERIFY2(result.elapsedMs() < query.timeoutMs, qPrintable(seen));   // at once, not at the timeout
    // Qt 6.4 sends a GET once more, from its own HTTP thread, when the connection drops after the
    // request went out; the lookup stops it at the next connect. Never a third time. (Stopping the
    // one resend needs a non-rewindable upload, which would also break Qt's legitimate resend on a
    // stale keep-alive connection: the check's own connection, reused here.)
    QVERIFY2(peer.requests() >= 1 && peer.requests() <= 2, qPrintable(seen));
    QVERIFY2(peer.connections() <= 2, qPrintable(seen));
}

void tst_EntitiesLookup::redirectIsNotFollowed()
{
    DemoServer redirector;
    QVERIFY(redirector.start());
    redirector.setRedirectTarget(m_http->baseUrl());
    const QByteArray credential = login(false, EntitiesQuery::Credential::SessionCookie, s(demo::kUser), {});
    const int before = m_http->requestCount();

    EntitiesQuery query;
    query.restBase = redirector.baseUrl();
    query.credential = EntitiesQuery::Credential::SessionCookie;
    query.credentialValue = credential;
    query.username = s(demo::kUser);
    const EntitiesResult result = run(query);

    QCOMPARE(redirector.requestCount(), 1);
    QCOMPARE(m_http->requestCount(), before);   // the session went nowhere else
    QCOMPARE(result.httpStatus, 307);
    QVERIFY2(result.errorKind == ErrorKind::Redirect, qPrintable(result.cause));
    QVERIFY(result.redirectTarget.startsWith(m_http->baseUrl().toString()));
    QVERIFY2(result.cause.contains(result.redirectTarget), qPrintable(result.cause));
    QVERIFY(result.entities.isEmpty());
}

void tst_EntitiesLookup::cancel()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    EntitiesLookup lookup(&m_network);
    QSignalSpy finished(&lookup, &EntitiesLookup::finished);
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::SoapSession;
    query.credentialValue = "soap-session-cancel";
    query.username = s(demo::kUser);
    QVERIFY(lookup.start(query));
    QVERIFY(lookup.isRunning());
    QVERIFY(!lookup.start(query));   // one at a time
    QTRY_VERIFY(!peer.lastRequest().isEmpty());
    lookup.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!lookup.isRunning());
    const auto result = finished.first().first().value<EntitiesResult>();
    QCOMPARE(int(result.errorKind), int(ErrorKind::Cancelled));
    QVERIFY(!result.ok);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(peer.connectionCount(), 1);
    lookup.cancel();   // nothing running: nothing happens
    QCOMPARE(finished.count(), 1);
}

void tst_EntitiesLookup::destroyedMidRequest()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    auto lookup = std::make_unique<EntitiesLookup>(&m_network);
    QSignalSpy finished(lookup.get(), &EntitiesLookup::finished);
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = "tok-destroyed";
    query.timeoutMs = 200;
    QVERIFY(lookup->start(query));
    QTRY_VERIFY(!peer.lastRequest().isEmpty());
    lookup.reset();
    QTest::qWait(400);   // past the timeout: nothing fires into a dead object
    QCOMPARE(finished.count(), 0);
}

void tst_EntitiesLookup::managerGoneMidRequest()
{
    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse({}, ScriptedHttpPeer::Mode::Silent);
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setProxy(QNetworkProxy::NoProxy);
    EntitiesLookup lookup(network.get());
    QSignalSpy finished(&lookup, &EntitiesLookup::finished);
    EntitiesQuery query;
    query.restBase = peer.baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = "tok-manager-gone";
    QVERIFY(lookup.start(query));
    QTRY_VERIFY(!peer.lastRequest().isEmpty());
    network.reset();
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(int(finished.first().first().value<EntitiesResult>().errorKind), int(ErrorKind::Network));
    QVERIFY(!lookup.isRunning());
    QVERIFY(!lookup.start(query));   // no manager any more
}

void tst_EntitiesLookup::untrustedCertificate()
{
    const int before = m_https->requestCount();
    EntitiesQuery query;
    query.restBase = m_https->baseUrl();
    query.credential = EntitiesQuery::Credential::BearerToken;
    query.credentialValue = "tok-untrusted";
    // No query.tls: the system's authorities, which do not know the test's certificate. A fresh
    // manager: Qt would reuse m_network's connection, verified earlier under the test's trust.
    QNetworkAccessManager fresh;
    fresh.setProxy(QNetworkProxy::NoProxy);
    const EntitiesResult result = run(query, 10000, &fresh);
    QCOMPARE(int(result.errorKind), int(ErrorKind::Tls));
    QVERIFY(!result.tlsErrors.isEmpty());
    QVERIFY(!result.cause.isEmpty() && !result.hint.isEmpty());
    QCOMPARE(m_https->requestCount(), before);   // the token never left
}

void tst_EntitiesLookup::invalidInput_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<EntitiesQuery::Credential>("kind");
    QTest::addColumn<QByteArray>("credential");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("entityId");

    using C = EntitiesQuery::Credential;
    const QString user = s(demo::kUser);
    QTest::newRow("no credential") << QString() << C::SessionCookie << QByteArray() << user << QString();
    QTest::newRow("no username for a session") << QString() << C::SessionCookie << QByteArray("abc") << QString() << QString();
    QTest::newRow("no username for a SOAP session") << QString() << C::SoapSession << QByteArray("abc") << u" "_s << QString();
    QTest::newRow("a line break in the token") << QString() << C::BearerToken << QByteArray("abc\r\nX-Evil: 1") << QString() << QString();
    QTest::newRow("a second cookie in the session") << QString() << C::SessionCookie << QByteArray("abc; admin=1") << user << QString();
    QTest::newRow("a line break in the username") << QString() << C::SessionCookie << QByteArray("abc") << u"a\nb"_s << QString();
    QTest::newRow("a line break in the entity id") << QString() << C::BearerToken << QByteArray("abc") << QString() << u"x\ny"_s;
    QTest::newRow("plain http to another host") << u"http://rest.apisandbox.zuora.com"_s << C::BearerToken << QByteArray("abc")
                                                << QString() << QString();
    QTest::newRow("not http") << u"ftp://127.0.0.1"_s << C::BearerToken << QByteArray("abc") << QString() << QString();
    QTest::newRow("no base") << u"-"_s << C::BearerToken << QByteArray("abc") << QString() << QString();
}

void tst_EntitiesLookup::invalidInput()
{
    QFETCH(QString, base);
    QFETCH(EntitiesQuery::Credential, kind);
    QFETCH(QByteArray, credential);
    QFETCH(QString, username);
    QFETCH(QString, entityId);

    const int before = m_http->requestCount();
    EntitiesLookup lookup(&m_network);
    QSignalSpy finished(&lookup, &EntitiesLookup::finished);
    EntitiesQuery query;
    query.restBase = base.isEmpty() ? m_http->baseUrl() : base == u"-" ? QUrl() : QUrl(base);
    query.credential = kind;
    query.credentialValue = credential;
    query.username = username;
    query.entityId = entityId;
    QVERIFY(lookup.start(query));
    QCOMPARE(finished.count(), 0);   // reported from the event loop, like a real lookup
    QVERIFY(finished.wait(2000));
    const auto result = finished.first().first().value<EntitiesResult>();
    QCOMPARE(int(result.errorKind), int(ErrorKind::InvalidInput));
    QVERIFY(!result.sent);
    QVERIFY(!result.ok);
    QVERIFY(!result.cause.isEmpty());
    QVERIFY(result.hint.contains(u"nothing was sent"_s));
    if (!credential.isEmpty())
        QVERIFY(!result.cause.toUtf8().contains(credential));
    QCOMPARE(m_http->requestCount(), before);
}

void tst_EntitiesLookup::demoRefusesWrites()
{
    // The demo never offers the writes that live on these paths for global administrators (§9.3).
    const QByteArray token = login(false, EntitiesQuery::Credential::BearerToken, s(demo::kClientId), {});
    for (const QByteArray &verb : {QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
        const Answer answer =
            send(verb, m_http->baseUrl().resolved(QUrl(u"/v1/entities"_s)), {{"Authorization", "Bearer " + token}}, "{}");
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.allow, QByteArray("GET"));
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value("success"_L1), QJsonValue(false));
    }
    // A user without entities, as on a tenant without Multi-entity: 404. An unknown user in the path: success false.
    DemoUsers users;
    users.addUser({u"plain@example.com"_s, u"pw"_s, {}, Scenario::Normal});
    DemoServer plain(users);
    QVERIFY(plain.start());
    const Answer loginAnswer = send("POST", plain.baseUrl().resolved(QUrl(u"/v1/connections"_s)),
                                    {{"apiAccessKeyId", "plain@example.com"}, {"apiSecretAccessKey", "pw"}}, {});
    const QByteArray session = QNetworkCookie::parseCookies(loginAnswer.setCookie).value(0).value();
    QVERIFY(!session.isEmpty());
    EntitiesQuery query;
    query.restBase = plain.baseUrl();
    query.credentialValue = session;
    query.username = u"plain@example.com"_s;
    EntitiesResult result = run(query);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY(result.notMultiEntity);
    query.username = u"nobody@example.com"_s;
    result = run(query);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(int(result.errorKind), int(ErrorKind::Rejected));
    QCOMPARE(result.firstCode(), u"50000040"_s);
}

void tst_EntitiesLookup::headerEntityId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("32 characters") << u"8a808255557baba1015580e12fa5083a"_s << u"8a808255-557b-aba1-0155-80e12fa5083a"_s;
    QTest::newRow("upper case kept") << u"8A808255557BABA1015580E12FA5083A"_s << u"8A808255-557B-ABA1-0155-80E12FA5083A"_s;
    QTest::newRow("already hyphenated") << s(demo::kEntityA) << s(demo::kEntityA);
    QTest::newRow("spaces around") << u" 8a808255557baba1015580e12fa5083a "_s << u"8a808255-557b-aba1-0155-80e12fa5083a"_s;
    QTest::newRow("31 characters") << u"8a808255557baba1015580e12fa5083"_s << QString();
    QTest::newRow("not hex") << u"8a808255557baba1015580e12fa5083z"_s << QString();
    QTest::newRow("hyphens in the wrong places") << u"8a8082-55557b-aba1-0155-80e12fa5083a"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_EntitiesLookup::headerEntityId()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(EntitiesLookup::headerEntityId(id), expected);
}

void tst_EntitiesLookup::suggestedEntityId_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("entities");   // "id|parent|status", parent "-" for null
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("expected");

    const QString g = u"8a808255557baba1015580e12fa5083a"_s;
    const QString c1 = u"8a80825555a3c7a10155b460f53858e6"_s;
    const QString c2 = u"8a80825555a3c7a10155b460f53858e7"_s;
    const QString gh = u"8a808255-557b-aba1-0155-80e12fa5083a"_s;
    const QString c1h = u"8a808255-55a3-c7a1-0155-b460f53858e6"_s;
    const QString p = u"|Provisioned"_s;
    QTest::newRow("one entity: nothing") << true << QStringList{g + u"|-"_s + p} << QString() << QString();
    QTest::newRow("global and children: the global") << true << QStringList{c1 + u'|' + g + p, g + u"|-"_s + p, c2 + u'|' + g + p}
                                                     << QString() << gh;
    QTest::newRow("an entity already chosen: nothing") << true << QStringList{g + u"|-"_s + p, c1 + u'|' + g + p} << gh << QString();
    QTest::newRow("lookup failed: nothing") << false << QStringList{g + u"|-"_s + p, c1 + u'|' + g + p} << QString() << QString();
    QTest::newRow("no global listed, one root") << true << QStringList{c1 + u"|ffff" + p, c2 + u'|' + c1 + p} << QString() << c1h;
    QTest::newRow("no global listed, two roots: nothing") << true << QStringList{c1 + u"|ffff" + p, c2 + u"|eeee" + p} << QString()
                                                          << QString();
    QTest::newRow("unprovisioned global: nothing") << true << QStringList{g + u"|-|Unprovisioned"_s, c1 + u'|' + g + p} << QString()
                                                   << QString();
    QTest::newRow("no entities") << true << QStringList{} << QString() << QString();
}

void tst_EntitiesLookup::suggestedEntityId()
{
    QFETCH(bool, ok);
    QFETCH(QStringList, entities);
    QFETCH(QString, current);
    QFETCH(QString, expected);

    EntitiesResult result;
    result.ok = ok;
    for (const QString &row : entities) {
        const QStringList parts = row.split(u'|');
        ZuoraEntity entity;
        entity.id = parts.at(0);
        entity.parentId = parts.at(1) == u"-" ? QString() : parts.at(1);
        entity.status = parts.at(2);
        result.entities << entity;
    }
    QCOMPARE(EntitiesLookup::suggestedEntityId(result, current), expected);
}

QTEST_MAIN(tst_EntitiesLookup)
#include "tst_entitieslookup.moc"
