#include "BatchRunner.h"

#include "Logging.h"
#include "ZuoraConnection.h"

namespace zct {

BatchRunner::BatchRunner(QObject *parent)
    : QObject(parent)
{
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::setConcurrency(int concurrency)
{
    m_concurrency = qBound(1, concurrency, 64);
}

void BatchRunner::start(const QList<CheckJob> &jobs)
{
    if (m_running)
        return;
    m_jobs = jobs;
    m_next = 0;
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    qCDebug(lcBatch) << "batch of" << jobs.size() << "checks, concurrency" << m_concurrency;

    const int wanted = qMin(m_concurrency, int(m_jobs.size()));
    while (m_workers.size() < wanted) {
        auto *worker = new ZuoraConnection(this);
        worker->setConnectionReuse(ZuoraConnection::ConnectionReuse::WhenTrustMatches);
        connect(worker, &ZuoraConnection::finished, this,
                [this, worker](const ConnectionResult &result) { onWorkerFinished(worker, result); });
        m_workers << worker;
    }
    Q_EMIT progress(0, int(m_jobs.size()));
    if (m_jobs.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < wanted; ++i)
        feed(m_workers.at(i));
}

void BatchRunner::feed(ZuoraConnection *worker)
{
    if (m_cancelled || m_next >= m_jobs.size())
        return;
    const int index = m_next++;
    CheckJob &job = m_jobs[index];
    worker->setSettings(job.settings);
    worker->setSecret(job.secret);
    job.secret.clear();   // the runner keeps no secret longer than it needs it
    m_inFlight.insert(worker, index);
    worker->test();
    worker->setSecret(QString());
}

void BatchRunner::onWorkerFinished(ZuoraConnection *worker, const ConnectionResult &result)
{
    const int index = m_inFlight.take(worker);
    ++m_done;
    Q_EMIT resultReady(index, m_jobs.at(index).label, result);
    Q_EMIT progress(m_done, int(m_jobs.size()));
    if (!m_cancelled && m_next < m_jobs.size()) {
        feed(worker);
        return;
    }
    if (m_inFlight.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void BatchRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Jobs never started are reported as cancelled too, so every job gets a result.
    const QList<ZuoraConnection *> busy = m_inFlight.keys();
    for (ZuoraConnection *worker : busy)
        worker->cancel();
    while (m_next < m_jobs.size()) {
        const int index = m_next++;
        ConnectionResult result;
        result.settings = m_jobs.at(index).settings;
        result.verdict = Verdict::Error;
        result.errorKind = ErrorKind::Cancelled;
        result.cause = tr("Cancelled before it started.");
        ++m_done;
        Q_EMIT resultReady(index, m_jobs.at(index).label, result);
        Q_EMIT progress(m_done, int(m_jobs.size()));
    }
    if (m_inFlight.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace zct
