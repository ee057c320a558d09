// The demo Zuora's SOAP login(): its envelopes, read back with the product's own strict reader.
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "SoapLogin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SoapLoginAnswer::Kind)

class tst_DemoSoap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void restRefusesTheApiDisabledUser();

private:
    struct Answer
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    Answer post(const QUrl &url, const QByteArray &body, const QByteArray &contentType = "text/xml; charset=utf-8",
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

    DemoServer m_server;
    QNetworkAccessManager m_network;
};

void tst_DemoSoap::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_network.setProxy(QNetworkProxy::NoProxy);
}

tst_DemoSoap::Answer tst_DemoSoap::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

void tst_DemoSoap::login_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<SoapLoginAnswer::Kind>("kind");
    QTest::addColumn<QString>("code");

    const QString password = QString::fromUtf16(demo::kPassword);
    using K = SoapLoginAnswer::Kind;
    QTest::newRow("accepted") << QString::fromUtf16(demo::kUser) << password << 200 << K::Session << QString();
    QTest::newRow("wrong password") << QString::fromUtf16(demo::kUser) << u"nope"_s << 500 << K::LoginFault << u"INVALID_VALUE"_s;
    QTest::newRow("unknown user") << u"who@example.com"_s << password << 500 << K::LoginFault << u"INVALID_VALUE"_s;
    QTest::newRow("API disabled") << QString::fromUtf16(demo::kApiDisabledUser) << password << 500 << K::LoginFault
                                  << u"API_DISABLED"_s;
    QTest::newRow("rate limited") << QString::fromUtf16(demo::kRateLimitedUser) << password << 429 << K::UnexpectedFault
                                  << u"REQUEST_EXCEEDED_LIMIT"_s;
    QTest::newRow("gateway page") << QString::fromUtf16(demo::kBadGatewayUser) << password << 502 << K::NotSoap << QString();
    QTest::newRow("the password with XML specials arrives")
        << QString::fromUtf16(demo::kUser) << password + u"&<>"_s << 500 << K::LoginFault << u"INVALID_VALUE"_s;
}

void tst_DemoSoap::login()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(SoapLoginAnswer::Kind, kind);
    QFETCH(QString, code);

    QByteArray body;
    QString problem;
    QVERIFY2(SoapLogin::envelope(user, password, QString(), &body, &problem), qPrintable(problem));
    const QUrl endpoint = SoapLogin::endpoint(m_server.baseUrl(), u"115.0"_s);
    const Answer answer = post(endpoint, body, "text/xml; charset=utf-8", {{"SOAPAction", "\"\""}});
    QCOMPARE(answer.status, status);
    const SoapLoginAnswer parsed = SoapLogin::parse(answer.body);
    QCOMPARE(int(parsed.kind), int(kind));
    if (kind == SoapLoginAnswer::Kind::Session) {
        QCOMPARE(parsed.session.size(), 256);
        QCOMPARE(parsed.serverUrl, endpoint.toString());
        QVERIFY(answer.contentType.startsWith("text/xml"));
    } else if (!code.isEmpty()) {
        QCOMPARE(parsed.detailCode, code);
    }
}

void tst_DemoSoap::restRefusesTheApiDisabledUser()
{
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + u"/v1/connections"_s));
    request.setRawHeader("apiAccessKeyId", QString::fromUtf16(demo::kApiDisabledUser).toUtf8());
    request.setRawHeader("apiSecretAccessKey", QString::fromUtf16(demo::kPassword).toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
    QNetworkReply *reply = m_network.post(request, QByteArray());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(reply->readAll().contains("90000011"));
    reply->deleteLater();

    // A body that is no envelope gets a Client fault, as a real SOAP stack answers.
    const Answer garbage = post(SoapLogin::endpoint(m_server.baseUrl(), u"115"_s), "not xml");
    QCOMPARE(garbage.status, 500);
    const SoapLoginAnswer parsed = SoapLogin::parse(garbage.body);
    QCOMPARE(int(parsed.kind), int(SoapLoginAnswer::Kind::OtherFault));
    QCOMPARE(parsed.detailCode, u"Client"_s);
}

QTEST_GUILESS_MAIN(tst_DemoSoap)
#include "tst_demosoap.moc"
