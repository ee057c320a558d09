#include "SoapLogin.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

bool isXmlChar(char32_t c)
{
    // XML 1.0 section 2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

bool carriable(const QString &text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!isXmlChar(c))
            return false;
    }
    // An unpaired surrogate comes out of toUcs4() as U+FFFD; refuse it rather than send that.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return false;
    }
    return true;
}

// A reader turns every CR and CRLF of element text into LF (XML 1.0 section 2.11); a password with
// a CR must arrive with it, so CRs are written as character references, which survive.
void writeExactText(QXmlStreamWriter &xml, QLatin1StringView ns, const QString &name, const QString &value)
{
    xml.writeStartElement(ns, name);
    const QStringList parts = value.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(u"#13"_s);
        xml.writeCharacters(parts.at(i));
    }
    xml.writeEndElement();
}

// Reads the text of the current element, strictly: no child elements.
bool readText(QXmlStreamReader &xml, QString *text)
{
    *text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
    return !xml.hasError();
}

} // namespace

QString SoapLogin::normalizedVersion(const QString &version)
{
    static const QRegularExpression number(u"^([1-9][0-9]{0,3})(\\.0)?$"_s);
    const QRegularExpressionMatch match = number.match(version.trimmed());
    return match.hasMatch() ? match.captured(1) + u".0"_s : QString();
}

QUrl SoapLogin::endpoint(const QUrl &restBase, const QString &wsdlVersion)
{
    QUrl url = restBase;
    const QString host = restBase.host();
    if (host.endsWith(u".zuora.com") && host.startsWith(u"rest.")) {
        const QString ui = host.mid(5);
        url.setHost(ui == u"zuora.com" ? u"www.zuora.com"_s : ui);
        url.setPath(QString());
    }
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/apps/services/a/"_s + normalizedVersion(wsdlVersion));
    return url;
}

bool SoapLogin::mayBeUnavailable(const QUrl &restBase)
{
    const QString host = restBase.host();
    return host.endsWith(u".eu.zuora.com") || host == u"eu.zuora.com" || host.endsWith(u".ap.zuora.com")
        || host == u"ap.zuora.com";
}

bool SoapLogin::envelope(const QString &username, const QString &password, const QString &entityId, QByteArray *body,
                         QString *problem)
{
    if (!carriable(username) || !carriable(password) || !carriable(entityId)) {
        *problem = tr("The user name, password or entity id holds a character that XML cannot carry (a control character), "
                      "so a SOAP login cannot send it as typed.");
        return false;
    }
    body->clear();
    QXmlStreamWriter xml(body);
    // QXmlStreamWriter escapes & < > in text (and quotes in attributes) and writes UTF-8.
    xml.writeStartDocument();
    xml.writeNamespace(EnvelopeNamespace, u"soapenv"_s);
    xml.writeNamespace(ApiNamespace, u"api"_s);
    xml.writeStartElement(EnvelopeNamespace, u"Envelope"_s);
    xml.writeStartElement(EnvelopeNamespace, u"Body"_s);
    xml.writeStartElement(ApiNamespace, u"login"_s);
    // The order is part of the contract: username, password, entityId (zuora-api.md 8.3).
    writeExactText(xml, ApiNamespace, u"username"_s, username);
    writeExactText(xml, ApiNamespace, u"password"_s, password);
    if (!entityId.trimmed().isEmpty())
        writeExactText(xml, ApiNamespace, u"entityId"_s, entityId.trimmed());
    xml.writeEndDocument();
    return true;
}

SoapLoginAnswer SoapLogin::parse(const QByteArray &body)
{
    SoapLoginAnswer answer;
    const auto notSoap = [&answer](const QString &why) {
        SoapLoginAnswer refused;
        refused.problem = why;
        refused.faultCode = answer.faultCode;
        refused.faultString = answer.faultString;
        return refused;
    };
    if (body.trimmed().isEmpty())
        return notSoap(tr("the body is empty"));

    QXmlStreamReader xml(body);
    // Envelope > Body > (loginResponse > result > Session, ServerUrl | Fault > faultcode, faultstring, detail?)
    bool inBody = false;
    bool sawEnvelope = false;
    bool sawBodyContent = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return notSoap(tr("it declares a DTD or entities, which a SOAP answer never does"));
        if (token == QXmlStreamReader::Characters && !xml.isWhitespace())
            return notSoap(tr("text outside the expected elements"));
        if (token == QXmlStreamReader::EndElement && xml.name() == u"Body")
            inBody = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (!sawEnvelope) {
            if (ns != EnvelopeNamespace || name != u"Envelope")
                return notSoap(tr("it is not a SOAP 1.1 envelope (the first element is <%1>)").arg(xml.qualifiedName()));
            sawEnvelope = true;
            continue;
        }
        if (!inBody) {
            if (ns == EnvelopeNamespace && name == u"Header") {
                xml.skipCurrentElement();
                continue;
            }
            if (ns != EnvelopeNamespace || name != u"Body" || sawBodyContent)
                return notSoap(tr("unexpected element <%1> in the envelope").arg(xml.qualifiedName()));
            inBody = true;
            continue;
        }
        if (sawBodyContent)
            return notSoap(tr("more than one element in the SOAP body"));
        sawBodyContent = true;
        if (ns == ApiNamespace && name == u"loginResponse") {
            // loginResponse > result > (Session?, ServerUrl?)
            if (!xml.readNextStartElement() || xml.namespaceUri() != ApiNamespace || xml.name() != u"result")
                return notSoap(tr("loginResponse without its result"));
            bool sawSession = false;
            bool sawServerUrl = false;
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri() != ApiNamespace)
                    return notSoap(tr("unexpected element <%1> in the login result").arg(xml.qualifiedName()));
                // Matched case-sensitively and by namespace, never by prefix (zuora-api.md 8.4).
                if (xml.name() == u"Session" && !sawSession) {
                    sawSession = true;
                    if (!readText(xml, &answer.session))
                        return notSoap(tr("the Session element holds more than text"));
                } else if (xml.name() == u"ServerUrl" && !sawServerUrl) {
                    sawServerUrl = true;
                    if (!readText(xml, &answer.serverUrl))
                        return notSoap(tr("the ServerUrl element holds more than text"));
                } else {
                    return notSoap(tr("unexpected or repeated element <%1> in the login result").arg(xml.qualifiedName()));
                }
            }
            if (xml.hasError())
                break;
            answer.kind = answer.session.trimmed().isEmpty() ? SoapLoginAnswer::Kind::NoSession : SoapLoginAnswer::Kind::Session;
            xml.skipCurrentElement();   // the rest of loginResponse: must be nothing
            continue;
        }
        if (ns == EnvelopeNamespace && name == u"Fault") {
            answer.kind = SoapLoginAnswer::Kind::OtherFault;
            // faultcode, faultstring, faultactor?, detail? - unqualified, as SOAP 1.1 has them.
            while (xml.readNextStartElement()) {
                const QStringView part = xml.name();
                if (!xml.namespaceUri().isEmpty())
                    return notSoap(tr("unexpected element <%1> in the fault").arg(xml.qualifiedName()));
                if (part == u"faultcode") {
                    if (!readText(xml, &answer.faultCode))
                        return notSoap(tr("the faultcode holds more than text"));
                } else if (part == u"faultstring") {
                    if (!readText(xml, &answer.faultString))
                        return notSoap(tr("the faultstring holds more than text"));
                } else if (part == u"faultactor") {
                    xml.skipCurrentElement();
                } else if (part == u"detail") {
                    while (xml.readNextStartElement()) {
                        if (xml.namespaceUri() != FaultNamespace) {
                            xml.skipCurrentElement();
                            continue;
                        }
                        answer.faultName = xml.name().toString();
                        while (xml.readNextStartElement()) {
                            if (xml.namespaceUri() == FaultNamespace && xml.name() == u"FaultCode")
                                readText(xml, &answer.detailCode);
                            else if (xml.namespaceUri() == FaultNamespace && xml.name() == u"FaultMessage")
                                readText(xml, &answer.detailMessage);
                            else
                                xml.skipCurrentElement();
                        }
                    }
                } else {
                    return notSoap(tr("unexpected element <%1> in the fault").arg(xml.qualifiedName()));
                }
            }
            if (answer.faultCode.isEmpty())
                return notSoap(tr("a fault without a faultcode"));
            if (answer.detailCode.isEmpty())
                answer.detailCode = answer.faultCode.section(u':', -1);
            if (answer.detailMessage.isEmpty())
                answer.detailMessage = answer.faultString;
            if (answer.faultName == u"LoginFault")
                answer.kind = SoapLoginAnswer::Kind::LoginFault;
            else if (answer.faultName == u"UnexpectedErrorFault")
                answer.kind = SoapLoginAnswer::Kind::UnexpectedFault;
            continue;
        }
        return notSoap(tr("the SOAP body holds <%1>, not a login answer or a fault").arg(xml.qualifiedName()));
    }
    if (xml.hasError())
        return notSoap(tr("the XML is broken (%1, line %2)").arg(xml.errorString()).arg(xml.lineNumber()));
    if (!sawEnvelope)
        return notSoap(tr("there is no XML element"));
    if (!sawBodyContent)
        return notSoap(tr("the SOAP body is empty"));
    return answer;
}

} // namespace zct
