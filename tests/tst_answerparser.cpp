#include "AnswerParser.h"

#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_AnswerParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void recordedAnswers();
    void oauthScope();
    void deepNestingIsNotJson();
    void tokenExpiry_data();
    void tokenExpiry();
    void topLevelKeys_data();
    void topLevelKeys();
};

void tst_AnswerParser::shapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("success");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<int>("firstCategory");
    QTest::addColumn<QString>("processId");

    const auto json = QByteArray("application/json;charset=utf-8");
    QTest::newRow("success") << QByteArray("{\n  \"success\" : true\n}") << json << int(AnswerShape::CommonResponse) << 1 << "" << -1 << "";
    QTest::newRow("code as number") << QByteArray(R"({"success":false,"reasons":[{"code":90000011,"message":"m"}]})")
                                    << json << int(AnswerShape::CommonResponse) << 0 << "90000011" << 11 << "";
    QTest::newRow("code as string") << QByteArray(R"({"success":false,"reasons":[{"code":"90000011","message":"m"}]})")
                                    << json << int(AnswerShape::CommonResponse) << 0 << "90000011" << 11 << "";
    QTest::newRow("process id and extra fields")
        << QByteArray(R"({"success":false,"processId":"CBCFED6580B4E076","extra":{"a":1},"reasons":[{"code":53100320,"message":"x"},{"code":53100321,"message":"y"}]})")
        << json << int(AnswerShape::CommonResponse) << 0 << "53100320" << 20 << "CBCFED6580B4E076";
    QTest::newRow("missing success") << QByteArray(R"({"reasons":[{"code":90000011}]})") << json
                                     << int(AnswerShape::CommonResponse) << -1 << "90000011" << 11 << "";
    QTest::newRow("success as string") << QByteArray(R"({"success":"true"})") << json << int(AnswerShape::CommonResponse) << 1 << "" << -1 << "";
    QTest::newRow("Success/Errors") << QByteArray(R"({"Success":false,"Errors":[{"Code":"INVALID_VALUE","Message":"bad"}]})")
                                    << json << int(AnswerShape::SuccessErrors) << 0 << "INVALID_VALUE" << 20 << "";
    QTest::newRow("message") << QByteArray(R"({"message":"Authentication error"})") << json << int(AnswerShape::Message) << -1 << "" << -1 << "";
    QTest::newRow("429 symbolic") << QByteArray(R"({"code":"REQUEST_EXCEEDED_LIMIT","message":"Your total number..."})")
                                  << json << int(AnswerShape::Message) << -1 << "REQUEST_EXCEEDED_LIMIT" << 70 << "";
    QTest::newRow("oauth token") << QByteArray(R"({"access_token":"abc","token_type":"bearer","expires_in":3599})")
                                 << json << int(AnswerShape::OAuthToken) << -1 << "" << -1 << "";
    QTest::newRow("oauth error") << QByteArray(R"({"error":"invalid_client","error_description":"Bad client credentials"})")
                                 << json << int(AnswerShape::OAuthError) << -1 << "invalid_client" << -1 << "";
    QTest::newRow("empty") << QByteArray() << json << int(AnswerShape::None) << -1 << "" << -1 << "";
    QTest::newRow("whitespace") << QByteArray(" \r\n ") << json << int(AnswerShape::None) << -1 << "" << -1 << "";
    QTest::newRow("html by type") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QByteArray("text/html")
                                  << int(AnswerShape::Html) << -1 << "" << -1 << "";
    QTest::newRow("html mislabelled") << QByteArray("<!DOCTYPE html><html></html>") << json << int(AnswerShape::Html) << -1 << "" << -1 << "";
    QTest::newRow("plain text") << QByteArray("Service Unavailable") << QByteArray("text/plain") << int(AnswerShape::NotJson) << -1 << "" << -1 << "";
    QTest::newRow("truncated json") << QByteArray(R"({"success":tr)") << json << int(AnswerShape::NotJson) << -1 << "" << -1 << "";
    QTest::newRow("invalid utf8") << QByteArray("{\"success\":\"\xff\xfe\"}") << json << int(AnswerShape::NotJson) << -1 << "" << -1 << "";
    QTest::newRow("array") << QByteArray("[1,2]") << json << int(AnswerShape::UnknownJson) << -1 << "" << -1 << "";
    QTest::newRow("unknown object") << QByteArray(R"({"foo":"bar"})") << json << int(AnswerShape::UnknownJson) << -1 << "" << -1 << "";
    // Numbers no Zuora code can be: shown as sent, never decoded, never cast out of range.
    QTest::newRow("code beyond qint64") << QByteArray(R"({"success":false,"reasons":[{"code":9.00556e+46,"message":"m"}]})")
                                        << json << int(AnswerShape::CommonResponse) << 0 << "9.00556e+46" << -1 << "";
    QTest::newRow("code negative huge") << QByteArray(R"({"success":false,"reasons":[{"code":-1e300}]})")
                                        << json << int(AnswerShape::CommonResponse) << 0 << "-1e+300" << -1 << "";
    QTest::newRow("code fraction") << QByteArray(R"({"success":false,"reasons":[{"code":90000011.5}]})")
                                   << json << int(AnswerShape::CommonResponse) << 0 << "90000011.5" << -1 << "";
    QTest::newRow("code 2^53 + 1, kept exact") << QByteArray(R"({"success":false,"reasons":[{"code":9007199254740993}]})")
                                              << json << int(AnswerShape::CommonResponse) << 0 << "9007199254740993" << 93 << "";
    QTest::newRow("code 2^53") << QByteArray(R"({"success":false,"reasons":[{"code":9007199254740992}]})")
                               << json << int(AnswerShape::CommonResponse) << 0 << "9007199254740992" << 92 << "";
    QTest::newRow("reasons not array") << QByteArray(R"({"success":false,"reasons":"oops"})") << json
                                       << int(AnswerShape::CommonResponse) << 0 << "" << -1 << "";
}

void tst_AnswerParser::shapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, shape);
    QFETCH(int, success);
    QFETCH(QString, firstCode);
    QFETCH(int, firstCategory);
    QFETCH(QString, processId);

    ConnectionResult result;
    result.body = body;
    result.contentType = contentType;
    AnswerParser::parseInto(result);
    QCOMPARE(int(result.shape), shape);
    QCOMPARE(result.successValue, success);
    QCOMPARE(result.firstCode(), firstCode);
    if (!firstCode.isEmpty())
        QCOMPARE(result.reasons.first().code.category(), firstCategory);
    QCOMPARE(result.processId, processId);
}

void tst_AnswerParser::tokenExpiry_data()
{
    QTest::addColumn<QByteArray>("expires");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QByteArray("3599") << qint64(3599);
    QTest::newRow("string") << QByteArray("\" 3599 \"") << qint64(3599);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("missing") << QByteArray() << qint64(-1);
    QTest::newRow("huge") << QByteArray("1e300") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("3599.5") << qint64(-1);
    QTest::newRow("text") << QByteArray("\"soon\"") << qint64(-1);
    QTest::newRow("null") << QByteArray("null") << qint64(-1);
}

void tst_AnswerParser::tokenExpiry()
{
    QFETCH(QByteArray, expires);
    QFETCH(qint64, expected);
    ConnectionResult result;
    result.body = R"({"access_token":"abc","token_type":"bearer")"
        + (expires.isEmpty() ? QByteArray() : ",\"expires_in\":" + expires) + "}";
    result.contentType = "application/json";
    AnswerParser::parseInto(result);
    QCOMPARE(int(result.shape), int(AnswerShape::OAuthToken));
    QCOMPARE(result.token.expiresIn, expected);
}

void tst_AnswerParser::recordedAnswers()
{
    // The 2016 recording of a failed login, byte for byte (zuora-api.md §1.3).
    ConnectionResult result;
    result.body = "{\n  \"success\" : false,\n  \"reasons\" : [ {\n    \"code\" : 90000011,\n"
                  "    \"message\" : \"this resource is protected, please sign in first\"\n  } ]\n}";
    AnswerParser::parseInto(result);
    QCOMPARE(result.reasons.size(), 1);
    QCOMPARE(result.reasons.first().code.number(), qint64(90000011));
    QCOMPARE(result.reasons.first().message, QStringLiteral("this resource is protected, please sign in first"));
    QVERIFY(result.reasons.first().code.isAuthentication());
}

void tst_AnswerParser::oauthScope()
{
    ConnectionResult result;
    result.body = R"({ "access_token": "c652cbc0ea384b9f81856a93a2a74538", "token_type": "bearer", "expires_in": 3599,
        "scope": "user.7c4d5433dc234c369a01b9719ecd059f entity.1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc entity.c92ed977-510c-4c48-9b51-8d5e848671e9 service.echo.read tenant.19",
        "jti": "c652cbc0ea384b9f81856a93a2a74539" })";
    AnswerParser::parseInto(result);
    const OAuthToken &token = result.token;
    QVERIFY(token.isValid());
    QCOMPARE(token.tokenType, QStringLiteral("bearer"));
    QCOMPARE(token.expiresIn, qint64(3599));
    QCOMPARE(token.userId, QStringLiteral("7c4d5433dc234c369a01b9719ecd059f"));
    QCOMPARE(token.tenantId, QStringLiteral("19"));
    QCOMPARE(token.entityIds, QStringList({QStringLiteral("1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc"),
                                           QStringLiteral("c92ed977-510c-4c48-9b51-8d5e848671e9")}));
    QCOMPARE(token.services, QStringList{QStringLiteral("service.echo.read")});
    QCOMPARE(token.scopeItems.size(), 5);
    QCOMPARE(token.jti, QStringLiteral("c652cbc0ea384b9f81856a93a2a74539"));
}

void tst_AnswerParser::deepNestingIsNotJson()
{
    ConnectionResult result;
    result.body = QByteArray(100000, '[') + QByteArray(100000, ']');
    AnswerParser::parseInto(result);   // must neither crash nor recurse without bound
    QVERIFY(result.shape == AnswerShape::NotJson || result.shape == AnswerShape::UnknownJson);
}

void tst_AnswerParser::topLevelKeys_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("recorded") << QByteArray("{\n  \"success\" : true\n}") << QStringList{u"success"_s};
    QTest::newRow("repeat kept") << QByteArray(R"({"success":false,"success":true})") << QStringList{u"success"_s, u"success"_s};
    QTest::newRow("escaped key decoded") << QByteArray(R"({"succ\u0065ss":1,"a\"b":2})") << QStringList{u"success"_s, u"a\"b"_s};
    QTest::newRow("nested keys not counted") << QByteArray(R"({"a":{"b":[1,{"c":"}"}]},"d":[],"e":"x,y"})")
                                             << QStringList{u"a"_s, u"d"_s, u"e"_s};
    QTest::newRow("non-ASCII key") << QByteArray("{\"s\xc3\xbc\":null}") << QStringList{u"s\u00fc"_s};
    QTest::newRow("empty object") << QByteArray("{ }") << QStringList{};
    QTest::newRow("array") << QByteArray("[1]") << QStringList{};
    QTest::newRow("not JSON") << QByteArray("{\"a\"") << QStringList{};
}

void tst_AnswerParser::topLevelKeys()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QCOMPARE(AnswerParser::topLevelKeys(body), keys);
}

QTEST_GUILESS_MAIN(tst_AnswerParser)
#include "tst_answerparser.moc"
