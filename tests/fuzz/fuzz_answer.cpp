// Fuzzes how an answer is read and judged: AnswerParser::parseInto, then
// ResultClassifier::classifyAnswer, then the JSON a script would read (ResultJson), for a session
// login and an OAuth token request alike. The input is an HTTP response as received:
// "HTTP/1.1 401 Unauthorized\r\nContent-Type: ...\r\n\r\n{body}" (see corpus/answer).

#include "FuzzSupport.h"

#include "AnswerParser.h"
#include "ConnectionResult.h"
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

QByteArray withoutSetCookie(const QByteArray &input)
{
    QByteArray kept;
    for (const QByteArray &line : input.split('\n')) {
        if (!line.trimmed().toLower().startsWith("set-cookie:"))
            kept += line + '\n';
    }
    return kept;
}

void checkCookieValuesMasked(const ConnectionResult &result, const QByteArray &input)
{
    const QByteArray masked = QJsonDocument(ResultJson::toJson(result)).toJson(QJsonDocument::Compact);
    const QByteArray clear = withoutSetCookie(input);   // what the JSON may show as it came
    for (const QNetworkCookie &cookie : result.cookies) {
        const QByteArray value = cookie.value();
        if (value.size() < 8 || clear.contains(value))
            continue;
        // A value that is also part of what is shown of any cookie (its name followed by "=", its
        // domain, path or other attributes) may appear as that.
        bool elsewhere = false;
        for (const QNetworkCookie &other : result.cookies) {
            QNetworkCookie shown = other;
            shown.setValue(other.value().isEmpty() ? QByteArray() : QByteArray("********"));
            elsewhere = elsewhere || shown.toRawForm().contains(value);
        }
        if (!elsewhere)
            ZCT_FUZZ_CHECK(!masked.contains(value));
    }
}

void judge(const fuzz::HttpMessage &message, const QByteArray &input, AuthMode mode)
{
    ConnectionResult result;
    result.settings.authMode = mode;
    result.settings.username = u"api.user@example.com"_s;
    result.endpoint = QUrl(mode == AuthMode::OAuthClientCredentials ? u"https://rest.apisandbox.zuora.com/oauth/token"_s
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

    AnswerParser::parseInto(result);
    ResultClassifier::classifyAnswer(result);

    ZCT_FUZZ_CHECK(result.accepted() == (result.errorKind == ErrorKind::None));
    ZCT_FUZZ_CHECK(result.exitCode() >= 0 && result.exitCode() <= 4);
    ZCT_FUZZ_CHECK(result.accepted() || !result.cause.isEmpty());
    ZCT_FUZZ_CHECK(!result.accepted() || (result.httpStatus >= 200 && result.httpStatus < 300));
    if (result.httpStatus >= 300 && result.httpStatus < 400)
        ZCT_FUZZ_CHECK(result.errorKind == ErrorKind::Redirect);   // never judged as a login
    if (result.body.trimmed().isEmpty())
        ZCT_FUZZ_CHECK(result.shape == AnswerShape::None);

    checkCookieValuesMasked(result, input);
    JsonOptions reveal;
    reveal.revealSecrets = true;
    reveal.secret = u"s3cr+t/with=and&amp"_s;
    ResultJson::toJson(result, reveal);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const fuzz::HttpMessage message = fuzz::splitHttp(input);
    judge(message, input, AuthMode::SessionLogin);
    judge(message, input, AuthMode::OAuthClientCredentials);
    return 0;
}
