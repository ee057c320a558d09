#include "AnswerParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// A JSON number that is a whole number a qint64 holds. Anything else (fractions, 1e300, NaN
// from a hand-made gateway) is not converted: casting an out-of-range double to an integer is
// undefined behaviour. toInteger() keeps integers Qt stored exactly (beyond 2^53 a double
// would round them).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) >= 9.2e18)
        return std::nullopt;
    return value.toInteger();
}

// A JSON value that may be a number or a string, both seen in the wild for "code".
ZuoraErrorCode codeFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        if (const auto number = wholeNumber(value))
            return ZuoraErrorCode::fromNumber(*number);
        // Shown as sent, never decoded: no Zuora code is a fraction or has more than 8 digits.
        return ZuoraErrorCode::fromString(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    }
    if (value.isString())
        return ZuoraErrorCode::fromString(value.toString());
    return {};
}

QJsonValue valueCaseInsensitive(const QJsonObject &object, const QString &key)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd())
        return *it;
    for (auto i = object.constBegin(); i != object.constEnd(); ++i) {
        if (i.key().compare(key, Qt::CaseInsensitive) == 0)
            return i.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QList<ZuoraReason> reasonsFrom(const QJsonArray &array, const QString &codeKey, const QString &messageKey)
{
    QList<ZuoraReason> reasons;
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        ZuoraReason reason;
        reason.code = codeFrom(valueCaseInsensitive(object, codeKey));
        reason.message = valueCaseInsensitive(object, messageKey).toString();
        if (!reason.code.text().isEmpty() || !reason.message.isEmpty())
            reasons << reason;
    }
    return reasons;
}

int tristate(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isString()) {   // "true"/"false" strings happen in hand-made gateways
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true")
            return 1;
        if (text == u"false")
            return 0;
    }
    return -1;
}

// A cursor over JSON text that QJsonDocument has already accepted: it only needs to find
// where the top-level keys are, not to judge the grammar again.
class KeyScanner
{
public:
    explicit KeyScanner(const QByteArray &json) : m_text(json) {}

    QStringList keys()
    {
        if (m_text.startsWith("\xef\xbb\xbf"))
            m_position = 3;
        skipSpace();
        if (!take('{'))
            return {};
        QStringList keys;
        skipSpace();
        if (take('}'))
            return keys;
        while (m_position < m_text.size()) {
            skipSpace();
            std::optional<QString> key = string();
            if (!key)
                return {};
            keys << *key;
            skipSpace();
            if (!take(':'))
                return {};
            if (!skipValue())
                return {};
            skipSpace();
            if (take('}'))
                return keys;
            if (!take(','))
                return {};
        }
        return {};
    }

private:
    bool take(char c)
    {
        if (m_position < m_text.size() && m_text.at(m_position) == c) {
            ++m_position;
            return true;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_position < m_text.size()) {
            const char c = m_text.at(m_position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_position;
        }
    }

    std::optional<QString> string()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray utf8;
        QString text;
        const auto flush = [&] {
            text += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_position < m_text.size()) {
            const char c = m_text.at(m_position++);
            if (c == '"') {
                flush();
                return text;
            }
            if (c != '\\') {
                utf8 += c;
                continue;
            }
            if (m_position >= m_text.size())
                return std::nullopt;
            const char escaped = m_text.at(m_position++);
            static const QByteArray simple = QByteArrayLiteral("\"\\/bfnrt");
            static const QByteArray meaning = QByteArrayLiteral("\"\\/\b\f\n\r\t");
            const qsizetype index = simple.indexOf(escaped);
            if (index >= 0) {
                utf8 += meaning.at(index);
                continue;
            }
            if (escaped != 'u' || m_position + 4 > m_text.size())
                return std::nullopt;
            bool ok = false;
            const ushort unit = m_text.mid(m_position, 4).toUShort(&ok, 16);
            if (!ok)
                return std::nullopt;
            m_position += 4;
            flush();
            text += QChar(unit);   // surrogate halves pair up in the QString as they come
        }
        return std::nullopt;
    }

    // A value of any kind: strings are walked so that brackets inside them do not count.
    bool skipValue()
    {
        skipSpace();
        int depth = 0;
        while (m_position < m_text.size()) {
            const char c = m_text.at(m_position);
            if (c == '"') {
                if (!string())
                    return false;
                if (depth == 0)
                    return true;
                continue;
            }
            if (depth == 0 && (c == ',' || c == '}'))
                return true;
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_position;
        }
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_position = 0;
};

} // namespace

QStringList AnswerParser::topLevelKeys(const QByteArray &json)
{
    return KeyScanner(json).keys();
}

bool AnswerParser::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || start.startsWith("<?xml");
}

void AnswerParser::splitScope(OAuthToken &token)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    token.scopeItems = token.scope.split(spaces, Qt::SkipEmptyParts);
    token.entityIds.clear();
    token.services.clear();
    for (const QString &item : std::as_const(token.scopeItems)) {
        if (item.startsWith(u"user."))
            token.userId = item.mid(5);
        else if (item.startsWith(u"tenant."))
            token.tenantId = item.mid(7);
        else if (item.startsWith(u"entity."))
            token.entityIds << item.mid(7);
        else
            token.services << item;   // service.*, platform.write, ...
    }
}

OAuthToken AnswerParser::parseToken(const QJsonObject &object)
{
    OAuthToken token;
    token.accessToken = object.value(u"access_token").toString();
    token.tokenType = object.value(u"token_type").toString();
    const QJsonValue expires = object.value(u"expires_in");
    if (expires.isDouble())
        token.expiresIn = wholeNumber(expires).value_or(-1);   // -1: not known
    else if (expires.isString()) {
        bool ok = false;
        const qint64 seconds = expires.toString().trimmed().toLongLong(&ok);
        token.expiresIn = ok ? seconds : -1;
    }
    token.scope = object.value(u"scope").toString();
    token.jti = object.value(u"jti").toString();
    splitScope(token);
    return token;
}

void AnswerParser::parseInto(ConnectionResult &result)
{
    result.shape = AnswerShape::None;
    result.successValue = -1;
    result.reasons.clear();
    result.processId.clear();
    result.answerMessage.clear();
    result.token = {};
    result.json = {};
    result.jsonKeys.clear();

    const QByteArray trimmed = result.body.trimmed();
    if (trimmed.isEmpty())
        return;

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        result.shape = looksLikeHtml(result.body, result.contentType) ? AnswerShape::Html : AnswerShape::NotJson;
        return;
    }
    result.json = document;
    if (!document.isObject()) {
        result.shape = AnswerShape::UnknownJson;
        return;
    }
    const QJsonObject object = document.object();
    result.jsonKeys = topLevelKeys(result.body);

    if (object.contains(u"access_token")) {
        result.shape = AnswerShape::OAuthToken;
        result.token = parseToken(object);
        return;
    }
    if (object.contains(u"error") && object.value(u"error").isString()) {
        result.shape = AnswerShape::OAuthError;
        result.answerMessage = object.value(u"error_description").toString();
        result.reasons << ZuoraReason{ZuoraErrorCode::fromString(object.value(u"error").toString()),
                                      result.answerMessage};
        return;
    }
    if (object.contains(u"success") || object.contains(u"reasons") || object.contains(u"processId")) {
        result.shape = AnswerShape::CommonResponse;
        result.successValue = tristate(object.value(u"success"));
        result.processId = object.value(u"processId").toString();
        result.reasons = reasonsFrom(object.value(u"reasons").toArray(), u"code"_s, u"message"_s);
        return;
    }
    if (object.contains(u"Success") || object.contains(u"Errors")) {
        result.shape = AnswerShape::SuccessErrors;
        result.successValue = tristate(object.value(u"Success"));
        result.reasons = reasonsFrom(object.value(u"Errors").toArray(), u"Code"_s, u"Message"_s);
        return;
    }
    const QJsonValue message = valueCaseInsensitive(object, u"message"_s);
    if (message.isString()) {
        result.shape = AnswerShape::Message;
        result.answerMessage = message.toString();
        const QJsonValue code = valueCaseInsensitive(object, u"code"_s);
        if (!code.isUndefined() && !code.isNull())
            result.reasons << ZuoraReason{codeFrom(code), result.answerMessage};
        return;
    }
    result.shape = AnswerShape::UnknownJson;
}

} // namespace zct
