#include "ProfileRun.h"

#include "AuthMethod.h"
#include "BatchRunner.h"
#include "CredentialDirectory.h"
#include "HumanReport.h"
#include "SupportReport.h"
#include "NagiosFormat.h"
#include "ProfileCheckRun.h"
#include "ProfileLibrary.h"
#include "ResultJson.h"
#include "SecretInput.h"

#include <QDir>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous.at(j - 1) + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = qMin(substitution, qMin(previous.at(j), current.at(j - 1)) + 1);
        }
        std::swap(previous, current);
    }
    return previous.at(b.size());
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

QString unknownProfile(const QList<Profile> &profiles, const QString &wanted, const QString &path)
{
    const QString folded = wanted.trimmed().toLower();
    QStringList similar;
    QStringList all;
    for (const Profile &profile : profiles) {
        const QString name = profile.name.trimmed().toLower();
        all << quoted(profile.name);
        const int allowed = qMax(2, int(folded.size()) / 4);
        if (name.contains(folded) || folded.contains(name) || editDistance(name, folded) <= allowed)
            similar << quoted(profile.name);
    }
    QString message = ProfileRun::tr("No saved profile is named %1 (profiles file: %2).").arg(quoted(wanted), path);
    if (!similar.isEmpty())
        message += u' ' + ProfileRun::tr("Similar names: %1.").arg(similar.mid(0, 5).join(u", "));
    else if (all.isEmpty())
        message += u' ' + ProfileRun::tr("No profiles are saved there.");
    else if (all.size() <= 10)
        message += u' ' + ProfileRun::tr("Saved profiles: %1.").arg(all.join(u", "));
    else
        message += u' ' + ProfileRun::tr("%1 profiles are saved; --all-profiles checks them all.").arg(all.size());
    return message;
}

} // namespace

ProfileRun::ProfileRun(const CheckOptions &options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_checks(new ProfileCheckRun(secrets, this))
    , m_out(stdout)
{
    m_checks->runner()->setConcurrency(m_options.concurrency);
    m_checks->setHintForMissingSecret(&ProfileRun::missingSecretHint);
    m_monitoring = std::make_unique<MonitoringOutput>(m_options);
    if (!m_monitoring->isActive())
        m_monitoring.reset();   // human and json stream as results arrive
    connect(m_checks, &ProfileCheckRun::resultReady, this,
            [this](int index, const QString &, const ConnectionResult &result) { report(index, result); });
    connect(m_checks, &ProfileCheckRun::finished, this, &ProfileRun::finish);
}

ProfileRun::~ProfileRun() = default;

QString ProfileRun::missingSecretHint(const Profile &profile, SecretProblem problem)
{
    if (problem == SecretProblem::ProxyKeychainFailed)
        return tr("Or give it for this run in ZUORA_PROXY_PASSWORD.");
    QString hint = tr("Save the secret in the desktop app with \"Remember the secret\" ticked, or give it for this profile "
                      "alone: --profile %1 with --password-stdin or %2.")
                       .arg(quoted(profile.name), QString::fromLatin1(AuthMethod::of(profile.settings.authMode).secretVariable));
    const QString credentials = CredentialDirectory::path();
    if (!credentials.isEmpty()) {
        hint += u' ' + tr("There is no credential file %1 either.").arg(QDir(credentials).filePath(profile.id));
    } else if (problem == SecretProblem::KeychainFailed) {
        // Neither a credential file nor a keychain: say how an unattended run gets its secret.
        hint += u' ' + tr("Without a desktop keychain (a systemd service or timer), give each secret as a systemd "
                          "credential: LoadCredential=%1:/path/to/secret in the unit; zuora-check reads "
                          "$CREDENTIALS_DIRECTORY/%1.").arg(profile.id);
    }
    return hint;
}

void ProfileRun::fail(const QString &message)
{
    int code = 2;
    if (m_options.format == OutputFormatKind::Nagios) {
        // A plugin that could not run says UNKNOWN, on stdout: Nagios does not read stderr.
        m_out << NagiosFormat::unknown(message);
        m_out.flush();
        code = 3;
    } else {
        QTextStream err(stderr);
        err << QCoreApplication::applicationName() << u": "_s << message << u'\n';
        err.flush();
    }
    m_done = true;
    // Always from the event loop: a caller connects first, then starts, then runs exec().
    QMetaObject::invokeMethod(this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

void ProfileRun::takeCredentialFiles(SecretsAtHand &atHand) const
{
    if (CredentialDirectory::path().isEmpty())
        return;
    for (const Profile &profile : m_selected) {
        if (atHand.secrets.contains(profile.id))
            continue;   // given on the command line for this run
        bool found = false;
        QString problem;
        const QString secret = CredentialDirectory::secretFor(profile.id, &found, &problem);
        if (!problem.isEmpty() && m_options.format != OutputFormatKind::Nagios)
            QTextStream(stderr) << QCoreApplication::applicationName() << u": "_s << problem << u'\n';
        if (found && !secret.isEmpty())
            atHand.secrets.insert(profile.id, secret);
    }
}

bool ProfileRun::secretFromCommandLine(const Profile &profile, QString *secret, QString *problem) const
{
    if (m_options.passwordStdin) {
        bool ok = false;
        QString error;
        *secret = SecretInput::readStdinLine(&ok, &error);
        if (!ok)
            *problem = error.isEmpty() ? tr("--password-stdin: standard input could not be read.") : error;
        else if (secret->isEmpty())
            *problem = tr("--password-stdin: standard input gave no secret.");
        return true;
    }
    const char *variable = AuthMethod::of(profile.settings.authMode).secretVariable;
    if (!qEnvironmentVariableIsEmpty(variable)) {
        // Exactly or not at all: a value that is not UTF-8 would be another secret once decoded.
        *secret = SecretInput::readEnvironment(variable, problem);
        return true;
    }
    return false;
}

void ProfileRun::start(const QString &profilesPath)
{
    // Read-only: a damaged file stays where it is, for the app to deal with.
    ProfileLibrary library(nullptr, profilesPath, QString(), ProfileLibrary::Access::ReadOnly);
    if (!library.load())
        return fail(library.problem());
    if (!library.problem().isEmpty()) {
        QTextStream err(stderr);
        err << QCoreApplication::applicationName() << u": "_s << library.problem() << u'\n';
    }
    if (!m_options.profileName.isEmpty()) {
        const Profile *profile = library.findByName(m_options.profileName);
        if (!profile)
            return fail(unknownProfile(library.profiles(), m_options.profileName, profilesPath));
        m_selected << *profile;
    } else {
        m_selected = library.profiles();
        if (m_selected.isEmpty())
            return fail(tr("No profiles are saved in %1. Create them in the desktop app, or import a profiles file there.")
                            .arg(profilesPath));
    }
    SecretsAtHand atHand;
    for (Profile &profile : m_selected) {
        if (m_options.timeoutGiven)
            profile.settings.timeoutMs = m_options.settings.timeoutMs;
        if (m_options.proxyGiven) {
            profile.settings.proxy = m_options.proxy;
            atHand.proxyOverridden << profile.id;   // a proxy given here has no keychain entry
        }
    }
    m_rows = QList<BatchReport::Row>(m_selected.size());
    for (qsizetype i = 0; i < m_selected.size(); ++i)
        m_rows[i].profile = m_selected.at(i).name;

    if (!m_options.profileName.isEmpty()) {
        QString secret;
        QString problem;
        if (secretFromCommandLine(m_selected.constFirst(), &secret, &problem)) {
            if (!problem.isEmpty())
                return fail(problem);
            atHand.secrets.insert(m_selected.constFirst().id, secret);
            if (m_options.showSecrets)
                m_shownSecrets.insert(0, secret);
        }
    }
    takeCredentialFiles(atHand);
    QString proxyProblem;
    atHand.proxyPasswordForAll = SecretInput::readEnvironment("ZUORA_PROXY_PASSWORD", &proxyProblem);
    if (!proxyProblem.isEmpty())
        return fail(proxyProblem);
    m_checks->start(m_selected, atHand);
}

void ProfileRun::report(int index, const ConnectionResult &result)
{
    m_rows[index].result = result;
    const QString &name = m_selected.at(index).name;
    if (m_monitoring)
        return;   // at the end, in the order of the profiles file rather than of the answers
    if (m_options.json) {
        JsonOptions json;
        json.revealSecrets = m_options.showSecrets;
        json.secret = m_shownSecrets.value(index);
        json.label = name;
        m_out << QJsonDocument(ResultJson::toJson(result, json)).toJson(QJsonDocument::Compact) << '\n';
    } else if (m_options.report) {
        m_out << SupportReport::build(result, {QCoreApplication::applicationName(), name, QDateTime::currentDateTimeUtc()}) << u'\n';
    } else if (!m_options.allProfiles) {
        HumanReport::Options human;
        human.color = m_options.color && isatty(STDOUT_FILENO) == 1;
        human.revealSecrets = m_options.showSecrets;
        m_out << HumanReport::format(result, human) << u"  "_s << tr("Profile").leftJustified(13) << name << u'\n';
    } else {
        m_out << BatchReport::line(name, result, m_options.color && isatty(STDOUT_FILENO) == 1);
    }
    m_out.flush();
}

void ProfileRun::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_shownSecrets.clear();
    if (m_monitoring) {
        for (const BatchReport::Row &row : std::as_const(m_rows))
            m_monitoring->add(row.profile, row.result);
        const int exitCode = m_monitoring->finish();
        QMetaObject::invokeMethod(this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
        return;
    }
    if (!m_options.json && !m_options.report && m_options.allProfiles) {
        m_out << u'\n' << BatchReport::summary(m_rows);
        m_out.flush();
    }
    const int exitCode = BatchReport::worstExitCode(m_rows);
    QMetaObject::invokeMethod(this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace zct
