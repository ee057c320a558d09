// zct-bench-faults: N session-login checks through zct::BatchRunner against FaultyZuoraPeer (a
// server on its own thread that drops, resets and stalls a share of the connections), for
// bench/faults. Prints Markdown: the outcome per kind and memory (VmRSS, VmHWM) at checkpoints.
//
//   zct-bench-faults [--count 5000] [--concurrency 6] [--timeout-ms 300] [--share 10]
//
// Exits 0 only if every check ended with exactly one result of the kind the server called for.

#include "BatchRunner.h"
#include "FaultyZuoraPeer.h"
#include "ProcessStatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

using Fault = FaultyZuoraPeer::Fault;

void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int positive(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= 0 ? value : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks through BatchRunner against a server that drops, resets and stalls."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Number of checks (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Checks in flight (default 6)."_s, u"C"_s, u"6"_s);
    const QCommandLineOption timeoutOption(u"timeout-ms"_s, u"Per-check timeout (default 300)."_s, u"MS"_s, u"300"_s);
    const QCommandLineOption shareOption(u"share"_s, u"Percent of checks each dropped, reset, stalled (default 10)."_s,
                                         u"P"_s, u"10"_s);
    parser.addOptions({countOption, concurrencyOption, timeoutOption, shareOption});
    parser.process(app);
    const int total = positive(parser, countOption);
    const int concurrency = positive(parser, concurrencyOption);
    const int timeoutMs = positive(parser, timeoutOption);
    const int share = positive(parser, shareOption);
    if (total < 1 || concurrency < 1 || timeoutMs < 1 || share < 0 || share > 30) {
        std::fputs("zct-bench-faults: --count, --concurrency, --timeout-ms must be positive, --share 0..30\n", stderr);
        return 2;
    }

    FaultyZuoraPeer peer(share);
    QString error;
    if (!peer.start(&error)) {
        std::fprintf(stderr, "zct-bench-faults: %s\n", qPrintable(error));
        return 1;
    }
    QList<CheckJob> jobs;
    jobs.reserve(total);
    for (int check = 0; check < total; ++check) {
        CheckJob job;
        job.label = QString::number(check);
        job.settings.baseUrl = peer.baseUrl().toString();
        job.settings.username = FaultyZuoraPeer::userFor(check);
        job.settings.timeoutMs = timeoutMs;
        job.secret = u"Load-Pass+2026/=&"_s;
        jobs << job;
    }

    std::vector<int> results(size_t(total), 0);
    int wrongKind = 0;
    std::array<int, FaultyZuoraPeer::FaultCount> perFault{};
    QStringList checkpoints;
    QElapsedTimer clock;
    const QList<int> marks = {100, 500, 1000, 2000, 5000, 10000, 20000, 50000};
    const auto sample = [&](int done) {
        checkpoints << u"| %1 | %2 | %3 | %4 |"_s.arg(done).arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                           .arg(ProcessStatus::statusKb("VmRSS") / 1024.0, 0, 'f', 1).arg(ProcessStatus::statusKb("VmHWM") / 1024.0, 0, 'f', 1);
    };

    BatchRunner runner;
    runner.setConcurrency(concurrency);
    QObject::connect(&runner, &BatchRunner::resultReady, &app,
                     [&](int index, const QString &, const ConnectionResult &result) {
                         const Fault fault = FaultyZuoraPeer::faultFor(index, share);
                         ++results[size_t(index)];
                         ++perFault[size_t(fault)];
                         if (result.errorKind != FaultyZuoraPeer::expectedKind(fault))
                             ++wrongKind;
                         const int done = runner.done();
                         if (marks.contains(done) || done == total)
                             sample(done);
                     });
    QObject::connect(&runner, &BatchRunner::finished, &app, &QCoreApplication::quit);
    const qint64 rssBefore = ProcessStatus::statusKb("VmRSS");
    clock.start();
    runner.start(jobs);
    jobs.clear();
    QCoreApplication::exec();
    const double seconds = clock.elapsed() / 1000.0;

    int missing = 0;
    int duplicated = 0;
    for (const int count : results) {
        missing += count == 0;
        duplicated += count > 1;
    }
    const auto requests = peer.requestsPerFault();
    printLine(u"%1 checks, concurrency %2, per-check timeout %3 ms, %4% each dropped, reset, stalled: **%5 s** (%6 checks/s)"_s
                  .arg(total).arg(concurrency).arg(timeoutMs).arg(share).arg(seconds, 0, 'f', 1)
                  .arg(total / seconds, 0, 'f', 0));
    printLine(QString());
    std::array<int, FaultyZuoraPeer::FaultCount> mostRequests{};
    for (int check = 0; check < total; ++check) {
        int &most = mostRequests[size_t(FaultyZuoraPeer::faultFor(check, share))];
        most = qMax(most, peer.requestsFor(check));
    }
    printLine(u"| server did | checks | requests seen | most for one check | result expected |"_s);
    printLine(u"|---|---:|---:|---:|---|"_s);
    for (const Fault fault : {Fault::Accept, Fault::Reject, Fault::Drop, Fault::Reset, Fault::Stall}) {
        printLine(u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(FaultyZuoraPeer::faultName(fault)).arg(perFault[size_t(fault)])
                      .arg(requests[size_t(fault)]).arg(mostRequests[size_t(fault)])
                      .arg(fault == Fault::Accept ? u"accepted"_s : errorKindId(FaultyZuoraPeer::expectedKind(fault))));
    }
    printLine(QString());
    printLine(u"Results: %1 of %2 checks ended with exactly one result; %3 missing, %4 duplicated, %5 of an unexpected kind. "
              "Server: %6 connections for %7 requests."_s
                  .arg(total - missing - duplicated).arg(total).arg(missing).arg(duplicated).arg(wrongKind)
                  .arg(peer.connectionsAccepted()).arg(peer.requests()));
    printLine(QString());
    printLine(u"| checks done | s | VmRSS MiB | VmHWM (peak) MiB |"_s);
    printLine(u"|---:|---:|---:|---:|"_s);
    printLine(u"| 0 | 0.0 | %1 | |"_s.arg(rssBefore / 1024.0, 0, 'f', 1));
    for (const QString &line : std::as_const(checkpoints))
        printLine(line);
    return missing == 0 && duplicated == 0 && wrongKind == 0 ? 0 : 1;
}
