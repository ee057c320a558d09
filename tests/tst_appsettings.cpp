// AppSettings: the desktop app's own state file, and its one-time migration from the
// [window] group and lastProfileId that profiles.ini kept until the panes got their own file.
#include "AppSettings.h"
#include "ProfileStore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_AppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsWithoutAFile();
    void migratesAnOldProfilesFileOnce();
    void migrationKeepsNewerValues();
    void valuesSurviveARestart();
};

void tst_AppSettings::defaultsWithoutAFile()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"app-state.ini"_s));
    QCOMPARE(settings.version(), 0);
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.lastProfileId().isEmpty());
    QCOMPARE(settings.historyFilter(), AppSettings::HistoryFilter::All);
    QVERIFY(!settings.historyAllProfiles());
    QVERIFY(AppSettings::defaultPath().endsWith(u"/app-state.ini"_s));
}

void tst_AppSettings::migratesAnOldProfilesFileOnce()
{
    QTemporaryDir dir;
    // profiles.ini as version 1.x of the app wrote it: the window's state inside.
    const QString oldPath = dir.filePath(u"profiles.ini"_s);
    QFile old(oldPath);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("[General]\n"
              "schemaVersion=2\n"
              "lastProfileId=5b0c7a52-58a5-4c3e-9c53-1f2f3d4e5a6b\n"
              "\n"
              "[profiles]\n"
              "1\\id=5b0c7a52-58a5-4c3e-9c53-1f2f3d4e5a6b\n"
              "1\\name=Acme sandbox\n"
              "1\\baseUrl=https://rest.apisandbox.zuora.com\n"
              "1\\authMode=session\n"
              "1\\username=api@acme.example\n"
              "size=1\n"
              "\n"
              "[window]\n"
              "geometry=@ByteArray(old-geometry-bytes)\n"
              "splitter=@ByteArray(old-splitter-bytes)\n");
    old.close();
    ProfileStore store(oldPath);
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);

    const QString path = dir.filePath(u"app-state.ini"_s);
    {
        AppSettings settings(path);
        QVERIFY(settings.migrate(store));
        QCOMPARE(settings.version(), AppSettings::Version);
        QCOMPARE(settings.windowGeometry(), QByteArray("old-geometry-bytes"));
        QCOMPARE(settings.profileSplitter(), QByteArray("old-splitter-bytes"));
        QCOMPARE(settings.lastProfileId(), u"5b0c7a52-58a5-4c3e-9c53-1f2f3d4e5a6b"_s);
        QVERIFY(settings.resultSplitter().isEmpty());   // new in this version: the default applies
    }
    // Once only: a later start does not take the old values again over newer ones.
    AppSettings again(path);
    again.setLastProfileId(u"another"_s);
    QVERIFY(!again.migrate(store));
    QCOMPARE(again.lastProfileId(), u"another"_s);
    QVERIFY(QFile::exists(path));
}

void tst_AppSettings::migrationKeepsNewerValues()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    store.setWindowGeometry("old");
    store.setLastProfileId(u"old-id"_s);
    AppSettings settings(dir.filePath(u"app-state.ini"_s));
    settings.setWindowGeometry("new");
    settings.migrate(store);
    QCOMPARE(settings.windowGeometry(), QByteArray("new"));
    QCOMPARE(settings.lastProfileId(), u"old-id"_s);
}

void tst_AppSettings::valuesSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"app-state.ini"_s);
    {
        AppSettings settings(path);
        settings.setResultSplitter("split");
        settings.setHistoryFilter(AppSettings::HistoryFilter::FailuresOnly);
        settings.setHistoryAllProfiles(true);
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.resultSplitter(), QByteArray("split"));
    QCOMPARE(settings.historyFilter(), AppSettings::HistoryFilter::FailuresOnly);
    QVERIFY(settings.historyAllProfiles());
}

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
