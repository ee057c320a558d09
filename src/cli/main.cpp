// zuora-check: the command-line face of the core library.
#include "AuthMethod.h"
#include "BatchRunner.h"
#include "CommandLine.h"
#include "DemoCredentials.h"
#include "DemoTenant.h"
#include "HumanReport.h"
#include "SupportReport.h"
#include "KeychainSecretStore.h"
#include "MonitoringOutput.h"
#include "NagiosFormat.h"
#include "ProfileRun.h"
#include "ProfileStore.h"
#include "ResultJson.h"
#include "SecretInput.h"
#include "ZuoraConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

bool nagiosMode = false;   // --format nagios: problems are UNKNOWN on stdout (exit 3)

int usageError(const QString &message)
{
    if (nagiosMode) {
        QTextStream(stdout) << NagiosFormat::unknown(message);
        return 3;
    }
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << u": "_s << message << u'\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's organisation, so that QStandardPaths names the same folders; the application name
    // stays zuora-check (help, messages), and the profiles come from the app's explicit path.
    QCoreApplication::setOrganizationName(u"ZuoraCredentialTester"_s);
    QCoreApplication::setApplicationName(u"zuora-check"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCT_VERSION));

    // Before Qt decodes the arguments: it would replace bytes that are not UTF-8 silently.
    if (const QString problem = CommandLine::undecodableArgument(argc, argv); !problem.isEmpty())
        return usageError(problem);

    CheckOptions options;
    int exitCode = 0;
    if (CommandLine::parse(QCoreApplication::arguments(), options, exitCode) == CommandLine::Outcome::Exit)
        return exitCode;
    nagiosMode = options.format == OutputFormatKind::Nagios;

    // Every batch runner made from here on (the profiles' check run) keeps to this budget.
    BatchRunner::setDefaultLoginsPerMinute(options.maxLoginsPerMinute);

    if (options.useProfiles()) {
        KeychainSecretStore keychain(QStringLiteral(ZCT_APP_ID));
        ProfileRun run(options, &keychain);
        QObject::connect(&run, &ProfileRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
        run.start(ProfileStore::defaultPath());
        return QCoreApplication::exec();
    }

    ConnectionSettings &settings = options.settings;
    const bool oauth = settings.authMode == AuthMode::OAuthClientCredentials;
    std::unique_ptr<DemoTenant> demoTenant;
    if (options.demo) {
        QString error;
        demoTenant = DemoTenant::load(&error);
        if (!demoTenant || !demoTenant->start(&error))
            return usageError(QCoreApplication::translate("main", "Cannot start the demo tenant: %1").arg(error));
        settings.baseUrl = demoTenant->baseUrl().toString();
        // The demo tenant runs inside this process: a system proxy could not reach it.
        if (!options.proxyGiven)
            settings.proxy.mode = ProxyMode::None;
        if (settings.username.isEmpty())
            settings.username = oauth ? QString::fromUtf16(demo::kClientId) : QString::fromUtf16(demo::kUser);
    }

    // The secret: stdin, then the environment, then (demo) the demo secret, then a prompt.
    QString secret;
    const char *variable = AuthMethod::of(settings.authMode).secretVariable;
    QString problem;
    if (options.passwordStdin) {
        bool ok = false;
        secret = SecretInput::readStdinLine(&ok, &problem);
        if (!problem.isEmpty())
            return usageError(problem);
        if (!ok || secret.isEmpty())
            return usageError(QCoreApplication::translate("main", "--password-stdin: standard input gave no secret."));
    } else if (qEnvironmentVariableIsSet(variable)) {
        secret = SecretInput::readEnvironment(variable, &problem);
        if (!problem.isEmpty())
            return usageError(problem);
    } else if (options.demo) {
        secret = oauth ? QString::fromUtf16(demo::kClientSecret) : QString::fromUtf16(demo::kPassword);
    } else if (SecretInput::stdinIsTerminal()) {
        bool ok = false;
        secret = SecretInput::promptHidden(
            oauth ? QCoreApplication::translate("main", "Client secret for %1: ").arg(settings.username)
                  : QCoreApplication::translate("main", "Password for %1: ").arg(settings.username),
            &ok, &problem);
        if (!problem.isEmpty())
            return usageError(problem);
    } else {
        return usageError(QCoreApplication::translate("main", "No secret: use --password-stdin or set %1.")
                              .arg(QString::fromLatin1(variable)));
    }

    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(secret);
    connection.setMaskEchoedSecret(!options.showSecrets);
    connection.setProxyPassword(qEnvironmentVariable("ZUORA_PROXY_PASSWORD"));
    // --entities: after an accepted check, one more read-only call; the exit code stays the check's.
    QJsonObject checkJson;
    int checkExitCode = 0;
    QObject::connect(&connection, &ZuoraConnection::entitiesFinished, &app, [&](const EntitiesResult &entities) {
        QTextStream out(stdout);
        if (options.json) {
            checkJson[u"entities"] = ResultJson::toJson(entities, settings.entityId);
            out << QJsonDocument(checkJson).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << HumanReport::formatEntities(entities, settings.entityId);
        }
        out.flush();
        QCoreApplication::exit(checkExitCode);
    });
    QObject::connect(&connection, &ZuoraConnection::finished, &app, [&](const ConnectionResult &result) {
        QTextStream out(stdout);
        const bool lookUp = options.entities && result.accepted();
        if (MonitoringOutput monitoring(options); monitoring.isActive()) {
            // A single check has no profile: it is named after where it went.
            monitoring.add(options.demo ? u"demo"_s : QString(), result);
            QCoreApplication::exit(monitoring.finish());
            return;
        }
        if (options.json) {
            JsonOptions jsonOptions;
            jsonOptions.revealSecrets = options.showSecrets;
            jsonOptions.secret = options.showSecrets ? secret : QString();
            checkJson = ResultJson::toJson(result, jsonOptions);
            if (options.entities && !lookUp)
                checkJson[u"entities"] = QJsonValue();   // asked for, but the check was not accepted
            if (!lookUp)
                out << QJsonDocument(checkJson).toJson(QJsonDocument::Compact) << '\n';
        } else if (options.report) {
            out << SupportReport::build(result, {QCoreApplication::applicationName(), QString(), QDateTime::currentDateTimeUtc()});
        } else {
            HumanReport::Options human;
            human.color = options.color && isatty(STDOUT_FILENO) == 1;
            human.revealSecrets = options.showSecrets;
            out << HumanReport::format(result, human);
        }
        out.flush();
        checkExitCode = result.exitCode();
        if (!lookUp || !connection.lookupEntities(result))
            QCoreApplication::exit(checkExitCode);
    });
    connection.test();
    return QCoreApplication::exec();
}
