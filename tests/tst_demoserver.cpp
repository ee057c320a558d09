#include "DemoCredentials.h"
#include "DemoServer.h"
#include "DemoUsers.h"
#include "TestCertificate.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

// Drives zct::DemoServer over real loopback HTTP(S) with a plain QNetworkAccessManager: what the
// server puts on the wire, not what zct_core makes of it.

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }
QByteArray u8(const char16_t *text) { return s(text).toUtf8(); }

// The recorded 2016 answers (zuora-api.md §1.3), byte for byte.
const QByteArray kAcceptedBody = "{\n  \"success\" : true\n}";
const QByteArray kBadCredentialsBody =
        "{\n"
        "  \"success\" : false,\n"
        "  \"reasons\" : [ {\n"
        "    \"code\" : 90000011,\n"
        "    \"message\" : \"this resource is protected, please sign in first\"\n"
        "  } ]\n"
        "}";
const QByteArray kJsonUtf8 = "application/json;charset=utf-8";
const QByteArray kWwwAuthenticate =
        "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API";

const QRegularExpression kUuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
const QRegularExpression kSessionCookie(u"^ZSession=([A-Za-z0-9_-]+); Path=/; Secure; HttpOnly$"_s);
const QRegularExpression kHex32(u"^[0-9a-f]{32}$"_s);

// One answer as the client saw it.
struct HttpAnswer
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    bool encrypted = false;
    QSslCertificate peerCertificate;
    qint64 elapsedMs = -1;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool has(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    qint64 firstReasonCode() const
    {
        return json().value("reasons"_L1).toArray().at(0).toObject().value("code"_L1).toInteger();
    }
};

QByteArrayList loginHeaders(const QString &user, const QString &password)
{
    return {QByteArray("apiAccessKeyId: ") + user.toUtf8(),
            QByteArray("apiSecretAccessKey: ") + password.toUtf8()};
}

QByteArray oauthForm(const QString &grantType, const QString &clientId, const QByteArray &encodedSecret)
{
    return QByteArray("grant_type=") + QUrl::toPercentEncoding(grantType)
            + "&client_id=" + QUrl::toPercentEncoding(clientId)
            + "&client_secret=" + encodedSecret;
}

} // namespace

class tst_DemoServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void acceptedAnswer_data();
    void acceptedAnswer();
    void credentials_data();
    void credentials();
    void entityRules_data();
    void entityRules();
    void rateLimited_data();
    void rateLimited();
    void lockingContention();
    void badGatewayHtml();
    void slowAnswerWaitsWithoutBlocking();
    void slowClientGivesUp();
    void oauth_data();
    void oauth();
    void trackId_data();
    void trackId();
    void paths_data();
    void paths();
    void redirect_data();
    void redirect();
    void seenRequests();
    void builtInUsers();
    void scenarioNames();
    void usersFromJson();
    void usersFromJsonErrors_data();
    void usersFromJsonErrors();
    void usersFromJsonFile();
    void usersFileServed();

private:
    DemoServer &server(bool tls) { return tls ? *m_https : *m_http; }
    QNetworkRequest request(const DemoServer &target, const QString &pathAndQuery,
                            const QByteArrayList &headers) const;
    HttpAnswer exchange(const QByteArray &verb, const QNetworkRequest &request,
                        const QByteArray &body = {}, int timeoutMs = 5000);
    HttpAnswer login(DemoServer &target, const QString &user, const QString &password,
                     const QByteArrayList &extraHeaders = {},
                     const QString &path = u"/v1/connections"_s);
    HttpAnswer token(DemoServer &target, const QByteArray &form, const QByteArrayList &extraHeaders = {});

    TestCertificate m_certificate;
    QList<QSslCertificate> m_trusted;
    std::unique_ptr<DemoServer> m_http;
    std::unique_ptr<DemoServer> m_https;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void tst_DemoServer::initTestCase()
{
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    m_trusted = QSslCertificate::fromPath(m_certificate.certificatePath());
    QCOMPARE(m_trusted.size(), 1);

    QString error;
    m_http = std::make_unique<DemoServer>();
    QVERIFY2(m_http->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(!m_http->isTls());
    QCOMPARE(m_http->baseUrl().scheme(), u"http"_s);
    QCOMPARE(m_http->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_http->baseUrl().port() > 0);
    QVERIFY(!m_http->start(QHostAddress::LocalHost, 0, &error));   // a second start is refused
    QVERIFY(!error.isEmpty());

    m_https = std::make_unique<DemoServer>();
    QVERIFY(m_https->baseUrl().isEmpty());
    QVERIFY2(m_https->useTls(m_certificate.certificatePath(), m_certificate.keyPath(), &error),
             qPrintable(error));
    QVERIFY2(m_https->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_https->isTls());
    QCOMPARE(m_https->baseUrl().scheme(), u"https"_s);

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void tst_DemoServer::init()
{
    for (DemoServer *target : {m_http.get(), m_https.get()}) {
        target->clearSeenRequests();
        target->setRecordRequests(true);
        target->setRedirectTarget(QUrl());
        target->setRetryAfterSeconds(2);
        target->setSlowDelayMs(300);
    }
}

QNetworkRequest tst_DemoServer::request(const DemoServer &target, const QString &pathAndQuery,
                                        const QByteArrayList &headers) const
{
    QNetworkRequest request(target.baseUrl().resolved(QUrl(pathAndQuery)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (target.isTls()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(tls.caCertificates() + m_trusted);
        request.setSslConfiguration(tls);
    }
    for (const QByteArray &line : headers) {
        const qsizetype colon = line.indexOf(':');
        request.setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return request;
}

HttpAnswer tst_DemoServer::exchange(const QByteArray &verb, const QNetworkRequest &request,
                                    const QByteArray &body, int timeoutMs)
{
    HttpAnswer answer;
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QStringList sslErrors;
    connect(reply.get(), &QNetworkReply::sslErrors, this, [&sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslErrors.append(error.errorString());
    });
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        answer.errorString = u"no answer within %1 ms"_s.arg(timeoutMs);
        return answer;
    }
    answer.elapsedMs = clock.elapsed();
    answer.finished = true;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorString = reply->errorString() + sslErrors.join(u"; "_s);
    answer.headers = reply->rawHeaderPairs();
    answer.body = reply->readAll();
    answer.encrypted = reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool();
    answer.peerCertificate = reply->sslConfiguration().peerCertificate();
    return answer;
}

HttpAnswer tst_DemoServer::login(DemoServer &target, const QString &user, const QString &password,
                                 const QByteArrayList &extraHeaders, const QString &path)
{
    return exchange("POST", request(target, path, loginHeaders(user, password) + extraHeaders));
}

HttpAnswer tst_DemoServer::token(DemoServer &target, const QByteArray &form,
                                 const QByteArrayList &extraHeaders)
{
    QByteArrayList headers{"Content-Type: application/x-www-form-urlencoded"};
    return exchange("POST", request(target, u"/oauth/token"_s, headers + extraHeaders), form);
}

// ------------------------------------------------------------------------------------------------

void tst_DemoServer::acceptedAnswer_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_DemoServer::acceptedAnswer()
{
    QFETCH(bool, tls);
    DemoServer &target = server(tls);

    QList<HttpAnswer> answers;
    for (int round = 0; round < 2; ++round) {
        const HttpAnswer answer = login(target, s(demo::kUser), s(demo::kPassword));
        QVERIFY2(answer.finished, qPrintable(answer.errorString));
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.encrypted, tls);
        if (tls)
            QCOMPARE(answer.peerCertificate, m_trusted.constFirst());

        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, kAcceptedBody);
        QCOMPARE(answer.body.size(), 22);
        QCOMPARE(answer.header("Content-Length"), QByteArray("22"));
        QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
        QCOMPARE(answer.header("Server"), QByteArray("Zuora App"));
        QCOMPARE(answer.header("Cache-Control"), QByteArray("max-age=0, no-cache, no-store"));
        QCOMPARE(answer.header("Pragma"), QByteArray("no-cache"));

        // Expires: an IMF-fixdate of "now".
        const QByteArray expires = answer.header("Expires");
        const QDateTime expiresAt = QLocale::c().toDateTime(QString::fromLatin1(expires),
                                                            u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        QVERIFY2(expiresAt.isValid(), expires.constData());
        QDateTime utc = expiresAt;
        utc.setTimeSpec(Qt::UTC);
        QVERIFY2(qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) < 120, expires.constData());

        const QByteArray cookie = answer.header("Set-Cookie");
        const QRegularExpressionMatch match = kSessionCookie.match(QString::fromLatin1(cookie));
        QVERIFY2(match.hasMatch(), cookie.constData());
        QVERIFY2(match.captured(1).size() >= 200, cookie.constData());

        const QByteArray requestId = answer.header("Zuora-Request-Id");
        QCOMPARE(requestId.size(), 36);
        QVERIFY2(kUuid.match(QString::fromLatin1(requestId)).hasMatch(), requestId.constData());

        QCOMPARE(answer.header("RateLimit-Limit"), QByteArray("2000;w=60"));
        bool ok = false;
        const int remaining = answer.header("RateLimit-Remaining").toInt(&ok);
        QVERIFY(ok && remaining >= 0 && remaining < 2000);
        const int reset = answer.header("RateLimit-Reset").toInt(&ok);
        QVERIFY(ok && reset >= 0 && reset <= 60);
        QCOMPARE(answer.header("Concurrency-Limit-Type"), QByteArray("Default"));
        QCOMPARE(answer.header("Concurrency-Limit-Limit"), QByteArray("40"));
        QCOMPARE(answer.header("Concurrency-Limit-Remaining"), QByteArray("39"));
        QVERIFY(!answer.has("WWW-Authenticate"));
        QVERIFY(!answer.has("Zuora-Track-Id"));
        answers.append(answer);
    }

    // Each login is a new session and a new request.
    QVERIFY(answers[0].header("Set-Cookie") != answers[1].header("Set-Cookie"));
    QVERIFY(answers[0].header("Zuora-Request-Id") != answers[1].header("Zuora-Request-Id"));
    QCOMPARE(answers[1].header("RateLimit-Remaining").toInt(),
             answers[0].header("RateLimit-Remaining").toInt() - 1);
    // The client kept no cookie: the second login sent none.
    QCOMPARE(target.requestCount(), 2);
    QVERIFY(!target.seenRequests().constLast().hasHeader("Cookie"));
    QVERIFY(m_nam->cookieJar()->cookiesForUrl(target.baseUrl()).isEmpty());
}

void tst_DemoServer::credentials_data()
{
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<int>("status");

    const QString user = s(demo::kUser);
    const QString password = s(demo::kPassword);
    QTest::newRow("wrong password") << loginHeaders(user, u"wrong"_s) << 401;
    QTest::newRow("password case matters") << loginHeaders(user, password.toLower()) << 401;
    QTest::newRow("password with + read as space")
            << loginHeaders(user, QString(password).replace(u'+', u' ')) << 401;
    QTest::newRow("unknown user") << loginHeaders(u"nobody@example.com"_s, password) << 401;
    QTest::newRow("missing headers") << QByteArrayList() << 401;
    QTest::newRow("missing secret") << QByteArrayList{QByteArray("apiAccessKeyId: ") + user.toUtf8()} << 401;
    QTest::newRow("missing user")
            << QByteArrayList{QByteArray("apiSecretAccessKey: ") + password.toUtf8()} << 401;
    QTest::newRow("scenario user, wrong password")
            << loginHeaders(s(demo::kRateLimitedUser), u"wrong"_s) << 401;
    QTest::newRow("credentials as Basic auth")
            << QByteArrayList{QByteArray("Authorization: Basic ")
                              + (user + u':' + password).toUtf8().toBase64()} << 401;
    QTest::newRow("lower-case header names")
            << QByteArrayList{QByteArray("apiaccesskeyid: ") + user.toUtf8(),
                              QByteArray("apisecretaccesskey: ") + password.toUtf8()} << 200;
    QTest::newRow("upper-case header names")
            << QByteArrayList{QByteArray("APIACCESSKEYID: ") + user.toUtf8(),
                              QByteArray("APISECRETACCESSKEY: ") + password.toUtf8()} << 200;
}

void tst_DemoServer::credentials()
{
    QFETCH(QByteArrayList, headers);
    QFETCH(int, status);

    const HttpAnswer answer = exchange("POST", request(*m_http, u"/v1/connections"_s, headers));
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Server"), QByteArray("Zuora App"));
    QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
    QCOMPARE(answer.header("Zuora-Request-Id").size(), 36);
    if (status == 401) {
        QCOMPARE(answer.body, kBadCredentialsBody);
        QCOMPARE(answer.body.size(), 138);
        QCOMPARE(answer.header("Content-Length"), QByteArray("138"));
        QCOMPARE(answer.firstReasonCode(), qint64(90000011));
        QCOMPARE(answer.header("WWW-Authenticate"), kWwwAuthenticate);
        QVERIFY(!answer.has("Set-Cookie"));
    } else {
        QCOMPARE(answer.body, kAcceptedBody);
        QVERIFY(kSessionCookie.match(QString::fromLatin1(answer.header("Set-Cookie"))).hasMatch());
        QVERIFY(!answer.has("WWW-Authenticate"));
    }
    // The server saw the header names as sent.
    QCOMPARE(m_http->requestCount(), 1);
    const DemoServer::SeenRequest seen = m_http->seenRequests().constFirst();
    for (const QByteArray &line : headers) {
        const QByteArray name = line.left(line.indexOf(':'));
        const bool sentVerbatim = std::any_of(seen.headers.cbegin(), seen.headers.cend(),
                                              [&name](const auto &pair) { return pair.first == name; });
        QVERIFY2(sentVerbatim, name.constData());
    }
}

void tst_DemoServer::entityRules_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("entityHeader");   // null: not sent
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("code");               // 0: accepted

    const QString multi = s(demo::kMultiEntityUser);
    const QString single = s(demo::kUser);
    const QByteArray a = u8(demo::kEntityA);
    const QByteArray b = u8(demo::kEntityB);
    const QByteArray unknown = "00000000-1111-4222-8333-444444444444";
    QTest::newRow("multi-entity, no header") << multi << QByteArray() << 401 << qint64(90000010);
    QTest::newRow("multi-entity, A") << multi << a << 200 << qint64(0);
    QTest::newRow("multi-entity, B") << multi << b << 200 << qint64(0);
    QTest::newRow("multi-entity, A upper case") << multi << a.toUpper() << 200 << qint64(0);
    QTest::newRow("multi-entity, unknown") << multi << unknown << 401 << qint64(90000010);
    QTest::newRow("multi-entity, A and B") << multi << a + ',' + b << 401 << qint64(90000010);
    QTest::newRow("single-entity, no header") << single << QByteArray() << 200 << qint64(0);
    QTest::newRow("single-entity, own") << single << a << 200 << qint64(0);
    QTest::newRow("single-entity, foreign") << single << b << 401 << qint64(90000010);
    QTest::newRow("single-entity, unknown") << single << unknown << 401 << qint64(90000010);
}

void tst_DemoServer::entityRules()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, entityHeader);
    QFETCH(int, status);
    QFETCH(qint64, code);

    QByteArrayList extra;
    if (!entityHeader.isNull())
        extra.append(QByteArray("Zuora-Entity-Ids: ") + entityHeader);
    const HttpAnswer answer = login(*m_http, user, s(demo::kPassword), extra);
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
    if (code == 0) {
        QCOMPARE(answer.body, kAcceptedBody);
        QVERIFY(kSessionCookie.match(QString::fromLatin1(answer.header("Set-Cookie"))).hasMatch());
    } else {
        QCOMPARE(answer.json().value("success"_L1), QJsonValue(false));
        QCOMPARE(answer.firstReasonCode(), code);
        const QString message = answer.json().value("reasons"_L1).toArray().at(0).toObject()
                                        .value("message"_L1).toString();
        QVERIFY2(message.contains(u"Zuora-Entity-Ids"_s), qPrintable(message));
        QCOMPARE(answer.header("WWW-Authenticate"), kWwwAuthenticate);
        QVERIFY(!answer.has("Set-Cookie"));
    }
    if (!entityHeader.isNull())
        QCOMPARE(m_http->seenRequests().constLast().header("Zuora-Entity-Ids"), entityHeader);
}

void tst_DemoServer::rateLimited_data()
{
    QTest::addColumn<int>("retryAfter");   // -1: leave the default
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("default") << -1 << QByteArray("2");
    QTest::newRow("7 s") << 7 << QByteArray("7");
    QTest::newRow("120 s") << 120 << QByteArray("120");
}

void tst_DemoServer::rateLimited()
{
    QFETCH(int, retryAfter);
    QFETCH(QByteArray, expected);

    if (retryAfter >= 0)
        m_http->setRetryAfterSeconds(retryAfter);
    const HttpAnswer answer = login(*m_http, s(demo::kRateLimitedUser), s(demo::kPassword));
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.header("Retry-After"), expected);
    QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
    QCOMPARE(answer.header("Server"), QByteArray("Zuora App"));
    QCOMPARE(answer.header("Concurrency-Limit-Remaining"), QByteArray("0"));
    QCOMPARE(answer.json().value("success"_L1), QJsonValue(false));
    QCOMPARE(answer.firstReasonCode(), qint64(90000070));
    QVERIFY(!answer.body.contains('\n'));   // the brief one-line shape
    QVERIFY(!answer.has("Set-Cookie"));

    // Other users of the same server are not limited.
    QCOMPARE(login(*m_http, s(demo::kUser), s(demo::kPassword)).status, 200);
}

void tst_DemoServer::lockingContention()
{
    QStringList processIds;
    for (int round = 0; round < 2; ++round) {
        const HttpAnswer answer = login(*m_http, s(demo::kLockingUser), s(demo::kPassword));
        QVERIFY2(answer.finished, qPrintable(answer.errorString));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
        QCOMPARE(answer.header("Server"), QByteArray("Zuora App"));
        QVERIFY(answer.body.startsWith("{\n  \"success\" : false,\n  \"processId\" : \""));
        const QJsonObject body = answer.json();
        QCOMPARE(body.value("success"_L1), QJsonValue(false));
        const QString processId = body.value("processId"_L1).toString();
        QVERIFY2(QRegularExpression(u"^[0-9A-F]{16}$"_s).match(processId).hasMatch(), qPrintable(processId));
        processIds.append(processId);
        QCOMPARE(answer.firstReasonCode(), qint64(90000050));
        QVERIFY(!answer.has("Set-Cookie"));
    }
    QVERIFY(processIds[0] != processIds[1]);
}

void tst_DemoServer::badGatewayHtml()
{
    const HttpAnswer answer = login(*m_http, s(demo::kBadGatewayUser), s(demo::kPassword));
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, 502);
    QCOMPARE(answer.header("Content-Type"), QByteArray("text/html"));
    QVERIFY(answer.body.startsWith("<html>"));
    QVERIFY(answer.body.contains("<h1>502 Bad Gateway</h1>"));
    QCOMPARE(answer.header("Content-Length"), QByteArray::number(answer.body.size()));
    // The gateway answered, not the Zuora application.
    for (const char *absent : {"Server", "Zuora-Request-Id", "Set-Cookie", "RateLimit-Limit"})
        QVERIFY2(!answer.has(absent), absent);
}

void tst_DemoServer::slowAnswerWaitsWithoutBlocking()
{
    constexpr int delayMs = 300;
    m_http->setSlowDelayMs(delayMs);
    QCOMPARE(m_http->slowDelayMs(), delayMs);
    QSignalSpy seen(m_http.get(), &DemoServer::requestSeen);

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> slow(m_nam->sendCustomRequest(
            request(*m_http, u"/v1/connections"_s, loginHeaders(s(demo::kSlowUser), s(demo::kPassword))),
            "POST", QByteArray()));
    QSignalSpy slowFinished(slow.get(), &QNetworkReply::finished);
    QVERIFY(seen.wait(2000));
    QCOMPARE(m_http->pendingSlowAnswers(), 1);

    // The server keeps answering others meanwhile.
    const HttpAnswer quick = login(*m_http, s(demo::kUser), s(demo::kPassword));
    QCOMPARE(quick.status, 200);
    QVERIFY2(slowFinished.isEmpty(), "the slow answer came before the quick one");
    QCOMPARE(m_http->pendingSlowAnswers(), 1);

    QVERIFY(slowFinished.wait(5000));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= delayMs, qPrintable(u"answered after %1 ms"_s.arg(elapsed)));
    QVERIFY2(elapsed < delayMs + 2000, qPrintable(u"answered after %1 ms"_s.arg(elapsed)));
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(slow->readAll(), kAcceptedBody);
    QVERIFY(kSessionCookie.match(QString::fromLatin1(slow->rawHeader("Set-Cookie"))).hasMatch());
    QCOMPARE(m_http->pendingSlowAnswers(), 0);

    // With no delay the slow user is answered at once.
    m_http->setSlowDelayMs(0);
    QCOMPARE(login(*m_http, s(demo::kSlowUser), s(demo::kPassword)).status, 200);
    QCOMPARE(m_http->pendingSlowAnswers(), 0);
}

void tst_DemoServer::slowClientGivesUp()
{
    m_http->setSlowDelayMs(300);
    QSignalSpy seen(m_http.get(), &DemoServer::requestSeen);
    QSignalSpy answered(m_http.get(), &DemoServer::requestAnswered);

    const QNetworkRequest slowRequest =
            request(*m_http, u"/v1/connections"_s, loginHeaders(s(demo::kSlowUser), s(demo::kPassword)));
    std::unique_ptr<QNetworkReply> leaving(m_nam->sendCustomRequest(slowRequest, "POST", QByteArray()));
    std::unique_ptr<QNetworkReply> staying(m_nam->sendCustomRequest(slowRequest, "POST", QByteArray()));
    QSignalSpy stayingFinished(staying.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 2000);
    QCOMPARE(m_http->pendingSlowAnswers(), 2);

    leaving->abort();
    QCOMPARE(leaving->error(), QNetworkReply::OperationCanceledError);
    leaving.reset();

    QTRY_COMPARE_WITH_TIMEOUT(m_http->pendingSlowAnswers(), 0, 3000);
    QVERIFY(stayingFinished.size() == 1 || stayingFinished.wait(2000));
    QCOMPARE(staying->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(staying->readAll(), kAcceptedBody);

    // One answer dropped (status 0), one written (200), both for the slow user.
    QCOMPARE(answered.size(), 2);
    QList<int> statuses;
    for (const QList<QVariant> &arguments : std::as_const(answered)) {
        QCOMPARE(arguments.at(0).toByteArray(), QByteArray("POST"));
        QCOMPARE(arguments.at(1).toString(), u"/v1/connections"_s);
        QCOMPARE(arguments.at(3).toString(), s(demo::kSlowUser));
        statuses.append(arguments.at(2).toInt());
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{0, 200}));

    // The server survived and answers the next request.
    const HttpAnswer next = login(*m_http, s(demo::kUser), s(demo::kPassword));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.body, kAcceptedBody);
    QCOMPARE(m_http->requestCount(), 3);
}

void tst_DemoServer::oauth_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");          // the "error" member when not accepted
    QTest::addColumn<QStringList>("entities");   // the entity.<id> scope items when accepted

    const QString grant = u"client_credentials"_s;
    const QString single = s(demo::kClientId);
    const QString multi = s(demo::kMultiEntityClientId);
    const QString secret = s(demo::kClientSecret);
    const QByteArray encoded = QUrl::toPercentEncoding(secret);       // + / = & all escaped
    const QByteArray rawPlus = QUrl::toPercentEncoding(secret, "+");   // a literal '+': a space
    const QString a = s(demo::kEntityA);
    const QString b = s(demo::kEntityB);
    const QByteArray authorization =
            QByteArray("Authorization: Basic ") + (single + u':' + secret).toUtf8().toBase64();

    for (const bool tls : {false, true}) {
        const char *scheme = tls ? "https" : "http";
        QTest::addRow("%s: accepted", scheme)
                << tls << oauthForm(grant, single, encoded) << QByteArrayList() << 200 << QString() << QStringList{a};
        QTest::addRow("%s: multi-entity client", scheme)
                << tls << oauthForm(grant, multi, encoded) << QByteArrayList() << 200 << QString() << QStringList{a, b};
        QTest::addRow("%s: multi-entity client narrowed to B", scheme)
                << tls << oauthForm(grant, multi, encoded) << QByteArrayList{QByteArray("Zuora-Entity-Ids: ") + b.toUtf8()}
                << 200 << QString() << QStringList{b};
        QTest::addRow("%s: foreign entity", scheme)
                << tls << oauthForm(grant, single, encoded) << QByteArrayList{QByteArray("Zuora-Entity-Ids: ") + b.toUtf8()}
                << 400 << u"invalid_request"_s << QStringList();
        QTest::addRow("%s: raw plus means space", scheme)
                << tls << oauthForm(grant, single, rawPlus) << QByteArrayList() << 401 << u"invalid_client"_s << QStringList();
        QTest::addRow("%s: wrong secret", scheme)
                << tls << oauthForm(grant, single, "nope") << QByteArrayList() << 401 << u"invalid_client"_s << QStringList();
        QTest::addRow("%s: unknown client", scheme)
                << tls << oauthForm(grant, u"00000000-0000-0000-0000-000000000000"_s, encoded) << QByteArrayList()
                << 401 << u"invalid_client"_s << QStringList();
        QTest::addRow("%s: wrong grant_type", scheme)
                << tls << oauthForm(u"password"_s, single, encoded) << QByteArrayList()
                << 400 << u"unsupported_grant_type"_s << QStringList();
        QTest::addRow("%s: no grant_type", scheme)
                << tls << QByteArray("client_id=" + QUrl::toPercentEncoding(single) + "&client_secret=" + encoded)
                << QByteArrayList() << 400 << u"unsupported_grant_type"_s << QStringList();
        QTest::addRow("%s: Authorization header", scheme)
                << tls << oauthForm(grant, single, encoded) << QByteArrayList{authorization}
                << 400 << u"invalid_request"_s << QStringList();
        QTest::addRow("%s: apiAccessKeyId header", scheme)
                << tls << oauthForm(grant, single, encoded) << QByteArrayList{QByteArray("apiAccessKeyId: ") + single.toUtf8()}
                << 400 << u"invalid_request"_s << QStringList();
    }
}

void tst_DemoServer::oauth()
{
    QFETCH(bool, tls);
    QFETCH(QByteArray, form);
    QFETCH(QByteArrayList, headers);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QStringList, entities);

    const HttpAnswer answer = token(server(tls), form, headers);
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.encrypted, tls);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(answer.header("Pragma"), QByteArray("no-cache"));
    QVERIFY(kUuid.match(QString::fromLatin1(answer.header("Zuora-Request-Id"))).hasMatch());
    QCOMPARE(answer.header("X-RateLimit-Limit-minute"), QByteArray("100"));
    QVERIFY(!answer.has("Set-Cookie"));
    const QJsonObject body = answer.json();

    if (status != 200) {
        QCOMPARE(body.value("error"_L1).toString(), error);
        QVERIFY(!body.contains("access_token"_L1));
        QCOMPARE(answer.has("WWW-Authenticate"), status == 401);
        if (status == 401)
            QCOMPARE(answer.header("WWW-Authenticate"), kWwwAuthenticate);
        return;
    }
    QCOMPARE(body.value("token_type"_L1).toString(), u"bearer"_s);
    QCOMPARE(body.value("expires_in"_L1).toInteger(), qint64(3599));
    QVERIFY(kHex32.match(body.value("access_token"_L1).toString()).hasMatch());
    QVERIFY(kHex32.match(body.value("jti"_L1).toString()).hasMatch());
    const QStringList scope = body.value("scope"_L1).toString().split(u' ');
    QVERIFY2(scope.constFirst().startsWith(u"user."_s), qPrintable(scope.join(u' ')));
    QVERIFY(kHex32.match(scope.constFirst().mid(5)).hasMatch());
    QStringList scopeEntities;
    for (const QString &item : scope) {
        if (item.startsWith(u"entity."_s))
            scopeEntities.append(item.mid(7));
    }
    QCOMPARE(scopeEntities, entities);
    QVERIFY(scope.contains(u"tenant.19"_s));
    QVERIFY(scope.contains(u"service.echo.read"_s));

    // What was sent: the secret percent-encoded, never a literal '+'.
    const DemoServer::SeenRequest seen = server(tls).seenRequests().constLast();
    QCOMPARE(seen.body, form);
    QVERIFY(seen.body.contains("%2B"));
    QVERIFY(!seen.body.contains('+'));

    // The same client gets a fresh token but keeps its user id.
    const QJsonObject again = token(server(tls), form, headers).json();
    QVERIFY(again.value("access_token"_L1) != body.value("access_token"_L1));
    QCOMPARE(again.value("scope"_L1).toString().split(u' ').constFirst(), scope.constFirst());
}

void tst_DemoServer::trackId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("oauthForm");
    QTest::addColumn<QByteArray>("trackId");   // null: not sent
    QTest::addColumn<int>("status");

    const QByteArray id = "zct-test/track:0001";
    QTest::newRow("connections, sent") << u"/v1/connections"_s << false << id << 200;
    QTest::newRow("connections, not sent") << u"/v1/connections"_s << false << QByteArray() << 200;
    QTest::newRow("token, sent") << u"/oauth/token"_s << true << id << 200;
    QTest::newRow("token, not sent") << u"/oauth/token"_s << true << QByteArray() << 200;
    QTest::newRow("unknown path, sent") << u"/v1/accounts"_s << false << id << 404;
}

void tst_DemoServer::trackId()
{
    QFETCH(QString, path);
    QFETCH(bool, oauthForm);
    QFETCH(QByteArray, trackId);
    QFETCH(int, status);

    QByteArrayList headers;
    QByteArray body;
    if (oauthForm) {
        headers << "Content-Type: application/x-www-form-urlencoded";
        body = ::oauthForm(u"client_credentials"_s, s(demo::kClientId), QUrl::toPercentEncoding(s(demo::kClientSecret)));
    } else {
        headers = loginHeaders(s(demo::kUser), s(demo::kPassword));
    }
    if (!trackId.isNull())
        headers << QByteArray("Zuora-Track-Id: ") + trackId;
    const HttpAnswer answer = exchange("POST", request(*m_http, path, headers), body);
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.has("Zuora-Track-Id"), !trackId.isNull());
    QCOMPARE(answer.header("Zuora-Track-Id"), trackId);
    QVERIFY(kUuid.match(QString::fromLatin1(answer.header("Zuora-Request-Id"))).hasMatch());
}

void tst_DemoServer::paths_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("code");   // 0: accepted

    QTest::newRow("POST /v1/connections") << QByteArray("POST") << u"/v1/connections"_s << 200 << qint64(0);
    QTest::newRow("POST /rest/v1/connections") << QByteArray("POST") << u"/rest/v1/connections"_s << 200 << qint64(0);
    QTest::newRow("POST /a/b/c/v1/connections") << QByteArray("POST") << u"/a/b/c/v1/connections"_s << 200 << qint64(0);
    QTest::newRow("POST with a query") << QByteArray("POST") << u"/v1/connections?x=1"_s << 200 << qint64(0);
    QTest::newRow("POST /v1/accounts") << QByteArray("POST") << u"/v1/accounts"_s << 404 << qint64(90000040);
    QTest::newRow("POST /v1/connections/extra") << QByteArray("POST") << u"/v1/connections/extra"_s << 404 << qint64(90000040);
    QTest::newRow("POST /") << QByteArray("POST") << u"/"_s << 404 << qint64(90000040);
    QTest::newRow("GET /v1/connections") << QByteArray("GET") << u"/v1/connections"_s << 405 << qint64(90000045);
    QTest::newRow("PUT /rest/v1/connections") << QByteArray("PUT") << u"/rest/v1/connections"_s << 405 << qint64(90000045);
    QTest::newRow("DELETE /v1/connections") << QByteArray("DELETE") << u"/v1/connections"_s << 405 << qint64(90000045);
    QTest::newRow("GET /oauth/token") << QByteArray("GET") << u"/oauth/token"_s << 405 << qint64(90000045);
}

void tst_DemoServer::paths()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(qint64, code);

    const HttpAnswer answer = exchange(verb, request(*m_http, path, loginHeaders(s(demo::kUser), s(demo::kPassword))));
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("Content-Type"), kJsonUtf8);
    QCOMPARE(answer.header("Server"), QByteArray("Zuora App"));
    QCOMPARE(m_http->seenRequests().constLast().method, verb);
    if (code == 0) {
        QCOMPARE(answer.body, kAcceptedBody);
        QCOMPARE(m_http->seenRequests().constLast().path, QUrl(path).path());
        return;
    }
    QCOMPARE(answer.json().value("success"_L1), QJsonValue(false));
    QCOMPARE(answer.firstReasonCode(), code);
    QVERIFY(!answer.has("Set-Cookie"));
    if (status == 405) {
        QCOMPARE(answer.header("Allow"), QByteArray("POST"));
        QVERIFY(answer.body.contains(verb));
    } else {
        QVERIFY(answer.body.contains(path.toUtf8()));   // the message names the path
    }
}

void tst_DemoServer::redirect_data()
{
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("location");

    QTest::newRow("host only") << QUrl(u"https://rest.eu.zuora.com"_s) << u"/v1/connections"_s
                               << QByteArray("https://rest.eu.zuora.com/v1/connections");
    QTest::newRow("base path with slash") << QUrl(u"https://example.com/base/"_s) << u"/rest/v1/connections"_s
                                          << QByteArray("https://example.com/base/rest/v1/connections");
    QTest::newRow("query kept") << QUrl(u"http://127.0.0.1:8443/x"_s) << u"/oauth/token?a=b%20c"_s
                                << QByteArray("http://127.0.0.1:8443/x/oauth/token?a=b%20c");
    QTest::newRow("unknown path too") << QUrl(u"https://rest.zuora.com"_s) << u"/nothing"_s
                                      << QByteArray("https://rest.zuora.com/nothing");
}

void tst_DemoServer::redirect()
{
    QFETCH(QUrl, target);
    QFETCH(QString, path);
    QFETCH(QByteArray, location);

    m_http->setRedirectTarget(target);
    const HttpAnswer answer = login(*m_http, s(demo::kUser), s(demo::kPassword), {}, path);
    QVERIFY2(answer.finished, qPrintable(answer.errorString));
    QCOMPARE(answer.status, 307);
    QCOMPARE(answer.header("Location"), location);
    QVERIFY(answer.body.isEmpty());
    QVERIFY(!answer.has("Set-Cookie"));
    QCOMPARE(m_http->requestCount(), 1);   // not followed

    m_http->setRedirectTarget(QUrl());
    QCOMPARE(login(*m_http, s(demo::kUser), s(demo::kPassword)).status, 200);
}

void tst_DemoServer::seenRequests()
{
    QSignalSpy seenSpy(m_http.get(), &DemoServer::requestSeen);
    QSignalSpy answeredSpy(m_http.get(), &DemoServer::requestAnswered);
    QCOMPARE(m_http->requestCount(), 0);
    QVERIFY(m_http->seenRequests().isEmpty());

    const QString password = s(demo::kPassword);
    QByteArrayList headers = loginHeaders(s(demo::kUser), password);
    headers << "X-Test-Header: hello" << "Content-Type: text/plain";
    const HttpAnswer first = exchange("POST", request(*m_http, u"/rest/v1/connections?x=1&y=%2B"_s, headers), "body bytes");
    QCOMPARE(first.status, 200);
    QCOMPARE(seenSpy.size(), 1);
    QCOMPARE(m_http->requestCount(), 1);

    const HttpAnswer second = exchange("GET", request(*m_http, u"/nowhere"_s, {}));
    QCOMPARE(second.status, 404);
    QCOMPARE(seenSpy.size(), 2);
    QCOMPARE(m_http->requestCount(), 2);

    const QList<DemoServer::SeenRequest> seen = m_http->seenRequests();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0].method, QByteArray("POST"));
    QCOMPARE(seen[0].path, u"/rest/v1/connections"_s);
    QCOMPARE(seen[0].query, u"x=1&y=%2B"_s);
    QCOMPARE(seen[0].body, QByteArray("body bytes"));
    QCOMPARE(seen[0].header("X-TEST-HEADER"), QByteArray("hello"));
    QCOMPARE(seen[0].header("apisecretaccesskey"), password.toUtf8());   // recorded as received
    QVERIFY(seen[0].header("X-Not-Sent").isNull());
    QVERIFY(!seen[0].hasHeader("X-Not-Sent"));
    QVERIFY(seen[0].peer.isLoopback());
    QCOMPARE(seen[1].method, QByteArray("GET"));
    QCOMPARE(seen[1].path, u"/nowhere"_s);
    QVERIFY(seen[1].query.isEmpty());
    QVERIFY(seen[1].body.isEmpty());

    // requestAnswered: method, path, status and principal, never the secret.
    QCOMPARE(answeredSpy.size(), 2);
    QCOMPARE(answeredSpy[0].at(0).toByteArray(), QByteArray("POST"));
    QCOMPARE(answeredSpy[0].at(1).toString(), u"/rest/v1/connections"_s);
    QCOMPARE(answeredSpy[0].at(2).toInt(), 200);
    QCOMPARE(answeredSpy[0].at(3).toString(), s(demo::kUser));
    QCOMPARE(answeredSpy[1].at(2).toInt(), 404);
    for (const QList<QVariant> &arguments : std::as_const(answeredSpy)) {
        for (const QVariant &argument : arguments)
            QVERIFY(!argument.toString().contains(password));
    }

    m_http->clearSeenRequests();
    QCOMPARE(m_http->requestCount(), 0);
    QVERIFY(m_http->seenRequests().isEmpty());

    // With recording off requests are counted and signalled, not kept.
    m_http->setRecordRequests(false);
    QCOMPARE(login(*m_http, s(demo::kUser), password).status, 200);
    QCOMPARE(m_http->requestCount(), 1);
    QVERIFY(m_http->seenRequests().isEmpty());
    QCOMPARE(seenSpy.size(), 3);
    m_http->setRecordRequests(true);
    QCOMPARE(login(*m_http, s(demo::kUser), password).status, 200);
    QCOMPARE(m_http->requestCount(), 2);
    QCOMPARE(m_http->seenRequests().size(), 1);

    // The two servers keep separate records.
    QCOMPARE(m_https->requestCount(), 0);
}

void tst_DemoServer::builtInUsers()
{
    const DemoUsers users = DemoUsers::builtIn();
    QCOMPARE(users.users().size(), 7);
    QCOMPARE(users.clients().size(), 2);

    struct Expected { const char16_t *name; Scenario scenario; int entities; };
    const Expected expected[] = {
        {demo::kUser, Scenario::Normal, 1},
        {demo::kMultiEntityUser, Scenario::Normal, 2},
        {demo::kRateLimitedUser, Scenario::RateLimited, 1},
        {demo::kLockingUser, Scenario::LockingContention, 1},
        {demo::kBadGatewayUser, Scenario::BadGatewayHtml, 1},
        {demo::kSlowUser, Scenario::Slow, 1},
    };
    for (const Expected &row : expected) {
        const auto user = users.findUser(s(row.name));
        QVERIFY2(user, qPrintable(s(row.name)));
        QCOMPARE(user->password, s(demo::kPassword));
        QCOMPARE(user->scenario, row.scenario);
        QCOMPARE(user->entityIds.size(), row.entities);
        QCOMPARE(user->entityIds.constFirst(), s(demo::kEntityA));
    }
    QCOMPARE(users.findUser(s(demo::kMultiEntityUser))->entityIds,
             (QStringList{s(demo::kEntityA), s(demo::kEntityB)}));
    QCOMPARE(users.findClient(s(demo::kClientId))->entityIds, QStringList{s(demo::kEntityA)});
    QCOMPARE(users.findClient(s(demo::kMultiEntityClientId))->entityIds,
             (QStringList{s(demo::kEntityA), s(demo::kEntityB)}));
    QCOMPARE(users.findClient(s(demo::kClientId))->clientSecret, s(demo::kClientSecret));
    QVERIFY(!users.findUser(u"nobody@example.com"_s));
    QVERIFY(!users.findClient(s(demo::kUser)));
    QCOMPARE(m_http->users().users().size(), 7);   // the default of a DemoServer
}

void tst_DemoServer::scenarioNames()
{
    const QList<QPair<Scenario, QString>> names{
        {Scenario::Normal, u"normal"_s},
        {Scenario::RateLimited, u"rateLimited"_s},
        {Scenario::LockingContention, u"lockingContention"_s},
        {Scenario::BadGatewayHtml, u"badGatewayHtml"_s},
        {Scenario::Slow, u"slow"_s},
    };
    for (const auto &[scenario, name] : names) {
        QCOMPARE(scenarioName(scenario), name);
        QCOMPARE(scenarioFromName(name), std::optional<Scenario>(scenario));
    }
    QVERIFY(!scenarioFromName(u"Normal"_s));
    QVERIFY(!scenarioFromName(QString()));
}

void tst_DemoServer::usersFromJson()
{
    const QByteArray json = R"({
        "users": [
            { "username": "a@example.com", "password": "p+1/=&" },
            { "username": "b@example.com", "password": "p2", "entityIds": ["e1", "e2"], "scenario": "slow" }
        ],
        "clients": [
            { "clientId": "c1", "clientSecret": "s1", "entityIds": ["e1"], "scenario": "rateLimited" }
        ]
    })";
    QString error;
    const auto users = DemoUsers::fromJson(json, &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->users().size(), 2);
    QCOMPARE(users->clients().size(), 1);

    const auto a = users->findUser(u"a@example.com"_s);
    QVERIFY(a);
    QCOMPARE(a->password, u"p+1/=&"_s);
    QVERIFY(a->entityIds.isEmpty());
    QCOMPARE(a->scenario, Scenario::Normal);
    const auto b = users->findUser(u"b@example.com"_s);
    QVERIFY(b);
    QCOMPARE(b->entityIds, (QStringList{u"e1"_s, u"e2"_s}));
    QCOMPARE(b->scenario, Scenario::Slow);
    const auto c = users->findClient(u"c1"_s);
    QVERIFY(c);
    QCOMPARE(c->clientSecret, u"s1"_s);
    QCOMPARE(c->entityIds, QStringList{u"e1"_s});
    QCOMPARE(c->scenario, Scenario::RateLimited);

    // Either list alone is enough.
    QVERIFY(DemoUsers::fromJson(R"({"clients":[{"clientId":"x","clientSecret":"y"}]})", &error));
    QVERIFY(DemoUsers::fromJson(R"({"users":[{"username":"x","password":"y"}]})", &error));
    QVERIFY(DemoUsers::fromJson(R"({"users":[{"username":"x","password":"y"}]})", nullptr));
}

void tst_DemoServer::usersFromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");   // every one must be in the error

    QTest::newRow("not JSON") << QByteArray(R"({"users": [)") << QStringList{u"not valid JSON"_s, u"offset"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{u"not valid JSON"_s};
    QTest::newRow("top level array") << QByteArray("[]") << QStringList{u"top level must be an object"_s};
    QTest::newRow("no lists") << QByteArray("{}") << QStringList{u"no users and no clients"_s};
    QTest::newRow("empty lists") << QByteArray(R"({"users":[],"clients":[]})")
                                 << QStringList{u"no users and no clients"_s};
    QTest::newRow("users not a list") << QByteArray(R"({"users":{"username":"a","password":"p"}})")
                                      << QStringList{u"\"users\" must be an array"_s};
    QTest::newRow("entry not an object") << QByteArray(R"({"users":["a@example.com"]})")
                                         << QStringList{u"users[0]"_s, u"must be a JSON object"_s};
    QTest::newRow("unknown scenario")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p"},
                                       {"username":"b@example.com","password":"p","scenario":"fast"}]})")
            << QStringList{u"users[1] (\"b@example.com\")"_s, u"unknown scenario \"fast\""_s};
    QTest::newRow("unknown client scenario")
            << QByteArray(R"({"clients":[{"clientId":"c1","clientSecret":"s","scenario":"Slow"}]})")
            << QStringList{u"clients[0] (\"c1\")"_s, u"unknown scenario \"Slow\""_s};
    QTest::newRow("duplicate user names")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p"},
                                       {"username":"a@example.com","password":"q"}]})")
            << QStringList{u"users[1]"_s, u"\"a@example.com\" appears twice"_s};
    QTest::newRow("duplicate client ids")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p"}],
                              "clients":[{"clientId":"c1","clientSecret":"s"},{"clientId":"c1","clientSecret":"t"}]})")
            << QStringList{u"clients[1]"_s, u"\"c1\" appears twice"_s};
    QTest::newRow("missing password")
            << QByteArray(R"({"users":[{"username":"a@example.com"}]})")
            << QStringList{u"users[0] (\"a@example.com\")"_s, u"\"password\""_s};
    QTest::newRow("empty password")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":""}]})")
            << QStringList{u"users[0] (\"a@example.com\")"_s, u"\"password\""_s};
    QTest::newRow("missing username")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p"},{"password":"p"}]})")
            << QStringList{u"users[1]"_s, u"\"username\""_s};
    QTest::newRow("missing client secret")
            << QByteArray(R"({"clients":[{"clientId":"c1"}]})")
            << QStringList{u"clients[0] (\"c1\")"_s, u"\"clientSecret\""_s};
    QTest::newRow("entity not a string")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p","entityIds":[7]}]})")
            << QStringList{u"users[0] (\"a@example.com\")"_s, u"\"entityIds\""_s};
    QTest::newRow("entities not a list")
            << QByteArray(R"({"users":[{"username":"a@example.com","password":"p","entityIds":"e1"}]})")
            << QStringList{u"users[0] (\"a@example.com\")"_s, u"\"entityIds\""_s};
}

void tst_DemoServer::usersFromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);

    QString error;
    QVERIFY(!DemoUsers::fromJson(json, &error));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(u"\"%1\" not in: %2"_s.arg(mention, error)));
    QVERIFY(!DemoUsers::fromJson(json, nullptr));   // no error wanted: still refused, no crash
}

void tst_DemoServer::usersFromJsonFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(u"good.json"_s);
    const QString bad = dir.filePath(u"bad.json"_s);
    const QString missing = dir.filePath(u"missing.json"_s);
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"users":[{"username":"file@example.com","password":"pw"}]})");
    }
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"users":[{"username":"file@example.com"}]})");
    }
    QString error;
    const auto users = DemoUsers::fromJsonFile(good, &error);
    QVERIFY2(users, qPrintable(error));
    QCOMPARE(users->findUser(u"file@example.com"_s)->password, u"pw"_s);

    QVERIFY(!DemoUsers::fromJsonFile(bad, &error));
    QVERIFY2(error.contains(bad) && error.contains(u"users[0] (\"file@example.com\")"_s), qPrintable(error));
    QVERIFY(!DemoUsers::fromJsonFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

void tst_DemoServer::usersFileServed()
{
    QString error;
    const auto users = DemoUsers::fromJson(R"({
        "users": [ { "username": "custom@example.com", "password": "c+u/s=t&m", "entityIds": ["e-1"],
                     "scenario": "lockingContention" },
                   { "username": "plain@example.com", "password": "plain" } ],
        "clients": [ { "clientId": "cid", "clientSecret": "c s+", "entityIds": ["e-1", "e-2"] } ]
    })", &error);
    QVERIFY2(users, qPrintable(error));
    DemoServer custom(*users);
    QVERIFY2(custom.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(custom.users().users().size(), 2);

    const HttpAnswer locking = login(custom, u"custom@example.com"_s, u"c+u/s=t&m"_s);
    QCOMPARE(locking.status, 200);
    QCOMPARE(locking.firstReasonCode(), qint64(90000050));
    const HttpAnswer plain = login(custom, u"plain@example.com"_s, u"plain"_s);
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.body, kAcceptedBody);
    const HttpAnswer builtIn = login(custom, s(demo::kUser), s(demo::kPassword));   // not in this file
    QCOMPARE(builtIn.status, 401);
    QCOMPARE(builtIn.body, kBadCredentialsBody);

    const HttpAnswer issued = token(custom, oauthForm(u"client_credentials"_s, u"cid"_s,
                                                      QUrl::toPercentEncoding(u"c s+"_s)));
    QCOMPARE(issued.status, 200);
    QVERIFY(issued.json().value("scope"_L1).toString().contains(u" entity.e-1 entity.e-2 "_s));
    QCOMPARE(custom.requestCount(), 4);
    QCOMPARE(m_http->requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_DemoServer)
#include "tst_demoserver.moc"
