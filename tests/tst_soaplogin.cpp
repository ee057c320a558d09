// SoapLogin: the SOAP login() envelope (credentials arrive exactly) and the strict reading of its
// answer (recorded envelopes from zuora-api.md section 8, and everything that only looks like one).
#include "SoapLogin.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace zct;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SoapLoginAnswer::Kind)

namespace {

// Recorded (zuora-api.md 8.4 and 8.5), the session shortened.
const QByteArray kSuccess =
    "<?xml version='1.0' encoding='UTF-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
    "<soapenv:Body><ns1:loginResponse xmlns:ns1=\"http://api.zuora.com/\"><ns1:result><ns1:Session>KI_2zZ7Ui2VZhQVIty</ns1:Session>"
    "<ns1:ServerUrl>https://apisandbox.zuora.com/apps/services/a/74.0</ns1:ServerUrl></ns1:result></ns1:loginResponse>"
    "</soapenv:Body></soapenv:Envelope>";
const QByteArray kWrongPassword =
    "<?xml version='1.0' encoding='UTF-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
    "<soapenv:Body><soapenv:Fault xmlns:fns=\"http://fault.api.zuora.com/\"><faultcode>fns:INVALID_VALUE</faultcode>"
    "<faultstring>Invalid login. User name and password do not match.</faultstring><detail><fns:LoginFault>"
    "<fns:FaultCode>INVALID_VALUE</fns:FaultCode><fns:FaultMessage>Invalid login. User name and password do not match."
    "</fns:FaultMessage></fns:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
const QByteArray kIpRestricted = R"(<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
   <soapenv:Body>
      <soapenv:Fault xmlns:fns="http://fault.api.zuora.com/">
         <faultcode>fns:INVALID_VALUE</faultcode>
         <faultstring>Your IP address may be restricted. Please contact the administrator at your company for help.</faultstring>
         <detail>
            <fns:LoginFault>
               <fns:FaultCode>INVALID_VALUE</fns:FaultCode>
               <fns:FaultMessage>Your IP address may be restricted. Please contact the administrator at your company for help.</fns:FaultMessage>
            </fns:LoginFault>
         </detail>
      </soapenv:Fault>
   </soapenv:Body>
</soapenv:Envelope>)";

QByteArray envelopeAround(const QByteArray &body)
{
    return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:api=\"http://api.zuora.com/\" "
           "xmlns:fns=\"http://fault.api.zuora.com/\"><soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
}

} // namespace

class tst_SoapLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void escaping_data();
    void escaping();
    void refusesWhatXmlCannotCarry_data();
    void refusesWhatXmlCannotCarry();
    void endpoints_data();
    void endpoints();
};

void tst_SoapLogin::answers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SoapLoginAnswer::Kind>("kind");
    QTest::addColumn<QString>("detail");   // session, detail code + message, or a word of the problem

    using K = SoapLoginAnswer::Kind;
    QTest::newRow("recorded success") << kSuccess << K::Session << u"KI_2zZ7Ui2VZhQVIty"_s;
    QTest::newRow("recorded wrong password") << kWrongPassword << K::LoginFault
                                             << u"INVALID_VALUE Invalid login. User name and password do not match."_s;
    QTest::newRow("IP allow-list") << kIpRestricted << K::LoginFault << u"INVALID_VALUE Your IP address may be restricted"_s;
    QTest::newRow("API disabled")
        << envelopeAround("<soapenv:Fault><faultcode>fns:API_DISABLED</faultcode><faultstring>The API was disabled.</faultstring>"
                          "<detail><fns:LoginFault><fns:FaultCode>API_DISABLED</fns:FaultCode><fns:FaultMessage>The API was "
                          "disabled.</fns:FaultMessage></fns:LoginFault></detail></soapenv:Fault>")
        << K::LoginFault << u"API_DISABLED The API was disabled."_s;
    QTest::newRow("unexpected error fault")
        << envelopeAround("<soapenv:Fault><faultcode>fns:UNKNOWN_ERROR</faultcode><faultstring>boom</faultstring><detail>"
                          "<fns:UnexpectedErrorFault><fns:FaultCode>UNKNOWN_ERROR</fns:FaultCode><fns:FaultMessage>boom"
                          "</fns:FaultMessage></fns:UnexpectedErrorFault></detail></soapenv:Fault>")
        << K::UnexpectedFault << u"UNKNOWN_ERROR boom"_s;
    QTest::newRow("client fault without detail")
        << envelopeAround("<soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>Unexpected subelement password"
                          "</faultstring></soapenv:Fault>")
        << K::OtherFault << u"Client Unexpected subelement password"_s;
    QTest::newRow("rate limited fault")
        << envelopeAround("<soapenv:Fault><faultcode>fns:REQUEST_EXCEEDED_LIMIT</faultcode><faultstring>limit</faultstring>"
                          "</soapenv:Fault>")
        << K::OtherFault << u"REQUEST_EXCEEDED_LIMIT limit"_s;
    QTest::newRow("empty session") << envelopeAround("<api:loginResponse><api:result><api:Session/><api:ServerUrl>u</api:ServerUrl>"
                                                     "</api:result></api:loginResponse>")
                                   << K::NoSession << QString();
    QTest::newRow("no session element") << envelopeAround("<api:loginResponse><api:result/></api:loginResponse>") << K::NoSession
                                        << QString();
    // Everything below is not the expected envelope: never a success.
    QTest::newRow("html gateway page") << QByteArray("<html><head><title>502 Bad Gateway</title></head><body></body></html>")
                                       << K::NotSoap << u"not a SOAP 1.1 envelope"_s;
    QTest::newRow("json") << QByteArray(R"({"success":true})") << K::NotSoap << u"broken"_s;
    QTest::newRow("empty") << QByteArray() << K::NotSoap << u"empty"_s;
    QTest::newRow("cut short") << kSuccess.left(kSuccess.size() - 30) << K::NotSoap << u"broken"_s;
    QTest::newRow("SOAP 1.2 envelope")
        << QByteArray(kSuccess).replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope")
        << K::NotSoap << u"not a SOAP 1.1 envelope"_s;
    QTest::newRow("session in another namespace")
        << QByteArray(kSuccess).replace("xmlns:ns1=\"http://api.zuora.com/\"", "xmlns:ns1=\"http://evil.example/\"")
        << K::NotSoap << u"not a login answer"_s;
    QTest::newRow("ServerURL spelled like the docs table")
        << QByteArray(kSuccess).replace("ServerUrl", "ServerURL") << K::NotSoap << u"ServerURL"_s;
    QTest::newRow("two sessions")
        << envelopeAround("<api:loginResponse><api:result><api:Session>a</api:Session><api:Session>b</api:Session></api:result>"
                          "</api:loginResponse>")
        << K::NotSoap << u"repeated"_s;
    QTest::newRow("element inside the session")
        << envelopeAround("<api:loginResponse><api:result><api:Session><x/>a</api:Session></api:result></api:loginResponse>")
        << K::NotSoap << u"more than text"_s;
    QTest::newRow("a response and a fault")
        << envelopeAround("<api:loginResponse><api:result><api:Session>a</api:Session></api:result></api:loginResponse>"
                          "<soapenv:Fault><faultcode>x</faultcode></soapenv:Fault>")
        << K::NotSoap << u"more than one element"_s;
    QTest::newRow("entity expansion")
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaa\">]>") + envelopeAround("<api:loginResponse><api:result>"
                                                                                          "<api:Session>&a;</api:Session></api:result></api:loginResponse>")
        << K::NotSoap << u"DTD"_s;
    QTest::newRow("another call's answer") << envelopeAround("<api:queryResponse/>") << K::NotSoap << u"queryResponse"_s;
    QTest::newRow("fault without faultcode") << envelopeAround("<soapenv:Fault><faultstring>x</faultstring></soapenv:Fault>")
                                             << K::NotSoap << u"without a faultcode"_s;
    QTest::newRow("text after the envelope") << kSuccess + "trailing" << K::NotSoap << u"broken"_s;
}

void tst_SoapLogin::answers()
{
    QFETCH(QByteArray, body);
    QFETCH(SoapLoginAnswer::Kind, kind);
    QFETCH(QString, detail);
    const SoapLoginAnswer answer = SoapLogin::parse(body);
    QCOMPARE(int(answer.kind), int(kind));
    switch (kind) {
    case SoapLoginAnswer::Kind::Session:
        QCOMPARE(answer.session, detail);
        QCOMPARE(answer.serverUrl, u"https://apisandbox.zuora.com/apps/services/a/74.0"_s);
        break;
    case SoapLoginAnswer::Kind::NotSoap:
        QVERIFY(answer.session.isEmpty());
        QVERIFY2(answer.problem.contains(detail), qPrintable(answer.problem));
        break;
    case SoapLoginAnswer::Kind::NoSession:
        QVERIFY(answer.session.isEmpty());
        break;
    default:
    {
        const QString shown = answer.detailCode + u' ' + answer.detailMessage;
        QVERIFY2(shown.startsWith(detail), qPrintable(shown));
    }
        break;
    }
}

void tst_SoapLogin::escaping_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");

    QTest::newRow("xml specials") << u"a&b<c>@example.com"_s << u"p&<>\"'x"_s;
    QTest::newRow("looks like markup") << u"user@example.com"_s << u"</api:password><api:password>evil"_s;
    QTest::newRow("entity text") << u"user@example.com"_s << u"&amp;&lt;&#x41;"_s;
    QTest::newRow("non-ascii") << u"jürgen@example.com"_s << u"pässwörd-€-漢字-🔑"_s;
    QTest::newRow("spaces and tabs kept") << u"user@example.com"_s << u"  two\tspaces  "_s;
    QTest::newRow("line ends kept exactly") << u"user@example.com"_s << u"a\r\nb\rc\nd"_s;
    QTest::newRow("the demo password") << u"api.demo@example.com"_s << u"Demo-Pass+2026/=&"_s;
}

void tst_SoapLogin::escaping()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QByteArray body;
    QString problem;
    QVERIFY2(SoapLogin::envelope(username, password, u"entity-1"_s, &body, &problem), qPrintable(problem));
    // Read back the way a server reads it: the same strings, in order, in the API namespace.
    QXmlStreamReader xml(body);
    QStringList values;
    QStringList names;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == SoapLogin::ApiNamespace
            && xml.name() != u"login") {
            names << xml.name().toString();
            values << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(names, (QStringList{u"username"_s, u"password"_s, u"entityId"_s}));
    QCOMPARE(values.value(0), username);
    QCOMPARE(values.value(1), password);
    QVERIFY(body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(body.contains("http://schemas.xmlsoap.org/soap/envelope/"));
}

void tst_SoapLogin::refusesWhatXmlCannotCarry_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("NUL") << QString(u"pass\0word"_s);
    QTest::newRow("ESC") << u"pass\x1bword"_s;
    QTest::newRow("vertical tab") << u"pass\vword"_s;
    QTest::newRow("unpaired surrogate") << QString(u"pass"_s + QChar(0xD800) + u"word"_s);
    QTest::newRow("U+FFFE") << QString(u"pass"_s + QChar(0xFFFE));
}

void tst_SoapLogin::refusesWhatXmlCannotCarry()
{
    QFETCH(QString, password);
    QByteArray body;
    QString problem;
    QVERIFY(!SoapLogin::envelope(u"user@example.com"_s, password, QString(), &body, &problem));
    QVERIFY(problem.contains(u"XML cannot carry"_s));
}

void tst_SoapLogin::endpoints_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("mayBeUnavailable");

    QTest::newRow("US API Sandbox 2") << "https://rest.apisandbox.zuora.com" << "115.0"
                                      << "https://apisandbox.zuora.com/apps/services/a/115.0" << false;
    QTest::newRow("US Production 2") << "https://rest.zuora.com" << "91" << "https://www.zuora.com/apps/services/a/91.0" << false;
    QTest::newRow("US Production 1") << "https://rest.na.zuora.com" << "115.0" << "https://na.zuora.com/apps/services/a/115.0" << false;
    QTest::newRow("US central sandbox") << "https://rest.test.zuora.com" << "115.0" << "https://test.zuora.com/apps/services/a/115.0"
                                        << false;
    QTest::newRow("EU Production") << "https://rest.eu.zuora.com" << "115.0" << "https://eu.zuora.com/apps/services/a/115.0" << true;
    QTest::newRow("APAC sandbox") << "https://rest.test.ap.zuora.com" << "115.0"
                                  << "https://test.ap.zuora.com/apps/services/a/115.0" << true;
    QTest::newRow("demo server keeps its host") << "http://127.0.0.1:8080" << "115.0"
                                                << "http://127.0.0.1:8080/apps/services/a/115.0" << false;
    QTest::newRow("custom base with a prefix") << "https://zuora.example.com/prefix" << "153.0"
                                               << "https://zuora.example.com/prefix/apps/services/a/153.0" << false;
}

void tst_SoapLogin::endpoints()
{
    QFETCH(QString, base);
    QFETCH(QString, version);
    QFETCH(QString, expected);
    QFETCH(bool, mayBeUnavailable);
    QCOMPARE(SoapLogin::endpoint(QUrl(base), version).toString(), expected);
    QCOMPARE(SoapLogin::mayBeUnavailable(QUrl(base)), mayBeUnavailable);
    QCOMPARE(SoapLogin::normalizedVersion(u"x1"_s), QString());
    QCOMPARE(SoapLogin::normalizedVersion(u"0.0"_s), QString());
    QCOMPARE(SoapLogin::normalizedVersion(u" 115 "_s), u"115.0"_s);
}

QTEST_GUILESS_MAIN(tst_SoapLogin)
#include "tst_soaplogin.moc"
