#pragma once

#include "ConnectionResult.h"
#include "NagiosRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace zct {

enum class OutputFormatKind { Human, Json, Nagios, Checkmk, Prometheus, Junit };

// What the monitoring formats need beyond the results: thresholds and the clock.
struct MonitoringOptions
{
    NagiosRange warning;          // --warning: on the login time in seconds
    NagiosRange critical;         // --critical
    int certWarningDays = 14;     // --cert-warning DAYS
    QDateTime now;                // when the run ended; set by the caller, so tests can fix it
};

// One profile's result as a format sees it.
struct CheckedProfile
{
    QString profile;              // the profile's name (a single check: its environment)
    QString environment;          // "sandbox", "127.0.0.1:8080", ...
    ConnectionResult result;
    std::optional<QDateTime> certificateExpiry;
};

// A monitoring format (nagios, checkmk, prometheus, junit): results in, one text out. Pure, so that
// each one is tested with tables of results; human and json stream as results arrive instead
// (HumanReport, ResultJson, BatchReport) and have no formatter of this kind.
class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)
public:
    struct Output
    {
        QString text;
        int exitCode = 0;
    };

    explicit OutputFormat(const MonitoringOptions &options) : m_options(options) {}
    virtual ~OutputFormat() = default;
    Q_DISABLE_COPY_MOVE(OutputFormat)

    // The certificate expiry comes from the result (TlsDetails::serverCertificateExpiry).
    void add(const QString &profileName, const QString &environmentLabel, const ConnectionResult &result);
    void add(CheckedProfile entry);
    virtual Output finish() const = 0;

    const QList<CheckedProfile> &entries() const { return m_entries; }
    const MonitoringOptions &options() const { return m_options; }

    // nullptr for human and json.
    static std::unique_ptr<OutputFormat> create(OutputFormatKind kind, const MonitoringOptions &options);
    static bool parseKind(const QString &text, OutputFormatKind *kind);
    static QStringList kindNames();
    // The tool's own exit code for all entries: the highest (design.md).
    int worstExitCode() const;

    // Helpers every format shares. Numbers always in the C locale, plain decimals (no exponent).
    static QString decimal(double value, int decimals = 6);
    static double seconds(double milliseconds) { return milliseconds / 1000.0; }
    static bool wasSent(const ConnectionResult &result) { return result.attempts > 0; }
    // The login kind's stable id: "session", "oauth", "soap".
    static QString authId(const ConnectionResult &result);
    // The reasons, each decoded: "90000011 (Authentication failure): Invalid login ...".
    static QStringList decodedReasons(const ConnectionResult &result);
    // Control characters (a hostile answer's) replaced by spaces; one line.
    static QString oneLine(const QString &text);

private:
    MonitoringOptions m_options;
    QList<CheckedProfile> m_entries;
};

} // namespace zct
