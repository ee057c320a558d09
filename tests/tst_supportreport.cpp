// SupportReport: the block a person pastes into a support case. Its fields come from real checks
// against the demo Zuora; no secret, cookie value, session or token is ever in it.
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "SingleCheck.h"
#include "SupportReport.h"
#include "ZuoraConnection.h"

#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_SupportReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldsOfARealCheck_data();
    void fieldsOfARealCheck();
    void serverTextCannotCarryControls();

private:
    DemoServer m_server;
};

void tst_SupportReport::initTestCase()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void tst_SupportReport::fieldsOfARealCheck_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("expected");   // substrings the report must contain

    const QString user = QString::fromUtf16(demo::kUser);
    const QString password = QString::fromUtf16(demo::kPassword);
    QTest::newRow("session accepted")
        << int(AuthMode::SessionLogin) << user << password
        << QStringList{u"Outcome            Accepted (exit 0)"_s, u"Login kind         Session login (session)"_s,
                       u"User name          api.demo@example.com"_s, u"HTTP               200"_s,
                       u"Session            ZSession cookie set (value not included"_s, u"Route              direct"_s,
                       u"Zuora-Request-Id"_s, u"/v1/connections"_s, u"Tool               zuora-check 9.8.7 (Qt 6."_s,
                       u"Entity id          (none)"_s, u"Environment        custom address"_s, u"Timings            connected"_s};
    QTest::newRow("session rejected, code decoded")
        << int(AuthMode::SessionLogin) << user << u"not-the-password"_s
        << QStringList{u"Outcome            Rejected (exit 1)"_s, u"HTTP               401"_s, u"Code               90000011 [11 "_s};
    QTest::newRow("oauth token")
        << int(AuthMode::OAuthClientCredentials) << QString::fromUtf16(demo::kClientId) << QString::fromUtf16(demo::kClientSecret)
        << QStringList{u"Login kind         OAuth token (oauth)"_s, u"Client id          6c7e2d4f"_s,
                       u"bearer token issued (not included"_s, u"/oauth/token"_s};
}

void tst_SupportReport::fieldsOfARealCheck()
{
    QFETCH(int, mode);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QStringList, expected);

    ZuoraConnection connection;
    ConnectionSettings settings;
    settings.baseUrl = m_server.baseUrl().toString();
    settings.authMode = AuthMode(mode);
    settings.username = user;
    settings.trackId = u"zct-track-1"_s;
    settings.proxy.mode = ProxyMode::None;
    connection.setSettings(settings);
    connection.setSecret(secret);
    const ConnectionResult result = SingleCheck::run(connection);
    QVERIFY(result.startedAt.isValid());

    const QString report = SupportReport::build(result, {u"zuora-check"_s, QString(), QDateTime::currentDateTimeUtc()});
    for (const QString &part : expected)
        QVERIFY2(report.contains(part), qPrintable(u"missing \""_s + part + u"\" in:\n"_s + report));
    QVERIFY(report.contains(u"Track id           zct-track-1"_s));
    // The secret audit: nothing that opens the tenant.
    QVERIFY2(!report.contains(secret), qPrintable(report));
    for (const QNetworkCookie &cookie : result.cookies)
        QVERIFY2(!report.contains(QString::fromUtf8(cookie.value())), qPrintable(report));
    if (result.token.isValid())
        QVERIFY2(!report.contains(result.token.accessToken), qPrintable(report));
    for (const QString &line : report.split(u'\n'))
        QVERIFY2(line.size() < 400, qPrintable(line));
}

void tst_SupportReport::serverTextCannotCarryControls()
{
    ConnectionResult result;
    result.settings.baseUrl = u"https://rest.apisandbox.zuora.com"_s;
    result.httpStatus = 401;
    result.httpReason = u"Unauthorized\x1b]0;owned\x07"_s;
    result.verdict = Verdict::Rejected;
    result.errorKind = ErrorKind::Rejected;
    result.cause = u"90000011: \x1b[2Jgone \u202Eevil"_s;
    result.reasons << ZuoraReason{ZuoraErrorCode::fromNumber(90000011), u"msg\x9b""31m"_s};
    result.processId = u"3F8A1C2B\x1b[0m"_s;
    result.responseHeaders << qMakePair(QByteArray("Zuora-Request-Id"), QByteArray("abc\x1b[1m"));
    const QString report = SupportReport::build(result, {u"zuora-check"_s, u"Prof\x1b""ile"_s, {}});
    for (const QChar c : report) {
        const char16_t u = c.unicode();
        QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f) && !(u >= 0x202a && u <= 0x202e)),
                 qPrintable(u"control U+%1 in:\n"_s.arg(u, 4, 16, QLatin1Char('0')) + report));
    }
    QVERIFY2(report.contains(u"Process id         3F8A1C2B\\x1b[0m"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Environment        US API Sandbox"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Sent               nothing was sent"_s) || result.attempts != 0, qPrintable(report));
}

QTEST_GUILESS_MAIN(tst_SupportReport)
#include "tst_supportreport.moc"
