#pragma once

#include "CommandLine.h"
#include "OutputFormat.h"

#include <memory>

namespace zct {

// The monitoring formats of one zuora-check run: collects the results, then prints the text (or
// writes it with --textfile) and gives the exit code. Inactive for human and json, which stream.
class MonitoringOutput final
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringOutput)
    Q_DISABLE_COPY_MOVE(MonitoringOutput)
public:
    explicit MonitoringOutput(const CheckOptions &options);
    ~MonitoringOutput();

    bool isActive() const { return m_format != nullptr; }
    // profileName empty: a single check, named after its environment.
    void add(const QString &profileName, const ConnectionResult &result);
    // Prints or writes the text; the exit code of the format (2 when the textfile cannot be written).
    int finish();

private:
    QString environmentOf(const ConnectionResult &result) const;

    const CheckOptions &m_options;
    std::unique_ptr<OutputFormat> m_format;
};

} // namespace zct
