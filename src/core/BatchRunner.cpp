#include "BatchRunner.h"

#include "Environments.h"
#include "Logging.h"
#include "ZuoraConnection.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace zct {

// One connection and the job it is reserved for, from the first attempt until the result is
// reported, including while it waits for pacing or for a Retry-After to pass.
namespace {

// Counts how deep the runner is in a walk over its workers, so that a start() from a slot waits.
struct WalkGuard
{
    explicit WalkGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~WalkGuard() { --m_depth; }
    WalkGuard(const WalkGuard &) = delete;
    WalkGuard &operator=(const WalkGuard &) = delete;
    int &m_depth;
};

} // namespace

struct BatchRunner::Worker
{
    enum class State { Idle, WaitingForPace, Running, WaitingForRetry };

    ZuoraConnection *connection = nullptr;
    QTimer *timer = nullptr;
    State state = State::Idle;
    int job = -1;
    int attempts = 0;
    int retryDelayMs = 0;
    QString secret;                  // kept only until the job's result is reported
    QString proxyPassword;           // the same
    ConnectionResult rateLimited;    // the first 429, while it is being waited out
    bool hasRateLimited = false;
    qint64 bookedStartMs = -1;       // the start booked with the limiter while waiting for pace
};

namespace {
int s_defaultLoginsPerMinute = StartLimiter::DefaultPerWindow;
}

void BatchRunner::setDefaultLoginsPerMinute(int perMinute)
{
    s_defaultLoginsPerMinute = perMinute;
}

int BatchRunner::defaultLoginsPerMinute()
{
    return s_defaultLoginsPerMinute;
}

BatchRunner::BatchRunner(QObject *parent)
    : QObject(parent)
    , m_limiter(s_defaultLoginsPerMinute, StartLimiter::DefaultWindowMs)
{
    m_clock.start();
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::setConcurrency(int concurrency)
{
    m_concurrency = qBound(1, concurrency, 64);
}

void BatchRunner::setStartLimit(int perWindow, int windowMs)
{
    m_limiter.setLimit(perWindow, windowMs);
}

int BatchRunner::retryDelayMs(const QByteArray &retryAfter)
{
    const QByteArray text = retryAfter.trimmed();
    const int capMs = MaxRetryAfterSeconds * 1000;
    if (text.isEmpty())
        return DefaultRetryAfterSeconds * 1000;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delay-seconds; a huge number is still "a long time", not garbage.
        if (text.size() > 6)
            return capMs;
        return qMin(text.toInt() * 1000, capMs);
    }
    // The other form RFC 9110 allows: an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
    // Qt's RFC 2822 parser wants a numeric zone where HTTP writes "GMT".
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(when), qint64(capMs)));
    return DefaultRetryAfterSeconds * 1000;
}

void BatchRunner::start(const QList<CheckJob> &jobs)
{
    if (m_running)
        return;
    if (m_walkingWorkers > 0) {
        // Called from a finished() slot while this runner is still going through its workers
        // (in start() or cancel()): the new batch begins once that is over.
        QMetaObject::invokeMethod(this, [this, jobs] { start(jobs); }, Qt::QueuedConnection);
        return;
    }
    const WalkGuard walking(m_walkingWorkers);
    m_jobs = jobs;
    m_pending.clear();
    m_paceKeys.clear();
    for (int i = 0; i < int(m_jobs.size()); ++i) {
        m_pending.push_back(i);
        m_paceKeys << paceKey(m_jobs.at(i).settings, m_jobs.at(i).secret);
    }
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    qCDebug(lcBatch) << "batch of" << jobs.size() << "checks, concurrency" << m_concurrency << "start limit"
                     << m_limiter.perWindow() << "per" << m_limiter.windowMs() << "ms";

    const int wanted = qMin(m_concurrency, int(m_jobs.size()));
    while (int(m_workers.size()) < wanted) {
        auto worker = std::make_unique<Worker>();
        Worker *raw = worker.get();
        raw->connection = new ZuoraConnection(this);
        raw->connection->setConnectionReuse(ZuoraConnection::ConnectionReuse::WhenTrustMatches);
        connect(raw->connection, &ZuoraConnection::finished, this,
                [this, raw](const ConnectionResult &result) { onWorkerFinished(raw, result); });
        raw->timer = new QTimer(this);
        raw->timer->setSingleShot(true);
        raw->timer->setTimerType(Qt::PreciseTimer);   // a coarse timer may fire early, breaking the pace
        connect(raw->timer, &QTimer::timeout, this, [this, raw] { begin(raw); });
        m_workers.push_back(std::move(worker));
    }
    Q_EMIT progress(0, int(m_jobs.size()));
    if (m_jobs.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < wanted; ++i)
        feed(m_workers.at(size_t(i)).get());
}

int BatchRunner::takeNextJob()
{
    // The first job, in the order given, whose host may start now; when every host left is at
    // its limit, the one that frees soonest. A host at its limit never holds up the others.
    const qint64 now = m_clock.elapsed();
    auto chosen = m_pending.begin();
    qint64 shortest = -1;
    QSet<QString> blocked;   // hosts already found at their limit in this pass
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const QString &key = m_paceKeys.at(*it);
        if (!key.isEmpty() && blocked.contains(key))
            continue;
        const qint64 wait = key.isEmpty() ? 0 : m_limiter.delayFor(key, now);
        if (wait == 0) {
            chosen = it;
            break;
        }
        blocked.insert(key);
        if (shortest < 0 || wait < shortest) {
            shortest = wait;
            chosen = it;
        }
    }
    const int index = *chosen;
    m_pending.erase(chosen);
    return index;
}

void BatchRunner::feed(Worker *worker)
{
    if (m_cancelled || m_pending.empty() || worker->state != Worker::State::Idle || worker->job >= 0)
        return;
    const int index = takeNextJob();
    CheckJob &job = m_jobs[index];
    worker->job = index;
    worker->attempts = 0;
    worker->hasRateLimited = false;
    worker->rateLimited = ConnectionResult();
    worker->bookedStartMs = -1;
    worker->secret = job.secret;
    worker->proxyPassword = job.proxyPassword;
    job.secret.clear();   // the runner keeps no secret longer than it needs it
    job.proxyPassword.clear();
    begin(worker);
}

QString BatchRunner::paceKey(const ConnectionSettings &settings, const QString &secret) const
{
    if (!m_limiter.isLimited())
        return QString();
    // Inputs that will be refused send nothing, so they do not count against the limit.
    if (!ZuoraConnection::validate(settings, secret).isEmpty())
        return QString();
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    QString host = base.url.host().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);   // "rest.zuora.com." is the same host
    if (!Environments::isLoopbackHost(host))
        return QString::fromLatin1(RemoteBudgetKey);   // one budget per source IP, not per host
    return m_paceLoopback ? host : QString();
}

void BatchRunner::begin(Worker *worker)
{
    if (worker->job < 0 || m_cancelled)
        return;
    const CheckJob &job = m_jobs.at(worker->job);
    const QString &key = m_paceKeys.at(worker->job);
    qint64 countedAt = -1;   // when this start was counted against its host, if it was
    if (!key.isEmpty()) {
        // Every job left is for a host at its limit (takeNextJob): book this one's turn, so that
        // no other worker waits for the same turn, and wait for it. When the wait is over, the
        // booking gives way to the start as it really happens: a timer that fired late, or an
        // earlier start that did, must not let two starts come closer than the limit allows.
        const qint64 now = m_clock.elapsed();
        qint64 at = now;
        if (worker->bookedStartMs >= 0) {
            m_limiter.withdrawStart(key, worker->bookedStartMs);
            worker->bookedStartMs = -1;
            if (m_limiter.hasRoomNow(key, now))
                m_limiter.recordStart(key, now);
            else
                at = m_limiter.reserveStartAfterDue(key, now);   // an earlier start came late: right after it
        } else {
            at = m_limiter.reserveStart(key, now);
        }
        if (at > now) {
            worker->bookedStartMs = at;
            worker->state = Worker::State::WaitingForPace;
            // Capped: a wait past INT_MAX ms would never fire; an early wake-up just books again.
            worker->timer->start(int(qMin<qint64>(at - now, std::numeric_limits<int>::max())));
            return;
        }
        countedAt = now;
    }
    worker->state = Worker::State::Running;
    ++worker->attempts;
    // Said before sending, right when the start is counted, so that a listener's clock agrees
    // with the pace. A listener may cancel the batch from here: then nothing is sent.
    m_lastStartMs = countedAt >= 0 ? countedAt : m_clock.elapsed();
    Q_EMIT attemptStarted(worker->job, worker->attempts);
    if (m_cancelled) {
        if (countedAt >= 0)
            m_limiter.withdrawStart(key, countedAt);
        dropBeforeSending(worker);
        finishIfIdle();
        return;
    }
    worker->connection->setSettings(job.settings);
    worker->connection->setSecret(worker->secret);
    worker->connection->setProxyPassword(worker->proxyPassword);
    worker->connection->test();   // keeps its own copy of the proxy password until the attempt ends
    worker->connection->setSecret(QString());
    worker->connection->setProxyPassword(QString());
}

void BatchRunner::dropBeforeSending(Worker *worker)
{
    if (worker->hasRateLimited) {
        // Zuora did answer the first attempt: report that answer rather than a bare "cancelled".
        ConnectionResult result = worker->rateLimited;
        result.attempts = 1;
        result.notes << tr("Cancelled while waiting to retry after the rate limit; not retried.");
        complete(worker, result);
        return;
    }
    const int index = worker->job;
    worker->job = -1;
    worker->state = Worker::State::Idle;
    worker->secret.clear();
    worker->proxyPassword.clear();
    reportCancelledBeforeStart(index);
}

void BatchRunner::onWorkerFinished(Worker *worker, const ConnectionResult &result)
{
    if (worker->state != Worker::State::Running || worker->job < 0)
        return;
    if (result.httpStatus == 429 && worker->attempts == 1 && !m_cancelled) {
        worker->rateLimited = result;
        worker->hasRateLimited = true;
        worker->retryDelayMs = retryDelayMs(result.header("Retry-After"));
        worker->state = Worker::State::WaitingForRetry;
        worker->timer->start(worker->retryDelayMs);
        qCDebug(lcBatch) << "job" << worker->job << "rate limited; retrying in" << worker->retryDelayMs << "ms";
        Q_EMIT retryScheduled(worker->job, worker->retryDelayMs);
        return;
    }
    ConnectionResult final = result;
    final.attempts = worker->attempts - 1 + result.attempts;   // an input refused before sending counts 0
    if (worker->hasRateLimited) {
        const QByteArray retryAfter = worker->rateLimited.header("Retry-After");
        const QString waited = QString::number(worker->retryDelayMs / 1000.0, 'f', worker->retryDelayMs % 1000 ? 1 : 0);
        final.notes << (retryAfter.isEmpty()
                            ? tr("The first attempt was rate limited (HTTP 429, no Retry-After); retried once after %1 s.").arg(waited)
                            : tr("The first attempt was rate limited (HTTP 429, Retry-After: %1); retried once after %2 s.")
                                  .arg(QString::fromLatin1(retryAfter), waited));
        if (result.httpStatus == 429)
            final.notes << tr("The retry was rate limited too; it was not retried again.");
    }
    complete(worker, final);
}

void BatchRunner::complete(Worker *worker, const ConnectionResult &result)
{
    const int index = worker->job;
    worker->job = -1;
    worker->state = Worker::State::Idle;
    worker->secret.clear();
    worker->proxyPassword.clear();
    worker->hasRateLimited = false;
    worker->rateLimited = ConnectionResult();
    ++m_done;
    Q_EMIT resultReady(index, m_jobs.at(index).label, result);
    Q_EMIT progress(m_done, int(m_jobs.size()));
    if (!m_cancelled && !m_pending.empty() && worker->job < 0) {
        feed(worker);
        return;
    }
    finishIfIdle();
}

void BatchRunner::finishIfIdle()
{
    if (!m_running || !m_pending.empty())
        return;
    for (const auto &worker : m_workers) {
        if (worker->state != Worker::State::Idle)
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

void BatchRunner::reportCancelledBeforeStart(int index)
{
    ConnectionResult result;
    result.settings = m_jobs.at(index).settings;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.attempts = 0;
    result.verdict = Verdict::Error;
    result.errorKind = ErrorKind::Cancelled;
    result.cause = tr("Cancelled before it started.");
    m_jobs[index].secret.clear();
    m_jobs[index].proxyPassword.clear();
    ++m_done;
    Q_EMIT resultReady(index, m_jobs.at(index).label, result);
    Q_EMIT progress(m_done, int(m_jobs.size()));
}

void BatchRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const WalkGuard walking(m_walkingWorkers);
    // Every job gets a result now: running ones are aborted (and report "cancelled" at once),
    // waiting ones stop waiting, and jobs never started are reported as cancelled too.
    for (const auto &owned : m_workers) {
        Worker *worker = owned.get();
        switch (worker->state) {
        case Worker::State::Idle:
            break;
        case Worker::State::Running:
            worker->connection->cancel();
            break;
        case Worker::State::WaitingForPace:
        case Worker::State::WaitingForRetry:
            worker->timer->stop();
            if (worker->bookedStartMs >= 0) {
                m_limiter.withdrawStart(m_paceKeys.at(worker->job), worker->bookedStartMs);
                worker->bookedStartMs = -1;
            }
            dropBeforeSending(worker);
            break;
        }
    }
    while (!m_pending.empty()) {
        const int index = m_pending.front();
        m_pending.pop_front();
        reportCancelledBeforeStart(index);
    }
    finishIfIdle();
}

} // namespace zct
