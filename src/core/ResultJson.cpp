#include "ResultJson.h"

#include "Environments.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QJsonValue timing(double ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qRound(ms * 1000.0) / 1000.0);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return u"accepted"_s;
    case Verdict::Rejected: return u"rejected"_s;
    case Verdict::Error: return u"error"_s;
    }
    return u"error"_s;
}

} // namespace

QString ResultJson::mask(const QString &value)
{
    return value.isEmpty() ? QString() : u"********"_s;
}

QJsonObject ResultJson::toJson(const ConnectionResult &result, const JsonOptions &options)
{
    const auto secretText = [&](const QString &value) { return options.revealSecrets ? value : mask(value); };

    QJsonObject json;
    if (!options.label.isEmpty())
        json[u"profile"] = options.label;
    json[u"ok"] = result.accepted();
    json[u"exitCode"] = result.exitCode();
    json[u"verdict"] = verdictId(result.verdict);
    json[u"authMode"] = authModeId(result.settings.authMode);
    const NormalizedUrl base = Environments::normalize(result.settings.baseUrl);
    const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
    json[u"environment"] = environment ? QJsonValue(environment->id) : QJsonValue(QJsonValue::Null);
    json[u"endpoint"] = result.endpoint.isValid() ? QJsonValue(result.endpoint.toString()) : QJsonValue();
    json[u"username"] = result.settings.username;
    // The proxy the request went through ("http://host:port" or "socks5://host:port"), null when direct.
    json[u"proxy"] = stringOrNull(result.proxy);
    json[u"startedAt"] = result.startedAt.toString(Qt::ISODateWithMs);
    json[u"attempts"] = result.attempts;
    json[u"httpStatus"] = result.httpStatus > 0 ? QJsonValue(result.httpStatus) : QJsonValue();
    json[u"httpReason"] = stringOrNull(result.httpReason);
    json[u"answerShape"] = answerShapeId(result.shape);
    json[u"success"] = result.successValue < 0 ? QJsonValue() : QJsonValue(result.successValue == 1);
    json[u"processId"] = stringOrNull(result.processId);

    QJsonArray reasons;
    for (const ZuoraReason &reason : result.reasons) {
        const ZuoraErrorCode &code = reason.code;
        QJsonObject entry;
        entry[u"code"] = code.isNumeric() ? QJsonValue(double(code.number())) : QJsonValue(code.text());
        entry[u"message"] = reason.message;
        entry[u"category"] = code.category() >= 0 ? QJsonValue(code.category()) : QJsonValue();
        entry[u"categoryName"] = code.category() >= 0 ? QJsonValue(code.categoryName()) : QJsonValue();
        entry[u"authentication"] = code.isAuthentication();
        entry[u"retryable"] = code.isRetryable();
        entry[u"hint"] = code.hint();
        reasons.append(entry);
    }
    json[u"reasons"] = reasons;

    QJsonArray cookies;
    for (const QNetworkCookie &cookie : result.cookies) {
        QJsonObject entry;
        entry[u"name"] = QString::fromUtf8(cookie.name());
        entry[u"value"] = secretText(QString::fromUtf8(cookie.value()));
        entry[u"valueLength"] = int(cookie.value().size());
        entry[u"domain"] = cookie.domain();
        entry[u"path"] = cookie.path();
        entry[u"secure"] = cookie.isSecure();
        entry[u"httpOnly"] = cookie.isHttpOnly();
        entry[u"expires"] = cookie.isSessionCookie() ? QJsonValue() : QJsonValue(cookie.expirationDate().toUTC().toString(Qt::ISODate));
        entry[u"session"] = cookie.name() == "ZSession";
        cookies.append(entry);
    }
    json[u"cookies"] = cookies;

    QJsonObject headers;
    for (const auto &field : result.responseHeaders) {
        const QString name = QString::fromLatin1(field.first);
        QString value = QString::fromLatin1(field.second);
        if (!options.revealSecrets && field.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            QStringList masked;
            for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(field.second)) {
                QNetworkCookie copy = cookie;
                copy.setValue(mask(QString::fromUtf8(cookie.value())).toUtf8());
                masked << QString::fromUtf8(copy.toRawForm());
            }
            value = masked.join(u'\n');
        }
        headers[name] = value;
    }
    json[u"headers"] = headers;

    if (result.token.isValid() || result.shape == AnswerShape::OAuthToken) {
        const OAuthToken &token = result.token;
        QJsonObject entry;
        entry[u"accessToken"] = secretText(token.accessToken);
        entry[u"tokenType"] = token.tokenType;
        entry[u"expiresIn"] = token.expiresIn >= 0 ? QJsonValue(double(token.expiresIn)) : QJsonValue();
        entry[u"scope"] = QJsonArray::fromStringList(token.scopeItems);
        entry[u"userId"] = stringOrNull(token.userId);
        entry[u"tenantId"] = stringOrNull(token.tenantId);
        entry[u"entityIds"] = QJsonArray::fromStringList(token.entityIds);
        entry[u"services"] = QJsonArray::fromStringList(token.services);
        entry[u"jti"] = stringOrNull(token.jti);
        json[u"token"] = entry;
    } else {
        json[u"token"] = QJsonValue();
    }

    // SOAP login(): what the envelope said; null for the REST login kinds.
    if (result.settings.authMode == AuthMode::SoapLogin && result.httpStatus > 0) {
        const SoapLoginAnswer &soap = result.soap;
        QJsonObject entry;
        entry[u"session"] = soap.session.isEmpty() ? QJsonValue() : QJsonValue(secretText(soap.session));
        entry[u"sessionLength"] = int(soap.session.size());
        entry[u"serverUrl"] = stringOrNull(soap.serverUrl);
        entry[u"fault"] = stringOrNull(soap.faultName);
        entry[u"faultCode"] = stringOrNull(soap.faultCode);
        entry[u"faultString"] = stringOrNull(soap.faultString);
        json[u"soap"] = entry;
    } else {
        json[u"soap"] = QJsonValue();
    }

    QJsonObject timings;
    timings[u"connectStart"] = timing(result.timings.connecting);
    timings[u"tlsDone"] = timing(result.timings.tlsDone);
    timings[u"requestSent"] = timing(result.timings.requestSent);
    timings[u"firstByte"] = timing(result.timings.firstByte);
    timings[u"total"] = timing(result.timings.finished);
    json[u"timingsMs"] = timings;

    if (result.accepted()) {
        json[u"error"] = QJsonValue();
    } else {
        QJsonObject error;
        error[u"kind"] = errorKindId(result.errorKind);
        error[u"message"] = result.cause;
        error[u"hint"] = result.hint;
        json[u"error"] = error;
    }
    json[u"summary"] = result.cause;
    json[u"notes"] = QJsonArray::fromStringList(result.notes);
    json[u"tlsErrors"] = QJsonArray::fromStringList(result.tlsErrors);
    // The handshake as a support engineer reads it; null for plain http.
    json[u"tls"] = result.tls.encrypted ? QJsonValue(result.tls.toJson()) : QJsonValue();

    QJsonObject request;
    request[u"method"] = QString::fromLatin1(result.request.method);
    request[u"url"] = result.request.url.toString();
    QJsonObject requestHeaders;
    for (const HeaderField &field : result.request.headers) {
        const QString value = field.sensitive && options.revealSecrets && !options.secret.isEmpty()
            ? options.secret : QString::fromUtf8(field.value);
        requestHeaders[QString::fromLatin1(field.name)] = value;
    }
    request[u"headers"] = requestHeaders;
    QString body = QString::fromUtf8(result.request.body);
    if (options.revealSecrets && !options.secret.isEmpty() && result.settings.authMode == AuthMode::OAuthClientCredentials)
        body.replace(u"client_secret=********"_s, u"client_secret="_s + QString::fromLatin1(QUrl::toPercentEncoding(options.secret)));
    request[u"body"] = body;
    json[u"request"] = request;
    return json;
}

QJsonObject ResultJson::toJson(const EntitiesResult &result, const QString &currentEntityId)
{
    QJsonObject json;
    json[u"ok"] = result.ok;
    QJsonObject request;
    request[u"method"] = QString::fromLatin1(result.request.method);
    request[u"url"] = result.request.url.toString();
    QJsonObject headers;
    for (const HeaderField &field : result.request.headers)
        headers[QString::fromLatin1(field.name)] = QString::fromUtf8(field.value);   // the credential is ********
    request[u"headers"] = headers;
    json[u"request"] = result.sent ? QJsonValue(request) : QJsonValue();
    json[u"httpStatus"] = result.httpStatus > 0 ? QJsonValue(result.httpStatus) : QJsonValue();
    json[u"elapsedMs"] = result.timings.finished >= 0 ? QJsonValue(result.timings.finished) : QJsonValue();
    json[u"notMultiEntity"] = result.notMultiEntity;
    QJsonArray entities;
    for (const ZuoraEntity &entity : result.entities) {
        entities.append(QJsonObject{{u"id"_s, entity.id},
                                    {u"headerId"_s, EntitiesLookup::headerEntityId(entity.id)},
                                    {u"name"_s, entity.name},
                                    {u"displayName"_s, entity.displayName},
                                    {u"status"_s, entity.status},
                                    {u"parentId"_s, entity.isGlobal() ? QJsonValue() : QJsonValue(entity.parentId)},
                                    {u"tenantId"_s, entity.tenantId}});
    }
    json[u"entities"] = entities;
    json[u"suggestedEntityId"] = stringOrNull(EntitiesLookup::suggestedEntityId(result, currentEntityId));
    if (result.ok) {
        json[u"error"] = QJsonValue();
    } else {
        json[u"error"] = QJsonObject{{u"kind"_s, errorKindId(result.errorKind)}, {u"message"_s, result.cause},
                                     {u"hint"_s, result.hint}};
    }
    return json;
}

} // namespace zct
