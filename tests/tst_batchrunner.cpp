#include "BatchRunner.h"
#include "DemoCredentials.h"
#include "DemoServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

// Answers the n-th request with the n-th scripted response (the last one repeats), one request per
// connection: enough to stage "429, then 200" without teaching the demo server a new scenario.
class SequencePeer final : public QTcpServer
{
public:
    explicit SequencePeer(const QList<QByteArray> &responses)
        : m_responses(responses)
    {
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &body,
                             const QByteArray &extraHeader = {})
    {
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\n";
        if (!extraHeader.isEmpty())
            raw += extraHeader + "\r\n";
        return raw + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }
    static QByteArray tooMany(const QByteArray &retryAfter)
    {
        return answer(429, "Too Many Requests",
                      R"({"success":false,"reasons":[{"code":90000070,"message":"Too many requests"}]})",
                      retryAfter.isNull() ? QByteArray() : "Retry-After: " + retryAfter);
    }
    static QByteArray accepted() { return answer(200, "OK", R"({"success":true})", "Set-Cookie: ZSession=abc; Path=/; Secure; HttpOnly"); }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray received = socket->property("received").toByteArray() + socket->readAll();
            socket->setProperty("received", received);
            if (!received.contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write(m_responses.at(qMin(m_requests, int(m_responses.size()) - 1)));
            ++m_requests;
            socket->disconnectFromHost();
        });
    }

private:
    QList<QByteArray> m_responses;
    int m_requests = 0;
};

} // namespace

class tst_BatchRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mixedOutcomes_data();
    void mixedOutcomes();
    void concurrencyIsRespected();
    void emptyBatch();
    void cancelReportsEveryJob();
    void retryDelay_data();
    void retryDelay();
    void rateLimitedThenAccepted_data();
    void rateLimitedThenAccepted();
    void retriedOnceOnly();
    void cancelWhileWaitingToRetry();
    void pacingKeepsToTheWindow();
    void loopbackIsNotPacedByDefault();
    void cancelWhilePaced();
    void hostAtItsLimitDoesNotHoldUpOthers();
    void waitersBookTheirOwnTurns();
    void cancelledWaitsGiveBackTheirTurns();
    void cancelFromAttemptStartedSendsNothing();
    void startFromFinishedDuringCancel();
    void oneBudgetForEveryRemoteHost_data();
    void oneBudgetForEveryRemoteHost();
    void defaultLoginsPerMinute();
    void rejectedIsNeverRetried_data();
    void rejectedIsNeverRetried();

private:
    CheckJob job(const QString &label, const QString &user, const QString &secret, int timeoutMs = 10000) const;
    CheckJob jobOnSecondHost(const QString &label, const QString &user, const QString &secret) const;
    DemoServer m_server;
    DemoServer m_secondHost;   // 127.0.0.2: another host for pacing, this machine all the same on Linux
};

void tst_BatchRunner::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_server.setSlowDelayMs(400);
    m_server.setRetryAfterSeconds(1);   // the 429 scenario is retried once: keep the wait short
    QVERIFY2(m_secondHost.start(QHostAddress(u"127.0.0.2"_s), 0, &error), qPrintable(u"127.0.0.2: "_s + error));
}

CheckJob tst_BatchRunner::job(const QString &label, const QString &user, const QString &secret, int timeoutMs) const
{
    CheckJob job;
    job.label = label;
    job.settings.baseUrl = m_server.baseUrl().toString();
    job.settings.username = user;
    job.settings.timeoutMs = timeoutMs;
    job.secret = secret;
    return job;
}

CheckJob tst_BatchRunner::jobOnSecondHost(const QString &label, const QString &user, const QString &secret) const
{
    CheckJob second = job(label, user, secret);
    second.settings.baseUrl = m_secondHost.baseUrl().toString();
    return second;
}

void tst_BatchRunner::mixedOutcomes_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("three at a time") << 3;
    QTest::newRow("more workers than jobs") << 32;
}

void tst_BatchRunner::mixedOutcomes()
{
    QFETCH(int, concurrency);
    const QString password = QString::fromUtf16(demo::kPassword);
    const QList<CheckJob> jobs = {
        job(u"ok"_s, QString::fromUtf16(demo::kUser), password),
        job(u"wrong"_s, QString::fromUtf16(demo::kUser), u"bad"_s),
        job(u"limited"_s, QString::fromUtf16(demo::kRateLimitedUser), password),
        job(u"slow timeout"_s, QString::fromUtf16(demo::kSlowUser), password, 100),
        job(u"gateway"_s, QString::fromUtf16(demo::kBadGatewayUser), password),
        job(u"invalid"_s, QString(), password),
    };
    const QList<int> expectedExit = {0, 1, 4, 3, 4, 2};

    BatchRunner runner;
    runner.setConcurrency(concurrency);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy progress(&runner, &BatchRunner::progress);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
    QCOMPARE(results.size(), jobs.size());
    QSet<int> seen;
    for (const QList<QVariant> &args : std::as_const(results)) {
        const int index = args.at(0).toInt();
        QVERIFY(!seen.contains(index));
        seen.insert(index);
        QCOMPARE(args.at(1).toString(), jobs.at(index).label);
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        QCOMPARE(result.exitCode(), expectedExit.at(index));
        // The 429 was retried once after its Retry-After; the refused input sent nothing.
        QCOMPARE(result.attempts, index == 2 ? 2 : index == 5 ? 0 : 1);
    }
    QCOMPARE(progress.constLast().at(0).toInt(), jobs.size());
}

void tst_BatchRunner::concurrencyIsRespected()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_server.pendingSlowAnswers(), 0, 5000);   // left over from earlier tests
    m_server.setSlowDelayMs(300);
    QList<CheckJob> jobs;
    for (int i = 0; i < 8; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kSlowUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    runner.setConcurrency(2);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    int maxPending = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { maxPending = qMax(maxPending, m_server.pendingSlowAnswers()); });
    sampler.start(20);
    runner.start(jobs);
    QVERIFY(finished.wait(20000));
    QCOMPARE(maxPending, 2);
}

void tst_BatchRunner::emptyBatch()
{
    BatchRunner runner;
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start({});
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner.isRunning());
}

void tst_BatchRunner::cancelReportsEveryJob()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_server.pendingSlowAnswers(), 0, 5000);
    m_server.setSlowDelayMs(2000);
    QList<CheckJob> jobs;
    for (int i = 0; i < 10; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kSlowUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    runner.setConcurrency(3);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QTRY_COMPARE(m_server.pendingSlowAnswers(), 3);
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results.size(), 10);
    for (const QList<QVariant> &args : std::as_const(results))
        QCOMPARE(args.at(2).value<ConnectionResult>().errorKind, ErrorKind::Cancelled);
}

void tst_BatchRunner::retryDelay_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("absent") << QByteArray() << 2000;
    QTest::newRow("one second") << QByteArray("1") << 1000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("padded") << QByteArray("  3 ") << 3000;
    QTest::newRow("capped at 60 s") << QByteArray("120") << 60000;
    QTest::newRow("huge is capped, not garbage") << QByteArray("99999999999999") << 60000;
    QTest::newRow("negative") << QByteArray("-1") << 2000;
    QTest::newRow("fraction") << QByteArray("1.5") << 2000;
    QTest::newRow("words") << QByteArray("soon") << 2000;
    QTest::newRow("http date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
    QTest::newRow("http date far ahead") << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << 60000;
}

void tst_BatchRunner::retryDelay()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, delayMs);
    QCOMPARE(BatchRunner::retryDelayMs(retryAfter), delayMs);
}

void tst_BatchRunner::rateLimitedThenAccepted_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minimumWaitMs");
    QTest::newRow("Retry-After: 1") << QByteArray("1") << 1000;
    QTest::newRow("no Retry-After: 2 s") << QByteArray() << 2000;
}

void tst_BatchRunner::rateLimitedThenAccepted()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minimumWaitMs);
    SequencePeer peer({SequencePeer::tooMany(retryAfter), SequencePeer::accepted()});
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    CheckJob only;
    only.label = u"retried"_s;
    only.settings.baseUrl = peer.baseUrl().toString();
    only.settings.username = u"user"_s;
    only.secret = u"secret"_s;

    BatchRunner runner;
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy started(&runner, &BatchRunner::attemptStarted);
    QSignalSpy retries(&runner, &BatchRunner::retryScheduled);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start({only});
    QVERIFY(retries.wait(5000));
    QCOMPARE(retries.first().at(1).toInt(), minimumWaitMs);
    QVERIFY(runner.isRunning());            // the worker stays reserved while it waits
    QCOMPARE(results.size(), 0);
    QVERIFY(finished.wait(minimumWaitMs + 5000));
    QVERIFY2(clock.elapsed() >= minimumWaitMs, qPrintable(QString::number(clock.elapsed())));

    QCOMPARE(peer.requests(), 2);
    QCOMPARE(started.size(), 2);
    QCOMPARE(started.at(0).at(1).toInt(), 1);
    QCOMPARE(started.at(1).at(1).toInt(), 2);
    QCOMPARE(results.size(), 1);
    const ConnectionResult result = results.first().at(2).value<ConnectionResult>();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QCOMPARE(result.attempts, 2);
    QVERIFY2(result.notes.join(u' ').contains(u"HTTP 429"_s), qPrintable(result.notes.join(u' ')));
}

void tst_BatchRunner::retriedOnceOnly()
{
    SequencePeer peer({SequencePeer::tooMany("1")});
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    QList<CheckJob> jobs;
    for (int i = 0; i < 2; ++i) {
        CheckJob job;
        job.label = QString::number(i);
        job.settings.baseUrl = peer.baseUrl().toString();
        job.settings.username = u"user"_s;
        job.secret = u"secret"_s;
        jobs << job;
    }
    BatchRunner runner;
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QVERIFY(finished.wait(10000));
    QCOMPARE(peer.requests(), 4);   // two jobs, each tried twice, never a third time
    QCOMPARE(results.size(), 2);
    for (const QList<QVariant> &args : std::as_const(results)) {
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        QCOMPARE(result.httpStatus, 429);
        QCOMPARE(result.errorKind, ErrorKind::RateLimited);
        QCOMPARE(result.exitCode(), 4);
        QCOMPARE(result.attempts, 2);
        QVERIFY(result.notes.join(u' ').contains(u"not retried again"_s));
    }
}

void tst_BatchRunner::cancelWhileWaitingToRetry()
{
    SequencePeer peer({SequencePeer::tooMany("30")});
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    QList<CheckJob> jobs;
    for (int i = 0; i < 3; ++i) {
        CheckJob job;
        job.label = QString::number(i);
        job.settings.baseUrl = peer.baseUrl().toString();
        job.settings.username = u"user"_s;
        job.secret = u"secret"_s;
        jobs << job;
    }
    BatchRunner runner;
    runner.setConcurrency(2);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy retries(&runner, &BatchRunner::retryScheduled);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QTRY_COMPARE(retries.size(), 2);
    QCOMPARE(results.size(), 0);
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    QCOMPARE(finished.size(), 1);            // at once, not after 30 s
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!runner.isRunning());
    QCOMPARE(results.size(), 3);
    QCOMPARE(peer.requests(), 2);
    QSet<int> seen;
    for (const QList<QVariant> &args : std::as_const(results)) {
        const int index = args.at(0).toInt();
        seen.insert(index);
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        if (index == 2) {
            QCOMPARE(result.errorKind, ErrorKind::Cancelled);
            QCOMPARE(result.attempts, 0);
        } else {
            // Zuora's own answer is what is reported, with a word on the retry that did not happen.
            QCOMPARE(result.errorKind, ErrorKind::RateLimited);
            QCOMPARE(result.attempts, 1);
            QVERIFY(result.notes.join(u' ').contains(u"Cancelled while waiting"_s));
        }
    }
    QCOMPARE(seen.size(), 3);
    QTest::qWait(50);
    QCOMPARE(results.size(), 3);             // nothing more arrives later
}

void tst_BatchRunner::pacingKeepsToTheWindow()
{
    QList<CheckJob> jobs;
    for (int i = 0; i < 9; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    runner.setConcurrency(4);
    runner.setStartLimit(3, 500);
    runner.setPaceLoopback(true);
    QElapsedTimer clock;
    QList<qint64> starts;
    connect(&runner, &BatchRunner::attemptStarted, this, [&] { starts << runner.lastStartMs(); });
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    clock.start();
    runner.start(jobs);
    QCOMPARE(starts.size(), 3);              // the fourth worker waits for the window
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(results.size(), 9);
    for (const QList<QVariant> &args : std::as_const(results))
        QVERIFY(args.at(2).value<ConnectionResult>().accepted());
    QCOMPARE(starts.size(), 9);
    // Never more than 3 starts in any 500 ms: the 4th after a start is at least 500 ms later, on
    // the clock the runner keeps the pace by (a test's own clock, read in a slot, can lag it).
    for (int i = 0; i + 3 < starts.size(); ++i)
        QVERIFY2(starts.at(i + 3) - starts.at(i) >= 500,
                 qPrintable(u"start %1 at %2 ms, start %3 at %4 ms"_s.arg(i).arg(starts.at(i)).arg(i + 3).arg(starts.at(i + 3))));
}

void tst_BatchRunner::loopbackIsNotPacedByDefault()
{
    QList<CheckJob> jobs;
    for (int i = 0; i < 6; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    QCOMPARE(runner.concurrency(), 4);
    QCOMPARE(runner.startLimitPerWindow(), 80);
    QCOMPARE(runner.startLimitWindowMs(), 60000);
    QVERIFY(!runner.pacesLoopback());
    runner.setStartLimit(1, 60000);
    QSignalSpy started(&runner, &BatchRunner::attemptStarted);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QCOMPARE(started.size(), 4);             // all four workers at once: 127.0.0.1 is exempt
    QVERIFY(finished.wait(10000));
    QCOMPARE(started.size(), 6);
}

void tst_BatchRunner::cancelWhilePaced()
{
    QList<CheckJob> jobs;
    for (int i = 0; i < 5; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    runner.setConcurrency(3);
    runner.setStartLimit(1, 60000);
    runner.setPaceLoopback(true);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy started(&runner, &BatchRunner::attemptStarted);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE(results.size(), 1);         // the first one is answered; the others wait a minute
    QVERIFY(runner.isRunning());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results.size(), 5);
    QCOMPARE(started.size(), 1);
    for (int i = 1; i < 5; ++i) {
        const ConnectionResult result = results.at(i).at(2).value<ConnectionResult>();
        QCOMPARE(result.errorKind, ErrorKind::Cancelled);
        QCOMPARE(result.attempts, 0);
    }
}

void tst_BatchRunner::hostAtItsLimitDoesNotHoldUpOthers()
{
    // Two tenants on two hosts, paced at one start a minute each: the jobs for the second host
    // must not queue behind the first's.
    const QString user = QString::fromUtf16(demo::kUser);
    const QString password = QString::fromUtf16(demo::kPassword);
    QList<CheckJob> jobs;
    for (int i = 0; i < 3; ++i)
        jobs << job(u"first host %1"_s.arg(i), user, password);
    jobs << jobOnSecondHost(u"second host"_s, user, password);
    jobs << job(u"refused before sending"_s, QString(), password);   // counts against no host

    BatchRunner runner;
    runner.setConcurrency(2);
    runner.setStartLimit(1, 60000);
    runner.setPaceLoopback(true);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    // First host's job 0, the second host's job 3 and the invalid job 4 all end at once; jobs 1 and
    // 2 wait for the first host's minute.
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
    QSet<int> done;
    for (const QList<QVariant> &args : std::as_const(results))
        done.insert(args.at(0).toInt());
    QCOMPARE(done, (QSet<int>{0, 3, 4}));
    for (const QList<QVariant> &args : std::as_const(results)) {
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        QCOMPARE(result.exitCode(), args.at(0).toInt() == 4 ? 2 : 0);
    }
    QTest::qWait(100);
    QCOMPARE(results.size(), 3);
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results.size(), 5);
    for (int i = 3; i < 5; ++i)
        QCOMPARE(results.at(i).at(2).value<ConnectionResult>().errorKind, ErrorKind::Cancelled);
}

void tst_BatchRunner::waitersBookTheirOwnTurns()
{
    // One start per second per host; host H (127.0.0.1) answers in 400 ms, host K (127.0.0.2) at
    // once. Jobs H0 K1 H2 H3 K4 on two workers: after K1 the first worker books H's next turn
    // (1 s) for H2; when H0 ends the other worker must take K4 and K's next turn, not queue for
    // H's already booked turn and leave K4 waiting for a worker to come free.
    const QString password = QString::fromUtf16(demo::kPassword);
    const auto onH = [&](int i) { return job(u"H%1"_s.arg(i), QString::fromUtf16(demo::kSlowUser), password); };
    const auto onK = [&](int i) { return jobOnSecondHost(u"K%1"_s.arg(i), QString::fromUtf16(demo::kUser), password); };
    const QList<CheckJob> jobs = {onH(0), onK(1), onH(2), onH(3), onK(4)};
    m_server.setSlowDelayMs(400);   // other tests change it

    BatchRunner runner;
    runner.setConcurrency(2);
    runner.setStartLimit(1, 1000);
    runner.setPaceLoopback(true);
    QHash<int, qint64> startedAt;   // on the runner's clock
    QStringList events;
    connect(&runner, &BatchRunner::attemptStarted, this, [&](int index) {
        startedAt.insert(index, runner.lastStartMs());
        events << u"start "_s + jobs.at(index).label;
    });
    connect(&runner, &BatchRunner::resultReady, this,
            [&](int index) { events << u"result "_s + jobs.at(index).label; });
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QVERIFY(finished.wait(15000));
    QCOMPARE(results.size(), 5);
    for (const QList<QVariant> &args : std::as_const(results))
        QVERIFY(args.at(2).value<ConnectionResult>().accepted());
    // K4 starts at K's next turn, while H2 (which started at H's) is still waiting 400 ms for
    // its answer; without booking it would start only once a worker came free, after "result H2".
    const QString order = events.join(u", "_s);
    QVERIFY2(events.indexOf(u"start K4"_s) >= 0 && events.indexOf(u"start K4"_s) < events.indexOf(u"result H2"_s),
             qPrintable(order));
    // Each host still gets one start a second.
    const auto at = [&](int index) { return startedAt.value(index, -1); };
    const QString starts = u"H0 %1, K1 %2, H2 %3, H3 %4, K4 %5 ms"_s.arg(at(0)).arg(at(1)).arg(at(2)).arg(at(3)).arg(at(4));
    QVERIFY2(at(2) - at(0) >= 1000 && at(3) - at(2) >= 1000 && at(4) - at(1) >= 1000, qPrintable(starts));
}

void tst_BatchRunner::cancelledWaitsGiveBackTheirTurns()
{
    // One start per second: jobs 1 and 2 book the turns at 1 s and 2 s. Cancelled, they give them
    // back, so the next batch on the same runner starts at 1 s, not after 3 s.
    QList<CheckJob> jobs;
    for (int i = 0; i < 3; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword));
    BatchRunner runner;
    runner.setConcurrency(3);
    runner.setStartLimit(1, 1000);
    runner.setPaceLoopback(true);
    QList<qint64> starts;   // on the runner's clock
    connect(&runner, &BatchRunner::attemptStarted, this, [&] { starts << runner.lastStartMs(); });
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QTRY_COMPARE(results.size(), 1);
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(starts.size(), 1);

    runner.start({jobs.first()});
    QVERIFY(finished.wait(5000));
    QCOMPARE(starts.size(), 2);
    const qint64 gap = starts.at(1) - starts.at(0);
    QVERIFY2(gap >= 1000 && gap < 2000, qPrintable(QString::number(gap)));   // kept turns: 3000
    QVERIFY(results.last().at(2).value<ConnectionResult>().accepted());
}

void tst_BatchRunner::cancelFromAttemptStartedSendsNothing()
{
    // attemptStarted comes before the request is sent; a listener that cancels right there
    // (a "stop at the first start" button, say) gets every job reported and nothing sent.
    SequencePeer peer({SequencePeer::accepted()});
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    QList<CheckJob> jobs;
    for (int i = 0; i < 3; ++i) {
        CheckJob one;
        one.label = QString::number(i);
        one.settings.baseUrl = peer.baseUrl().toString();
        one.settings.username = u"user"_s;
        one.secret = u"secret"_s;
        jobs << one;
    }
    BatchRunner runner;
    runner.setConcurrency(2);
    connect(&runner, &BatchRunner::attemptStarted, &runner, &BatchRunner::cancel);
    QSignalSpy started(&runner, &BatchRunner::attemptStarted);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 1);
    QCOMPARE(results.size(), 3);
    for (const QList<QVariant> &args : std::as_const(results)) {
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        QCOMPARE(result.errorKind, ErrorKind::Cancelled);
        QCOMPARE(result.attempts, 0);
    }
    QVERIFY(!runner.isRunning());
    QTest::qWait(100);
    QCOMPARE(peer.requests(), 0);
    QCOMPARE(results.size(), 3);

    // Paced at one start a minute: the start that was counted and then not made is given back,
    // so the next batch starts at once instead of waiting a minute for its turn.
    runner.setStartLimit(1, 60000);
    runner.setPaceLoopback(true);
    runner.setConcurrency(1);
    runner.start(jobs);                   // stopped at its first start again
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.size(), 2);
    disconnect(&runner, &BatchRunner::attemptStarted, &runner, &BatchRunner::cancel);
    runner.start(jobs);
    QCOMPARE(started.size(), 3);          // at once: not booked for a minute later
    runner.cancel();
    QCOMPARE(finished.size(), 3);
}

void tst_BatchRunner::startFromFinishedDuringCancel()
{
    // A listener that starts the next batch as soon as one has finished, where finished() comes
    // from inside cancel(): the new batch must run whole once cancel() is done, not be mixed
    // into the workers cancel() is still going through.
    QList<CheckJob> jobs;
    for (int i = 0; i < 4; ++i)
        jobs << job(QString::number(i), QString::fromUtf16(demo::kSlowUser), QString::fromUtf16(demo::kPassword));
    m_server.setSlowDelayMs(300);
    BatchRunner runner;
    runner.setConcurrency(2);
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    bool restarted = false;
    connect(&runner, &BatchRunner::finished, this, [&] {
        if (!restarted) {
            restarted = true;
            runner.start(jobs);
        }
    });
    runner.start(jobs);
    QTRY_VERIFY(runner.isRunning());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(results.size(), 4);
    for (const QList<QVariant> &args : std::as_const(results))
        QCOMPARE(args.at(2).value<ConnectionResult>().errorKind, ErrorKind::Cancelled);
    QVERIFY(finished.wait(10000));   // the second batch, started from the slot, runs to its end
    QCOMPARE(finished.size(), 2);
    QCOMPARE(results.size(), 8);
    for (int i = 4; i < 8; ++i)
        QVERIFY(results.at(i).at(2).value<ConnectionResult>().accepted());
    QTest::qWait(50);
    QCOMPARE(results.size(), 8);
}

void tst_BatchRunner::oneBudgetForEveryRemoteHost_data()
{
    // Zuora counts logins per source IP: every host that is not loopback draws on one budget.
    // TEST-NET addresses (RFC 5737) are never routed: each attempt ends at its short timeout,
    // but its start was counted, which is all the pace is about.
    QTest::addColumn<QStringList>("hosts");   // one job per entry; "demo" is the loopback demo server
    QTest::addColumn<int>("perWindow");
    QTest::addColumn<QList<int>>("paced");    // jobs that must wait for the window, by index

    QTest::newRow("two hosts, two a window") << QStringList{u"192.0.2.1"_s, u"192.0.2.2"_s, u"192.0.2.1"_s, u"192.0.2.2"_s}
                                             << 2 << QList<int>{2, 3};
    QTest::newRow("three hosts, one a window") << QStringList{u"192.0.2.1"_s, u"198.51.100.1"_s, u"203.0.113.1"_s}
                                               << 1 << QList<int>{1, 2};
    QTest::newRow("loopback stays exempt") << QStringList{u"demo"_s, u"192.0.2.1"_s, u"demo"_s, u"192.0.2.2"_s, u"demo"_s}
                                           << 1 << QList<int>{3};
}

void tst_BatchRunner::oneBudgetForEveryRemoteHost()
{
    QFETCH(QStringList, hosts);
    QFETCH(int, perWindow);
    QFETCH(QList<int>, paced);
    constexpr int windowMs = 700;

    QList<CheckJob> jobs;
    for (const QString &host : std::as_const(hosts)) {
        CheckJob next = job(host, QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword), 300);
        if (host != u"demo")
            next.settings.baseUrl = u"https://"_s + host;
        next.settings.proxy.mode = ProxyMode::None;
        jobs << next;
    }
    BatchRunner runner;
    runner.setConcurrency(int(jobs.size()));
    runner.setStartLimit(perWindow, windowMs);
    QHash<int, qint64> startedAt;   // on the runner's own clock
    connect(&runner, &BatchRunner::attemptStarted, this, [&](int index) { startedAt.insert(index, runner.lastStartMs()); });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(jobs);
    QVERIFY(finished.wait(15000));
    QCOMPARE(startedAt.size(), jobs.size());
    qint64 first = std::numeric_limits<qint64>::max();
    for (const qint64 at : std::as_const(startedAt))
        first = qMin(first, at);
    QStringList seen;
    for (int i = 0; i < jobs.size(); ++i)
        seen << u"%1 %2 at %3 ms"_s.arg(i).arg(hosts.at(i)).arg(startedAt.value(i) - first);
    for (int i = 0; i < jobs.size(); ++i) {
        const qint64 after = startedAt.value(i) - first;
        if (paced.contains(i))
            QVERIFY2(after >= windowMs, qPrintable(seen.join(u", "_s)));
        else
            QVERIFY2(after < windowMs, qPrintable(seen.join(u", "_s)));
    }
    // In any window, at most perWindow starts to hosts that are not loopback.
    QList<qint64> remote;
    for (int i = 0; i < jobs.size(); ++i) {
        if (hosts.at(i) != u"demo")
            remote << startedAt.value(i);
    }
    std::sort(remote.begin(), remote.end());
    for (qsizetype i = 0; i + perWindow < remote.size(); ++i)
        QVERIFY2(remote.at(i + perWindow) - remote.at(i) >= windowMs, qPrintable(seen.join(u", "_s)));
}

void tst_BatchRunner::defaultLoginsPerMinute()
{
    QCOMPARE(BatchRunner::defaultLoginsPerMinute(), 80);
    BatchRunner::setDefaultLoginsPerMinute(30);   // zuora-check --max-logins-per-minute 30
    {
        BatchRunner runner;
        QCOMPARE(runner.startLimitPerWindow(), 30);
        QCOMPARE(runner.startLimitWindowMs(), 60000);
    }
    BatchRunner::setDefaultLoginsPerMinute(StartLimiter::DefaultPerWindow);
    BatchRunner runner;
    QCOMPARE(runner.startLimitPerWindow(), 80);
}

void tst_BatchRunner::rejectedIsNeverRetried_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    const QByteArray refused = R"({"success":false,"reasons":[{"code":90000011,"message":"Invalid credentials"}]})";
    QTest::newRow("401") << SequencePeer::answer(401, "Unauthorized", refused) << 1;
    QTest::newRow("403") << SequencePeer::answer(403, "Forbidden", refused) << 1;
    QTest::newRow("success false at 200") << SequencePeer::answer(200, "OK", refused) << 1;
    QTest::newRow("oauth-style 400") << SequencePeer::answer(400, "Bad Request", R"({"success":false,"reasons":[{"code":90000011,"message":"m"}]})") << 4;
}

void tst_BatchRunner::rejectedIsNeverRetried()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    SequencePeer peer({answer, SequencePeer::accepted()});
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    CheckJob only = job(u"once"_s, QString::fromUtf16(demo::kUser), u"wrong"_s);
    only.settings.baseUrl = peer.baseUrl().toString();
    BatchRunner runner;
    QSignalSpy results(&runner, &BatchRunner::resultReady);
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start({only});
    QVERIFY(finished.wait(10000));
    QCOMPARE(results.size(), 1);
    const ConnectionResult result = results.first().at(2).value<ConnectionResult>();
    QCOMPARE(result.exitCode(), exitCode);
    QCOMPARE(result.attempts, 1);
    QTest::qWait(200);   // nothing more arrives later either
    QCOMPARE(peer.requests(), 1);
}

QTEST_GUILESS_MAIN(tst_BatchRunner)
#include "tst_batchrunner.moc"
