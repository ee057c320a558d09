#include "ResultClassifier.h"

#include "DisplayText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

int countKey(const QStringList &keys, const QString &name)
{
    int count = 0;
    for (const QString &key : keys) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

QJsonValue valueOf(const QJsonObject &object, const QString &name)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Reasons or errors worth a word: anything but an absent key, null or an empty list.
bool carriesSomething(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return false;
    return !value.isArray() || !value.toArray().isEmpty();
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QCoreApplication::translate("ResultClassifier", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ResultClassifier", "the string \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array: return QCoreApplication::translate("ResultClassifier", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("ResultClassifier", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("ResultClassifier", "missing");
}

} // namespace

QString ResultClassifier::repeatedKey(const ConnectionResult &result)
{
    QSet<QString> seen;
    for (const QString &key : result.jsonKeys) {
        if (seen.contains(key))
            return key;
        seen.insert(key);
    }
    return {};
}

QString ResultClassifier::sessionContradiction(const ConnectionResult &result)
{
    if (result.httpStatus != 200)
        return tr("a login is accepted only with HTTP 200, and this answer is HTTP %1").arg(result.httpStatus);
    if (!result.json.isObject())
        return tr("the body is not a JSON object");
    const int successKeys = countKey(result.jsonKeys, u"success"_s);
    if (successKeys == 0)
        return tr("the answer has no \"success\" key");
    if (successKeys > 1)
        return tr("the answer has %1 \"success\" keys, so it says both things at once").arg(successKeys);
    const QString repeated = repeatedKey(result);
    if (!repeated.isEmpty())
        return tr("the key \"%1\" appears more than once, so the answer is ambiguous").arg(repeated);
    const QJsonObject object = result.json.object();
    const QJsonValue success = valueOf(object, u"success"_s);
    if (!success.isBool() || !success.toBool())
        return tr("\"success\" is %1, not the JSON boolean true").arg(jsonTypeName(success));
    if (!result.reasons.isEmpty())
        return tr("\"success\" is true, yet the answer gives a reason: %1").arg(describeReason(result.reasons.first()));
    if (carriesSomething(valueOf(object, u"reasons"_s)) || carriesSomething(valueOf(object, u"errors"_s)))
        return tr("\"success\" is true, yet the answer carries reasons or errors");
    return {};
}

QString ResultClassifier::tokenContradiction(const ConnectionResult &result)
{
    if (result.httpStatus != 200)
        return tr("a token is accepted only with HTTP 200, and this answer is HTTP %1").arg(result.httpStatus);
    if (!result.json.isObject())
        return tr("the body is not a JSON object");
    const QString repeated = repeatedKey(result);
    if (!repeated.isEmpty())
        return tr("the key \"%1\" appears more than once, so the answer is ambiguous").arg(repeated);
    const QJsonObject object = result.json.object();
    const QJsonValue token = object.value(u"access_token");
    if (!token.isString() || token.toString().isEmpty())
        return tr("\"access_token\" is %1, not a non-empty string").arg(jsonTypeName(token));
    const QJsonValue type = object.value(u"token_type");
    if (!type.isString() || type.toString().compare(u"bearer"_s, Qt::CaseInsensitive) != 0)
        return tr("\"token_type\" is %1, not \"bearer\"").arg(jsonTypeName(type));
    for (const QString &key : result.jsonKeys) {
        if (key.compare(u"error"_s, Qt::CaseInsensitive) == 0 || key.compare(u"error_description"_s, Qt::CaseInsensitive) == 0)
            return tr("the answer carries a token and also \"%1\": %2").arg(key, jsonTypeName(valueOf(object, key)));
    }
    return {};
}

QString ResultClassifier::soapContradiction(const ConnectionResult &result)
{
    if (result.httpStatus != 200)
        return tr("a SOAP login is accepted only with HTTP 200, and this answer is HTTP %1").arg(result.httpStatus);
    // Read again from the body, so that the rule never rests on fields someone else filled in.
    const SoapLoginAnswer answer = SoapLogin::parse(result.body);
    switch (answer.kind) {
    case SoapLoginAnswer::Kind::Session:
        return {};
    case SoapLoginAnswer::Kind::NoSession:
        return tr("the loginResponse carries no Session");
    case SoapLoginAnswer::Kind::NotSoap:
        return tr("the body is not the SOAP login answer: %1").arg(answer.problem);
    case SoapLoginAnswer::Kind::LoginFault:
    case SoapLoginAnswer::Kind::UnexpectedFault:
    case SoapLoginAnswer::Kind::OtherFault:
        break;
    }
    return tr("the body is a SOAP fault (%1)").arg(answer.faultCode);
}

bool ResultClassifier::meetsAcceptRule(const ConnectionResult &result, QString *contradiction)
{
    QString problem;
    switch (result.settings.authMode) {
    case AuthMode::SessionLogin: problem = sessionContradiction(result); break;
    case AuthMode::OAuthClientCredentials: problem = tokenContradiction(result); break;
    case AuthMode::SoapLogin: problem = soapContradiction(result); break;
    }
    if (contradiction)
        *contradiction = problem;
    return problem.isEmpty();
}

void ResultClassifier::fail(ConnectionResult &result, ErrorKind kind, const QString &cause, const QString &hint)
{
    result.verdict = kind == ErrorKind::Rejected ? Verdict::Rejected : Verdict::Error;
    result.errorKind = kind;
    result.cause = cause;
    result.hint = hint;
}

QString ResultClassifier::describeReason(const ZuoraReason &reason)
{
    const ZuoraErrorCode &code = reason.code;
    if (code.category() >= 0) {
        QString text = tr("%1 (%2)").arg(code.categoryName(), code.text());
        if (!reason.message.isEmpty())
            text += u": "_s + reason.message;
        return text;
    }
    if (!code.text().isEmpty())
        return reason.message.isEmpty() ? code.text() : tr("%1: %2").arg(code.text(), reason.message);
    return reason.message;
}

void ResultClassifier::classifyAnswer(ConnectionResult &result)
{
    const int status = result.httpStatus;
    const bool oauth = result.settings.authMode == AuthMode::OAuthClientCredentials;
    const bool hasReason = !result.reasons.isEmpty();
    const QString firstReason = hasReason ? describeReason(result.reasons.first()) : result.answerMessage;
    const QString reasonHint = hasReason ? result.reasons.first().code.hint() : QString();
    const bool notJson = result.shape == AnswerShape::Html || result.shape == AnswerShape::NotJson;

    if (status < 200) {
        // Qt 6.4 skips only 100 Continue: any other interim answer (102 Processing, 103 Early Hints)
        // ends the exchange, and the final answer behind it is never read. Never judge it.
        fail(result, ErrorKind::UnexpectedAnswer,
             tr("The server sent an interim answer (HTTP %1 %2) before its final one, and Qt ends the exchange there: "
                "the final answer could not be read, so nothing says whether the login worked.")
                 .arg(status).arg(result.httpReason),
             tr("Zuora sends no interim answers: a proxy or a server that is not Zuora may be answering. Check the base URL and any proxy."));
        return;
    }
    if (status >= 300 && status < 400) {
        fail(result, ErrorKind::Redirect,
             tr("The server answered HTTP %1 and redirects to %2; it was not followed, so the credentials were not sent on.")
                 .arg(status).arg(result.redirectTarget.isEmpty() ? tr("(no location)") : result.redirectTarget),
             tr("Check the base URL. If you trust the new address, use it as the base URL."));
        return;
    }
    if (status == 429) {
        const QByteArray retryAfter = result.header("Retry-After");
        fail(result, ErrorKind::RateLimited,
             retryAfter.isEmpty() ? tr("Rate limited by Zuora (HTTP 429).")
                                  : tr("Rate limited by Zuora (HTTP 429); retry after %1 s.").arg(QString::fromLatin1(retryAfter)),
             tr("Zuora limits logins per IP address and per tenant: wait, then test again with fewer checks at once."));
        return;
    }
    if (status == 401 || status == 403) {
        QString cause = firstReason.isEmpty()
            ? tr("Zuora refused the credentials (HTTP %1).").arg(status)
            : firstReason;
        QString hint = reasonHint;
        if (hint.isEmpty()) {
            hint = oauth ? tr("Check the client id and secret, and that the OAuth client is active.")
                         : tr("Check the user name and password, and that the user has API access.");
        }
        if (notJson)
            cause += u' ' + tr("(the answer was not JSON: a proxy may have answered instead of Zuora)");
        fail(result, ErrorKind::Rejected, cause, hint);
        return;
    }
    if (status >= 500) {
        if (notJson) {
            fail(result, ErrorKind::NotZuora,
                 tr("Not a Zuora answer: HTTP %1 %2 with %3.").arg(status).arg(result.httpReason,
                     result.shape == AnswerShape::Html ? tr("an HTML page") : tr("a body that is not JSON")),
                 tr("A gateway or proxy answered. Retry later; if it persists, check the base URL and any proxy."));
        } else {
            fail(result, ErrorKind::ServerError,
                 firstReason.isEmpty() ? tr("Zuora reported a server error (HTTP %1).").arg(status)
                                       : tr("Server error (HTTP %1): %2").arg(status).arg(firstReason),
                 reasonHint.isEmpty() ? tr("Retry later; if it persists, give Zuora Support the Zuora-Request-Id.") : reasonHint);
        }
        return;
    }
    if (notJson) {
        fail(result, ErrorKind::NotZuora,
             tr("Not a Zuora answer: HTTP %1 with %2.").arg(status).arg(
                 result.shape == AnswerShape::Html ? tr("an HTML page") : tr("a body that is not JSON")),
             tr("The base URL may point at a web page rather than the REST API: check it."));
        return;
    }
    if (status == 404 || status == 405) {
        fail(result, ErrorKind::UnexpectedAnswer,
             tr("The endpoint %1 was not found here (HTTP %2).").arg(result.endpoint.toDisplayString()).arg(status),
             tr("Check the base URL and environment: a legacy host may need a /rest prefix."));
        return;
    }
    if (result.shape == AnswerShape::None) {
        fail(result, ErrorKind::EmptyBody, tr("HTTP %1 with an empty body: nothing says whether the login worked.").arg(status),
             tr("Retry; if it persists, check that the base URL is Zuora's REST API."));
        return;
    }

    if (oauth) {
        QString contradiction;
        if (result.shape == AnswerShape::OAuthToken && !meetsAcceptRule(result, &contradiction)) {
            fail(result, ErrorKind::UnexpectedAnswer, tr("Not accepted: %1.").arg(contradiction),
                 tr("This is not how Zuora issues a token: look at the raw response, check the base URL and any proxy."));
            return;
        }
        if (result.shape == AnswerShape::OAuthToken) {
            result.verdict = Verdict::Accepted;
            result.errorKind = ErrorKind::None;
            const QString type = result.token.tokenType.isEmpty() ? tr("no type") : result.token.tokenType;
            result.cause = result.token.expiresIn >= 0
                ? tr("OAuth token issued (%1, expires in %2 s).").arg(type, QString::number(result.token.expiresIn))
                : tr("OAuth token issued (%1, no usable expires_in).").arg(type);
            result.hint = result.token.entityIds.size() > 1 && result.settings.entityId.trimmed().isEmpty()
                ? tr("The token covers several entities: later calls must send Zuora-Entity-Ids.")
                : QString();
            return;
        }
        if (status == 400 && (result.shape == AnswerShape::OAuthError || result.shape == AnswerShape::CommonResponse)) {
            fail(result, ErrorKind::Rejected,
                 firstReason.isEmpty() ? tr("Zuora refused the token request (HTTP 400).") : firstReason,
                 tr("Check the client id and secret, and that the OAuth client is active."));
            return;
        }
    } else if (result.shape == AnswerShape::CommonResponse || result.shape == AnswerShape::SuccessErrors) {
        QString contradiction;
        // A repeated "success" says yes and no at once, whichever of them QJsonDocument kept.
        const bool saysYes = result.successValue == 1 || countKey(result.jsonKeys, u"success"_s) > 1;
        if (saysYes && !meetsAcceptRule(result, &contradiction)) {
            fail(result, ErrorKind::UnexpectedAnswer, tr("Not accepted: %1.").arg(contradiction),
                 tr("This is not how Zuora accepts a login: look at the raw response, check the base URL and any proxy."));
            return;
        }
        if (saysYes) {
            result.verdict = Verdict::Accepted;
            result.errorKind = ErrorKind::None;
            result.cause = result.sessionCookie()
                ? tr("Session login accepted; Zuora issued a ZSession cookie.")
                : tr("Session login accepted, but no ZSession cookie came back.");
            result.hint = QString();
            return;
        }
        if (result.successValue == 0) {
            fail(result, ErrorKind::Rejected,
                 firstReason.isEmpty() ? tr("Zuora answered success: false without a reason (HTTP %1).").arg(status) : firstReason,
                 reasonHint.isEmpty() ? tr("Check the user name, password and entity id.") : reasonHint);
            return;
        }
    }

    fail(result, ErrorKind::UnexpectedAnswer,
         firstReason.isEmpty() ? tr("Unexpected answer: HTTP %1 with JSON of an unknown shape.").arg(status)
                               : tr("Unexpected answer (HTTP %1): %2").arg(status).arg(firstReason),
         tr("Look at the raw response; check the base URL and the authentication mode."));
}

void ResultClassifier::classifySoapAnswer(ConnectionResult &result)
{
    const int status = result.httpStatus;
    if (status < 200 || (status >= 300 && status < 400)) {
        classifyAnswer(result);   // interim answers and redirects: the same words as for REST
        return;
    }
    SoapLoginAnswer &soap = result.soap;
    soap = SoapLogin::parse(result.body);
    result.reasons.clear();
    if (soap.kind == SoapLoginAnswer::Kind::LoginFault || soap.kind == SoapLoginAnswer::Kind::UnexpectedFault
        || soap.kind == SoapLoginAnswer::Kind::OtherFault)
        result.reasons << ZuoraReason{ZuoraErrorCode::fromString(soap.detailCode), soap.detailMessage};
    const QString code = soap.detailCode;
    const QString message = DisplayText::safe(soap.detailMessage);
    const QString said = message.isEmpty() ? code : tr("%1: %2").arg(code, message);
    const bool rateCode = code == u"REQUEST_EXCEEDED_LIMIT" || code == u"REQUEST_EXCEEDED_RATE";

    if (status == 429 || rateCode) {
        const QByteArray retryAfter = result.header("Retry-After");
        fail(result, ErrorKind::RateLimited,
             retryAfter.isEmpty() ? tr("Rate limited by Zuora (HTTP %1%2).").arg(status).arg(rateCode ? u", "_s + code : QString())
                                  : tr("Rate limited by Zuora (HTTP %1); retry after %2 s.").arg(status).arg(QString::fromLatin1(retryAfter)),
             tr("Zuora allows 100 logins a minute from one IP address: wait, then test again with fewer checks at once."));
        return;
    }
    switch (soap.kind) {
    case SoapLoginAnswer::Kind::Session: {
        QString contradiction;
        if (!meetsAcceptRule(result, &contradiction)) {
            fail(result, ErrorKind::UnexpectedAnswer, tr("Not accepted: %1.").arg(contradiction),
                 tr("This is not how Zuora accepts a SOAP login: look at the raw response, check the base URL and any proxy."));
            return;
        }
        result.verdict = Verdict::Accepted;
        result.errorKind = ErrorKind::None;
        result.cause = tr("SOAP login accepted; Zuora issued a session (%n characters).", nullptr, int(soap.session.size()));
        result.hint.clear();
        const QUrl serverUrl(soap.serverUrl);
        if (!soap.serverUrl.isEmpty() && serverUrl.host().compare(result.endpoint.host(), Qt::CaseInsensitive) != 0) {
            result.notes << tr("Zuora says to send later calls to %1, another host than the one called (%2).")
                                .arg(DisplayText::safe(serverUrl.host()), result.endpoint.host());
            result.hint = tr("The session belongs to %1: integrations must call that host with it.")
                              .arg(DisplayText::safe(serverUrl.host()));
        }
        return;
    }
    case SoapLoginAnswer::Kind::NoSession:
        fail(result, ErrorKind::UnexpectedAnswer,
             tr("Zuora answered the SOAP login without a Session (HTTP %1): nothing to log in with.").arg(status),
             tr("Retry; if it persists, give Zuora Support the time of the attempt and the raw response."));
        return;
    case SoapLoginAnswer::Kind::LoginFault: {
        QString hint;
        if (message.startsWith(u"Your IP address may be restricted", Qt::CaseInsensitive))
            hint = tr("The tenant's IP allow-list refused this computer's address: fix it at the tenant, not the password.");
        else if (message.startsWith(u"Invalid login", Qt::CaseInsensitive))
            hint = tr("Wrong user name or password, the wrong environment, or (for users moved to OneID) a password that no "
                      "longer works for the API.");
        else if (code == u"API_DISABLED")
            hint = tr("The user may not use the API: an administrator must enable API access for it.");
        else
            hint = tr("Zuora refused the login; the code and message above say why.");
        fail(result, ErrorKind::Rejected, tr("Zuora refused the SOAP login (LoginFault %1).").arg(said), hint);
        return;
    }
    case SoapLoginAnswer::Kind::UnexpectedFault:
        fail(result, ErrorKind::ServerError, tr("Zuora could not log in for its own reasons (UnexpectedErrorFault %1).").arg(said),
             tr("A Zuora-side problem: retry later; if it persists, give Zuora Support the time of the attempt."));
        return;
    case SoapLoginAnswer::Kind::OtherFault:
        fail(result, ErrorKind::UnexpectedAnswer,
             tr("Zuora answered with a SOAP fault without a login detail (%1).")
                 .arg(DisplayText::safe(soap.faultCode) + (message.isEmpty() ? QString() : u": "_s + message)),
             tr("The request envelope was not understood: check the WSDL version; if it persists this is a fault of this tool."));
        return;
    case SoapLoginAnswer::Kind::NotSoap:
        break;
    }
    if (result.body.trimmed().isEmpty()) {
        fail(result, ErrorKind::EmptyBody, tr("HTTP %1 with an empty body: nothing says whether the login worked.").arg(status),
             tr("Retry; if it persists, check that the base URL is a Zuora environment."));
        return;
    }
    if (status == 404 || status == 405) {
        fail(result, ErrorKind::UnexpectedAnswer,
             tr("The SOAP endpoint %1 was not found here (HTTP %2).").arg(result.endpoint.toDisplayString()).arg(status),
             SoapLogin::mayBeUnavailable(result.endpoint)
                 ? tr("Zuora says its SOAP API is not available in this data centre: use a session login or OAuth.")
                 : tr("Check the base URL and the WSDL version."));
        return;
    }
    fail(result, ErrorKind::NotZuora,
         tr("Not a SOAP login answer: HTTP %1 %2, %3.").arg(status).arg(DisplayText::safe(result.httpReason), soap.problem),
         status >= 500 ? tr("A gateway or proxy answered. Retry later; if it persists, check the base URL and any proxy.")
                       : tr("The base URL may point at something other than Zuora: check it and any proxy."));
}

} // namespace zct
