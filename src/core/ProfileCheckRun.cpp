#include "ProfileCheckRun.h"

#include "AuthMethod.h"
#include "BatchRunner.h"
#include "Environments.h"

using namespace Qt::StringLiterals;

namespace zct {

ProfileCheckRun::ProfileCheckRun(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_runner(new BatchRunner(this))
{
    if (m_secrets)
        connect(m_secrets, &SecretStore::readFinished, this, &ProfileCheckRun::onSecretRead);
    connect(m_runner, &BatchRunner::resultReady, this, [this](int job, const QString &, const ConnectionResult &result) {
        report(m_jobProfile.value(job, -1), result);
    });
    connect(m_runner, &BatchRunner::finished, this, &ProfileCheckRun::finish);
}

ProfileCheckRun::~ProfileCheckRun() = default;

ConnectionResult ProfileCheckRun::notSent(const ConnectionSettings &settings, ErrorKind kind, const QString &cause,
                                          const QString &hint)
{
    ConnectionResult result;
    result.settings = settings;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.attempts = 0;
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    if (base.ok())
        result.endpoint = AuthMethod::of(settings.authMode).endpoint(base.url, settings);
    result.verdict = Verdict::Error;
    result.errorKind = kind;
    result.cause = cause;
    result.hint = hint;
    return result;
}

QString ProfileCheckRun::describe(SecretProblem problem, const QString &keychainSentence)
{
    switch (problem) {
    case SecretProblem::NotRemembered:
        return tr("Not sent: the profile does not remember its secret, so there is nothing to test it with.");
    case SecretProblem::NotInKeychain:
        return tr("Not sent: the profile is set to remember its secret, but the keychain has no entry for it.");
    case SecretProblem::KeychainFailed:
        return tr("Not sent: the secret could not be read from the keychain. %1").arg(keychainSentence);
    case SecretProblem::ProxyKeychainFailed:
        return tr("Not sent: the proxy password could not be read from the keychain. %1").arg(keychainSentence);
    }
    return QString();
}

void ProfileCheckRun::start(const QList<Profile> &profiles, const SecretsAtHand &atHand)
{
    if (m_running)
        return;
    m_running = true;
    m_keychainAnnounced = false;
    m_profiles = profiles;
    const qsizetype count = profiles.size();
    m_secretFor = QList<QString>(count);
    m_proxyPasswordFor = QList<QString>(count);
    m_reported = QList<bool>(count, false);
    m_pendingReads.clear();
    m_pendingProxyReads.clear();
    m_jobProfile.clear();
    m_done = 0;
    Q_EMIT progress(0, int(count));

    for (int i = 0; i < count; ++i) {
        const Profile &profile = m_profiles.at(i);
        const QString atHandSecret = atHand.secrets.value(profile.id);
        if (!atHandSecret.isEmpty())
            m_secretFor[i] = atHandSecret;
        else if (profile.rememberSecret && !profile.demo && m_secrets)
            m_pendingReads.insert(m_secrets->readSecret(profile.id), i);
        else
            reportNotSent(i, SecretProblem::NotRemembered);
    }
    for (int i = 0; i < count; ++i) {
        const Profile &profile = m_profiles.at(i);
        const ProxySettings &proxy = profile.settings.proxy;
        if (m_reported.at(i) || !proxy.isExplicit() || proxy.username.isEmpty())
            continue;
        if (!atHand.proxyPasswords.value(profile.id).isEmpty())
            m_proxyPasswordFor[i] = atHand.proxyPasswords.value(profile.id);
        else if (!atHand.proxyPasswordForAll.isEmpty())
            m_proxyPasswordFor[i] = atHand.proxyPasswordForAll;
        else if (!atHand.proxyOverridden.contains(profile.id) && !profile.demo && m_secrets)
            m_pendingProxyReads.insert(m_secrets->readSecret(proxySecretKey(profile.id)), i);
    }
    launchWhenReady();
}

void ProfileCheckRun::onSecretRead(int requestId, const QString &, SecretStore::Status status, const QString &secret,
                                   const QString &errorText)
{
    if (m_pendingProxyReads.contains(requestId)) {
        const int index = m_pendingProxyReads.take(requestId);
        // None stored: the check runs without one, and a proxy that wants it says so in the result.
        if (status == SecretStore::Status::Ok)
            m_proxyPasswordFor[index] = secret;
        else if (status != SecretStore::Status::NotFound)
            reportNotSent(index, SecretProblem::ProxyKeychainFailed, SecretStore::describe(status, errorText));
        launchWhenReady();
        return;
    }
    if (!m_pendingReads.contains(requestId))
        return;   // another part of the program asked
    const int index = m_pendingReads.take(requestId);
    if (status == SecretStore::Status::Ok && !secret.isEmpty())
        m_secretFor[index] = secret;
    else if (status == SecretStore::Status::Ok || status == SecretStore::Status::NotFound)
        reportNotSent(index, SecretProblem::NotInKeychain);
    else
        reportNotSent(index, SecretProblem::KeychainFailed, SecretStore::describe(status, errorText));
    launchWhenReady();
}

void ProfileCheckRun::reportNotSent(int index, SecretProblem problem, const QString &keychainSentence)
{
    if (m_reported.at(index))
        return;   // the login secret and the proxy password can both be missing: one result
    if ((problem == SecretProblem::KeychainFailed || problem == SecretProblem::ProxyKeychainFailed) && !m_keychainAnnounced) {
        m_keychainAnnounced = true;
        Q_EMIT keychainProblem(keychainSentence);
    }
    const Profile &profile = m_profiles.at(index);
    m_secretFor[index].clear();
    m_proxyPasswordFor[index].clear();
    const QString hint = m_hintFor ? m_hintFor(profile, problem) : QString();
    report(index, notSent(profile.settings, ErrorKind::MissingSecret, describe(problem, keychainSentence), hint));
}

void ProfileCheckRun::report(int index, const ConnectionResult &result)
{
    if (index < 0 || index >= m_profiles.size() || m_reported.at(index))
        return;
    m_reported[index] = true;
    ++m_done;
    Q_EMIT resultReady(index, m_profiles.at(index).id, result);
    Q_EMIT progress(m_done, int(m_profiles.size()));
}

void ProfileCheckRun::launchWhenReady()
{
    if (!m_running || !m_pendingReads.isEmpty() || !m_pendingProxyReads.isEmpty())
        return;
    QList<CheckJob> jobs;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_reported.at(i))
            continue;
        CheckJob job;
        job.label = m_profiles.at(i).name;
        job.settings = m_profiles.at(i).settings;
        job.secret = m_secretFor.at(i);
        job.proxyPassword = m_proxyPasswordFor.at(i);
        m_secretFor[i].clear();
        m_proxyPasswordFor[i].clear();
        jobs << job;
        m_jobProfile << i;
    }
    if (jobs.isEmpty()) {
        // From the event loop, so that a caller always sees start() return before finished().
        QMetaObject::invokeMethod(this, &ProfileCheckRun::finish, Qt::QueuedConnection);
        return;
    }
    m_runner->start(jobs);
}

void ProfileCheckRun::cancel()
{
    if (!m_running)
        return;
    if (m_runner->isRunning()) {
        m_runner->cancel();   // reports every job, then finished
        return;
    }
    // Still gathering secrets: nothing was sent for what is left.
    m_pendingReads.clear();
    m_pendingProxyReads.clear();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (!m_reported.at(i))
            report(i, notSent(m_profiles.at(i).settings, ErrorKind::Cancelled, tr("Cancelled before it started."), QString()));
    }
    finish();
}

void ProfileCheckRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_secretFor.clear();
    m_proxyPasswordFor.clear();
    Q_EMIT finished();
}

} // namespace zct
