#include "SupportReport.h"

#include "AuthMethod.h"
#include "DisplayText.h"
#include "Environments.h"
#include "Outcome.h"

#include <QSysInfo>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr int kLabelWidth = 18;

void line(QString &out, const QString &label, const QString &value)
{
    out += label.leftJustified(kLabelWidth) + u' ' + value + u'\n';
}

QString milliseconds(double value)
{
    return value < 0 ? QString() : QString::number(value, 'f', 1) + u" ms"_s;
}

} // namespace

QString SupportReport::build(const ConnectionResult &result, const Context &context)
{
    QString out = tr("Zuora login check - report for support") + u'\n';
    line(out, tr("Tool"), tr("%1 %2 (Qt %3, %4, %5)")
                              .arg(context.toolName, QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                   QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()));
    line(out, tr("Time (UTC)"), context.now.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (result.startedAt.isValid())
        line(out, tr("Checked at (UTC)"), result.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (!context.profileName.isEmpty())
        line(out, tr("Profile"), DisplayText::safe(context.profileName));

    const NormalizedUrl base = Environments::normalize(result.settings.baseUrl);
    const Environment *preset = base.ok() ? Environments::match(base.url) : nullptr;
    line(out, tr("Environment"), preset ? preset->displayName + u" ("_s + preset->id + u')' : tr("custom address"));
    const AuthMethod &method = AuthMethod::of(result.settings.authMode);
    if (result.endpoint.isValid())
        line(out, tr("Endpoint"), u"POST "_s + result.endpoint.toDisplayString());
    line(out, tr("Login kind"), method.shortTitle() + u" ("_s + method.idString() + u')');
    line(out, method.userTitle(), result.settings.username.isEmpty() ? tr("(none)") : DisplayText::safe(result.settings.username));
    line(out, tr("Entity id"), result.settings.entityId.isEmpty() ? tr("(none)") : DisplayText::safe(result.settings.entityId));
    if (!result.settings.trackId.isEmpty())
        line(out, tr("Track id"), DisplayText::safe(result.settings.trackId));

    line(out, tr("Outcome"), OutcomeText::title(result) + u" (exit "_s + QString::number(result.exitCode()) + u"): "_s
                                 + DisplayText::safe(result.cause));
    if (!result.hint.isEmpty())
        line(out, tr("What to do"), DisplayText::safe(result.hint));
    if (result.attempts == 0)
        line(out, tr("Sent"), tr("nothing was sent"));
    else if (result.attempts > 1)
        line(out, tr("Sent"), tr("%n requests", nullptr, result.attempts));
    const QByteArray requestId = result.header("Zuora-Request-Id");
    if (!requestId.isEmpty())
        line(out, u"Zuora-Request-Id"_s, DisplayText::safe(QString::fromLatin1(requestId)));
    if (!result.processId.isEmpty())
        line(out, tr("Process id"), DisplayText::safe(result.processId));
    if (result.httpStatus > 0)
        line(out, tr("HTTP"), QString::number(result.httpStatus) + u' ' + DisplayText::safe(result.httpReason));
    for (const ZuoraReason &reason : result.reasons) {
        const ZuoraErrorCode &code = reason.code;
        QString text = DisplayText::safe(code.text());
        if (code.category() >= 0)
            text += u" ["_s + QString::number(code.category()) + u' ' + code.categoryName() + u']';
        if (!reason.message.isEmpty())
            text += u": "_s + DisplayText::safe(reason.message);
        if (!code.hint().isEmpty())
            text += u" - "_s + code.hint();
        line(out, tr("Code"), text);
    }
    if (const QNetworkCookie *session = result.sessionCookie())
        line(out, tr("Session"), tr("%1 cookie set (value not included, %n characters)", nullptr, int(session->value().size()))
                                     .arg(DisplayText::safe(QString::fromLatin1(session->name()))));
    if (result.token.isValid())
        line(out, tr("Token"), tr("%1 token issued (not included, %n characters)", nullptr, int(result.token.accessToken.size()))
                                   .arg(DisplayText::safe(result.token.tokenType)));

    const Timings &t = result.timings;
    QStringList phases;
    const QList<QPair<QString, double>> named{{tr("connected"), t.connecting}, {tr("TLS done"), t.tlsDone},
                                              {tr("sent"), t.requestSent}, {tr("first byte"), t.firstByte},
                                              {tr("finished"), t.finished}};
    for (const auto &[name, value] : named) {
        if (value >= 0)
            phases << name + u' ' + milliseconds(value);
    }
    if (!phases.isEmpty())
        line(out, tr("Timings"), phases.join(u", "_s));
    if (result.attempts > 0)
        line(out, tr("Route"), result.proxy.isEmpty() ? tr("direct") : tr("through the proxy %1").arg(result.proxy));
    if (result.tls.encrypted) {
        line(out, u"TLS"_s, DisplayText::safe(result.tls.summary(context.now)));
        if (!result.tls.chain.isEmpty())
            line(out, tr("Certificate"), tr("SHA-256 %1").arg(result.tls.chain.constFirst().sha256));
        for (const QString &warning : result.tls.warnings(context.now))
            line(out, tr("TLS warning"), warning);
    }
    for (const QString &error : result.tlsErrors)
        line(out, tr("TLS problem"), DisplayText::safe(error));
    for (const QString &note : result.notes)
        line(out, tr("Note"), DisplayText::safe(note));
    return out;
}

} // namespace zct
