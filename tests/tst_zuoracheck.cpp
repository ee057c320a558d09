// Runs the built zuora-check as a process against a zuora-mock-server process.
#include "DemoCredentials.h"
#include "ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

const QString kBin = QStringLiteral(ZCT_BIN_DIR);
QString s(const char16_t *text) { return QString::fromUtf16(text); }

using Run = ProgramRun;

} // namespace

class tst_ZuoraCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exitCodes_data();
    void exitCodes();
    void acceptedJson();
    void rejectedJsonDecodesCodes();
    void oauthJson();
    void soapJson();
    void entitiesOnRequest_data();
    void entitiesOnRequest();
    void humanOutput();
    void showSecrets();
    void demoMode_data();
    void demoMode();
    void helpAndVersion();
    void refusedConnection();

private:
    Run run(const QStringList &arguments, const QByteArray &stdinData = {},
            const QList<QPair<QString, QString>> &environment = {});
    QProcess m_server;
    QString m_baseUrl;
    QList<QByteArray> m_secretsSeen;
};

void tst_ZuoraCheck::initTestCase()
{
    m_server.setProgram(kBin + u"/zuora-mock-server"_s);
    m_server.setArguments({u"--quiet"_s});
    m_server.start();
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    m_baseUrl = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(m_baseUrl.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_baseUrl));
}

void tst_ZuoraCheck::cleanupTestCase()
{
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(5000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    // The mock server logs requests unless --quiet; either way it never logs a secret.
    const QByteArray log = m_server.readAllStandardError() + m_server.readAllStandardOutput();
    QVERIFY(!log.contains(s(demo::kPassword).toUtf8()));
}

Run tst_ZuoraCheck::run(const QStringList &arguments, const QByteArray &stdinData,
                        const QList<QPair<QString, QString>> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZUORA_PASSWORD"_s);
    env.remove(u"ZUORA_CLIENT_SECRET"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    for (const auto &pair : environment)
        env.insert(pair.first, pair.second);
    Run result = ProgramRun::run(kBin + u"/zuora-check"_s, arguments, env, stdinData, 30000);
    if (result.exitCode == ProgramRun::NotFinished)
        return result;
    // No secret is ever printed unless asked for.
    if (!arguments.contains(u"--show-secrets"_s)) {
        for (const char16_t *secret : {demo::kPassword, demo::kClientSecret}) {
            const QByteArray bytes = QString::fromUtf16(secret).toUtf8();
            if (result.out.contains(bytes) || result.err.contains(bytes))
                result.exitCode = -3;
        }
    }
    return result;
}

void tst_ZuoraCheck::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QString>("passwordEnv");
    QTest::addColumn<int>("exitCode");

    const QByteArray password = s(demo::kPassword).toUtf8() + '\n';
    const QString base = u"BASE"_s;
    const QString user = s(demo::kUser);
    QTest::newRow("accepted, stdin") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--password-stdin"_s}
                                     << password << QString() << 0;
    QTest::newRow("accepted, env") << QStringList{u"--base-url"_s, base, u"--username"_s, user}
                                   << QByteArray() << s(demo::kPassword) << 0;
    QTest::newRow("stdin wins over env") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--password-stdin"_s}
                                         << password << u"wrong"_s << 0;
    QTest::newRow("rejected") << QStringList{u"--base-url"_s, base, u"--username"_s, user}
                              << QByteArray() << u"wrong"_s << 1;
    QTest::newRow("entity required") << QStringList{u"--base-url"_s, base, u"--username"_s, s(demo::kMultiEntityUser)}
                                     << QByteArray() << s(demo::kPassword) << 1;
    QTest::newRow("entity given") << QStringList{u"--base-url"_s, base, u"--username"_s, s(demo::kMultiEntityUser),
                                                 u"--entity-id"_s, s(demo::kEntityA)}
                                  << QByteArray() << s(demo::kPassword) << 0;
    QTest::newRow("rate limited") << QStringList{u"--base-url"_s, base, u"--username"_s, s(demo::kRateLimitedUser)}
                                  << QByteArray() << s(demo::kPassword) << 4;
    QTest::newRow("html 502") << QStringList{u"--base-url"_s, base, u"--username"_s, s(demo::kBadGatewayUser)}
                              << QByteArray() << s(demo::kPassword) << 4;
    QTest::newRow("timeout") << QStringList{u"--base-url"_s, base, u"--username"_s, s(demo::kSlowUser), u"--timeout"_s, u"0.3"_s}
                             << QByteArray() << s(demo::kPassword) << 3;
    QTest::newRow("no secret anywhere") << QStringList{u"--base-url"_s, base, u"--username"_s, user}
                                        << QByteArray() << QString() << 2;
    QTest::newRow("empty stdin") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--password-stdin"_s}
                                 << QByteArray() << QString() << 2;
    QTest::newRow("no username") << QStringList{u"--base-url"_s, base} << password << QString() << 2;
    QTest::newRow("no target") << QStringList{u"--username"_s, user} << password << QString() << 2;
    QTest::newRow("env and base-url") << QStringList{u"--env"_s, u"eu-prod"_s, u"--base-url"_s, base, u"--username"_s, user}
                                      << password << QString() << 2;
    QTest::newRow("unknown env") << QStringList{u"--env"_s, u"mars-prod"_s, u"--username"_s, user} << password << QString() << 2;
    QTest::newRow("unknown option") << QStringList{u"--password"_s, u"x"_s} << QByteArray() << QString() << 2;
    QTest::newRow("secret as argument") << QStringList{u"--base-url"_s, base, u"--username"_s, user, s(demo::kPassword)}
                                        << QByteArray() << QString() << 2;
    QTest::newRow("plain http remote") << QStringList{u"--base-url"_s, u"http://rest.zuora.com"_s, u"--username"_s, user}
                                       << password << QString() << 2;
    QTest::newRow("bad track id") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--track-id"_s, u"a;b"_s}
                                  << QByteArray() << s(demo::kPassword) << 2;
    QTest::newRow("bad timeout") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--timeout"_s, u"soon"_s}
                                 << QByteArray() << s(demo::kPassword) << 2;
    for (const QString &bad : {u"nan"_s, u"inf"_s, u"-1"_s, u"0"_s, u"3601"_s, u"1e308"_s}) {
        QTest::addRow("timeout %s", qPrintable(bad))
            << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--timeout"_s, bad}
            << QByteArray() << s(demo::kPassword) << 2;
    }
    QTest::newRow("client id without oauth") << QStringList{u"--base-url"_s, base, u"--client-id"_s, u"x"_s}
                                             << QByteArray() << s(demo::kPassword) << 2;
    // SOAP login() (zuora-api.md 8.7): the same exit codes as REST.
    const QStringList soap{u"--base-url"_s, base, u"--soap"_s, u"--username"_s};
    QTest::newRow("soap accepted") << soap + QStringList{user} << QByteArray() << s(demo::kPassword) << 0;
    QTest::newRow("soap accepted, stdin, WSDL 91") << soap + QStringList{user, u"--password-stdin"_s, u"--wsdl-version"_s, u"91"_s}
                                                   << password << QString() << 0;
    QTest::newRow("soap wrong password") << soap + QStringList{user} << QByteArray() << u"wrong&<>"_s << 1;
    QTest::newRow("soap API disabled") << soap + QStringList{s(demo::kApiDisabledUser)} << QByteArray() << s(demo::kPassword) << 1;
    QTest::newRow("soap rate limited") << soap + QStringList{s(demo::kRateLimitedUser)} << QByteArray() << s(demo::kPassword) << 4;
    QTest::newRow("soap html 502") << soap + QStringList{s(demo::kBadGatewayUser)} << QByteArray() << s(demo::kPassword) << 4;
    QTest::newRow("soap and oauth") << soap + QStringList{user, u"--oauth"_s} << QByteArray() << s(demo::kPassword) << 2;
    QTest::newRow("wsdl version without soap") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--wsdl-version"_s, u"91"_s}
                                               << QByteArray() << s(demo::kPassword) << 2;
    QTest::newRow("entities with a monitoring format") << QStringList{u"--base-url"_s, base, u"--username"_s, user, u"--entities"_s,
                                                                      u"--format"_s, u"prometheus"_s}
                                                       << QByteArray() << s(demo::kPassword) << 2;
    QTest::newRow("wsdl version not a number") << soap + QStringList{user, u"--wsdl-version"_s, u"latest"_s}
                                               << QByteArray() << s(demo::kPassword) << 2;
}

void tst_ZuoraCheck::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, stdinData);
    QFETCH(QString, passwordEnv);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(u"BASE"_s, m_baseUrl);
    QList<QPair<QString, QString>> env;
    if (!passwordEnv.isEmpty())
        env << qMakePair(u"ZUORA_PASSWORD"_s, passwordEnv);
    for (const bool json : {false, true}) {
        const Run result = run(json ? arguments + QStringList{u"--json"_s} : arguments, stdinData, env);
        QVERIFY2(result.exitCode != -3, "a secret was printed");
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 2) {
            QVERIFY2(!result.err.isEmpty() || !result.out.isEmpty(), "a usage error says why");
        } else if (json) {
            const QJsonObject object = result.json();
            QCOMPARE(object.value(u"exitCode").toInt(), exitCode);
            QCOMPARE(object.value(u"ok").toBool(), exitCode == 0);
        }
    }
}

void tst_ZuoraCheck::acceptedJson()
{
    const Run result = run({u"--base-url"_s, m_baseUrl, u"--username"_s, s(demo::kUser), u"--password-stdin"_s,
                            u"--track-id"_s, u"cli-test-1"_s, u"--json"_s},
                           s(demo::kPassword).toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);   // exactly one object on one line
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"ok").toBool(), true);
    QCOMPARE(json.value(u"httpStatus").toInt(), 200);
    QCOMPARE(json.value(u"success").toBool(), true);
    QVERIFY(json.value(u"processId").isNull());
    QCOMPARE(json.value(u"reasons").toArray().size(), 0);
    QVERIFY(json.value(u"error").isNull());
    const QJsonObject cookie = json.value(u"cookies").toArray().first().toObject();
    QCOMPARE(cookie.value(u"name").toString(), u"ZSession"_s);
    QCOMPARE(cookie.value(u"value").toString(), u"********"_s);
    QCOMPARE(cookie.value(u"path").toString(), u"/"_s);
    QCOMPARE(cookie.value(u"secure").toBool(), true);
    QCOMPARE(cookie.value(u"httpOnly").toBool(), true);
    QVERIFY(cookie.value(u"expires").isNull());
    const QJsonObject headers = json.value(u"headers").toObject();
    QCOMPARE(headers.value(u"Zuora-Track-Id").toString(), u"cli-test-1"_s);
    QVERIFY(headers.value(u"Set-Cookie").toString().startsWith(u"ZSession=********"_s));
    const QJsonObject timings = json.value(u"timingsMs").toObject();
    QVERIFY(timings.value(u"total").toDouble() > 0);
    const QJsonObject request = json.value(u"request").toObject();
    QCOMPARE(request.value(u"method").toString(), u"POST"_s);
    QCOMPARE(request.value(u"url").toString(), m_baseUrl + u"/v1/connections"_s);
    const QJsonObject sent = request.value(u"headers").toObject();
    QCOMPARE(sent.value(u"apiAccessKeyId").toString(), s(demo::kUser));
    QCOMPARE(sent.value(u"apiSecretAccessKey").toString(), u"********"_s);
}

void tst_ZuoraCheck::rejectedJsonDecodesCodes()
{
    const Run result = run({u"--base-url"_s, m_baseUrl, u"--username"_s, s(demo::kUser), u"--json"_s}, {},
                           {{u"ZUORA_PASSWORD"_s, u"wrong"_s}});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"httpStatus").toInt(), 401);
    QCOMPARE(json.value(u"success").toBool(true), false);
    const QJsonObject reason = json.value(u"reasons").toArray().first().toObject();
    QCOMPARE(reason.value(u"code").toInteger(), 90000011);
    QCOMPARE(reason.value(u"category").toInt(), 11);
    QCOMPARE(reason.value(u"categoryName").toString(), u"Authentication failed"_s);
    QCOMPARE(reason.value(u"message").toString(), u"this resource is protected, please sign in first"_s);
    const QJsonObject error = json.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), u"rejected"_s);
    QVERIFY(!error.value(u"message").toString().isEmpty());
    QVERIFY(!error.value(u"hint").toString().isEmpty());
    QVERIFY(json.value(u"headers").toObject().contains(u"WWW-Authenticate"_s));
}

void tst_ZuoraCheck::oauthJson()
{
    const Run result = run({u"--base-url"_s, m_baseUrl, u"--oauth"_s, u"--client-id"_s, s(demo::kClientId), u"--json"_s}, {},
                           {{u"ZUORA_CLIENT_SECRET"_s, s(demo::kClientSecret)}});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"authMode").toString(), u"oauth"_s);
    const QJsonObject token = json.value(u"token").toObject();
    QCOMPARE(token.value(u"accessToken").toString(), u"********"_s);
    QCOMPARE(token.value(u"tokenType").toString(), u"bearer"_s);
    QCOMPARE(token.value(u"expiresIn").toInt(), 3599);
    QCOMPARE(token.value(u"entityIds").toArray().size(), 1);
    QVERIFY(json.value(u"request").toObject().value(u"body").toString().contains(u"client_secret=********"_s));

    const Run wrong = run({u"--base-url"_s, m_baseUrl, u"--oauth"_s, u"--client-id"_s, s(demo::kClientId), u"--json"_s}, {},
                          {{u"ZUORA_CLIENT_SECRET"_s, u"nope"_s}});
    QCOMPARE(wrong.exitCode, 1);
}

void tst_ZuoraCheck::soapJson()
{
    const Run result = run({u"--base-url"_s, m_baseUrl, u"--soap"_s, u"--username"_s, s(demo::kUser), u"--json"_s}, {},
                           {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"authMode").toString(), u"soap"_s);
    QVERIFY2(json.value(u"endpoint").toString().endsWith(u"/apps/services/a/115.0"_s), qPrintable(json.value(u"endpoint").toString()));
    const QJsonObject soap = json.value(u"soap").toObject();
    QCOMPARE(soap.value(u"session").toString(), u"********"_s);
    QVERIFY(soap.value(u"sessionLength").toInt() > 20);
    QVERIFY(soap.value(u"fault").isNull());
    const QString body = json.value(u"request").toObject().value(u"body").toString();
    QVERIFY2(body.contains(u"<api:password>********</api:password>"_s), qPrintable(body));
    QVERIFY(!result.out.contains(s(demo::kPassword).toUtf8()));
    QVERIFY(!result.out.contains("Demo-Pass+2026/=&amp;"));

    const Run wrong = run({u"--base-url"_s, m_baseUrl, u"--soap"_s, u"--username"_s, s(demo::kUser), u"--json"_s}, {},
                          {{u"ZUORA_PASSWORD"_s, u"nope"_s}});
    QCOMPARE(wrong.exitCode, 1);
    const QJsonObject refused = wrong.json();
    QCOMPARE(refused.value(u"soap").toObject().value(u"fault").toString(), u"LoginFault"_s);
    QCOMPARE(refused.value(u"reasons").toArray().first().toObject().value(u"code").toString(), u"INVALID_VALUE"_s);
    QCOMPARE(refused.value(u"httpStatus").toInt(), 500);

    // The human output shows the session masked with its length, never its value.
    const Run human = run({u"--base-url"_s, m_baseUrl, u"--soap"_s, u"--username"_s, s(demo::kUser)}, {},
                          {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("SOAP login accepted"), human.out.constData());
    QVERIFY2(human.out.contains("Session") && human.out.contains("********"), human.out.constData());
}

void tst_ZuoraCheck::entitiesOnRequest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("entities");     // -1: no lookup made (null)
    QTest::addColumn<QString>("lookupPath");
    QTest::addColumn<bool>("suggests");
    const QString password = u"ZUORA_PASSWORD"_s;
    const QString clientSecret = u"ZUORA_CLIENT_SECRET"_s;
    const QString usersPath = u"/v1/users/api.demo%40example.com/accessible-entities"_s;
    QTest::newRow("session login, one entity") << QStringList{u"--username"_s, s(demo::kUser)} << password << s(demo::kPassword)
                                               << 0 << 1 << usersPath << false;
    QTest::newRow("SOAP session, one entity") << QStringList{u"--soap"_s, u"--username"_s, s(demo::kUser)} << password
                                              << s(demo::kPassword) << 0 << 1 << usersPath << false;
    QTest::newRow("OAuth, two entities, none chosen")
        << QStringList{u"--oauth"_s, u"--client-id"_s, s(demo::kMultiEntityClientId)} << clientSecret << s(demo::kClientSecret)
        << 0 << 2 << u"/v1/entities"_s << true;
    QTest::newRow("rejected: no lookup") << QStringList{u"--username"_s, s(demo::kUser)} << password << u"wrong"_s << 1 << -1
                                         << QString() << false;
}

// --entities: one more read-only call only after an accepted check, with what it obtained; the
// credential never shows, and the exit code stays the check's.
void tst_ZuoraCheck::entitiesOnRequest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, secret);
    QFETCH(int, exitCode);
    QFETCH(int, entities);
    QFETCH(QString, lookupPath);
    QFETCH(bool, suggests);

    const Run result = run(QStringList{u"--base-url"_s, m_baseUrl, u"--entities"_s, u"--json"_s} + arguments, {}, {{variable, secret}});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out.count('\n'), 1);   // still one object per check
    const QJsonObject json = result.json();
    const QJsonValue lookup = json.value(u"entities");
    if (entities < 0) {
        QVERIFY(lookup.isNull());
        return;
    }
    const QJsonObject object = lookup.toObject();
    QVERIFY2(object.value(u"ok").toBool(), qPrintable(object.value(u"error").toObject().value(u"message").toString()));
    QCOMPARE(object.value(u"entities").toArray().size(), entities);
    const QJsonObject request = object.value(u"request").toObject();
    QCOMPARE(request.value(u"method").toString(), u"GET"_s);
    QVERIFY2(request.value(u"url").toString().endsWith(lookupPath), qPrintable(request.value(u"url").toString()));
    QCOMPARE(object.value(u"suggestedEntityId").isString(), suggests);
    // The session, SOAP session or token the lookup carried is masked like everywhere else.
    const QJsonObject headers = request.value(u"headers").toObject();
    const QString credential = headers.contains(u"Cookie") ? headers.value(u"Cookie").toString()
                                                          : headers.value(u"Authorization").toString();
    QVERIFY2(credential.contains(u"********"_s), qPrintable(credential));
    QVERIFY(!result.out.contains(secret.toUtf8()));

    const Run human = run(QStringList{u"--base-url"_s, m_baseUrl, u"--entities"_s} + arguments, {}, {{variable, secret}});
    QCOMPARE(human.exitCode, exitCode);
    QVERIFY2(human.out.contains("Demo Corporation") && human.out.contains("(global)"), human.out.constData());
}

void tst_ZuoraCheck::humanOutput()
{
    const Run accepted = run({u"--base-url"_s, m_baseUrl, u"--username"_s, s(demo::kUser)}, {},
                             {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(accepted.exitCode, 0);
    QVERIFY2(accepted.out.startsWith("ACCEPTED"), accepted.out.constData());
    QVERIFY(accepted.out.contains("ZSession=********"));
    QVERIFY(accepted.out.contains("Zuora-Request-Id"));
    QVERIFY(accepted.out.contains("total"));
    QVERIFY(!accepted.out.contains("\x1b["));   // NO_COLOR and not a terminal

    const Run rejected = run({u"--base-url"_s, m_baseUrl, u"--username"_s, s(demo::kUser)}, {}, {{u"ZUORA_PASSWORD"_s, u"x"_s}});
    QCOMPARE(rejected.exitCode, 1);
    QVERIFY2(rejected.out.startsWith("REJECTED  Authentication failed (90000011)"), rejected.out.constData());
    QVERIFY(rejected.out.contains("Wrong user name or password"));
    QVERIFY(rejected.out.contains("401 Unauthorized"));
}

void tst_ZuoraCheck::showSecrets()
{
    const Run result = run({u"--base-url"_s, m_baseUrl, u"--username"_s, s(demo::kUser), u"--json"_s, u"--show-secrets"_s}, {},
                           {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QVERIFY(json.value(u"cookies").toArray().first().toObject().value(u"value").toString().size() >= 200);
    QCOMPARE(json.value(u"request").toObject().value(u"headers").toObject().value(u"apiSecretAccessKey").toString(),
             s(demo::kPassword));
}

void tst_ZuoraCheck::demoMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("firstWord");
    QTest::newRow("demo user") << QStringList{u"--demo"_s} << 0 << QByteArray("ACCEPTED");
    QTest::newRow("demo oauth") << QStringList{u"--demo"_s, u"--oauth"_s} << 0 << QByteArray("ACCEPTED");
    QTest::newRow("demo unknown user") << QStringList{u"--demo"_s, u"--username"_s, u"someone@example.com"_s} << 1 << QByteArray("REJECTED");
    QTest::newRow("demo rate limited") << QStringList{u"--demo"_s, u"--username"_s, s(demo::kRateLimitedUser)} << 4 << QByteArray("ERROR");
}

void tst_ZuoraCheck::demoMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, firstWord);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.startsWith(firstWord), result.out.constData());
}

void tst_ZuoraCheck::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *needle : {"--password-stdin", "--base-url", "--env", "--oauth", "--client-id", "--entity-id", "--track-id",
                               "--ca-file", "--timeout", "--json", "--show-secrets", "--demo", "ZUORA_PASSWORD",
                               "ZUORA_CLIENT_SECRET", "Exit codes", "  4  "})
        QVERIFY2(help.out.contains(needle), needle);
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("zuora-check " ZCT_TEST_VERSION));
    const Run environments = run({u"--list-environments"_s});
    QCOMPARE(environments.exitCode, 0);
    QCOMPARE(environments.out.count('\n'), 10);
    QVERIFY(environments.out.contains("us-prod-cloud2"));
}

void tst_ZuoraCheck::refusedConnection()
{
    const Run result = run({u"--base-url"_s, u"http://127.0.0.1:1"_s, u"--username"_s, u"u"_s, u"--json"_s}, {},
                           {{u"ZUORA_PASSWORD"_s, u"p"_s}});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.json().value(u"error").toObject().value(u"kind").toString(), u"connectionRefused"_s);
}

QTEST_GUILESS_MAIN(tst_ZuoraCheck)
#include "tst_zuoracheck.moc"
