#include "ConnectionResult.h"

#include "AuthMethod.h"

#include "DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zct {

QString authModeId(AuthMode mode)
{
    return AuthMethod::of(mode).idString();
}

QString proxyModeId(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System: return u"system"_s;
    case ProxyMode::None: return u"none"_s;
    case ProxyMode::Http: return u"http"_s;
    case ProxyMode::Socks5: return u"socks5"_s;
    }
    return u"system"_s;
}

bool proxyModeFromId(const QString &id, ProxyMode *mode)
{
    for (const ProxyMode candidate : {ProxyMode::System, ProxyMode::None, ProxyMode::Http, ProxyMode::Socks5}) {
        if (id == proxyModeId(candidate)) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return u"none"_s;
    case ErrorKind::Rejected: return u"rejected"_s;
    case ErrorKind::InvalidInput: return u"invalidInput"_s;
    case ErrorKind::HostNotFound: return u"hostNotFound"_s;
    case ErrorKind::ConnectionRefused: return u"connectionRefused"_s;
    case ErrorKind::Network: return u"network"_s;
    case ErrorKind::Proxy: return u"proxy"_s;
    case ErrorKind::Tls: return u"tls"_s;
    case ErrorKind::Timeout: return u"timeout"_s;
    case ErrorKind::Cancelled: return u"cancelled"_s;
    case ErrorKind::Redirect: return u"redirect"_s;
    case ErrorKind::RateLimited: return u"rateLimited"_s;
    case ErrorKind::ServerError: return u"serverError"_s;
    case ErrorKind::NotZuora: return u"notZuora"_s;
    case ErrorKind::EmptyBody: return u"emptyBody"_s;
    case ErrorKind::BodyTooLarge: return u"bodyTooLarge"_s;
    case ErrorKind::UnexpectedAnswer: return u"unexpectedAnswer"_s;
    case ErrorKind::MissingSecret: return u"missingSecret"_s;
    }
    return u"unknown"_s;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::Rejected: return QCoreApplication::translate("zct::ErrorKind", "Rejected");
    case ErrorKind::InvalidInput: return QCoreApplication::translate("zct::ErrorKind", "Invalid input");
    case ErrorKind::HostNotFound: return QCoreApplication::translate("zct::ErrorKind", "Host not found");
    case ErrorKind::ConnectionRefused: return QCoreApplication::translate("zct::ErrorKind", "Connection refused");
    case ErrorKind::Network: return QCoreApplication::translate("zct::ErrorKind", "Network error");
    case ErrorKind::Proxy: return QCoreApplication::translate("zct::ErrorKind", "Proxy error");
    case ErrorKind::Tls: return QCoreApplication::translate("zct::ErrorKind", "TLS error");
    case ErrorKind::Timeout: return QCoreApplication::translate("zct::ErrorKind", "Timeout");
    case ErrorKind::Cancelled: return QCoreApplication::translate("zct::ErrorKind", "Cancelled");
    case ErrorKind::Redirect: return QCoreApplication::translate("zct::ErrorKind", "Redirected");
    case ErrorKind::RateLimited: return QCoreApplication::translate("zct::ErrorKind", "Rate limited");
    case ErrorKind::ServerError: return QCoreApplication::translate("zct::ErrorKind", "Server error");
    case ErrorKind::NotZuora: return QCoreApplication::translate("zct::ErrorKind", "Not a Zuora answer");
    case ErrorKind::EmptyBody: return QCoreApplication::translate("zct::ErrorKind", "Empty answer");
    case ErrorKind::BodyTooLarge: return QCoreApplication::translate("zct::ErrorKind", "Answer too large");
    case ErrorKind::UnexpectedAnswer: return QCoreApplication::translate("zct::ErrorKind", "Unexpected answer");
    case ErrorKind::MissingSecret: return QCoreApplication::translate("zct::ErrorKind", "No secret");
    }
    return {};
}

int exitCodeFor(Verdict verdict, ErrorKind kind)
{
    if (verdict == Verdict::Accepted)
        return 0;
    switch (kind) {
    case ErrorKind::Rejected: return 1;
    case ErrorKind::InvalidInput:
    case ErrorKind::MissingSecret: return 2;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Network:
    case ErrorKind::Proxy:
    case ErrorKind::Tls:
    case ErrorKind::Timeout:
    case ErrorKind::Cancelled: return 3;
    case ErrorKind::None:
    case ErrorKind::Redirect:
    case ErrorKind::RateLimited:
    case ErrorKind::ServerError:
    case ErrorKind::NotZuora:
    case ErrorKind::EmptyBody:
    case ErrorKind::BodyTooLarge:
    case ErrorKind::UnexpectedAnswer: return 4;
    }
    return 4;
}

QString answerShapeId(AnswerShape shape)
{
    switch (shape) {
    case AnswerShape::None: return u"none"_s;
    case AnswerShape::CommonResponse: return u"commonResponse"_s;
    case AnswerShape::SuccessErrors: return u"successErrors"_s;
    case AnswerShape::Message: return u"message"_s;
    case AnswerShape::OAuthToken: return u"oauthToken"_s;
    case AnswerShape::OAuthError: return u"oauthError"_s;
    case AnswerShape::UnknownJson: return u"unknownJson"_s;
    case AnswerShape::Html: return u"html"_s;
    case AnswerShape::NotJson: return u"notJson"_s;
    }
    return u"none"_s;
}

QByteArray ConnectionResult::header(const QByteArray &name) const
{
    for (const auto &field : responseHeaders) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

const QNetworkCookie *ConnectionResult::sessionCookie() const
{
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "ZSession")
            return &cookie;
    }
    return nullptr;
}

namespace {

QJsonValue maskedJson(const QJsonValue &value, const QString &secret)
{
    if (value.isString())
        return DisplayText::maskSecret(value.toString(), secret);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(maskedJson(item, secret));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject masked;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            masked.insert(DisplayText::maskSecret(it.key(), secret), maskedJson(it.value(), secret));
        return masked;
    }
    return value;
}

} // namespace

void ConnectionResult::maskEchoedSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    bool found = false;
    const auto text = [&](QString &field) {
        const QString masked = DisplayText::maskSecret(field, secret);
        if (masked != field) {
            field = masked;
            found = true;
        }
    };
    const auto bytes = [&](QByteArray &field) {
        const QByteArray masked = DisplayText::maskSecret(field, secret);
        if (masked != field) {
            field = masked;
            found = true;
        }
    };
    text(httpReason);
    for (auto &field : responseHeaders) {
        bytes(field.first);
        bytes(field.second);
    }
    bytes(body);
    bytes(contentType);
    if (!json.isNull()) {
        const QJsonValue masked = maskedJson(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()), secret);
        json = masked.isObject() ? QJsonDocument(masked.toObject()) : QJsonDocument(masked.toArray());
    }
    for (QString &key : jsonKeys)
        text(key);
    text(processId);
    for (ZuoraReason &reason : reasons) {
        text(reason.message);
        QString code = reason.code.text();
        text(code);
        if (code != reason.code.text())
            reason.code = ZuoraErrorCode::fromString(code);
    }
    text(answerMessage);
    for (QString *field : {&token.accessToken, &token.tokenType, &token.scope, &token.userId, &token.tenantId, &token.jti})
        text(*field);
    for (QString *field : {&soap.session, &soap.serverUrl, &soap.faultCode, &soap.faultString, &soap.detailCode,
                           &soap.detailMessage})
        text(*field);
    for (QStringList *list : {&token.scopeItems, &token.entityIds, &token.services}) {
        for (QString &item : *list)
            text(item);
    }
    for (QNetworkCookie &cookie : cookies) {
        QByteArray name = cookie.name();
        QByteArray value = cookie.value();
        bytes(name);
        bytes(value);
        cookie.setName(name);
        cookie.setValue(value);
        QString domain = cookie.domain();
        QString path = cookie.path();
        text(domain);
        text(path);
        cookie.setDomain(domain);
        cookie.setPath(path);
    }
    for (QString &item : tlsErrors)
        text(item);
    text(redirectTarget);
    if (!found)
        return;
    // Our own sentences quote the server's text: mask them too, but only when the server really
    // sent the secret back, so that a short secret never disfigures words of ours ("proxy" under
    // the password "x") when nothing was echoed.
    for (QString &item : notes)
        text(item);
    text(cause);
    text(hint);
    secretEchoed = true;
}

QStringList ConnectionResult::issuedCredentials() const
{
    QStringList issued;
    if (!token.accessToken.isEmpty())
        issued << token.accessToken;
    if (!soap.session.isEmpty())
        issued << soap.session;
    if (const QNetworkCookie *cookie = sessionCookie(); cookie && !cookie->value().isEmpty())
        issued << QString::fromUtf8(cookie->value());
    return issued;
}

QString ConnectionResult::firstCode() const
{
    return reasons.isEmpty() ? QString() : reasons.first().code.text();
}

} // namespace zct
