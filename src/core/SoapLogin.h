#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace zct {

// What a SOAP login() answer said, read strictly: a body that is not exactly one of the expected
// envelopes is NotSoap with the reason, never a success.
struct SoapLoginAnswer
{
    enum class Kind {
        Session,          // loginResponse/result with a non-empty Session
        NoSession,        // loginResponse without a Session (nil or empty)
        LoginFault,       // Fault with detail/LoginFault: the credentials were refused
        UnexpectedFault,  // Fault with detail/UnexpectedErrorFault
        OtherFault,       // a Fault without a login detail (a malformed request, a SOAP Client/Server fault)
        NotSoap           // HTML, JSON, broken XML, another envelope
    };
    Kind kind = Kind::NotSoap;
    QString session;          // the session token: a secret, mask it like a cookie
    QString serverUrl;        // where Zuora says to send the next calls
    QString faultCode;        // "fns:INVALID_VALUE" as sent
    QString faultString;
    QString faultName;        // "LoginFault", "UnexpectedErrorFault"
    QString detailCode;       // "INVALID_VALUE" (detail/FaultCode), else faultCode without its prefix
    QString detailMessage;    // detail/FaultMessage, else faultString
    QString problem;          // NotSoap: what was wrong with the body, in words
};

// Zuora's SOAP API login() (zuora-api.md section 8): the endpoint, the SOAP 1.1 envelope with the
// credentials XML-escaped, and the strict reading of its answer.
class SoapLogin final
{
    Q_DECLARE_TR_FUNCTIONS(SoapLogin)
public:
    static constexpr QLatin1StringView DefaultWsdlVersion{"115.0"};
    static constexpr QLatin1StringView EnvelopeNamespace{"http://schemas.xmlsoap.org/soap/envelope/"};
    static constexpr QLatin1StringView ApiNamespace{"http://api.zuora.com/"};
    static constexpr QLatin1StringView FaultNamespace{"http://fault.api.zuora.com/"};

    // "115" or "115.0" -> "115.0"; empty when it is not a version number.
    static QString normalizedVersion(const QString &version);
    // The SOAP endpoint of a REST base: on the UI host of a Zuora environment
    // (rest.apisandbox.zuora.com -> apisandbox.zuora.com, rest.zuora.com -> www.zuora.com), or the
    // path appended to any other base (the demo server, a custom host).
    static QUrl endpoint(const QUrl &restBase, const QString &wsdlVersion);
    // Zuora says SOAP is not available in its EU and APAC data centres, while its endpoint tables
    // still list hosts there: true for those hosts, so that the tool can say so before sending.
    static bool mayBeUnavailable(const QUrl &restBase);

    // The login envelope. False (with the reason) when a value cannot be carried by XML 1.0 at all
    // (control characters other than tab and line breaks): sending something else would test
    // another password.
    static bool envelope(const QString &username, const QString &password, const QString &entityId, QByteArray *body,
                         QString *problem);

    static SoapLoginAnswer parse(const QByteArray &body);
};

} // namespace zct
