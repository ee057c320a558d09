// Fuzzes how an answer is read and judged: AnswerParser::parseInto, then
// ResultClassifier::classifyAnswer, then the JSON a script would read (ResultJson) and the text a
// person reads on a terminal (HumanReport, BatchReport), for a session login, an OAuth token
// request and a SOAP login() (ResultClassifier::classifySoapAnswer) alike. Invariants beyond "no crash": accepted only when the written rule holds
// (ResultClassifier::meetsAcceptRule, not a copy of it); no control character or bidirectional
// override from the server reaches the terminal; a secret the server echoes is masked everywhere.
// The input is an HTTP response as received:
// "HTTP/1.1 401 Unauthorized\r\nContent-Type: ...\r\n\r\n{body}" (see corpus/answer).

#include "FuzzSupport.h"

#include "AnswerParser.h"
#include "BatchReport.h"
#include "ConnectionResult.h"
#include "HumanReport.h"
#include "ResultClassifier.h"
#include "ResultJson.h"

#include <QJsonDocument>
#include <QNetworkCookie>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

int statusFrom(const QByteArray &firstLine, QString *reason)
{
    // "HTTP/1.1 401 Unauthorized"; Qt hands over statuses of three digits only.
    const QList<QByteArray> parts = firstLine.split(' ');
    bool ok = false;
    const int status = parts.size() > 1 ? parts.at(1).toInt(&ok) : 0;
    *reason = QString::fromLatin1(parts.mid(2).join(' '));
    return ok && status >= 100 && status <= 999 ? status : 200;
}

// No cookie value may show in the JSON a script reads (values are masked unless asked). What the
// JSON shows anyway, whatever the values are (the body, the headers, a name, a date, the JSON's
// own keys and hints), is found by rendering the same result with every value replaced, in the
// cookies and in the Set-Cookie headers: a value that shows only in the real rendering has leaked.
void checkCookieValuesMasked(const ConnectionResult &result)
{
    const QByteArray masked = QJsonDocument(ResultJson::toJson(result)).toJson(QJsonDocument::Compact);
    const auto replace = [](QNetworkCookie &cookie) { cookie.setValue(QByteArray(cookie.value().size(), 'x')); };
    ConnectionResult replaced = result;
    for (QNetworkCookie &cookie : replaced.cookies)
        replace(cookie);
    for (auto &[name, value] : replaced.responseHeaders) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        QList<QByteArray> lines;
        for (QNetworkCookie cookie : QNetworkCookie::parseCookies(value)) {
            replace(cookie);
            lines << cookie.toRawForm();
        }
        value = lines.join('\n');
    }
    const QByteArray regardless = QJsonDocument(ResultJson::toJson(replaced)).toJson(QJsonDocument::Compact);
    for (const QNetworkCookie &cookie : result.cookies) {
        const QByteArray value = cookie.value();
        if (value.size() >= 8 && masked.contains(value))
            ZCT_FUZZ_CHECK(regardless.contains(value));
    }
}

const QString kEchoedSecret = u"s3cr+t/with=and&amp"_s;

// What a terminal would act on: C0 controls but the line feed, DEL, C1, and the bidirectional
// controls and marks. The reports add no colour here (colour off).
bool reachesTheTerminal(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

void checkTerminalText(const ConnectionResult &result)
{
    const QString human = HumanReport::format(result, HumanReport::Options{});
    ZCT_FUZZ_CHECK(!reachesTheTerminal(human));
    const QString line = BatchReport::line(u"profile"_s, result, false);
    ZCT_FUZZ_CHECK(!reachesTheTerminal(line));
    const QString summary = BatchReport::summary({BatchReport::Row{u"profile"_s, result}});
    ZCT_FUZZ_CHECK(!reachesTheTerminal(summary));
}

// As ZuoraConnection does before it reports: whatever the server sent back of the secret is
// masked, so no output shows it.
void checkEchoMasked(ConnectionResult result)
{
    result.maskEchoedSecret(kEchoedSecret);
    const QByteArray secret = kEchoedSecret.toUtf8();
    ZCT_FUZZ_CHECK(!HumanReport::format(result, HumanReport::Options{}).toUtf8().contains(secret));
    ZCT_FUZZ_CHECK(!QJsonDocument(ResultJson::toJson(result)).toJson(QJsonDocument::Compact).contains(secret));
    ZCT_FUZZ_CHECK(!result.body.contains(secret));
}

void judge(const fuzz::HttpMessage &message, AuthMode mode)
{
    ConnectionResult result;
    result.settings.authMode = mode;
    result.settings.username = u"api.user@example.com"_s;
    result.endpoint = QUrl(mode == AuthMode::OAuthClientCredentials ? u"https://rest.apisandbox.zuora.com/oauth/token"_s
                           : mode == AuthMode::SoapLogin          ? u"https://apisandbox.zuora.com/apps/services/a/115.0"_s
                                                                  : u"https://rest.apisandbox.zuora.com/v1/connections"_s);
    result.httpStatus = statusFrom(message.firstLine, &result.httpReason);
    result.responseHeaders = message.headers;
    result.body = message.body;
    QByteArray setCookie;
    for (const auto &[name, value] : message.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0 && result.contentType.isEmpty())
            result.contentType = value;
        else if (name.compare("Location", Qt::CaseInsensitive) == 0 && result.redirectTarget.isEmpty())
            result.redirectTarget = QString::fromUtf8(value);
        else if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            setCookie += (setCookie.isEmpty() ? "" : "\n") + value;   // as QNetworkReply joins them
    }
    if (!setCookie.isEmpty())
        result.cookies = QNetworkCookie::parseCookies(setCookie);

    if (mode == AuthMode::SoapLogin) {
        ResultClassifier::classifySoapAnswer(result);
    } else {
        AnswerParser::parseInto(result);
        ResultClassifier::classifyAnswer(result);
    }

    ZCT_FUZZ_CHECK(result.accepted() == (result.errorKind == ErrorKind::None));
    ZCT_FUZZ_CHECK(result.exitCode() >= 0 && result.exitCode() <= 4);
    ZCT_FUZZ_CHECK(result.accepted() || !result.cause.isEmpty());
    ZCT_FUZZ_CHECK(!result.accepted() || result.httpStatus == 200);
    // Accepted only by the one written rule (README, "When is a login accepted").
    if (result.accepted())
        ZCT_FUZZ_CHECK(ResultClassifier::meetsAcceptRule(result));
    if (result.httpStatus < 200)
        ZCT_FUZZ_CHECK(result.errorKind == ErrorKind::UnexpectedAnswer);   // an interim answer is never judged
    if (result.httpStatus >= 300 && result.httpStatus < 400)
        ZCT_FUZZ_CHECK(result.errorKind == ErrorKind::Redirect);   // never judged as a login
    if (result.body.trimmed().isEmpty())
        ZCT_FUZZ_CHECK(result.shape == AnswerShape::None);

    // A SOAP Session is masked like a cookie: never in the human output or the JSON.
    if (result.soap.session.size() >= 4) {
        const QByteArray session = result.soap.session.toUtf8();
        ZCT_FUZZ_CHECK(!HumanReport::format(result, HumanReport::Options{}).toUtf8().contains(session));
        ZCT_FUZZ_CHECK(!QJsonDocument(ResultJson::toJson(result)).toJson(QJsonDocument::Compact).contains(session));
    }
    checkCookieValuesMasked(result);
    checkTerminalText(result);
    checkEchoMasked(result);
    JsonOptions reveal;
    reveal.revealSecrets = true;
    reveal.secret = u"s3cr+t/with=and&amp"_s;
    ResultJson::toJson(result, reveal);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::HttpMessage message = fuzz::splitHttp(fuzz::bytes(data, size));
    judge(message, AuthMode::SessionLogin);
    judge(message, AuthMode::OAuthClientCredentials);
    judge(message, AuthMode::SoapLogin);
    return 0;
}
