#pragma once

#include "MonitoringState.h"
#include "OutputFormat.h"

namespace zct {

// zuora-check --format nagios: a monitoring plugin's output for Nagios, Icinga and Naemon
// (monitoring.md section 1). Exit code = state (0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN), not the
// tool's usual codes. Line 1 is the status, self-sufficient and under 80 characters; the long
// output has one line per profile with the decoded reasons; perfdata in seconds, C locale.
class NagiosFormat final : public OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(NagiosFormat)
public:
    using OutputFormat::OutputFormat;
    Output finish() const override;

    static constexpr qsizetype MaxStatusLine = 79;
    static constexpr qsizetype MaxOutput = 4000;   // Nagios' documented 4 KB, with room to spare
    // "ZUORA UNKNOWN - <message>", for arguments that could not be used (exit 3).
    static QString unknown(const QString &message);
    // Whether the arguments ask for this format, before they are parsed: a plugin's usage errors
    // are UNKNOWN on stdout too.
    static bool requestedIn(const QStringList &arguments);

private:
    QStringList perfdata(const CheckedProfile &entry, const QString &prefix) const;
};

} // namespace zct
