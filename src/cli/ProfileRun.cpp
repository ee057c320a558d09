#include "ProfileRun.h"

#include "BatchRunner.h"
#include "Environments.h"
#include "HumanReport.h"
#include "ProfileStore.h"
#include "ResultJson.h"
#include "SecretInput.h"

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

const char *secretVariable(AuthMode mode)
{
    return mode == AuthMode::OAuthClientCredentials ? "ZUORA_CLIENT_SECRET" : "ZUORA_PASSWORD";
}

} // namespace

ProfileRun::ProfileRun(const CheckOptions &options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(secrets)
    , m_out(stdout)
{
    connect(m_secrets, &SecretStore::readFinished, this, &ProfileRun::onSecretRead);
}

ProfileRun::~ProfileRun() = default;

void ProfileRun::fail(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << u": "_s << message << u'\n';
    err.flush();
    m_done = true;
    // Always from the event loop: a caller connects first, then starts, then runs exec().
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(2); }, Qt::QueuedConnection);
}

bool ProfileRun::secretFromCommandLine(QString *secret, QString *problem) const
{
    const Profile &profile = m_selected.constFirst();
    if (m_options.passwordStdin) {
        bool ok = false;
        *secret = SecretInput::readStdinLine(&ok);
        if (!ok || secret->isEmpty())
            *problem = tr("--password-stdin: standard input gave no secret.");
        return true;
    }
    const char *variable = secretVariable(profile.settings.authMode);
    if (!qEnvironmentVariableIsEmpty(variable)) {
        *secret = qEnvironmentVariable(variable);
        return true;
    }
    return false;
}

void ProfileRun::start(const QString &profilesPath)
{
    // Read-only: a damaged file stays where it is, for the app to deal with.
    ProfileStore store(profilesPath);
    if (!store.load(ProfileStore::OnDamage::Leave))
        return fail(store.problem());
    if (!store.problem().isEmpty()) {
        QTextStream err(stderr);
        err << QCoreApplication::applicationName() << u": "_s << store.problem() << u'\n';
    }
    if (!m_options.profileName.isEmpty()) {
        const Profile *profile = store.findByName(m_options.profileName);
        if (!profile)
            return fail(unknownProfile(store.profiles(), m_options.profileName, profilesPath));
        m_selected << *profile;
    } else {
        m_selected = store.profiles();
        if (m_selected.isEmpty())
            return fail(tr("No profiles are saved in %1. Create them in the desktop app, or import a profiles file there.")
                            .arg(profilesPath));
    }
    for (Profile &profile : m_selected) {
        if (m_options.timeoutGiven)
            profile.settings.timeoutMs = m_options.settings.timeoutMs;
        if (m_options.proxyGiven)
            profile.settings.proxy = m_options.proxy;
    }

    const qsizetype count = m_selected.size();
    m_jobSecrets = QList<QString>(count);
    m_jobProxyPasswords = QList<QString>(count);
    m_reported = QList<bool>(count, false);
    m_rows = QList<BatchReport::Row>(count);
    for (qsizetype i = 0; i < count; ++i)
        m_rows[i].profile = m_selected.at(i).name;

    if (!m_options.profileName.isEmpty()) {
        QString secret;
        QString problem;
        if (secretFromCommandLine(&secret, &problem)) {
            if (!problem.isEmpty())
                return fail(problem);
            m_jobSecrets[0] = secret;
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        const Profile &profile = m_selected.at(i);
        if (!m_jobSecrets.at(i).isEmpty())
            continue;
        if (!profile.rememberSecret) {
            reportMissing(int(i),
                          tr("The profile does not remember its secret, so there is nothing to test it with."),
                          QString());
            continue;
        }
        m_pendingReads.insert(m_secrets->readSecret(profile.id), int(i));
    }
    // A proxy password: ZUORA_PROXY_PASSWORD for every profile, else each profile's keychain entry
    // (its own proxy only: one given with --proxy has no entry).
    const QString proxyPassword = qEnvironmentVariable("ZUORA_PROXY_PASSWORD");
    for (qsizetype i = 0; i < count; ++i) {
        const Profile &profile = m_selected.at(i);
        if (m_reported.at(i) || !profile.settings.proxy.isExplicit() || profile.settings.proxy.username.isEmpty())
            continue;
        if (!proxyPassword.isEmpty())
            m_jobProxyPasswords[i] = proxyPassword;
        else if (!m_options.proxyGiven)
            m_pendingProxyReads.insert(m_secrets->readSecret(proxySecretKey(profile.id)), int(i));
    }
    if (m_pendingReads.isEmpty() && m_pendingProxyReads.isEmpty())
        startChecks();
}

void ProfileRun::onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                              const QString &errorText)
{
    Q_UNUSED(key)
    const auto proxyRead = m_pendingProxyReads.find(requestId);
    if (proxyRead != m_pendingProxyReads.end()) {
        const int index = proxyRead.value();
        m_pendingProxyReads.erase(proxyRead);
        // None stored: the check runs without one, and a proxy that wants it says so in the result.
        if (status == SecretStore::Status::Ok)
            m_jobProxyPasswords[index] = secret;
        else if (status != SecretStore::Status::NotFound && !m_reported.at(index))
            reportMissing(index, tr("The proxy password could not be read from the keychain. %1")
                                     .arg(SecretStore::describe(status, errorText)),
                          tr("Or give it for this run in ZUORA_PROXY_PASSWORD."));
        if (m_pendingReads.isEmpty() && m_pendingProxyReads.isEmpty())
            startChecks();
        return;
    }
    const auto pending = m_pendingReads.find(requestId);
    if (pending == m_pendingReads.end())
        return;
    const int index = pending.value();
    m_pendingReads.erase(pending);
    if (status == SecretStore::Status::Ok && !secret.isEmpty()) {
        m_jobSecrets[index] = secret;
    } else if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound) {
        reportMissing(index, tr("The profile is set to remember its secret, but the keychain has no entry for it."), QString());
    } else {
        reportMissing(index, tr("The secret could not be read from the keychain. %1").arg(SecretStore::describe(status, errorText)),
                      QString());
    }
    if (m_pendingReads.isEmpty() && m_pendingProxyReads.isEmpty())
        startChecks();
}

void ProfileRun::reportMissing(int index, const QString &cause, const QString &hint)
{
    if (m_reported.at(index))
        return;   // the login secret and the proxy password can both be missing: one result
    const Profile &profile = m_selected.at(index);
    ConnectionResult result;
    result.settings = profile.settings;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.attempts = 0;
    const NormalizedUrl base = Environments::normalize(profile.settings.baseUrl);
    if (base.ok())
        result.endpoint = Environments::endpoint(base.url, profile.settings.authMode == AuthMode::OAuthClientCredentials
                                                               ? u"/oauth/token"_s : u"/v1/connections"_s);
    result.verdict = Verdict::Error;
    result.errorKind = ErrorKind::MissingSecret;
    result.cause = cause;
    result.hint = !hint.isEmpty() ? hint
        : tr("Save the secret in the desktop app with \"Remember the secret\" ticked, or give it for this profile alone: "
             "--profile %1 with --password-stdin or %2.")
              .arg(quoted(profile.name), QString::fromLatin1(secretVariable(profile.settings.authMode)));
    report(index, result);
}

void ProfileRun::startChecks()
{
    QList<CheckJob> jobs;
    for (qsizetype i = 0; i < m_selected.size(); ++i) {
        if (m_reported.at(i) || m_jobSecrets.at(i).isEmpty())
            continue;
        CheckJob job;
        job.label = m_selected.at(i).name;
        job.settings = m_selected.at(i).settings;
        job.secret = m_jobSecrets.at(i);
        job.proxyPassword = m_jobProxyPasswords.at(i);
        if (m_options.showSecrets)
            m_shownSecrets.insert(int(i), m_jobSecrets.at(i));
        m_jobSecrets[i].clear();
        m_jobProxyPasswords[i].clear();
        jobs << job;
        m_jobProfile << int(i);
    }
    if (jobs.isEmpty()) {
        finish();
        return;
    }
    m_runner = new BatchRunner(this);
    m_runner->setConcurrency(m_options.concurrency);
    connect(m_runner, &BatchRunner::resultReady, this,
            [this](int index, const QString &, const ConnectionResult &result) { report(m_jobProfile.at(index), result); });
    connect(m_runner, &BatchRunner::finished, this, &ProfileRun::finish);
    m_runner->start(jobs);
}

void ProfileRun::report(int index, const ConnectionResult &result)
{
    m_reported[index] = true;
    m_rows[index].result = result;
    const QString &name = m_selected.at(index).name;
    if (m_options.json) {
        JsonOptions json;
        json.revealSecrets = m_options.showSecrets;
        json.secret = m_shownSecrets.value(index);
        json.label = name;
        m_out << QJsonDocument(ResultJson::toJson(result, json)).toJson(QJsonDocument::Compact) << '\n';
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
    if (!m_options.json && m_options.allProfiles) {
        m_out << u'\n' << BatchReport::summary(m_rows);
        m_out.flush();
    }
    const int exitCode = BatchReport::worstExitCode(m_rows);
    QMetaObject::invokeMethod(this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace zct
