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
    bool report = false;            // --report: the block for a support case instead of the human output
    bool entities = false;          // --entities: after an accepted check, list the entities it reaches
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
    // --max-logins-per-minute N: the one budget for logins from this machine to every Zuora host
    // (Zuora allows 100 a minute per IP address, failed ones included); loopback is not paced.
    int maxLoginsPerMinute = DefaultLoginsPerMinute;
    static constexpr int DefaultLoginsPerMinute = 80;
    static constexpr int MaxLoginsPerMinute = 100;

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
    // The first argument that is not valid UTF-8, in a sentence naming its option, or empty. Qt
    // would replace its bad bytes by U+FFFD, so a user name given that way would not be the one
    // meant; zuora-check refuses it instead (exit 2).
    static QString undecodableArgument(int argc, char **argv);

    static constexpr int MaxConcurrency = 16;
};

} // namespace zct
