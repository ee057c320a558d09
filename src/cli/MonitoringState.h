#pragma once

#include "OutputFormat.h"

#include <QCoreApplication>
#include <QString>

namespace zct {

// The plugin states of Nagios, Icinga and Checkmk, in their exit-code / state-column values.
enum class ServiceState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

// How one profile's check maps onto a service state (monitoring.md section 1):
//  accepted -> OK, unless the login time crosses --warning/--critical or the certificate expires
//              within --cert-warning days (WARNING) or has expired (CRITICAL);
//  rejected by Zuora -> CRITICAL; Zuora not reached or no usable answer (DNS, refused, TLS, proxy,
//              5xx, not Zuora, unexpected) -> CRITICAL: the login does not work from here;
//  try again (429, a retryable Zuora code) -> WARNING: Zuora answered and did not refuse the
//              credentials, but could not confirm them; worth a look, not a page at night;
//  our own timeout, a cancel, a secret not at hand, bad input -> UNKNOWN: the check itself could
//              not run to a verdict.
class MonitoringState final
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringState)
public:
    struct Judgement
    {
        ServiceState state = ServiceState::Unknown;
        QString summary;          // short, one line, no state word
    };

    static Judgement judge(const CheckedProfile &entry, const MonitoringOptions &options);
    static QString name(ServiceState state);   // "OK", "WARNING", "CRITICAL", "UNKNOWN"
    // CRITICAL > WARNING > UNKNOWN > OK (monitoring-plugins' max_state_alt): a profile that could
    // not be checked does not hide one that is failing, and is not taken for OK either.
    static ServiceState worse(ServiceState a, ServiceState b);
    // Whole days until the certificate expires, rounded down; negative once expired.
    static qint64 certificateDaysLeft(const CheckedProfile &entry, const QDateTime &now);
};

} // namespace zct
