#include "DemoSoap.h"

#include "DemoAnswers.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace zct::demosoap {

namespace {

constexpr char kXml[] = "text/xml;charset=UTF-8";
const QString kEnvelopeNs = u"http://schemas.xmlsoap.org/soap/envelope/"_s;
const QString kApiNs = u"http://api.zuora.com/"_s;

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version='1.0' encoding='UTF-8'?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
           "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray fault(const QByteArray &code, const QString &message, const QByteArray &detailName)
{
    QByteArray body = "<soapenv:Fault xmlns:fns=\"http://fault.api.zuora.com/\"><faultcode>" + code + "</faultcode><faultstring>"
        + escaped(message) + "</faultstring>";
    if (!detailName.isEmpty()) {
        const QByteArray bare = code.mid(code.indexOf(':') + 1);
        body += "<detail><fns:" + detailName + "><fns:FaultCode>" + bare + "</fns:FaultCode><fns:FaultMessage>" + escaped(message)
            + "</fns:FaultMessage></fns:" + detailName + "></detail>";
    }
    return envelope(body + "</soapenv:Fault>");
}

DemoReply xmlReply(int status, const QByteArray &body)
{
    DemoReply reply;
    reply.setHeader("Server", "Zuora App");
    reply.setHeader("Expires", answers::httpDateNow());
    reply.setHeader("Cache-Control", "max-age=0, no-cache, no-store");
    reply.setHeader("Pragma", "no-cache");
    reply.status = status;
    reply.setBody(kXml, body);
    return reply;
}

// username and password, in that order, in the API namespace inside Envelope/Body/login.
bool readLogin(const QByteArray &body, QString *username, QString *password, QString *problem)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.namespaceUri() != kEnvelopeNs || xml.name() != u"Envelope") {
        *problem = u"The request is not a SOAP 1.1 envelope."_s;
        return false;
    }
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == kEnvelopeNs && xml.name() == u"Header") {
            xml.skipCurrentElement();
            continue;
        }
        if (xml.namespaceUri() != kEnvelopeNs || xml.name() != u"Body")
            break;
        if (!xml.readNextStartElement() || xml.namespaceUri() != kApiNs || xml.name() != u"login") {
            *problem = u"Expected the login call in the SOAP body."_s;
            return false;
        }
        QStringList order;
        while (xml.readNextStartElement()) {
            if (xml.namespaceUri() != kApiNs) {
                *problem = u"Unexpected subelement "_s + xml.name().toString();
                return false;
            }
            const QString name = xml.name().toString();
            order << name;
            const QString value = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
            if (name == u"username")
                *username = value;
            else if (name == u"password")
                *password = value;
        }
        if (order.value(0) != u"username" || order.value(1) != u"password") {
            *problem = u"Unexpected subelement "_s + order.value(0, u"login"_s);
            return false;
        }
        return !xml.hasError();
    }
    *problem = xml.hasError() ? xml.errorString() : u"The envelope has no SOAP body."_s;
    return false;
}

} // namespace

bool isSoapPath(const QString &path)
{
    static const QRegularExpression soap(u"/apps/services/a/[0-9]+(\\.[0-9]+)?$"_s);
    return soap.match(path).hasMatch();
}

DemoReply login(const DemoRequest &request, const DemoUsers &users, const QString &endpointUrl,
                QByteArray *issuedSession)
{
    if (issuedSession)
        issuedSession->clear();
    QString username;
    QString password;
    QString problem;
    if (request.method != "POST" || !readLogin(request.body, &username, &password, &problem)) {
        DemoReply reply = xmlReply(500, fault("soapenv:Client", problem.isEmpty() ? u"Use POST."_s : problem, {}));
        return reply;
    }
    const auto user = users.findUser(username);
    DemoReply reply;
    if (!user || user->password != password) {
        reply = xmlReply(500, fault("fns:INVALID_VALUE", u"Invalid login. User name and password do not match."_s, "LoginFault"));
    } else {
        switch (user->scenario) {
        case Scenario::ApiDisabled:
            reply = xmlReply(500, fault("fns:API_DISABLED", u"The API was disabled."_s, "LoginFault"));
            break;
        case Scenario::RateLimited:
            reply = xmlReply(429, fault("fns:REQUEST_EXCEEDED_LIMIT",
                                        u"The total number of requests for the unit interval has exceeded the limit "
                                        u"allowed by the system."_s,
                                        "UnexpectedErrorFault"));
            reply.setHeader("Retry-After", "2");
            break;
        case Scenario::BadGatewayHtml:
            reply.status = 502;
            reply.setBody("text/html", answers::badGatewayPage());
            break;
        case Scenario::LockingContention:
            reply = xmlReply(500, fault("fns:LOCK_COMPETITION", u"The operation failed from a lock competition. Retry later."_s,
                                        "UnexpectedErrorFault"));
            break;
        case Scenario::Slow:
            reply.delayed = true;
            [[fallthrough]];
        case Scenario::Normal: {
            const bool delayed = reply.delayed;
            const QByteArray session = answers::newSessionToken();
            if (issuedSession)
                *issuedSession = session;
            reply = xmlReply(200, envelope("<ns1:loginResponse xmlns:ns1=\"http://api.zuora.com/\"><ns1:result><ns1:Session>"
                                           + session + "</ns1:Session><ns1:ServerUrl>" + escaped(endpointUrl)
                                           + "</ns1:ServerUrl></ns1:result></ns1:loginResponse>"));
            reply.delayed = delayed;
            break;
        }
        }
    }
    reply.principal = username;
    return reply;
}

} // namespace zct::demosoap
