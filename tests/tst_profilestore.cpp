#include "ProfileStore.h"
#include "ZuoraConnection.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

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

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

Profile makeProfile(const QString &name, AuthMode mode = AuthMode::SessionLogin)
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = u"https://rest.apisandbox.zuora.com"_s;
    profile.settings.authMode = mode;
    profile.settings.username = u"api.user@example.com"_s;
    return profile;
}

// Field by field, so a failure names the field instead of "Compared values are not the same".
void compareProfiles(const QList<Profile> &actual, const QList<Profile> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        const Profile &a = actual.at(i);
        const Profile &e = expected.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.settings.baseUrl, e.settings.baseUrl);
        QCOMPARE(a.settings.authMode, e.settings.authMode);
        QCOMPARE(a.settings.username, e.settings.username);
        QCOMPARE(a.settings.entityId, e.settings.entityId);
        QCOMPARE(a.settings.trackId, e.settings.trackId);
        QCOMPARE(a.settings.caFile, e.settings.caFile);
        QCOMPARE(a.settings.timeoutMs, e.settings.timeoutMs);
        QCOMPARE(a.rememberSecret, e.rememberSecret);
        QCOMPARE(a.lastVerified, e.lastVerified);
        QCOMPARE(a.lastVerified.toMSecsSinceEpoch(), e.lastVerified.toMSecsSinceEpoch());
        QCOMPARE(a.lastTested, e.lastTested);
        QCOMPARE(int(a.lastVerdict), int(e.lastVerdict));
        if (a.lastVerified.isValid())
            QCOMPARE(a.lastVerified.timeSpec(), Qt::UTC);
        QVERIFY(a == e);
    }
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void missingFileLoadsEmpty();
    void emptyFileLoadsEmpty();
    void defaultPathIsInAppConfig();
    void defaultPathIsTheAppsForOtherPrograms();
    void roundTrip_data();
    void roundTrip();
    void loadDoesNotRewriteTheFile();
    void saveLeavesNoTemporaryFiles();
    void saveCreatesTheFolder();
    void windowStateRoundTrip();
    void lastProfileIdOfAMissingProfileIsDropped();
    void uniqueName_data();
    void uniqueName();
    void findByName();
    void upsertAndRemove();
    void migratesVersion1();
    void corruptedFileSetAside_data();
    void corruptedFileSetAside();
    void corruptedFileLeftWhenAsked_data();
    void corruptedFileLeftWhenAsked();
    void badEntriesSkipped();
    void secretNeverReachesTheFile();
    void proxyKeysAreOptional_data();
    void proxyKeysAreOptional();

private:
    QString path(const QString &name = u"profiles.ini"_s) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileStore::missingFileLoadsEmpty()
{
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.loadedSchemaVersion(), 0);
    QVERIFY(store.problem().isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path()));   // loading never creates the file
}

void tst_ProfileStore::emptyFileLoadsEmpty()
{
    QVERIFY(writeAll(path(), "\n  \n"));
    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY(store.problem().isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.backupPath().isEmpty());
}

void tst_ProfileStore::defaultPathIsInAppConfig()
{
    const ProfileStore store;
    QCOMPARE(store.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles.ini"_s);
}

void tst_ProfileStore::defaultPathIsTheAppsForOtherPrograms()
{
    // zuora-check has its own application name and still reads the app's file.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(u"ZuoraCredentialTester"_s);
    QCoreApplication::setApplicationName(u"zuora-credential-tester"_s);
    const QString appPath = ProfileStore().path();
    QCoreApplication::setApplicationName(u"zuora-check"_s);
    const QString checkPath = ProfileStore::defaultPath();
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QCOMPARE(checkPath, appPath);
    QCOMPARE(ProfileStore::defaultPath(), appPath);
    QVERIFY(checkPath.endsWith(u"/ZuoraCredentialTester/zuora-credential-tester/profiles.ini"_s));
}

void tst_ProfileStore::roundTrip_data()
{
    QTest::addColumn<QList<Profile>>("profiles");

    QTest::newRow("none") << QList<Profile>();

    Profile session = makeProfile(u"Acme Production"_s);
    session.settings.baseUrl = u"us-prod-cloud2"_s;
    session.settings.entityId = u"1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc"_s;
    session.settings.trackId = u"ticket-4711"_s;
    session.settings.caFile = u"/etc/ssl/corp ca/root.pem"_s;
    session.settings.timeoutMs = 12500;
    session.rememberSecret = true;
    session.lastVerified = utc(2026, 3, 1, 12, 34, 56, 789);
    session.lastTested = utc(2026, 3, 2, 0, 0, 0, 1);
    session.lastVerdict = Verdict::Accepted;
    QTest::newRow("session, every field") << QList<Profile>{session};

    Profile oauth = makeProfile(u"EU OAuth"_s, AuthMode::OAuthClientCredentials);
    oauth.settings.username = u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s;
    oauth.lastTested = utc(2025, 12, 31, 23, 59, 59, 999);
    oauth.lastVerdict = Verdict::Rejected;
    QTest::newRow("oauth") << QList<Profile>{oauth};
    Profile soap = makeProfile(u"Quotes SOAP"_s, AuthMode::SoapLogin);
    soap.settings.wsdlVersion = u"91.0"_s;
    Profile soapDefault = makeProfile(u"SOAP default version"_s, AuthMode::SoapLogin);
    QTest::newRow("soap, with and without a WSDL version") << QList<Profile>{soap, soapDefault};

    Profile bare;
    bare.name = u"x"_s;   // every optional field empty, timestamps invalid
    QTest::newRow("empty optional fields") << QList<Profile>{bare};

    Profile unicode = makeProfile(u"Zürich – テスト環境 ✓"_s);
    unicode.settings.username = u"jörg@exämple.ch"_s;
    unicode.settings.caFile = u"/home/jörg/ca ✓.pem"_s;
    QTest::newRow("unicode") << QList<Profile>{unicode};

    // Characters QSettings treats specially in values and keys.
    Profile awkward = makeProfile(u"a,b; c=d # e \\ f \"g\" @ByteArray(h)"_s);
    awkward.settings.baseUrl = u"@Variant(x)"_s;
    awkward.settings.username = u"  padded  "_s;
    awkward.settings.trackId = u"line1\nline2\ttab"_s;
    awkward.settings.entityId = u"[profiles]"_s;
    QTest::newRow("awkward values") << QList<Profile>{awkward};

    Profile offset = makeProfile(u"Offset clock"_s);
    offset.lastVerified = QDateTime(QDate(2026, 6, 1), QTime(14, 0, 0, 5), QTimeZone(2 * 3600)).toUTC();
    offset.lastTested = offset.lastVerified;
    QTest::newRow("non-UTC source time") << QList<Profile>{offset};

    QList<Profile> many;
    for (int i = 0; i < 12; ++i) {   // two-digit indexes sort before one-digit ones in the INI
        Profile p = makeProfile(u"Profile %1"_s.arg(i), i % 2 ? AuthMode::OAuthClientCredentials : AuthMode::SessionLogin);
        p.lastVerified = utc(2026, 1, 1 + i, i, i, i, i * 7);
        p.lastVerdict = Verdict(i % 3);
        p.rememberSecret = i % 2;
        many << p;
    }
    many << session << oauth << bare << unicode << awkward;
    QTest::newRow("several, order kept") << many;

    Profile httpProxy = makeProfile(u"Behind the HTTP proxy"_s);
    httpProxy.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.corp.example"_s, 3128, u"jane.doe"_s};
    Profile socksProxy = makeProfile(u"Behind SOCKS5"_s, AuthMode::OAuthClientCredentials);
    socksProxy.settings.proxy = ProxySettings{ProxyMode::Socks5, u"fd00::5"_s, 1080, QString()};
    Profile direct = makeProfile(u"Direct"_s);
    direct.settings.proxy.mode = ProxyMode::None;
    QTest::newRow("proxies") << QList<Profile>{httpProxy, socksProxy, direct, session};
}

void tst_ProfileStore::roundTrip()
{
    QFETCH(QList<Profile>, profiles);
    ProfileStore store(path());
    for (const Profile &profile : profiles)
        store.upsert(profile);
    QVERIFY2(store.save(), qPrintable(store.saveError()));

    ProfileStore loaded(path());
    QVERIFY(loaded.load());
    QVERIFY2(loaded.problem().isEmpty(), qPrintable(loaded.problem()));
    QCOMPARE(loaded.loadedSchemaVersion(), ProfileStore::SchemaVersion);
    compareProfiles(loaded.profiles(), profiles);

    // A second generation is byte-identical: nothing drifts through a load/save cycle.
    const QByteArray first = readAll(path());
    QVERIFY(loaded.save());
    QCOMPARE(readAll(path()), first);
}

void tst_ProfileStore::loadDoesNotRewriteTheFile()
{
    ProfileStore store(path());
    store.upsert(makeProfile(u"A"_s));
    QVERIFY(store.save());
    const QByteArray before = readAll(path());
    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(readAll(path()), before);
}

void tst_ProfileStore::saveLeavesNoTemporaryFiles()
{
    ProfileStore store(path());
    for (int i = 0; i < 3; ++i) {
        store.upsert(makeProfile(u"P%1"_s.arg(i)));
        QVERIFY(store.save());
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"profiles.ini"_s});
}

void tst_ProfileStore::saveCreatesTheFolder()
{
    const QString nested = m_dir->filePath(u"a/b/profiles.ini"_s);
    ProfileStore store(nested);
    store.upsert(makeProfile(u"A"_s));
    QVERIFY2(store.save(), qPrintable(store.saveError()));
    QVERIFY(QFile::exists(nested));
}

void tst_ProfileStore::windowStateRoundTrip()
{
    ProfileStore store(path());
    const Profile a = makeProfile(u"A"_s);
    const Profile b = makeProfile(u"B"_s);
    store.upsert(a);
    store.upsert(b);
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00\n\r=;,\"@ByteArray(\xff", 24);
    const QByteArray splitter = QByteArray(300, '\0') + "end";
    store.setWindowGeometry(geometry);
    store.setSplitterState(splitter);
    store.setLastProfileId(b.id);
    QVERIFY(store.save());

    ProfileStore loaded(path());
    QVERIFY(loaded.load());
    QCOMPARE(loaded.windowGeometry(), geometry);
    QCOMPARE(loaded.splitterState(), splitter);
    QCOMPARE(loaded.lastProfileId(), b.id);
}

void tst_ProfileStore::lastProfileIdOfAMissingProfileIsDropped()
{
    ProfileStore store(path());
    const Profile a = makeProfile(u"A"_s);
    store.upsert(a);
    store.setLastProfileId(a.id);
    QVERIFY(store.remove(a.id));
    QVERIFY(store.lastProfileId().isEmpty());

    store.setLastProfileId(u"no-such-profile"_s);
    QVERIFY(store.save());
    ProfileStore loaded(path());
    QVERIFY(loaded.load());
    QVERIFY(loaded.lastProfileId().isEmpty());
}

void tst_ProfileStore::uniqueName_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << QStringList{u"Other"_s} << u"Acme"_s << u"Acme"_s;
    QTest::newRow("taken") << QStringList{u"Acme"_s} << u"Acme"_s << u"Acme (2)"_s;
    QTest::newRow("taken twice") << QStringList{u"Acme"_s, u"Acme (2)"_s} << u"Acme"_s << u"Acme (3)"_s;
    QTest::newRow("gap is used") << QStringList{u"Acme"_s, u"Acme (3)"_s} << u"Acme"_s << u"Acme (2)"_s;
    QTest::newRow("numbered copy continues") << QStringList{u"Acme"_s, u"Acme (2)"_s} << u"Acme (2)"_s << u"Acme (3)"_s;
    QTest::newRow("case-insensitive") << QStringList{u"acme"_s} << u"Acme"_s << u"Acme (2)"_s;
    QTest::newRow("trimmed") << QStringList{u"Acme"_s} << u"  Acme  "_s << u"Acme (2)"_s;
    QTest::newRow("empty gets a name") << QStringList{} << u"   "_s << u"Profile"_s;
    QTest::newRow("unicode") << QStringList{u"Zürich"_s} << u"ZÜRICH"_s << u"ZÜRICH (2)"_s;
}

void tst_ProfileStore::uniqueName()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, wanted);
    QFETCH(QString, expected);
    ProfileStore store(path());
    for (const QString &name : existing)
        store.upsert(makeProfile(name));
    QCOMPARE(store.uniqueName(wanted), expected);
}

void tst_ProfileStore::findByName()
{
    ProfileStore store(path());
    const Profile lower = makeProfile(u"acme"_s);
    const Profile upper = makeProfile(u"ACME"_s);
    store.upsert(lower);
    store.upsert(upper);
    QCOMPARE(store.findByName(u"ACME"_s)->id, upper.id);   // exact beats case-insensitive
    QCOMPARE(store.findByName(u"acme"_s)->id, lower.id);
    QCOMPARE(store.findByName(u" Acme "_s)->id, lower.id);
    QVERIFY(!store.findByName(u"other"_s));
    QCOMPARE(store.find(upper.id)->name, u"ACME"_s);
    QVERIFY(!store.find(u"nope"_s));
}

void tst_ProfileStore::upsertAndRemove()
{
    ProfileStore store(path());
    Profile a = makeProfile(u"A"_s);
    const Profile b = makeProfile(u"B"_s);
    QVERIFY(a.id != b.id);
    store.upsert(a);
    store.upsert(b);
    QCOMPARE(store.profiles().size(), 2);

    a.name = u"A renamed"_s;
    a.settings.username = u"changed"_s;
    store.upsert(a);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, u"A renamed"_s);   // replaced in place
    QCOMPARE(store.find(a.id)->settings.username, u"changed"_s);

    QVERIFY(store.remove(a.id));
    QVERIFY(!store.remove(a.id));
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().id, b.id);

    QVERIFY(store.save());
    ProfileStore loaded(path());
    QVERIFY(loaded.load());
    compareProfiles(loaded.profiles(), {b});
}

void tst_ProfileStore::migratesVersion1()
{
    const QString source = QFINDTESTDATA("data/profiles-v1.ini");
    QVERIFY2(!source.isEmpty(), "tests/data/profiles-v1.ini not found");
    QVERIFY(QFile::copy(source, path()));   // the store may rewrite what it loads
    QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path());

    ProfileStore store(path());
    QVERIFY(store.load());
    QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
    QCOMPARE(store.loadedSchemaVersion(), 1);
    QCOMPARE(store.profiles().size(), 4);
    QCOMPARE(readAll(path()), original);   // migration happens in memory

    struct Expected
    {
        QString name, baseUrl, username, entityId;
        AuthMode mode;
        bool remember;
    };
    const QList<Expected> expected = {
        {u"Acme Production"_s, u"https://rest.zuora.com"_s, u"api.user@acme.example"_s, QString(),
         AuthMode::SessionLogin, true},
        {u"EU OAuth"_s, u"https://rest.eu.zuora.com"_s, u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s,
         u"c92ed977-510c-4c48-9b51-8d5e848671e9"_s, AuthMode::OAuthClientCredentials, false},
        {u"Zürich Sandbox, legacy"_s, u"https://apisandbox.zuora.com/rest"_s, u"jörg@example.ch"_s, QString(),
         AuthMode::SessionLogin, false},
        {u"テスト環境"_s, u"rest.test.ap.zuora.com"_s, u"tester"_s, QString(), AuthMode::SessionLogin, true},
    };
    QStringList ids;
    for (const Expected &e : expected) {
        const Profile *p = store.findByName(e.name);
        QVERIFY2(p, qPrintable(e.name));
        QCOMPARE(p->name, e.name);
        QCOMPARE(p->settings.baseUrl, e.baseUrl);
        QCOMPARE(p->settings.username, e.username);
        QCOMPARE(p->settings.entityId, e.entityId);
        QCOMPARE(p->settings.authMode, e.mode);
        QCOMPARE(p->rememberSecret, e.remember);
        QCOMPARE(p->settings.trackId, QString());
        QCOMPARE(p->settings.caFile, QString());
        QCOMPARE(p->settings.timeoutMs, ConnectionSettings().timeoutMs);
        QVERIFY(!p->lastVerified.isValid());
        QVERIFY(!QUuid::fromString(p->id).isNull());
        ids << p->id;
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 4);

    // Saving writes schema 2 over it; the next load reads the same profiles, ids included.
    QVERIFY(store.save());
    const QByteArray saved = readAll(path());
    QVERIFY(saved.contains("schemaVersion=2"));
    QVERIFY(!saved.contains("[Profiles]"));
    ProfileStore reloaded(path());
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.loadedSchemaVersion(), 2);
    compareProfiles(reloaded.profiles(), store.profiles());
}

void tst_ProfileStore::corruptedFileSetAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");   // a fragment of problem()

    QByteArray garbage(4096, Qt::Uninitialized);
    QRandomGenerator random(20260301);
    for (char &c : garbage)
        c = char(random.bounded(256));
    garbage[100] = '\0';
    QTest::newRow("binary garbage") << garbage << u"not a text file"_s;

    QByteArray highBytes;
    for (int i = 0; i < 2000; ++i)
        highBytes += char(0x80 + random.bounded(0x7f));
    QTest::newRow("binary without NUL") << highBytes << u"known format"_s;

    QTest::newRow("size is not a number")
        << QByteArray("[General]\nschemaVersion=2\n\n[profiles]\n1\\id=a\n1\\name=A\nsize=abc\n") << u"damaged"_s;
    QTest::newRow("size disagrees")
        << QByteArray("[General]\nschemaVersion=2\n\n[profiles]\n1\\id=a\n1\\name=A\nsize=3\n") << u"damaged"_s;
    QTest::newRow("truncated")
        << QByteArray("[General]\nschemaVersion=2\n\n[profiles]\n1\\authMode=session\n1\\baseUrl=https://rest.zuora.com\n"
                      "1\\id=0d7c\n1\\na")
        << u"damaged"_s;
    QTest::newRow("entry with neither id nor name")
        << QByteArray("[General]\nschemaVersion=2\n\n[profiles]\n1\\baseUrl=https://rest.zuora.com\nsize=1\n")
        << u"damaged"_s;
    QTest::newRow("future schema")
        << QByteArray("[General]\nschemaVersion=99\n\n[profiles]\n1\\id=a\n1\\name=A\n1\\hologram=yes\nsize=1\n")
        << u"newer version"_s;
    QTest::newRow("schema is not a number") << QByteArray("[General]\nschemaVersion=two\n") << u"\"two\""_s;
    QTest::newRow("broken section header") << QByteArray("[General\nschemaVersion=2\n") << u"not a valid settings file"_s;
    QTest::newRow("someone else's ini") << QByteArray("[Window]\nwidth=800\n") << u"known format"_s;
}

void tst_ProfileStore::corruptedFileSetAside()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QVERIFY(writeAll(path(), bytes));

    // Decided: load() returns false when the file was set aside (what was saved is not in use).
    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastProfileId().isEmpty());
    QVERIFY(store.windowGeometry().isEmpty());
    QVERIFY2(store.problem().contains(reason), qPrintable(store.problem()));

    const QString backup = store.backupPath();
    static const QRegularExpression name(u"/profiles\\.ini\\.corrupt-\\d{8}T\\d{6}Z(-\\d+)?$"_s);
    QVERIFY2(name.match(backup).hasMatch(), qPrintable(backup));
    QVERIFY2(store.problem().contains(QDir::toNativeSeparators(backup)), qPrintable(store.problem()));
    QCOMPARE(readAll(backup), bytes);
    QVERIFY(!QFile::exists(path()));

    // The store is usable at once, and the backup stays untouched.
    Profile fresh = makeProfile(u"Fresh"_s);
    store.upsert(fresh);
    QVERIFY2(store.save(), qPrintable(store.saveError()));
    ProfileStore reloaded(path());
    QVERIFY(reloaded.load());
    QVERIFY2(reloaded.problem().isEmpty(), qPrintable(reloaded.problem()));
    compareProfiles(reloaded.profiles(), {fresh});
    QCOMPARE(readAll(backup), bytes);

    // A second damaged file in the same second gets its own backup name.
    QVERIFY(writeAll(path(), bytes));
    ProfileStore again(path());
    QVERIFY(!again.load());
    QVERIFY(again.backupPath() != backup);
    QCOMPARE(readAll(again.backupPath()), bytes);
    QCOMPARE(readAll(backup), bytes);
}

void tst_ProfileStore::corruptedFileLeftWhenAsked_data()
{
    corruptedFileSetAside_data();
}

void tst_ProfileStore::corruptedFileLeftWhenAsked()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QVERIFY(writeAll(path(), bytes));
    ProfileStore store(path());
    QVERIFY(!store.load(ProfileStore::OnDamage::Leave));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY2(store.problem().contains(reason), qPrintable(store.problem()));
    QVERIFY(store.problem().contains(u"left as it is"_s));
    QVERIFY(store.backupPath().isEmpty());
    QCOMPARE(readAll(path()), bytes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"profiles.ini"_s});
    // The next plain load() still sets it aside.
    QVERIFY(!store.load());
    QVERIFY(!store.backupPath().isEmpty());
}

void tst_ProfileStore::badEntriesSkipped()
{
    ProfileStore store(path());
    const Profile good = makeProfile(u"Good"_s);
    Profile noName = makeProfile(u""_s);
    Profile blankName = makeProfile(u"   "_s);
    Profile duplicate = makeProfile(u"Copy"_s);
    duplicate.id = good.id;
    store.upsert(good);
    store.upsert(noName);
    store.upsert(blankName);
    QVERIFY(store.save());
    // upsert() would replace by id, so the duplicate goes in by hand.
    QByteArray bytes = readAll(path());
    bytes.replace("size=3", QByteArray("4\\id=" + good.id.toUtf8() + "\n4\\name=Copy\nsize=4"));
    QVERIFY(writeAll(path(), bytes));

    ProfileStore loaded(path());
    QVERIFY(loaded.load());   // true: the file is fine, single entries are not
    compareProfiles(loaded.profiles(), {good});
    QVERIFY2(loaded.problem().contains(u'3'), qPrintable(loaded.problem()));
    QVERIFY(loaded.backupPath().isEmpty());
    QCOMPARE(readAll(path()), bytes);
}

void tst_ProfileStore::secretNeverReachesTheFile()
{
    const QString secret = u"Sup3r-S3cret+/=&marker"_s;
    ZuoraConnection connection;
    connection.setBaseUrl(u"https://rest.apisandbox.zuora.com"_s);
    connection.setUsername(u"api.user@example.com"_s);
    connection.setSecret(secret);

    ProfileStore store(path());
    Profile profile = makeProfile(u"From the form"_s);
    profile.settings = connection.settings();
    profile.rememberSecret = true;
    store.upsert(profile);
    QVERIFY(store.save());

    const QByteArray bytes = readAll(path());
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(secret)));
    QVERIFY(!bytes.contains("marker"));
    static const QRegularExpression secretish(u"password|secret"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &line : bytes.split('\n')) {
        const QString key = QString::fromUtf8(line.left(line.indexOf('=')));
        if (key.endsWith(u"\\rememberSecret"))
            continue;
        QVERIFY2(!secretish.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
void tst_ProfileStore::proxyKeysAreOptional_data()
{
    QTest::addColumn<QByteArray>("proxyKeys");   // added to the one profile of a v2 file
    QTest::addColumn<bool>("kept");
    QTest::addColumn<ProxySettings>("proxy");

    // Files written before the proxy keys existed lack them: the system's proxy, as then.
    QTest::newRow("absent: the system's") << QByteArray() << true << ProxySettings();
    QTest::newRow("http") << QByteArray("1\\proxyMode=http\n1\\proxyHost=proxy.example\n1\\proxyPort=3128\n1\\proxyUser=jane\n")
                          << true << ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, u"jane"_s};
    QTest::newRow("socks5 without user") << QByteArray("1\\proxyMode=socks5\n1\\proxyHost=10.0.0.5\n1\\proxyPort=1080\n")
                                         << true << ProxySettings{ProxyMode::Socks5, u"10.0.0.5"_s, 1080, QString()};
    ProxySettings none;
    none.mode = ProxyMode::None;
    QTest::newRow("none") << QByteArray("1\\proxyMode=none\n") << true << none;
    QTest::newRow("port out of range is dropped")
        << QByteArray("1\\proxyMode=http\n1\\proxyHost=p\n1\\proxyPort=70000\n") << true
        << ProxySettings{ProxyMode::Http, u"p"_s, 0, QString()};
    QTest::newRow("unknown mode skips the profile, like an unknown authMode")
        << QByteArray("1\\proxyMode=pac\n") << false << ProxySettings();
}

void tst_ProfileStore::proxyKeysAreOptional()
{
    QFETCH(QByteArray, proxyKeys);
    QFETCH(bool, kept);
    QFETCH(ProxySettings, proxy);
    const QByteArray file = "[General]\nschemaVersion=2\n\n[profiles]\n1\\id=7d1c6a0e-0000-4000-8000-000000000001\n"
                            "1\\name=Acme\n1\\baseUrl=https://rest.zuora.com\n1\\authMode=session\n1\\username=u\n"
        + proxyKeys + "size=1\n";
    QVERIFY(writeAll(path(), file));
    ProfileStore store(path());
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), kept ? 1 : 0);
    QCOMPARE(store.problem().isEmpty(), kept);
    if (!kept)
        return;
    QVERIFY(store.profiles().constFirst().settings.proxy == proxy);

    // Saved again: the keys only when the proxy is not the default, and never a password key.
    QVERIFY(store.save());
    const QByteArray saved = readAll(path());
    QCOMPARE(saved.contains("proxyMode"), !(proxy == ProxySettings()));
    QVERIFY(!saved.toLower().contains("password"));
    ProfileStore again(path());
    QVERIFY(again.load());
    QVERIFY(again.profiles().constFirst().settings.proxy == proxy);
}

#include "tst_profilestore.moc"
