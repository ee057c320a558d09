#include "BatchRunner.h"
#include "DemoCredentials.h"
#include "DemoServer.h"

#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

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

private:
    CheckJob job(const QString &label, const QString &user, const QString &secret, int timeoutMs = 10000) const;
    DemoServer m_server;
};

void tst_BatchRunner::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_server.setSlowDelayMs(400);
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
        QCOMPARE(args.at(2).value<ConnectionResult>().exitCode(), expectedExit.at(index));
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

QTEST_GUILESS_MAIN(tst_BatchRunner)
#include "tst_batchrunner.moc"
