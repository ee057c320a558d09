#include "ZuoraErrorCode.h"

#include <QTest>

using namespace zct;

class tst_ZuoraErrorCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void everyCategoryHasNameAndHint();
};

void tst_ZuoraErrorCode::decode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<int>("category");
    QTest::addColumn<qint64>("resource");
    QTest::addColumn<bool>("authentication");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("categoryName");

    QTest::newRow("invalid credential") << "90000011" << true << 11 << qint64(900000) << true << false << "Authentication failed";
    QTest::newRow("auth permission") << "90000010" << true << 10 << qint64(900000) << true << false << "Permission or access denied";
    QTest::newRow("auth locking") << "90000050" << true << 50 << qint64(900000) << true << true << "Locking contention";
    QTest::newRow("auth limit") << "90000070" << true << 70 << qint64(900000) << true << true << "Request exceeded limit";
    QTest::newRow("subscription termType") << "53100320" << true << 20 << qint64(531003) << false << false << "Invalid format or value";
    QTest::newRow("unknown object") << "50000040" << true << 40 << qint64(500000) << false << false << "Not found";
    QTest::newRow("internal") << "58730060" << true << 60 << qint64(587300) << false << false << "Internal error";
    QTest::newRow("temporary") << "58730061" << true << 61 << qint64(587300) << false << true << "Temporary error";
    QTest::newRow("integration") << "53000099" << true << 99 << qint64(530000) << false << true << "Integration error";
    QTest::newRow("malformed") << "50000090" << true << 90 << qint64(500000) << false << false << "Malformed request";
    QTest::newRow("query param") << "50000027" << true << 27 << qint64(500000) << false << false << "Invalid query parameter";
    QTest::newRow("unknown category") << "50000033" << true << 33 << qint64(500000) << false << false << "Unknown category";
    QTest::newRow("padded string") << " 90000011 " << true << 11 << qint64(900000) << true << false << "Authentication failed";
    QTest::newRow("symbolic limit") << "REQUEST_EXCEEDED_LIMIT" << false << 70 << qint64(-1) << false << true << "Request exceeded limit";
    QTest::newRow("symbolic lock") << "LOCK_COMPETITION" << false << 50 << qint64(-1) << false << true << "Locking contention";
    QTest::newRow("symbolic value") << "INVALID_VALUE" << false << 20 << qint64(-1) << false << false << "Invalid format or value";
    QTest::newRow("symbolic unknown") << "SOMETHING_NEW" << false << -1 << qint64(-1) << false << false << "Unknown category";
    QTest::newRow("oauth error") << "invalid_client" << false << -1 << qint64(-1) << false << false << "Unknown category";
}

void tst_ZuoraErrorCode::decode()
{
    QFETCH(QString, code);
    QFETCH(bool, numeric);
    QFETCH(int, category);
    QFETCH(qint64, resource);
    QFETCH(bool, authentication);
    QFETCH(bool, retryable);
    QFETCH(QString, categoryName);

    const ZuoraErrorCode decoded = ZuoraErrorCode::fromString(code);
    QCOMPARE(decoded.isNumeric(), numeric);
    QCOMPARE(decoded.category(), category);
    QCOMPARE(decoded.resource(), resource);
    QCOMPARE(decoded.isAuthentication(), authentication);
    QCOMPARE(decoded.isRetryable(), retryable);
    QCOMPARE(decoded.categoryName(), categoryName);
    QVERIFY(!decoded.hint().isEmpty());
    if (numeric)
        QCOMPARE(ZuoraErrorCode::fromNumber(decoded.number()).category(), category);
}

void tst_ZuoraErrorCode::everyCategoryHasNameAndHint()
{
    const QList<int> categories = {10, 11, 20, 21, 22, 23, 27, 30, 40, 45, 50, 60, 61, 70, 90, 99};
    QSet<QString> names;
    for (int category : categories) {
        const ZuoraErrorCode code = ZuoraErrorCode::fromNumber(50000000 + category);
        QVERIFY(code.categoryName() != ZuoraErrorCode::categoryName(-1));
        names.insert(code.categoryName());
        QVERIFY(code.hint() != ZuoraErrorCode::fromNumber(50000033).hint());
    }
    QCOMPARE(names.size(), categories.size());
    QVERIFY(ZuoraErrorCode::fromNumber(90000011).hint().contains(QLatin1String("Wrong user name or password")));
}

QTEST_GUILESS_MAIN(tst_ZuoraErrorCode)
#include "tst_zuoraerrorcode.moc"
