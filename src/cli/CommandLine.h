#pragma once

#include "ConnectionSettings.h"
#include "OutputFormat.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zct {

// What `zuora-check` was asked to do, parsed and checked; the secret is read elsewhere.
struct CheckOptions
{
    ConnectionSettings settings;
    bool demo = false;
    bool json = false;
    bool showSecrets = false;
    bool passwordStdin = false;
    bool listEnvironments = false;
    bool color = false;
    // --format (--json is --format json) and what the monitoring formats need.
    OutputFormatKind format = OutputFormatKind::Human;
    MonitoringOptions monitoring;   // --warning, --critical, --cert-warning
    QString textfile;               // --textfile PATH, with --format prometheus

    // Saved profiles (the desktop app's), their secrets from the keychain.
    QString profileName;        // --profile NAME
    bool allProfiles = false;   // --all-profiles
    int concurrency = 4;        // --concurrency N, 1..16
    bool timeoutGiven = false;  // --timeout overrides the profiles' own timeouts

    // --proxy URL or --no-proxy; overrides a profile's proxy. Without either: the profile's proxy,
    // else the system's (and direct for --demo). The password comes from ZUORA_PROXY_PASSWORD.
    bool proxyGiven = false;
    ProxySettings proxy;
    bool useProfiles() const { return allProfiles || !profileName.isEmpty(); }
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum class Outcome { Run, Exit };
    // Parses arguments; on --help/--version prints and returns Exit with exitCode 0;
    // on a usage error prints the reason to stderr and returns Exit with exitCode 2.
    static Outcome parse(const QStringList &arguments, CheckOptions &options, int &exitCode);
    static QString exitCodesText();

    static constexpr int MaxConcurrency = 16;
};

} // namespace zct
