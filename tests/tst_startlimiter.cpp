#include "StartLimiter.h"

#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_StartLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delays_data();
    void delays();
    void keysAreIndependent();
    void offMeansNoDelay();
    void bookedStartsQueueUp();
    void roomNowIgnoresLaterBookings();
    void lateTurnRebooksAheadOfLaterOnes();
};

void tst_StartLimiter::delays_data()
{
    // Starts already recorded (ms), the time asked about, and the expected wait.
    QTest::addColumn<int>("perWindow");
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("empty") << 3 << QList<qint64>{} << qint64(0) << qint64(0);
    QTest::newRow("room left") << 3 << QList<qint64>{0, 10} << qint64(20) << qint64(0);
    QTest::newRow("full") << 3 << QList<qint64>{0, 10, 20} << qint64(30) << qint64(470);
    QTest::newRow("oldest leaves exactly now") << 3 << QList<qint64>{0, 10, 20} << qint64(500) << qint64(0);
    QTest::newRow("one left the window") << 3 << QList<qint64>{0, 400, 450} << qint64(600) << qint64(0);
    QTest::newRow("rolling, not fixed") << 3 << QList<qint64>{400, 450, 600} << qint64(700) << qint64(200);
    QTest::newRow("one per window") << 1 << QList<qint64>{100} << qint64(101) << qint64(499);
}

void tst_StartLimiter::delays()
{
    QFETCH(int, perWindow);
    QFETCH(QList<qint64>, starts);
    QFETCH(qint64, now);
    QFETCH(qint64, delay);
    StartLimiter limiter(perWindow, 500);
    for (const qint64 start : std::as_const(starts))
        limiter.recordStart(u"rest.zuora.com"_s, start);
    QCOMPARE(limiter.delayFor(u"rest.zuora.com"_s, now), delay);
}

void tst_StartLimiter::keysAreIndependent()
{
    StartLimiter limiter(2, 1000);
    limiter.recordStart(u"rest.zuora.com"_s, 0);
    limiter.recordStart(u"rest.zuora.com"_s, 1);
    QCOMPARE(limiter.delayFor(u"rest.zuora.com"_s, 2), qint64(998));
    QCOMPARE(limiter.delayFor(u"rest.eu.zuora.com"_s, 2), qint64(0));
}

void tst_StartLimiter::offMeansNoDelay()
{
    StartLimiter limiter;
    QCOMPARE(limiter.perWindow(), 80);   // under Zuora's 100 a minute per IP, with room to spare
    QCOMPARE(limiter.windowMs(), 60000);
    limiter.setLimit(0, 1000);
    QVERIFY(!limiter.isLimited());
    for (int i = 0; i < 100; ++i)
        limiter.recordStart(u"h"_s, i);
    QCOMPARE(limiter.delayFor(u"h"_s, 100), qint64(0));
}

void tst_StartLimiter::bookedStartsQueueUp()
{
    // One start per 500 ms. Two waiters each get their own turn, not the same one; a start made
    // when the first turn is due keeps the list in order; a withdrawn turn frees its slot.
    StartLimiter limiter(1, 500);
    const QString host = u"rest.zuora.com"_s;
    limiter.recordStart(host, 0);
    QCOMPARE(limiter.reserveStart(host, 10), qint64(500));
    QCOMPARE(limiter.reserveStart(host, 20), qint64(1000));
    QCOMPARE(limiter.delayFor(host, 30), qint64(1470));
    QCOMPARE(limiter.reserveStart(u"other.example"_s, 30), qint64(30));   // free: booked for now
    limiter.withdrawStart(host, 1000);
    QCOMPARE(limiter.delayFor(host, 40), qint64(960));                    // back to after the 500 turn
    QCOMPARE(limiter.reserveStart(host, 600), qint64(1000));
    limiter.withdrawStart(host, 12345);                                   // unknown: nothing happens
    QCOMPARE(limiter.delayFor(host, 600), qint64(900));
}

void tst_StartLimiter::roomNowIgnoresLaterBookings()
{
    // Three starts per 500 ms. Starts at 0, 0, 0; turns booked for 500, 500, 500 and 1000.
    StartLimiter limiter(3, 500);
    const QString host = u"rest.zuora.com"_s;
    for (int i = 0; i < 3; ++i)
        limiter.recordStart(host, 0);
    QCOMPARE(limiter.reserveStart(host, 10), qint64(500));
    QCOMPARE(limiter.reserveStart(host, 10), qint64(500));
    QCOMPARE(limiter.reserveStart(host, 10), qint64(500));
    QCOMPARE(limiter.reserveStart(host, 10), qint64(1000));
    QVERIFY(!limiter.hasRoomNow(host, 499));    // the three at 0 still count
    // At 500 the first booked turn comes due: withdrawn, it finds room although two more turns
    // at 500 and one at 1000 are booked. Its timer fired late, at 503.
    limiter.withdrawStart(host, 500);
    QVERIFY(limiter.hasRoomNow(host, 503));
    limiter.recordStart(host, 503);
    // The other two came late too (505, 507): at 1000 the turn booked then must wait until 1003,
    // or four starts would fall within 500 ms.
    limiter.withdrawStart(host, 500);
    limiter.recordStart(host, 505);
    limiter.withdrawStart(host, 500);
    limiter.recordStart(host, 507);
    limiter.withdrawStart(host, 1000);
    QVERIFY(!limiter.hasRoomNow(host, 1000));
    QCOMPARE(limiter.reserveStart(host, 1000), qint64(1003));
    limiter.withdrawStart(host, 1003);          // its time has come: there is room then
    QVERIFY(limiter.hasRoomNow(host, 1003));
    QVERIFY(limiter.hasRoomNow(u"other.example"_s, 1000));
}

void tst_StartLimiter::lateTurnRebooksAheadOfLaterOnes()
{
    // One start per 1000 ms: a start at 0, turns booked for 1000, 2000 and 3000. The first booked
    // turn starts late, at 1005; the next, due at 2000, finds no room and books again: for 2005,
    // right after the late start, not for 4000 behind the turn at 3000.
    StartLimiter limiter(1, 1000);
    const QString host = u"rest.zuora.com"_s;
    limiter.recordStart(host, 0);
    QCOMPARE(limiter.reserveStart(host, 0), qint64(1000));
    QCOMPARE(limiter.reserveStart(host, 0), qint64(2000));
    QCOMPARE(limiter.reserveStart(host, 0), qint64(3000));
    limiter.withdrawStart(host, 1000);
    QVERIFY(limiter.hasRoomNow(host, 1005));
    limiter.recordStart(host, 1005);
    limiter.withdrawStart(host, 2000);
    QVERIFY(!limiter.hasRoomNow(host, 2001));
    QCOMPARE(limiter.reserveStartAfterDue(host, 2001), qint64(2005));
    // Had nothing come late, the same call books for now.
    QCOMPARE(limiter.reserveStartAfterDue(u"other.example"_s, 2001), qint64(2001));
}

QTEST_GUILESS_MAIN(tst_StartLimiter)
#include "tst_startlimiter.moc"
