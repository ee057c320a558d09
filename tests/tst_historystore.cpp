#include "HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

HistoryEntry makeEntry(int n)
{
    HistoryEntry entry;
    entry.when = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).addMSecs(qint64(n) * 60001);
    entry.verdict = n % 3 == 0 ? Verdict::Accepted : Verdict::Rejected;
    entry.errorKind = n % 3 == 0 ? u"none"_s : u"rejected"_s;
    entry.httpStatus = n % 3 == 0 ? 200 : 401;
    entry.firstCode = n % 3 == 0 ? QString() : u"90000011"_s;
    entry.durationMs = 12.3 + n;
    entry.summary = u"attempt %1"_s.arg(n);
    return entry;
}

void compareEntries(const QList<HistoryEntry> &actual, const QList<HistoryEntry> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).when, expected.at(i).when);
        QCOMPARE(actual.at(i).when.timeSpec(), Qt::UTC);
        QCOMPARE(int(actual.at(i).verdict), int(expected.at(i).verdict));
        QCOMPARE(actual.at(i).errorKind, expected.at(i).errorKind);
        QCOMPARE(actual.at(i).httpStatus, expected.at(i).httpStatus);
        QCOMPARE(actual.at(i).firstCode, expected.at(i).firstCode);
        QCOMPARE(actual.at(i).durationMs, expected.at(i).durationMs);
        QCOMPARE(actual.at(i).summary, expected.at(i).summary);
        QVERIFY(actual.at(i) == expected.at(i));
    }
}

} // namespace

class tst_HistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void missingFileLoadsEmpty();
    void defaultPathIsInAppData();
    void roundTrip();
    void fileFormat();
    void limitKeepsNewest();
    void smallerLimit();
    void loadTrimsToLimit();
    void removeProfile();
    void entryForCopiesOnlyAllowedFields();
    void corruptedFileSetAside_data();
    void corruptedFileSetAside();
    void badEntriesSkipped();

private:
    QString path() const { return m_dir->filePath(u"history.json"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryStore::missingFileLoadsEmpty()
{
    HistoryStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.problem().isEmpty());
    QVERIFY(store.profileIds().isEmpty());
    QVERIFY(store.entries(u"any"_s).isEmpty());
}

void tst_HistoryStore::defaultPathIsInAppData()
{
    const HistoryStore store;
    QCOMPARE(store.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.json"_s);
    QCOMPARE(store.limitPerProfile(), HistoryStore::DefaultLimit);
}

void tst_HistoryStore::roundTrip()
{
    HistoryStore store(path());
    HistoryEntry unicode = makeEntry(1);
    unicode.summary = u"Zuora sagte „nein“ – 401 ✗"_s;
    unicode.when = QDateTime(QDate(2026, 3, 1), QTime(23, 59, 59, 999), QTimeZone(-5 * 3600));
    HistoryEntry noDuration = makeEntry(2);
    noDuration.durationMs = -1;
    store.add(u"p1"_s, makeEntry(0));
    store.add(u"p1"_s, unicode);
    store.add(u"p2"_s, noDuration);
    QVERIFY2(store.save(), qPrintable(store.saveError()));

    HistoryStore loaded(path());
    QVERIFY(loaded.load());
    QVERIFY2(loaded.problem().isEmpty(), qPrintable(loaded.problem()));
    compareEntries(loaded.entries(u"p1"_s), {unicode, makeEntry(0)});
    compareEntries(loaded.entries(u"p2"_s), {noDuration});
    QStringList ids = loaded.profileIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{u"p1"_s, u"p2"_s}));
}

void tst_HistoryStore::fileFormat()
{
    HistoryStore store(path());
    store.add(u"3f1c"_s, makeEntry(0));
    QVERIFY(store.save());

    const QJsonDocument document = QJsonDocument::fromJson(readAll(path()));
    QVERIFY(document.isObject());
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{u"profiles"_s, u"version"_s}));
    QCOMPARE(root.value(u"version").toInt(), 1);
    const QJsonArray list = root.value(u"profiles").toObject().value(u"3f1c").toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject entry = list.first().toObject();
    // Exactly these fields: anything more would be a way for a secret to slip in.
    QCOMPARE(entry.keys(), (QStringList{u"durationMs"_s, u"errorKind"_s, u"firstCode"_s, u"httpStatus"_s,
                                        u"summary"_s, u"verdict"_s, u"when"_s}));
    QCOMPARE(entry.value(u"when").toString(), u"2026-03-01T12:00:00.000Z"_s);
    QCOMPARE(entry.value(u"verdict").toString(), u"accepted"_s);
    QCOMPARE(entry.value(u"errorKind").toString(), u"none"_s);
    QCOMPARE(entry.value(u"httpStatus").toInt(), 200);
    QCOMPARE(entry.value(u"durationMs").toDouble(), 12.3);
}

void tst_HistoryStore::limitKeepsNewest()
{
    HistoryStore store(path());
    for (int i = 1; i <= 60; ++i)
        store.add(u"p"_s, makeEntry(i));
    QList<HistoryEntry> kept = store.entries(u"p"_s);
    QCOMPARE(kept.size(), 50);
    QCOMPARE(kept.first().summary, u"attempt 60"_s);
    QCOMPARE(kept.last().summary, u"attempt 11"_s);

    QVERIFY(store.save());
    HistoryStore loaded(path());
    QVERIFY(loaded.load());
    compareEntries(loaded.entries(u"p"_s), kept);
}

void tst_HistoryStore::smallerLimit()
{
    HistoryStore store(path(), 3);
    for (int i = 1; i <= 5; ++i)
        store.add(u"p"_s, makeEntry(i));
    compareEntries(store.entries(u"p"_s), {makeEntry(5), makeEntry(4), makeEntry(3)});
}

void tst_HistoryStore::loadTrimsToLimit()
{
    HistoryStore big(path(), 60);
    for (int i = 1; i <= 60; ++i)
        big.add(u"p"_s, makeEntry(i));
    QVERIFY(big.save());

    HistoryStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.entries(u"p"_s).size(), 50);
    QCOMPARE(store.entries(u"p"_s).first().summary, u"attempt 60"_s);
}

void tst_HistoryStore::removeProfile()
{
    HistoryStore store(path());
    store.add(u"a"_s, makeEntry(1));
    store.add(u"b"_s, makeEntry(2));
    store.removeProfile(u"a"_s);
    QVERIFY(store.entries(u"a"_s).isEmpty());
    QVERIFY(store.save());
    HistoryStore loaded(path());
    QVERIFY(loaded.load());
    QCOMPARE(loaded.profileIds(), QStringList{u"b"_s});
}

void tst_HistoryStore::entryForCopiesOnlyAllowedFields()
{
    const QByteArray bodyMarker = "BODY-MARKER-7f3a";
    const QByteArray cookieMarker = "COOKIE-MARKER-19bd";
    const QString tokenMarker = u"TOKEN-MARKER-c0de"_s;
    const QByteArray headerMarker = "HEADER-MARKER-55aa";
    const QString jtiMarker = u"JTI-MARKER-0042"_s;

    ConnectionResult result;
    result.settings.baseUrl = u"https://rest.zuora.com"_s;
    result.settings.username = u"api.user@example.com"_s;
    result.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), QTimeZone::utc());
    result.httpStatus = 401;
    result.httpReason = u"Unauthorized"_s;
    result.body = "{\"success\":false,\"secret\":\"" + bodyMarker + "\"}";
    result.json = QJsonDocument::fromJson(result.body);
    result.responseHeaders << qMakePair(QByteArray("Set-Cookie"), "ZSession=" + cookieMarker);
    result.responseHeaders << qMakePair(QByteArray("X-Debug"), headerMarker);
    result.cookies << QNetworkCookie("ZSession", cookieMarker);
    result.token.accessToken = tokenMarker;
    result.token.jti = jtiMarker;
    result.request.headers << HeaderField{"apiSecretAccessKey", headerMarker, true};
    result.request.body = bodyMarker;
    result.processId = u"PROC-1"_s;
    result.reasons << ZuoraReason{ZuoraErrorCode::fromString(u"90000011"_s), QString::fromUtf8(bodyMarker)};
    result.answerMessage = QString::fromUtf8(bodyMarker);
    result.timings.finished = 12.3456;
    result.verdict = Verdict::Rejected;
    result.errorKind = ErrorKind::Rejected;
    result.cause = u"Zuora rejected the user name or password (90000011)."_s;
    result.hint = u"Check the password."_s;

    const HistoryEntry entry = HistoryStore::entryFor(result);
    QCOMPARE(entry.when, result.startedAt);
    QCOMPARE(int(entry.verdict), int(Verdict::Rejected));
    QCOMPARE(entry.errorKind, u"rejected"_s);
    QCOMPARE(entry.httpStatus, 401);
    QCOMPARE(entry.firstCode, u"90000011"_s);
    QCOMPARE(entry.durationMs, 12.346);
    QCOMPARE(entry.summary, result.cause);

    HistoryStore store(path());
    store.add(u"p"_s, entry);
    QVERIFY(store.save());
    const QByteArray saved = readAll(path());
    QVERIFY(!saved.isEmpty());
    for (const QByteArray &marker : {bodyMarker, cookieMarker, tokenMarker.toUtf8(), headerMarker, jtiMarker.toUtf8()})
        QVERIFY2(!saved.contains(marker), marker.constData());
    QVERIFY(!saved.contains("PROC-1"));
}

void tst_HistoryStore::corruptedFileSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray garbage;
    for (int i = 0; i < 1024; ++i)
        garbage += char((i * 7919) % 256);
    QTest::newRow("binary garbage") << garbage << u"not valid JSON"_s;
    QTest::newRow("truncated")
        << QByteArray("{\"version\":1,\"profiles\":{\"p\":[{\"when\":\"2026-03-01T12:00:00.000Z\",\"verd")
        << u"not valid JSON"_s;
    QTest::newRow("array root") << QByteArray("[1,2,3]") << u"not a history file"_s;
    QTest::newRow("profiles not an object") << QByteArray("{\"version\":1,\"profiles\":[]}") << u"not a history file"_s;
    QTest::newRow("future version") << QByteArray("{\"version\":2,\"profiles\":{}}") << u"newer version"_s;
    QTest::newRow("no version") << QByteArray("{\"profiles\":{}}") << u"version"_s;
}

void tst_HistoryStore::corruptedFileSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QVERIFY(writeAll(path(), bytes));

    HistoryStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.profileIds().isEmpty());
    QVERIFY2(store.problem().contains(reason), qPrintable(store.problem()));
    const QString backup = store.backupPath();
    static const QRegularExpression name(u"/history\\.json\\.corrupt-\\d{8}T\\d{6}Z(-\\d+)?$"_s);
    QVERIFY2(name.match(backup).hasMatch(), qPrintable(backup));
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(backup)), qPrintable(store.problem()));
    QCOMPARE(readAll(backup), bytes);
    QVERIFY(!QFile::exists(path()));

    store.add(u"p"_s, makeEntry(1));
    QVERIFY(store.save());
    HistoryStore reloaded(path());
    QVERIFY(reloaded.load());
    compareEntries(reloaded.entries(u"p"_s), {makeEntry(1)});
    QCOMPARE(readAll(backup), bytes);
}

void tst_HistoryStore::badEntriesSkipped()
{
    const QByteArray bytes = R"({"version":1,"profiles":{
        "p":[{"when":"2026-03-01T12:00:00.000Z","verdict":"accepted","errorKind":"none","httpStatus":200,
              "firstCode":"","durationMs":1.5,"summary":"ok"},
             {"when":"yesterday","verdict":"accepted"},
             {"when":"2026-03-01T12:00:00.000Z","verdict":"maybe"},
             42],
        "q":"not a list"}})";
    QVERIFY(writeAll(path(), bytes));
    HistoryStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.entries(u"p"_s).size(), 1);
    QCOMPARE(store.entries(u"p"_s).first().summary, u"ok"_s);
    QVERIFY(store.entries(u"q"_s).isEmpty());
    QVERIFY2(store.problem().contains(u'4'), qPrintable(store.problem()));
    QVERIFY(store.backupPath().isEmpty());
    QCOMPARE(readAll(path()), bytes);
}

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
