#pragma once

#include "OutputFormat.h"

namespace zct {

// zuora-check --format checkmk: Checkmk local-check lines (monitoring.md section 2), one per
// profile: <state> "Zuora login <profile>" <metrics joined by |> <detail with \n escapes>, exactly
// one space between the four parts. States as in nagios (MonitoringState); the exit code stays the
// tool's own, since the agent reads the lines, not the code.
class CheckmkFormat final : public OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(CheckmkFormat)
public:
    using OutputFormat::OutputFormat;
    Output finish() const override;

    static QString serviceName(const QString &profile);

private:
    QString metrics(const CheckedProfile &entry) const;
};

} // namespace zct
