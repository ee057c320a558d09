#include "NagiosFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// Perfdata and status text must not carry '|', which starts perfdata.
QString plain(const QString &text)
{
    QString line = OutputFormat::oneLine(text);
    line.replace(u'|', u'/');
    return line;
}

QString shortened(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 3).trimmed() + u"..."_s;
}

// [a-z0-9_] labels (monitoring.md section 1): no quoting, no RRD surprises.
QString labelPrefix(const QString &profile)
{
    QString label = profile.toLower();
    label.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s);
    while (label.startsWith(u'_'))
        label.remove(0, 1);
    while (label.endsWith(u'_'))
        label.chop(1);
    return label.isEmpty() ? u"profile"_s : label;
}

} // namespace

QString NagiosFormat::unknown(const QString &message)
{
    return shortened(u"ZUORA UNKNOWN - "_s + plain(message), 4000) + u'\n';
}

bool NagiosFormat::requestedIn(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if ((argument == u"--format"_s || argument == u"-format"_s) && i + 1 < arguments.size()
            && arguments.at(i + 1).compare(u"nagios"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (argument.compare(u"--format=nagios"_s, Qt::CaseInsensitive) == 0
            || argument.compare(u"-format=nagios"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList NagiosFormat::perfdata(const CheckedProfile &entry, const QString &prefix) const
{
    const ConnectionResult &result = entry.result;
    QStringList items;
    if (wasSent(result) && result.timings.finished >= 0) {
        items << u"%1time=%2s;%3;%4;0"_s.arg(prefix, decimal(seconds(result.timings.finished)),
                                              options().warning.text(), options().critical.text());
    }
    if (result.httpStatus > 0)
        items << u"%1http_status=%2;;;100;599"_s.arg(prefix).arg(result.httpStatus);
    if (entry.certificateExpiry) {
        items << u"%1cert_days=%2;%3:;0:"_s.arg(prefix)
                     .arg(MonitoringState::certificateDaysLeft(entry, options().now))
                     .arg(options().certWarningDays);
    }
    if (result.token.expiresIn >= 0)
        items << u"%1token_ttl=%2s;;;0"_s.arg(prefix).arg(result.token.expiresIn);
    for (QString &item : items) {
        while (item.endsWith(u';'))
            item.chop(1);   // "Trailing unfilled semicolons can be dropped"
    }
    return items;
}

OutputFormat::Output NagiosFormat::finish() const
{
    const QList<CheckedProfile> &all = entries();
    if (all.isEmpty())
        return {unknown(tr("no profile was checked")), int(ServiceState::Unknown)};

    QList<MonitoringState::Judgement> judgements;
    ServiceState worst = ServiceState::Ok;
    for (const CheckedProfile &entry : all) {
        judgements << MonitoringState::judge(entry, options());
        worst = MonitoringState::worse(worst, judgements.constLast().state);
    }
    const QString head = u"ZUORA %1 - "_s.arg(MonitoringState::name(worst));

    QString status;
    QStringList longLines;
    QStringList perf;
    if (all.size() == 1) {
        const CheckedProfile &entry = all.constFirst();
        const ConnectionResult &result = entry.result;
        // A --profile run names the profile, so that a notification says which tenant it is about.
        const QString who = entry.profile == entry.environment ? QString() : plain(entry.profile) + u": "_s;
        status = head + who + plain(judgements.constFirst().summary) + u" ("_s + plain(entry.environment) + u')';
        if (!result.accepted() && !result.cause.isEmpty())
            longLines << plain(result.cause);
        for (const QString &reason : decodedReasons(result))
            longLines << tr("reason: %1").arg(plain(reason));
        if (!result.hint.isEmpty())
            longLines << tr("hint: %1").arg(plain(result.hint));
        if (!result.endpoint.isEmpty())
            longLines << tr("endpoint: %1 (%2)").arg(plain(result.endpoint.toString()), authId(result));
        if (entry.certificateExpiry)
            longLines << tr("certificate valid until %1").arg(entry.certificateExpiry->toUTC().toString(Qt::ISODate));
        perf = perfdata(entry, QString());
    } else {
        int counts[4] = {0, 0, 0, 0};
        QStringList notOk;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const ServiceState state = judgements.at(i).state;
            ++counts[int(state)];
            if (state == worst && state != ServiceState::Ok)
                notOk << plain(all.at(i).profile);
        }
        QStringList parts;
        for (const ServiceState state : {ServiceState::Critical, ServiceState::Warning, ServiceState::Unknown, ServiceState::Ok}) {
            if (counts[int(state)] > 0)
                parts << u"%1 %2"_s.arg(counts[int(state)]).arg(MonitoringState::name(state));
        }
        status = head + tr("%1 profiles: %2").arg(all.size()).arg(parts.join(u", "));
        if (!notOk.isEmpty())
            status += u" ("_s + notOk.join(u", ") + u')';
        QStringList prefixes;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const CheckedProfile &entry = all.at(i);
            longLines << u"[%1] %2 (%3, %4): %5"_s.arg(MonitoringState::name(judgements.at(i).state), plain(entry.profile),
                                                     plain(entry.environment), authId(entry.result),
                                                     plain(judgements.at(i).summary));
            for (const QString &reason : decodedReasons(entry.result))
                longLines << u"    "_s + tr("reason: %1").arg(plain(reason));
            QString prefix = labelPrefix(entry.profile);
            for (int n = 2; prefixes.contains(prefix); ++n)
                prefix = labelPrefix(entry.profile) + u'_' + QString::number(n);
            prefixes << prefix;
            perf << perfdata(entry, prefix + u'_');
        }
    }
    status = shortened(status, MaxStatusLine);

    // Nagios reads at most 4 KB (8 KB in 4.4): keep the status and perfdata of the first, drop
    // what does not fit from the end, and say so.
    const auto size = [&](const QStringList &lines, const QStringList &items) {
        return status.size() + lines.join(u'\n').size() + items.join(u' ').size() + 8;
    };
    qsizetype dropped = 0;
    while (size(longLines, perf) > MaxOutput && perf.size() > 1) {
        perf.removeLast();
        ++dropped;
    }
    qsizetype droppedLines = 0;
    while (size(longLines, perf) > MaxOutput - 80 && !longLines.isEmpty()) {
        longLines.removeLast();
        ++droppedLines;
    }
    if (droppedLines > 0 || dropped > 0)
        longLines << tr("(output shortened to stay under 4 KB; use one service per profile with --profile NAME)");

    QString text = status;
    if (longLines.isEmpty()) {
        if (!perf.isEmpty())
            text += u" | "_s + perf.join(u' ');
        text += u'\n';
    } else if (all.size() == 1) {
        text += (perf.isEmpty() ? QString() : u" | "_s + perf.join(u' ')) + u'\n' + longLines.join(u'\n') + u'\n';
    } else {
        // Perfdata of several profiles after the last long line; its leading space keeps it apart
        // from the first line's, which Nagios 4.4 concatenates (monitoring.md section 1).
        text += u'\n' + longLines.join(u'\n');
        if (!perf.isEmpty())
            text += u" | "_s + perf.join(u' ');
        text += u'\n';
    }
    return {text, int(worst)};
}

} // namespace zct
