#include "ResultClassifier.h"

using namespace Qt::StringLiterals;

namespace zct {

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
        if (status >= 200 && status < 300 && result.shape == AnswerShape::OAuthToken && result.token.isValid()) {
            result.verdict = Verdict::Accepted;
            result.errorKind = ErrorKind::None;
            const QString type = result.token.tokenType.isEmpty() ? tr("no type") : result.token.tokenType;
            result.cause = result.token.expiresIn >= 0
                ? tr("OAuth token issued (%1, expires in %2 s).").arg(type, QString::number(result.token.expiresIn))
                : tr("OAuth token issued (%1, no usable expires_in).").arg(type);
            result.hint = result.token.entityIds.size() > 1 && result.settings.entityId.isEmpty()
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
        if (result.successValue == 1 && status >= 200 && status < 300) {
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

} // namespace zct
