#pragma once

#include "ConnectionResult.h"
#include "ConnectionSettings.h"
#include "StartLimiter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace zct {

class ZuoraConnection;

struct CheckJob
{
    QString label;              // e.g. the profile name, echoed back with the result
    ConnectionSettings settings;
    QString secret;
    QString proxyPassword;      // for settings.proxy.username, when the proxy asks
};

// Runs many checks with at most `concurrency` in flight; each connection is reused for
// the next job once it is free. Results are reported, not kept, so memory stays flat.
//
// Courtesy to Zuora's limits (zuora-api.md §5: 100 logins per minute per IP address):
// - Pacing: at most startLimitPerWindow() attempt starts in any rolling window of
//   startLimitWindowMs() (default 80 per 60 s) under ONE budget for every host that is not
//   loopback: Zuora counts logins per source IP, so logins to rest.zuora.com, rest.eu.zuora.com
//   and a custom host all come out of the same 100 a minute. A worker at the limit waits on a
//   timer, reserved for its job. Loopback hosts (the demo server, benchmarks) are not paced
//   unless setPaceLoopback(true); then each loopback host keeps a budget of its own (tests use
//   127.0.0.1 and 127.0.0.2 as two separately limited peers).
// - A 429 answer is retried once, after its Retry-After (seconds, at most 60; 2 when absent or
//   unparsable; an HTTP date is honoured too). The worker stays reserved while it waits. The
//   result then says so in notes and in ConnectionResult::attempts (2). A second 429 is reported.
// Every job gets exactly one resultReady, also when cancelled (then at once, without waiting).
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)
public:
    static constexpr int DefaultConcurrency = 4;
    static constexpr int DefaultRetryAfterSeconds = 2;
    static constexpr int MaxRetryAfterSeconds = 60;

    explicit BatchRunner(QObject *parent = nullptr);
    ~BatchRunner() override;

    void setConcurrency(int concurrency);   // 1..64; applies to the next start()
    int concurrency() const { return m_concurrency; }
    bool isRunning() const { return m_running; }
    int total() const { return int(m_jobs.size()); }
    int done() const { return m_done; }

    // perWindow <= 0 turns pacing off.
    void setStartLimit(int perWindow, int windowMs);
    // What new runners start with (logins a minute; <= 0: no pacing): zuora-check sets it from
    // --max-logins-per-minute before any runner exists. StartLimiter::DefaultPerWindow until set.
    static void setDefaultLoginsPerMinute(int perMinute);
    static int defaultLoginsPerMinute();
    static constexpr const char *RemoteBudgetKey = "remote";   // the one pace key of every non-loopback host
    int startLimitPerWindow() const { return m_limiter.perWindow(); }
    int startLimitWindowMs() const { return m_limiter.windowMs(); }
    void setPaceLoopback(bool pace) { m_paceLoopback = pace; }
    bool pacesLoopback() const { return m_paceLoopback; }

    // When the start that attemptStarted() is reporting was counted against its host's limit,
    // in milliseconds on the runner's own monotonic clock (the one the pace is kept by).
    qint64 lastStartMs() const { return m_lastStartMs; }

    // How long to wait before retrying after a 429 with this Retry-After value.
    static int retryDelayMs(const QByteArray &retryAfter);

public Q_SLOTS:
    void start(const QList<zct::CheckJob> &jobs);
    void cancel();

Q_SIGNALS:
    void attemptStarted(int index, int attempt);     // attempt: 1, or 2 for the retry after a 429; before sending
    void retryScheduled(int index, int delayMs);     // a 429 is being waited out
    void resultReady(int index, const QString &label, const zct::ConnectionResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Worker;

    void feed(Worker *worker);
    void begin(Worker *worker);
    void onWorkerFinished(Worker *worker, const ConnectionResult &result);
    void complete(Worker *worker, const ConnectionResult &result);
    void reportCancelledBeforeStart(int index);
    void dropBeforeSending(Worker *worker);
    void finishIfIdle();
    QString paceKey(const ConnectionSettings &settings, const QString &secret) const;
    int takeNextJob();

    QList<CheckJob> m_jobs;
    std::vector<std::unique_ptr<Worker>> m_workers;
    StartLimiter m_limiter;
    QElapsedTimer m_clock;
    std::deque<int> m_pending;    // jobs not started yet, in the order given
    QStringList m_paceKeys;       // per job: the host whose start limit it counts against, or empty
    int m_done = 0;
    int m_concurrency = DefaultConcurrency;
    bool m_paceLoopback = false;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_lastStartMs = -1;
    int m_walkingWorkers = 0;     // > 0 while start() or cancel() goes through the workers
};

} // namespace zct
