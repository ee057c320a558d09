#include "PrometheusFormat.h"

#include "Outcome.h"

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

struct Sample
{
    QString extraLabels;   // ",phase=\"connect\"" ...
    QString value;
};

struct Family
{
    const char16_t *name;
    const char16_t *help;
    std::function<QList<Sample>(const CheckedProfile &)> samples;
};

QString value(double v) { return OutputFormat::decimal(v, 6); }

std::optional<double> span(double from, double to)
{
    if (from < 0 || to < 0 || to < from)
        return std::nullopt;
    return OutputFormat::seconds(to - from);
}

QList<Sample> phases(const ConnectionResult &result)
{
    if (!OutputFormat::wasSent(result))
        return {};
    const Timings &t = result.timings;
    // Milliseconds from the start; a phase that did not happen (-1) has no sample.
    const double connected = t.tlsDone >= 0 ? t.tlsDone : t.requestSent;
    const std::pair<const char16_t *, std::optional<double>> all[] = {
        {u"resolve", span(0, t.connecting)},
        {u"connect", span(t.connecting, connected)},   // TCP and, for https, the TLS handshake
        {u"request", span(connected >= 0 ? connected : t.connecting, t.requestSent)},
        {u"processing", span(t.requestSent, t.firstByte)},
        {u"transfer", span(t.firstByte, t.finished)},
    };
    QList<Sample> samples;
    for (const auto &[phase, seconds] : all) {
        if (seconds)
            samples << Sample{u",phase=\"%1\""_s.arg(QString::fromUtf16(phase)), value(*seconds)};
    }
    return samples;
}

const QList<Family> &families()
{
    static const QList<Family> all = {
        {u"zuora_check_success", u"Whether Zuora accepted the credentials (1) or not (0)",
         [](const CheckedProfile &e) { return QList<Sample>{{QString(), e.result.accepted() ? u"1"_s : u"0"_s}}; }},
        {u"zuora_check_duration_seconds", u"How long the login took to complete in seconds",
         [](const CheckedProfile &e) {
             if (!OutputFormat::wasSent(e.result) || e.result.timings.finished < 0)
                 return QList<Sample>{};
             return QList<Sample>{{QString(), value(OutputFormat::seconds(e.result.timings.finished))}};
         }},
        {u"zuora_check_phase_duration_seconds", u"Duration of the login by phase in seconds",
         [](const CheckedProfile &e) { return phases(e.result); }},
        {u"zuora_check_http_status_code", u"HTTP status code of Zuora's answer (0 when there was none)",
         [](const CheckedProfile &e) { return QList<Sample>{{QString(), QString::number(e.result.httpStatus)}}; }},
        {u"zuora_check_error_info",
         u"Why the login was not accepted: outcome, error kind and Zuora's first code (value 1)",
         [](const CheckedProfile &e) {
             if (e.result.accepted())
                 return QList<Sample>{};
             return QList<Sample>{{u",outcome=\"%1\",kind=\"%2\",code=\"%3\""_s.arg(
                                       PrometheusFormat::escapeLabelValue(OutcomeText::id(OutcomeText::of(e.result))),
                                       PrometheusFormat::escapeLabelValue(errorKindId(e.result.errorKind)),
                                       PrometheusFormat::escapeLabelValue(e.result.firstCode())),
                                   u"1"_s}};
         }},
        {u"zuora_check_tls_cert_expiry_timestamp_seconds", u"When the server certificate expires, in unixtime",
         [](const CheckedProfile &e) {
             if (!e.certificateExpiry)
                 return QList<Sample>{};
             return QList<Sample>{{QString(), QString::number(e.certificateExpiry->toSecsSinceEpoch())}};
         }},
        {u"zuora_check_token_expires_in_seconds", u"Lifetime of the OAuth token Zuora handed out, in seconds",
         [](const CheckedProfile &e) {
             if (e.result.token.expiresIn < 0)
                 return QList<Sample>{};
             return QList<Sample>{{QString(), QString::number(e.result.token.expiresIn)}};
         }},
        {u"zuora_check_last_run_timestamp_seconds", u"When this check ran, in unixtime",
         [](const CheckedProfile &e) {
             const QDateTime at = e.result.startedAt.isValid() ? e.result.startedAt : QDateTime::currentDateTimeUtc();
             return QList<Sample>{{QString(), value(at.toMSecsSinceEpoch() / 1000.0)}};
         }},
    };
    return all;
}

} // namespace

QString PrometheusFormat::escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'"')
            escaped += u"\\\""_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

OutputFormat::Output PrometheusFormat::finish() const
{
    QString text;
    for (const Family &family : families()) {
        QString samples;
        const QString name = QString::fromUtf16(family.name);
        for (const CheckedProfile &entry : entries()) {
            const QString labels = u"auth=\"%1\",environment=\"%2\",profile=\"%3\""_s.arg(
                escapeLabelValue(authId(entry.result)), escapeLabelValue(entry.environment),
                escapeLabelValue(entry.profile));
            for (const Sample &sample : family.samples(entry))
                samples += name + u'{' + labels + sample.extraLabels + u"} "_s + sample.value + u'\n';
        }
        // HELP and TYPE once, before the first sample; a family without samples is left out.
        if (samples.isEmpty())
            continue;
        text += u"# HELP "_s + name + u' ' + QString::fromUtf16(family.help) + u'\n' + u"# TYPE "_s + name
            + u" gauge\n"_s + samples;
    }
    return {text, worstExitCode()};
}

} // namespace zct
