#include "BatchSession.h"

#include "BatchResultsModel.h"
#include "BatchRunner.h"

namespace zct {

BatchSession::BatchSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_model(new BatchResultsModel(this))
    , m_runner(new BatchRunner(this))
{
    connect(m_secrets, &SecretStore::readFinished, this, &BatchSession::onSecretRead);
    connect(m_runner, &BatchRunner::resultReady, this, [this](int index, const QString &, const ConnectionResult &result) {
        finishRow(m_jobRows.value(index, -1), result);
    });
    connect(m_runner, &BatchRunner::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
}

BatchSession::~BatchSession() = default;

void BatchSession::setConcurrency(int concurrency)
{
    m_runner->setConcurrency(concurrency);
}

void BatchSession::start(const QList<Profile> &profiles, const QHash<QString, QString> &knownSecrets,
                         const QHash<QString, QString> &knownProxySecrets)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_pendingReads.clear();
    m_secretsByRow.clear();
    m_pendingProxyReads.clear();
    m_proxySecretsByRow.clear();
    m_jobRows.clear();
    m_model->setProfiles(profiles);
    Q_EMIT progress(0, int(profiles.size()));
    for (int row = 0; row < profiles.size(); ++row) {
        const Profile &profile = profiles.at(row);
        const ProxySettings &proxy = profile.settings.proxy;
        if (knownProxySecrets.contains(profile.id))
            m_proxySecretsByRow.insert(row, knownProxySecrets.value(profile.id));
        else if (profile.rememberSecret && proxy.isExplicit() && !proxy.username.isEmpty())
            m_pendingProxyReads.insert(m_secrets->readSecret(proxySecretKey(profile.id)), row);
        if (knownSecrets.contains(profile.id) && !knownSecrets.value(profile.id).isEmpty())
            m_secretsByRow.insert(row, knownSecrets.value(profile.id));
        else if (profile.rememberSecret)
            m_pendingReads.insert(m_secrets->readSecret(profile.id), row);
        else
            reportWithoutSecret(row, tr("No secret for this profile: it does not remember one."),
                                tr("Tick \"Remember the secret\" and save the profile, or test it on its own."));
    }
    launchWhenReady();
}

void BatchSession::onSecretRead(int requestId, const QString &, SecretStore::Status status, const QString &secret,
                                const QString &errorText)
{
    if (m_pendingProxyReads.contains(requestId)) {
        // Without its password the proxy will say so itself, which is the clearer report.
        const int row = m_pendingProxyReads.take(requestId);
        if (status == SecretStore::Status::Ok)
            m_proxySecretsByRow.insert(row, secret);
        launchWhenReady();
        return;
    }
    if (!m_pendingReads.contains(requestId))
        return;   // another part of the app asked
    const int row = m_pendingReads.take(requestId);
    if (status == SecretStore::Status::Ok && !secret.isEmpty())
        m_secretsByRow.insert(row, secret);
    else
        reportWithoutSecret(row, tr("The keychain did not provide the secret."), SecretStore::describe(status, errorText));
    launchWhenReady();
}

void BatchSession::reportWithoutSecret(int row, const QString &cause, const QString &hint)
{
    ConnectionResult result;
    result.settings = m_model->row(row).profile.settings;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.verdict = Verdict::Error;
    result.errorKind = ErrorKind::MissingSecret;
    result.cause = cause;
    result.hint = hint;
    finishRow(row, result);
}

void BatchSession::launchWhenReady()
{
    if (!m_pendingReads.isEmpty() || !m_pendingProxyReads.isEmpty() || m_cancelled)
        return;
    QList<CheckJob> jobs;
    for (auto it = m_secretsByRow.constBegin(); it != m_secretsByRow.constEnd(); ++it) {
        const Profile &profile = m_model->row(it.key()).profile;
        CheckJob job;
        job.label = profile.name;
        job.settings = profile.settings;
        job.secret = it.value();
        job.proxyPassword = m_proxySecretsByRow.value(it.key());
        jobs << job;
        m_jobRows << it.key();
    }
    m_secretsByRow.clear();
    m_proxySecretsByRow.clear();
    if (jobs.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    m_runner->start(jobs);
}

void BatchSession::finishRow(int row, const ConnectionResult &result)
{
    if (row < 0)
        return;
    m_model->setResult(row, result);
    Q_EMIT resultReady(m_model->row(row).profile.id, result);
    Q_EMIT progress(m_model->doneCount(), m_model->rowCount());
}

void BatchSession::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_runner->isRunning()) {
        m_runner->cancel();   // reports every job, then finished
        return;
    }
    // Still gathering secrets: what was not started is reported as cancelled.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).done)
            continue;
        ConnectionResult result;
        result.settings = m_model->row(row).profile.settings;
        result.verdict = Verdict::Error;
        result.errorKind = ErrorKind::Cancelled;
        result.cause = tr("Cancelled before it started.");
        finishRow(row, result);
    }
    m_pendingReads.clear();
    m_secretsByRow.clear();
    m_pendingProxyReads.clear();
    m_proxySecretsByRow.clear();
    m_running = false;
    Q_EMIT finished();
}

} // namespace zct
