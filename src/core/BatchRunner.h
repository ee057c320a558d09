#pragma once

#include "ConnectionResult.h"
#include "ConnectionSettings.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace zct {

class ZuoraConnection;

struct CheckJob
{
    QString label;              // e.g. the profile name, echoed back with the result
    ConnectionSettings settings;
    QString secret;
};

// Runs many checks with at most `concurrency` in flight; each connection is reused for
// the next job once it is free. Results are reported, not kept, so memory stays flat.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)
public:
    explicit BatchRunner(QObject *parent = nullptr);
    ~BatchRunner() override;

    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    bool isRunning() const { return m_running; }
    int total() const { return m_jobs.size(); }
    int done() const { return m_done; }

public Q_SLOTS:
    void start(const QList<zct::CheckJob> &jobs);
    void cancel();

Q_SIGNALS:
    void resultReady(int index, const QString &label, const zct::ConnectionResult &result);
    void progress(int done, int total);
    void finished();

private:
    void feed(ZuoraConnection *worker);
    void onWorkerFinished(ZuoraConnection *worker, const ConnectionResult &result);

    QList<CheckJob> m_jobs;
    QList<ZuoraConnection *> m_workers;
    QHash<ZuoraConnection *, int> m_inFlight;
    int m_next = 0;
    int m_done = 0;
    int m_concurrency = 4;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace zct
