// Load and faults: a batch of thousands of checks through zct::BatchRunner against a server that
// drops, resets and stalls a share of the connections and answers the rest like Zuora. Every check
// ends with exactly one result, of the kind the server's behaviour calls for; nothing hangs; the
// sockets are all closed afterwards; memory is sampled at 500 checks and at the end and printed
// (measured, not asserted beyond a generous bound: this is not a benchmark).
#include "BatchRunner.h"
#include "FaultyZuoraPeer.h"
#include "ProcessStatus.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

using Fault = FaultyZuoraPeer::Fault;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

class tst_LoadFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planSpreadsTheFaults();
    void everyCheckEndsWithOneResult();
};

void tst_LoadFaults::planSpreadsTheFaults()
{
    std::array<int, FaultyZuoraPeer::FaultCount> counts{};
    for (int check = 0; check < 1000; ++check)
        ++counts[size_t(FaultyZuoraPeer::faultFor(check, 10))];
    QCOMPARE(counts[size_t(Fault::Drop)], 100);
    QCOMPARE(counts[size_t(Fault::Reset)], 100);
    QCOMPARE(counts[size_t(Fault::Stall)], 100);
    QCOMPARE(counts[size_t(Fault::Reject)], 100);
    QCOMPARE(counts[size_t(Fault::Accept)], 600);
    // Neighbours differ: a burst of concurrent checks meets a mix, not one fault at a time.
    QVERIFY(FaultyZuoraPeer::faultFor(0, 10) != FaultyZuoraPeer::faultFor(1, 10)
            || FaultyZuoraPeer::faultFor(1, 10) != FaultyZuoraPeer::faultFor(2, 10));
}

void tst_LoadFaults::everyCheckEndsWithOneResult()
{
    // ZCT_LOAD_CHECKS / ZCT_LOAD_TIMEOUT_MS: fewer checks, or a longer wait for the stalled ones.
    const int total = envInt("ZCT_LOAD_CHECKS", 5000);
    const int timeoutMs = envInt("ZCT_LOAD_TIMEOUT_MS", 300);
    const int answeredTimeoutMs = 5000;
    const int concurrency = 6;
    const int checkpoint = qMin(500, total);

    FaultyZuoraPeer peer(10);
    QString error;
    QVERIFY2(peer.start(&error), qPrintable(error));
    const int fdsBefore = ProcessStatus::openFileDescriptors();

    QList<CheckJob> jobs;
    jobs.reserve(total);
    for (int check = 0; check < total; ++check) {
        CheckJob job;
        job.label = QString::number(check);
        job.settings.baseUrl = peer.baseUrl().toString();
        job.settings.username = FaultyZuoraPeer::userFor(check);
        // The stalled checks wait timeoutMs; the others get far longer, so that a busy machine
        // (sanitizers, tests in parallel) never turns a slow answer into a timeout. A drop or
        // reset that went unreported would still show: as a timeout after answeredTimeoutMs.
        job.settings.timeoutMs = FaultyZuoraPeer::faultFor(check, peer.sharePercent()) == Fault::Stall
            ? timeoutMs : answeredTimeoutMs;
        job.secret = u"Load-Pass+2026/=&"_s;
        jobs << job;
    }

    auto runner = std::make_unique<BatchRunner>();
    runner->setConcurrency(concurrency);
    std::vector<int> resultsPerCheck(size_t(total), 0);
    std::vector<ErrorKind> kindOf(size_t(total), ErrorKind::None);
    std::vector<int> mismatches;
    QHash<int, QString> unexpected;   // check -> what it said, when not what the server called for
    qint64 rssAtCheckpoint = -1;
    qint64 peakAtCheckpoint = -1;
    double secondsAtCheckpoint = 0;
    QElapsedTimer clock;
    connect(runner.get(), &BatchRunner::resultReady, this,
            [&](int index, const QString &label, const ConnectionResult &result) {
                if (index < 0 || index >= total || label != QString::number(index)) {
                    mismatches.push_back(index);
                    return;
                }
                ++resultsPerCheck[size_t(index)];
                kindOf[size_t(index)] = result.errorKind;
                if (result.errorKind != FaultyZuoraPeer::expectedKind(FaultyZuoraPeer::faultFor(index, peer.sharePercent())))
                    unexpected.insert(index, u"%1 after %2 ms"_s.arg(result.cause).arg(result.timings.finished));
                if (runner->done() == checkpoint) {
                    rssAtCheckpoint = ProcessStatus::statusKb("VmRSS");
                    peakAtCheckpoint = ProcessStatus::statusKb("VmHWM");
                    secondsAtCheckpoint = clock.elapsed() / 1000.0;
                }
            });
    QSignalSpy finished(runner.get(), &BatchRunner::finished);
    const qint64 rssBefore = ProcessStatus::statusKb("VmRSS");
    clock.start();
    runner->start(jobs);
    jobs.clear();
    // Nothing hangs: a stalled check costs timeoutMs, so this is many times what the batch needs.
    const int deadlineMs = 60000 + total * timeoutMs / concurrency * 4;
    QVERIFY2(finished.wait(deadlineMs), qPrintable(u"%1 of %2 done"_s.arg(runner->done()).arg(total)));
    const double seconds = clock.elapsed() / 1000.0;
    const qint64 rssEnd = ProcessStatus::statusKb("VmRSS");
    const qint64 peakEnd = ProcessStatus::statusKb("VmHWM");
    QCOMPARE(finished.size(), 1);
    QVERIFY(mismatches.empty());
    QCOMPARE(runner->done(), total);

    // Exactly one result per check, of the kind the server's behaviour calls for.
    std::array<int, FaultyZuoraPeer::FaultCount> checksPerFault{};
    QHash<int, int> resultsPerKind;
    for (int check = 0; check < total; ++check) {
        const Fault fault = FaultyZuoraPeer::faultFor(check, peer.sharePercent());
        QVERIFY2(resultsPerCheck[size_t(check)] == 1,
                 qPrintable(u"check %1 has %2 results"_s.arg(check).arg(resultsPerCheck[size_t(check)])));
        QVERIFY2(peer.requestsFor(check) >= 1, qPrintable(u"check %1 never reached the server"_s.arg(check)));
        QVERIFY2(kindOf[size_t(check)] == FaultyZuoraPeer::expectedKind(fault),
                 qPrintable(u"check %1 (%2, %3 requests seen): %4, %5"_s.arg(check)
                                .arg(FaultyZuoraPeer::faultName(fault)).arg(peer.requestsFor(check))
                                .arg(errorKindId(kindOf[size_t(check)]), unexpected.value(check))));
        ++checksPerFault[size_t(fault)];
        ++resultsPerKind[int(kindOf[size_t(check)])];
    }
    QCOMPARE(resultsPerKind.value(int(ErrorKind::None)), checksPerFault[size_t(Fault::Accept)]);
    QCOMPARE(resultsPerKind.value(int(ErrorKind::Rejected)), checksPerFault[size_t(Fault::Reject)]);
    QCOMPARE(resultsPerKind.value(int(ErrorKind::Network)),
             checksPerFault[size_t(Fault::Drop)] + checksPerFault[size_t(Fault::Reset)]);
    QCOMPARE(resultsPerKind.value(int(ErrorKind::Timeout)), checksPerFault[size_t(Fault::Stall)]);

    // No leak of connections: once the runner is gone, every socket on both sides is closed.
    runner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(peer.connectionsOpen(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(ProcessStatus::openFileDescriptors() <= fdsBefore + 2, 10000);

    const auto perFault = peer.requestsPerFault();
    qInfo("%d checks, concurrency %d, timeout %d ms for the stalled ones: %.1f s (%.0f checks/s)", total, concurrency,
          timeoutMs, seconds, total / seconds);
    qInfo("results: %d accepted, %d rejected, %d network (drop %d + reset %d), %d timeout (stall)",
          resultsPerKind.value(int(ErrorKind::None)), resultsPerKind.value(int(ErrorKind::Rejected)),
          resultsPerKind.value(int(ErrorKind::Network)), checksPerFault[size_t(Fault::Drop)],
          checksPerFault[size_t(Fault::Reset)], resultsPerKind.value(int(ErrorKind::Timeout)));
    qInfo("server: %d connections, %d requests (drop %d, reset %d, stall %d; Qt sends a request again when "
          "its connection closes before any answer)",
          peer.connectionsAccepted(), peer.requests(), perFault[size_t(Fault::Drop)],
          perFault[size_t(Fault::Reset)], perFault[size_t(Fault::Stall)]);
    qInfo("memory (client and server in this process): RSS before %lld kB; after %d checks RSS %lld kB, "
          "peak %lld kB (%.1f s); after %d RSS %lld kB, peak %lld kB",
          rssBefore, checkpoint, rssAtCheckpoint, peakAtCheckpoint, secondsAtCheckpoint, total, rssEnd, peakEnd);
    // Flat, generously: results are reported, not kept.
    if (total >= 10 * checkpoint)
        QVERIFY2(peakEnd < 2 * peakAtCheckpoint, qPrintable(u"peak RSS %1 kB at %2, %3 kB at %4"_s
                                                                .arg(peakAtCheckpoint).arg(checkpoint).arg(peakEnd).arg(total)));
}

QTEST_GUILESS_MAIN(tst_LoadFaults)
#include "tst_loadfaults.moc"
