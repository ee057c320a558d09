#include "MonitoringState.h"

#include "AuthMethod.h"
#include "Outcome.h"

using namespace Qt::StringLiterals;

namespace zct {

namespace {

int rank(ServiceState state)
{
    switch (state) {
    case ServiceState::Ok: return 0;
    case ServiceState::Unknown: return 1;
    case ServiceState::Warning: return 2;
    case ServiceState::Critical: return 3;
    }
    return 1;
}

} // namespace

QString MonitoringState::name(ServiceState state)
{
    // Not translated: monitoring systems and their users match these words.
    switch (state) {
    case ServiceState::Ok: return u"OK"_s;
    case ServiceState::Warning: return u"WARNING"_s;
    case ServiceState::Critical: return u"CRITICAL"_s;
    case ServiceState::Unknown: return u"UNKNOWN"_s;
    }
    return u"UNKNOWN"_s;
}

ServiceState MonitoringState::worse(ServiceState a, ServiceState b)
{
    return rank(a) >= rank(b) ? a : b;
}

qint64 MonitoringState::certificateDaysLeft(const CheckedProfile &entry, const QDateTime &now)
{
    if (!entry.certificateExpiry)
        return 0;
    const qint64 secondsLeft = now.secsTo(*entry.certificateExpiry);
    // Rounded down, also below zero: an hour past expiry is day -1, not day 0.
    return secondsLeft >= 0 ? secondsLeft / 86400 : -((-secondsLeft + 86399) / 86400);
}

MonitoringState::Judgement MonitoringState::judge(const CheckedProfile &entry, const MonitoringOptions &options)
{
    const ConnectionResult &result = entry.result;
    const QString cause = OutputFormat::oneLine(result.cause);
    switch (OutcomeText::of(result)) {
    case Outcome::Accepted: break;
    case Outcome::Rejected: return {ServiceState::Critical, tr("rejected: %1").arg(cause)};
    case Outcome::TryAgain: return {ServiceState::Warning, tr("try again later: %1").arg(cause)};
    case Outcome::NotSent: return {ServiceState::Unknown, tr("not checked: %1").arg(cause)};
    case Outcome::Cancelled: return {ServiceState::Unknown, tr("cancelled: %1").arg(cause)};
    case Outcome::Failed:
        if (result.errorKind == ErrorKind::Timeout)
            return {ServiceState::Unknown, tr("no verdict within the timeout: %1").arg(cause)};
        return {ServiceState::Critical, cause};
    }

    const double seconds = OutputFormat::seconds(qMax(0.0, result.timings.finished));
    const QString took = OutputFormat::decimal(seconds, 3);
    const QString accepted = tr("%1 accepted in %2 s").arg(AuthMethod::of(result.settings.authMode).shortTitle(), took);
    const bool certKnown = entry.certificateExpiry.has_value();
    const qint64 days = certificateDaysLeft(entry, options.now);
    if (options.critical.alerts(seconds))
        return {ServiceState::Critical, tr("login took %1 s (critical: %2)").arg(took, options.critical.text())};
    if (certKnown && options.now >= *entry.certificateExpiry)
        return {ServiceState::Critical, tr("certificate expired on %1").arg(entry.certificateExpiry->toUTC().toString(Qt::ISODate))};
    if (options.warning.alerts(seconds))
        return {ServiceState::Warning, tr("login took %1 s (warning: %2)").arg(took, options.warning.text())};
    if (certKnown && days < options.certWarningDays)
        return {ServiceState::Warning, tr("certificate expires in %n day(s); %1", nullptr, int(days)).arg(accepted)};
    return {ServiceState::Ok, accepted};
}

} // namespace zct
