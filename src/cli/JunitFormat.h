#pragma once

#include "OutputFormat.h"

namespace zct {

// zuora-check --format junit: JUnit XML as Jenkins and GitLab read it, valid against junit-10.xsd
// (monitoring.md section 4; tests/data/junit-10.xsd). One testsuite "zuora-check" per run, one
// testcase per profile: <failure type="rejected"> for exit 1, <error type="network|unexpected">
// for 3 and 4, <skipped> for a profile that was not run; the decoded cause in system-out. Exit code:
// the tool's own.
class JunitFormat final : public OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(JunitFormat)
public:
    using OutputFormat::OutputFormat;
    Output finish() const override;

    // Text XML 1.0 can carry: other control characters (from a hostile answer) become spaces.
    static QString xmlSafe(const QString &text);
};

} // namespace zct
