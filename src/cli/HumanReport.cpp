#include "HumanReport.h"

#include "DisplayText.h"
#include "ResultJson.h"

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// Every value may carry text from the server: shown with its controls and bidi overrides as
// escapes (DisplayText), so nothing it sent acts on the terminal. Our own escapes (the verdict's
// colour) are added outside.
QString row(const QString &label, const QString &value)
{
    return u"  "_s + label.leftJustified(13) + DisplayText::safe(value) + u'\n';
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + u" ms"_s;
}

} // namespace

QString HumanReport::format(const ConnectionResult &result, const Options &options)
{
    QString verdict;
    const char *colour = "";
    switch (result.verdict) {
    case Verdict::Accepted: verdict = tr("ACCEPTED"); colour = "\x1b[1;32m"; break;
    case Verdict::Rejected: verdict = tr("REJECTED"); colour = "\x1b[1;31m"; break;
    case Verdict::Error: verdict = tr("ERROR"); colour = "\x1b[1;33m"; break;
    }
    QString out;
    if (options.color)
        out += QString::fromLatin1(colour) + verdict + u"\x1b[0m"_s;
    else
        out += verdict;
    out += u"  "_s + DisplayText::safe(result.cause) + u'\n';
    if (!result.hint.isEmpty())
        out += row(tr("Hint"), result.hint);

    if (result.endpoint.isValid())
        out += row(tr("Endpoint"), u"POST "_s + result.endpoint.toDisplayString());
    if (!result.settings.username.isEmpty())
        out += row(result.settings.authMode == AuthMode::OAuthClientCredentials ? tr("Client id") : tr("User"),
                   result.settings.username);
    if (result.httpStatus > 0)
        out += row(tr("HTTP"), QString::number(result.httpStatus) + u' ' + result.httpReason);
    for (const ZuoraReason &reason : result.reasons) {
        const ZuoraErrorCode &code = reason.code;
        QString text = code.text();
        if (code.category() >= 0)
            text += u"  ["_s + QString::number(code.category()) + u' ' + code.categoryName() + u']';
        if (!reason.message.isEmpty())
            text += u"  "_s + reason.message;
        out += row(tr("Reason"), text);
    }
    if (!result.processId.isEmpty())
        out += row(tr("Process id"), result.processId);
    if (result.reasons.isEmpty() && !result.answerMessage.isEmpty())
        out += row(tr("Message"), result.answerMessage);

    for (const QNetworkCookie &cookie : result.cookies) {
        const QString value = options.revealSecrets ? QString::fromUtf8(cookie.value())
                                                    : tr("%1 (%2 chars)").arg(ResultJson::mask(QString::fromUtf8(cookie.value())))
                                                          .arg(cookie.value().size());
        QStringList attributes;
        if (!cookie.path().isEmpty())
            attributes << u"Path="_s + cookie.path();
        if (!cookie.domain().isEmpty())
            attributes << u"Domain="_s + cookie.domain();
        if (cookie.isSecure())
            attributes << u"Secure"_s;
        if (cookie.isHttpOnly())
            attributes << u"HttpOnly"_s;
        attributes << (cookie.isSessionCookie() ? tr("session cookie")
                                                : tr("expires %1").arg(cookie.expirationDate().toUTC().toString(Qt::ISODate)));
        out += row(cookie.name() == "ZSession" ? tr("Session") : tr("Cookie"),
                   QString::fromUtf8(cookie.name()) + u'=' + value + u"  "_s + attributes.join(u' '));
    }

    if (!result.soap.session.isEmpty()) {
        const QString session = options.revealSecrets ? result.soap.session
                                                      : tr("%1 (%2 chars)").arg(ResultJson::mask(result.soap.session))
                                                            .arg(result.soap.session.size());
        out += row(tr("Session"), session);
    }
    if (!result.soap.serverUrl.isEmpty())
        out += row(tr("Server URL"), DisplayText::safe(result.soap.serverUrl));

    if (result.token.isValid()) {
        const OAuthToken &token = result.token;
        const QString shown = options.revealSecrets ? token.accessToken : ResultJson::mask(token.accessToken);
        out += row(tr("Token"), token.expiresIn >= 0
                                    ? tr("%1 %2, expires in %3 s").arg(token.tokenType, shown, QString::number(token.expiresIn))
                                    : tr("%1 %2, expiry not given").arg(token.tokenType, shown));
        if (!token.userId.isEmpty() || !token.tenantId.isEmpty())
            out += row(tr("Scope"), tr("user %1, tenant %2").arg(token.userId, token.tenantId));
        if (!token.entityIds.isEmpty())
            out += row(tr("Entities"), token.entityIds.join(u", "));
        if (!token.services.isEmpty())
            out += row(tr("Services"), token.services.join(u' '));
    }

    static const QList<QByteArray> keyHeaders = {
        "Zuora-Request-Id", "Zuora-Track-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
        "X-RateLimit-Limit-minute", "X-RateLimit-Remaining-minute", "Concurrency-Limit-Type",
        "Concurrency-Limit-Limit", "Concurrency-Limit-Remaining", "Retry-After", "WWW-Authenticate", "Location", "Server"};
    // Header names are longer than the labels above, so they get a block of their own.
    QString headers;
    for (const QByteArray &name : keyHeaders) {
        const QByteArray value = result.header(name);
        if (!value.isEmpty())
            headers += u"    "_s + QString::fromLatin1(name) + u": "_s + DisplayText::safe(QString::fromLatin1(value)) + u'\n';
    }
    if (!headers.isEmpty())
        out += u"  "_s + tr("Headers") + u'\n' + headers;
    if (result.tls.encrypted) {
        out += row(tr("TLS"), DisplayText::safe(result.tls.summary()));
        if (!result.tls.chain.isEmpty())
            out += row(tr("Certificate"), u"SHA-256 "_s + result.tls.chain.constFirst().sha256);
        for (const QString &warning : result.tls.warnings())
            out += row(tr("TLS warning"), warning);
    }
    for (const QString &line : result.tlsErrors)
        out += row(tr("TLS"), line);
    for (const QString &note : result.notes)
        out += row(tr("Note"), note);

    const Timings &t = result.timings;
    QStringList phases;
    if (t.connecting >= 0)
        phases << tr("connect %1").arg(ms(t.connecting));
    if (t.tlsDone >= 0)
        phases << tr("TLS %1").arg(ms(t.tlsDone));
    if (t.requestSent >= 0)
        phases << tr("sent %1").arg(ms(t.requestSent));
    if (t.firstByte >= 0)
        phases << tr("first byte %1").arg(ms(t.firstByte));
    if (t.finished >= 0)
        phases << tr("total %1").arg(ms(t.finished));
    if (!phases.isEmpty())
        out += row(tr("Timings"), phases.join(u" · "));
    return out;
}

QString HumanReport::formatEntities(const EntitiesResult &result, const QString &currentEntityId)
{
    QString out = u"\n"_s;
    if (result.sent)
        out += row(tr("Lookup"), tr("%1 %2, %3").arg(QString::fromLatin1(result.request.method),
                                                     result.request.url.toDisplayString(), ms(result.timings.finished)));
    if (!result.ok) {
        out += row(tr("Entities"), tr("not listed: %1").arg(result.cause));
        if (!result.hint.isEmpty())
            out += row(tr("Hint"), result.hint);
        return out;
    }
    out += row(tr("Entities"), result.entities.size() == 1 ? tr("1 entity reachable")
                                                          : tr("%1 entities reachable").arg(result.entities.size()));
    for (const ZuoraEntity &entity : result.entities) {
        const QString name = entity.displayName.isEmpty() ? entity.name : entity.displayName;
        QString text = tr("%1  id %2").arg(name, EntitiesLookup::headerEntityId(entity.id).isEmpty()
                                                     ? entity.id : EntitiesLookup::headerEntityId(entity.id));
        if (entity.isGlobal())
            text += u"  "_s + tr("(global)");
        if (!entity.status.isEmpty() && entity.status != u"Provisioned")
            text += u"  "_s + entity.status;
        out += row(QString(), text);
    }
    const QString suggested = EntitiesLookup::suggestedEntityId(result, currentEntityId);
    if (!suggested.isEmpty())
        out += row(tr("Hint"), tr("No entity id was given: later calls may need one, for example --entity-id %1.").arg(suggested));
    return out;
}

} // namespace zct
