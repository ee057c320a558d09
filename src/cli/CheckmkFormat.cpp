#include "CheckmkFormat.h"

#include "MonitoringState.h"

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QString threshold(const NagiosRange &range)
{
    const double upper = range.upperOnly();
    return upper >= 0 ? OutputFormat::decimal(upper) : QString();
}

} // namespace

QString CheckmkFormat::serviceName(const QString &profile)
{
    // Quoted, so a double quote inside cannot end it; a profile name is one line.
    QString name = OutputFormat::oneLine(profile);
    name.replace(u'"', u'\'');
    return u"\"Zuora login %1\""_s.arg(name);
}

QString CheckmkFormat::metrics(const CheckedProfile &entry) const
{
    const ConnectionResult &result = entry.result;
    QStringList items;
    // Prefixed names: Checkmk matches metric names against its own definitions (monitoring.md).
    if (wasSent(result) && result.timings.finished >= 0) {
        QString item = u"zuora_login_time=%1"_s.arg(decimal(seconds(result.timings.finished)));
        const QString warn = threshold(options().warning);
        const QString crit = threshold(options().critical);
        if (!warn.isEmpty() || !crit.isEmpty())
            item += u';' + warn + u';' + crit;
        items << item;
    }
    if (result.httpStatus > 0)
        items << u"zuora_http_status=%1"_s.arg(result.httpStatus);
    if (entry.certificateExpiry) {
        items << u"zuora_cert_days=%1;%2:;0:"_s.arg(MonitoringState::certificateDaysLeft(entry, options().now))
                     .arg(options().certWarningDays);
    }
    if (result.token.expiresIn >= 0)
        items << u"zuora_token_ttl=%1"_s.arg(result.token.expiresIn);
    return items.isEmpty() ? u"-"_s : items.join(u'|');
}

OutputFormat::Output CheckmkFormat::finish() const
{
    QString text;
    for (const CheckedProfile &entry : entries()) {
        const MonitoringState::Judgement judgement = MonitoringState::judge(entry, options());
        QStringList details{oneLine(judgement.summary) + u" ("_s + oneLine(entry.environment) + u", "_s
                            + authId(entry.result) + u')'};
        for (const QString &reason : decodedReasons(entry.result))
            details << tr("reason: %1").arg(reason);
        if (!entry.result.accepted() && !entry.result.hint.isEmpty())
            details << tr("hint: %1").arg(oneLine(entry.result.hint));
        // A real line feed would start another service: the detail's lines are joined by the two
        // characters \n, which Checkmk turns into line breaks.
        text += QString::number(int(judgement.state)) + u' ' + serviceName(entry.profile) + u' ' + metrics(entry) + u' '
            + details.join(u"\\n"_s) + u'\n';
    }
    return {text, worstExitCode()};
}

} // namespace zct
