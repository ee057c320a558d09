#pragma once

#include "OutputFormat.h"

namespace zct {

// zuora-check --format prometheus: the text exposition format 0.0.4 (monitoring.md section 3), for
// node_exporter's textfile collector. Names follow blackbox_exporter's probe_*: zuora_check_success,
// zuora_check_duration_seconds, ... one series per profile, labelled profile, environment and auth;
// never the user name or client id (high cardinality, and nobody's business). No sample timestamps:
// the textfile collector skips a file that has them.
class PrometheusFormat final : public OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(PrometheusFormat)
public:
    using OutputFormat::OutputFormat;
    Output finish() const override;

    static QString escapeLabelValue(const QString &value);
};

} // namespace zct
