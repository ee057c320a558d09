#include "CommandLine.h"

#include "Environments.h"
#include "NagiosFormat.h"
#include "ProxyFactory.h"
#include "TextfileWriter.h"
#include "SecretInput.h"
#include "SoapLogin.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace zct {

QString CommandLine::exitCodesText()
{
    return tr("Exit codes:\n"
              "  0  accepted: the credentials work\n"
              "  1  rejected by Zuora (HTTP 401/403 or success: false)\n"
              "  2  usage or input error; nothing was sent\n"
              "  3  network, proxy, TLS or timeout\n"
              "  4  unexpected answer (not JSON, 5xx, 429, unknown shape, redirect)\n"
              "With --profile or --all-profiles a profile whose secret is missing (not remembered, not in the\n"
              "keychain, or the keychain failed) is reported as an error with code 2. With several profiles the\n"
              "exit code is that of the worst single result: the highest of the codes above.\n"
              "--format nagios uses the plugin convention instead: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
              "(also for arguments it cannot use; --help and --version still exit 0).\n");
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, CheckOptions &options, int &exitCode)
{
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks Zuora API credentials with a session login (POST /v1/connections), an OAuth "
           "client-credentials token (POST /oauth/token) or a SOAP login() (--soap) and says whether they work, "
           "and why not.\n\n"
           "The password or client secret is never taken from the command line: use --password-stdin, "
           "or the environment variable ZUORA_PASSWORD (session and SOAP login) or ZUORA_CLIENT_SECRET (OAuth); "
           "on a terminal it is asked for without echo.\n\n"
           "--profile NAME and --all-profiles check the profiles saved by the desktop app, with their secrets "
           "from the system keychain; --password-stdin, ZUORA_PASSWORD or ZUORA_CLIENT_SECRET override the secret "
           "of a single --profile. Logins are paced to stay under Zuora's limit of 100 per minute per IP address: "
           "at most 80 a minute from this computer to all Zuora hosts together (--max-logins-per-minute; checks "
           "against loopback are not paced), and an answer 429 is retried once after its Retry-After. A rejected "
           "credential is never retried.\n\n"
           "Proxies: by default the system's (http_proxy, https_proxy, no_proxy / NO_PROXY), or a saved profile's own; "
           "--proxy and --no-proxy override both. A proxy password is read from ZUORA_PROXY_PASSWORD only."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help with the exit codes."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption env(u"env"_s, tr("Zuora environment by short name (see --list-environments)."), tr("NAME"));
    const QCommandLineOption baseUrl(u"base-url"_s,
        tr("REST base URL; a bare host gets https://, a path prefix such as /rest is kept; http:// only for loopback."),
        tr("URL"));
    const QCommandLineOption username(u"username"_s, tr("The API user's name (session login)."), tr("NAME"));
    const QCommandLineOption entityId(u"entity-id"_s, tr("Entity id sent as Zuora-Entity-Ids (multi-entity tenants)."), tr("ID"));
    const QCommandLineOption trackId(u"track-id"_s, tr("Zuora-Track-Id: at most 64 US-ASCII characters, none of : ; \" '."), tr("ID"));
    const QCommandLineOption oauth(u"oauth"_s, tr("Use OAuth client credentials (POST /oauth/token) instead of a session login."));
    const QCommandLineOption clientId(u"client-id"_s, tr("OAuth client id (with --oauth)."), tr("ID"));
    const QCommandLineOption soap(u"soap"_s,
        tr("Use the SOAP API's login() on the environment's SOAP endpoint (/apps/services/a/VERSION on the UI host) "
           "instead of a REST session login."));
    const QCommandLineOption wsdlVersion(u"wsdl-version"_s,
        tr("With --soap, the WSDL version in the endpoint path (default %1).").arg(SoapLogin::DefaultWsdlVersion),
        tr("VERSION"));
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the password or client secret from the first line of standard input."));
    const QCommandLineOption caFile(u"ca-file"_s, tr("Also trust this PEM CA certificate for this check."), tr("PEM"));
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up after this many seconds (default 30)."), tr("SECONDS"), u"30"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the result as one JSON object on standard output."));
    const QCommandLineOption showSecrets(u"show-secrets"_s, tr("Do not mask the cookie value, token and secret in the output."));
    const QCommandLineOption demo(u"demo"_s,
        tr("Start the built-in demo tenant on loopback and check against it (the demo user unless --username is given)."));
    const QCommandLineOption listEnvironments(u"list-environments"_s, tr("List the environment names and their base URLs."));
    const QCommandLineOption noColor(u"no-color"_s, tr("Never colour the verdict (also when NO_COLOR is set)."));
    const QCommandLineOption profile(u"profile"_s,
        tr("Check the saved profile NAME (the desktop app's; the secret from the keychain)."), tr("NAME"));
    const QCommandLineOption allProfiles(u"all-profiles"_s,
        tr("Check every saved profile; one line (or one JSON object) per profile, then a summary."));
    const QCommandLineOption concurrency(u"concurrency"_s,
        tr("With --all-profiles, check at most N profiles at once (1 to %1, default 4).").arg(MaxConcurrency),
        tr("N"), u"4"_s);
    const QCommandLineOption maxLogins(u"max-logins-per-minute"_s,
        tr("With --all-profiles, start at most N logins a minute, counted together for every Zuora host: Zuora's limit "
           "is per IP address (1 to %1, default %2; loopback is not paced).")
            .arg(CheckOptions::MaxLoginsPerMinute)
            .arg(CheckOptions::DefaultLoginsPerMinute),
        tr("N"), QString::number(CheckOptions::DefaultLoginsPerMinute));
    const QCommandLineOption proxy(u"proxy"_s,
        tr("Go through this proxy: http://[USER@]HOST:PORT (HTTPS through CONNECT) or socks5://[USER@]HOST:PORT "
           "(the proxy resolves host names). Its password comes from ZUORA_PROXY_PASSWORD, never from the command line."),
        tr("URL"));
    const QCommandLineOption noProxy(u"no-proxy"_s,
        tr("Connect directly: no proxy, whatever http_proxy, https_proxy or a saved profile say."));
    const QCommandLineOption format(u"format"_s,
        tr("Output format: human (default), json, nagios (a monitoring plugin: status line, perfdata, exit code = "
           "state), checkmk (local-check lines), prometheus (text format for node_exporter) or junit (XML for CI)."),
        tr("FORMAT"));
    const QCommandLineOption warning(u"warning"_s,
        tr("nagios, checkmk: WARNING when the login time in seconds is outside this range ([@][start:][end], e.g. 2)."),
        tr("RANGE"));
    const QCommandLineOption critical(u"critical"_s,
        tr("nagios, checkmk: CRITICAL when the login time in seconds is outside this range (e.g. 5)."), tr("RANGE"));
    const QCommandLineOption certWarning(u"cert-warning"_s,
        tr("nagios, checkmk: WARNING when the server certificate expires within DAYS days (default 14)."), tr("DAYS"));
    const QCommandLineOption textfile(u"textfile"_s,
        tr("prometheus: write the metrics to this file at once (a temporary file in its folder, then renamed), for "
           "node_exporter's textfile collector, instead of standard output."),
        tr("PATH"));
    const QCommandLineOption report(u"report"_s,
        tr("Print a plain-text report for a support case instead of the usual output: versions, time, endpoint, login "
           "kind, user, Zuora-Request-Id, codes decoded, timings, route, TLS. Never a secret, cookie value or token."));
    const QCommandLineOption entities(u"entities"_s,
        tr("After an accepted check, list the entities the credential can reach with one more read-only call "
           "(GET /v1/users/NAME/accessible-entities, or /v1/entities for OAuth), using the session or token just "
           "obtained. Never made unless asked; the exit code stays the check's."));
    parser.addOptions({help, version, env, baseUrl, username, entityId, trackId, oauth, clientId, soap, wsdlVersion,
                       passwordStdin, caFile,
                       timeout, json, showSecrets, demo, listEnvironments, noColor, profile, allProfiles, concurrency,
                       maxLogins, proxy, noProxy, format, warning, critical, certWarning, textfile, report, entities});

    // A monitoring plugin reports arguments it cannot use as UNKNOWN on standard output: Nagios
    // does not read stderr (monitoring.md section 1).
    const bool nagiosMode = NagiosFormat::requestedIn(arguments);
    auto usageError = [&](const QString &message) {
        if (nagiosMode) {
            out << NagiosFormat::unknown(message);
            out.flush();
            exitCode = 3;
            return Outcome::Exit;
        }
        err << QCoreApplication::applicationName() << u": "_s << message << u'\n'
            << tr("Try '%1 --help'.").arg(QCoreApplication::applicationName()) << u'\n';
        err.flush();
        exitCode = 2;
        return Outcome::Exit;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        // Not echoed: a stray argument is often a pasted password.
        return usageError(tr("Unexpected argument (not shown); options start with --, and a secret is never passed as an argument."));
    exitCode = 0;
    if (parser.isSet(help)) {
        out << parser.helpText() << u'\n' << exitCodesText();
        return Outcome::Exit;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return Outcome::Exit;
    }
    if (parser.isSet(listEnvironments)) {
        for (const Environment &environment : Environments::presets())
            out << environment.id.leftJustified(22) << environment.baseUrl.toString().leftJustified(38)
                << environment.displayName << u'\n';
        return Outcome::Exit;
    }

    ConnectionSettings &settings = options.settings;
    options.demo = parser.isSet(demo);
    options.json = parser.isSet(json);
    options.showSecrets = parser.isSet(showSecrets);
    options.report = parser.isSet(report);
    options.entities = parser.isSet(entities);
    options.passwordStdin = parser.isSet(passwordStdin);
    options.color = !parser.isSet(noColor) && qEnvironmentVariableIsEmpty("NO_COLOR");
    settings.authMode = parser.isSet(oauth) ? AuthMode::OAuthClientCredentials
                        : parser.isSet(soap) ? AuthMode::SoapLogin
                                             : AuthMode::SessionLogin;
    if (parser.isSet(oauth) && parser.isSet(soap))
        return usageError(tr("Give --oauth or --soap, not both."));
    if (parser.isSet(wsdlVersion)) {
        if (!parser.isSet(soap) && !parser.isSet(profile) && !parser.isSet(allProfiles))
            return usageError(tr("--wsdl-version needs --soap."));
        if (SoapLogin::normalizedVersion(parser.value(wsdlVersion)).isEmpty())
            return usageError(tr("--wsdl-version takes a version number such as %1.").arg(SoapLogin::DefaultWsdlVersion));
    }
    settings.wsdlVersion = parser.isSet(wsdlVersion) ? SoapLogin::normalizedVersion(parser.value(wsdlVersion)) : QString();

    if (parser.isSet(format)) {
        if (!OutputFormat::parseKind(parser.value(format), &options.format))
            return usageError(tr("Unknown format \"%1\"; use one of %2.")
                                  .arg(parser.value(format), OutputFormat::kindNames().join(u", ")));
        if (options.json && options.format != OutputFormatKind::Json)
            return usageError(tr("--json is short for --format json; give one of them."));
    } else if (options.json) {
        options.format = OutputFormatKind::Json;
    }
    options.json = options.format == OutputFormatKind::Json;
    const bool thresholds = options.format == OutputFormatKind::Nagios || options.format == OutputFormatKind::Checkmk;
    for (const QCommandLineOption *option : {&warning, &critical, &certWarning}) {
        if (parser.isSet(*option) && !thresholds)
            return usageError(tr("--%1 applies to --format nagios and --format checkmk.").arg(option->names().constFirst()));
    }
    QString rangeError;
    options.monitoring.warning = NagiosRange::parse(parser.value(warning), &rangeError);
    if (rangeError.isEmpty())
        options.monitoring.critical = NagiosRange::parse(parser.value(critical), &rangeError);
    if (!rangeError.isEmpty())
        return usageError(rangeError);
    if (parser.isSet(certWarning)) {
        bool daysOk = false;
        options.monitoring.certWarningDays = parser.value(certWarning).toInt(&daysOk);
        if (!daysOk || options.monitoring.certWarningDays < 0 || options.monitoring.certWarningDays > 3650)
            return usageError(tr("--cert-warning takes a number of days from 0 to 3650."));
    }
    if (parser.isSet(textfile)) {
        if (options.format != OutputFormatKind::Prometheus)
            return usageError(tr("--textfile writes the prometheus format; add --format prometheus."));
        options.textfile = parser.value(textfile);
        if (const QString problem = TextfileWriter::problemWith(options.textfile); !problem.isEmpty())
            return usageError(problem);
    }

    if (parser.isSet(proxy) && parser.isSet(noProxy))
        return usageError(tr("Give --proxy URL or --no-proxy, not both."));
    if (parser.isSet(proxy)) {
        if (parser.values(proxy).size() > 1)
            return usageError(tr("Give --proxy once."));
        const ProxyUrl parsed = ProxyFactory::parseUrl(parser.value(proxy));
        // Checked before anything else about the URL, and never echoed: it holds a password.
        if (parsed.hasPassword())
            return usageError(tr("--proxy must not contain a password, where other users of this computer could read "
                                 "it: give http://USER@HOST:PORT and set ZUORA_PROXY_PASSWORD."));
        if (!parsed.ok())
            return usageError(u"--proxy: "_s + parsed.error);
        options.proxyGiven = true;
        options.proxy = parsed.settings;
    } else if (parser.isSet(noProxy)) {
        options.proxyGiven = true;
        options.proxy.mode = ProxyMode::None;
    }
    settings.proxy = options.proxy;

    bool numberOk = false;
    if (parser.isSet(concurrency)) {
        options.concurrency = parser.value(concurrency).toInt(&numberOk);
        if (!numberOk || options.concurrency < 1 || options.concurrency > MaxConcurrency)
            return usageError(tr("--concurrency takes a number from 1 to %1.").arg(MaxConcurrency));
    }
    if (parser.isSet(maxLogins)) {
        options.maxLoginsPerMinute = parser.value(maxLogins).toInt(&numberOk);
        if (!numberOk || options.maxLoginsPerMinute < 1 || options.maxLoginsPerMinute > CheckOptions::MaxLoginsPerMinute)
            return usageError(tr("--max-logins-per-minute takes a number from 1 to %1.").arg(CheckOptions::MaxLoginsPerMinute));
    }
    const auto readTimeout = [&]() {
        const double seconds = parser.value(timeout).toDouble(&numberOk);
        if (!numberOk || !(seconds > 0 && seconds <= 3600))   // written so that NaN fails too
            return false;
        settings.timeoutMs = qMax(1, int(seconds * 1000));
        return true;
    };

    options.allProfiles = parser.isSet(allProfiles);
    if (parser.isSet(profile)) {
        options.profileName = parser.value(profile).trimmed();
        if (options.profileName.isEmpty())
            return usageError(tr("--profile needs the name of a saved profile."));
        if (parser.values(profile).size() > 1)
            return usageError(tr("Give --profile once; --all-profiles checks every profile."));
    }
    if (options.entities && (options.useProfiles() || options.report
                             || (options.format != OutputFormatKind::Human && options.format != OutputFormatKind::Json)))
        return usageError(tr("--entities lists the entities after one check given on the command line, in the human or "
                             "JSON output; leave out --profile, --all-profiles, --report and the monitoring formats."));
    if (options.useProfiles()) {
        if (!options.profileName.isEmpty() && options.allProfiles)
            return usageError(tr("Give --profile NAME or --all-profiles, not both."));
        QStringList conflicting;
        for (const QCommandLineOption *option : {&env, &baseUrl, &demo, &username, &clientId, &oauth, &soap, &wsdlVersion,
                                                 &entityId, &trackId, &caFile}) {
            if (parser.isSet(*option))
                conflicting << u"--"_s + option->names().constFirst();
        }
        if (!conflicting.isEmpty())
            return usageError(tr("A saved profile brings its own connection settings; leave out %1.").arg(conflicting.join(u", ")));
        if (options.allProfiles && options.passwordStdin)
            return usageError(tr("--password-stdin gives one secret; with --all-profiles each profile's secret comes from the keychain."));
        if (parser.isSet(timeout)) {
            if (!readTimeout())
                return usageError(tr("--timeout takes a number of seconds between 0 and 3600."));
            options.timeoutGiven = true;
        }
        return Outcome::Run;
    }

    const int sources = int(parser.isSet(env)) + int(parser.isSet(baseUrl)) + int(options.demo);
    if (sources > 1)
        return usageError(tr("Give only one of --env, --base-url and --demo."));
    if (sources == 0)
        return usageError(tr("Say where to check: --env NAME, --base-url URL, --demo, --profile NAME or --all-profiles."));
    if (parser.isSet(env)) {
        const Environment *environment = Environments::find(parser.value(env));
        if (!environment)
            return usageError(tr("Unknown environment \"%1\"; see --list-environments.").arg(parser.value(env)));
        settings.baseUrl = environment->baseUrl.toString();
    } else if (parser.isSet(baseUrl)) {
        const NormalizedUrl normalized = Environments::normalize(parser.value(baseUrl));
        if (!normalized.ok())
            return usageError(normalized.error);
        settings.baseUrl = parser.value(baseUrl);
    }

    if (settings.authMode == AuthMode::OAuthClientCredentials) {
        if (parser.isSet(username))
            return usageError(tr("With --oauth give --client-id, not --username."));
        settings.username = parser.value(clientId);
    } else {
        if (parser.isSet(clientId))
            return usageError(tr("--client-id needs --oauth."));
        settings.username = parser.value(username);
    }
    if (settings.username.isEmpty() && !options.demo)
        return usageError(settings.authMode == AuthMode::OAuthClientCredentials ? tr("--client-id is required.")
                                                                               : tr("--username is required."));
    settings.entityId = parser.value(entityId);
    settings.trackId = parser.value(trackId);
    settings.caFile = parser.value(caFile);

    if (!readTimeout())
        return usageError(tr("--timeout takes a number of seconds between 0 and 3600."));
    return Outcome::Run;
}

QString CommandLine::undecodableArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (SecretInput::decodeUtf8(argument))
            continue;
        QByteArray option;
        if (argument.startsWith("--"))
            option = argument.left(argument.indexOf('='));
        else if (i > 1 && QByteArray(argv[i - 1]).startsWith('-'))
            option = argv[i - 1];
        if (!SecretInput::decodeUtf8(option))
            option.clear();
        return option.isEmpty() ? tr("Argument %1 is not valid UTF-8; give it in UTF-8.").arg(i)
                                : tr("The value of %1 is not valid UTF-8; its bytes would be changed, so a different value "
                                     "would be used. Give it in UTF-8.").arg(QString::fromUtf8(option));
    }
    return {};
}

} // namespace zct
