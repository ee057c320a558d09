// What each run maps: a plain check (http, https with an extra CA, --version) and the window
// with no profile map neither QtHttpServer nor QtKeychain/D-Bus; --demo maps the demo module, a
// profile whose secret is in the keychain the keychain module. Read from the dynamic loader
// itself (LD_DEBUG=files names every object it maps, needed or loaded on demand).
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "ProgramRun.h"
#include "TestCertificate.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

// The libraries only the demo or the keychain need, and the two modules.
const QStringList kOnDemand{u"libQt6HttpServer.so.6"_s, u"libQt6WebSockets.so.6"_s, u"libqt6keychain.so.1"_s,
                            u"libQt6DBus.so.6"_s, u"libdbus-1.so.3"_s, u"zct_demo_module.so"_s,
                            u"zct_keychain_module.so"_s};

QStringList mappedOnDemand(const QByteArray &loaderTrace)
{
    static const QRegularExpression file(u"file=(\\S+) +\\["_s);
    QSet<QString> seen;
    for (auto it = file.globalMatch(QString::fromLocal8Bit(loaderTrace)); it.hasNext();)
        seen.insert(QFileInfo(it.next().captured(1)).fileName());
    QStringList mapped;
    for (const QString &name : kOnDemand) {
        if (seen.contains(name))
            mapped << name;
    }
    return mapped;
}

} // namespace

class tst_ModuleLoading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void mapsOnlyWhatItUses_data();
    void mapsOnlyWhatItUses();

private:
    DemoServer m_http;
    DemoServer m_https;
    TestCertificate m_authority;
    TestCertificate m_server;
    QTemporaryDir m_home;
};

void tst_ModuleLoading::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    QVERIFY2(m_http.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY2(m_authority.makeAuthority(), qPrintable(m_authority.error()));
    QVERIFY2(m_server.makeIssuedBy(m_authority), qPrintable(m_server.error()));
    QVERIFY2(m_https.useTls(m_server.certificatePath(), m_server.keyPath(), &error), qPrintable(error));
    QVERIFY2(m_https.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    // Two profiles for the same demo server: the secret from the keychain, or from the environment.
    ProfileStore store(m_home.filePath(u"config/ZuoraCredentialTester/zuora-credential-tester/profiles.ini"_s));
    for (const bool remember : {true, false}) {
        Profile profile;
        profile.name = remember ? u"In the keychain"_s : u"Typed"_s;
        profile.settings.baseUrl = m_http.baseUrl().toString();
        profile.settings.username = QString::fromUtf16(demo::kUser);
        profile.rememberSecret = remember;
        store.upsert(profile);
    }
    QVERIFY(store.save());
}

void tst_ModuleLoading::mapsOnlyWhatItUses_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("secretInEnvironment");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mapped");
    const QString check = u"zuora-check"_s;
    const QString user = QString::fromUtf16(demo::kUser);
    QTest::newRow("--version") << check << QStringList{u"--version"_s} << false << 0 << QStringList{};
    QTest::newRow("a check over http")
        << check << QStringList{u"--base-url"_s, m_http.baseUrl().toString(), u"--username"_s, user} << true << 0
        << QStringList{};
    QTest::newRow("a check over https with an extra CA")
        << check
        << QStringList{u"--base-url"_s, m_https.baseUrl().toString(), u"--username"_s, user, u"--ca-file"_s,
                       m_authority.certificatePath()}
        << true << 0 << QStringList{};
    QTest::newRow("--demo") << check << QStringList{u"--demo"_s} << false << 0
                            << QStringList{u"libQt6HttpServer.so.6"_s, u"libQt6WebSockets.so.6"_s, u"zct_demo_module.so"_s};
    // One profile, its secret from the environment: the keychain is not asked.
    QTest::newRow("--profile, the secret typed") << check << QStringList{u"--profile"_s, u"Typed"_s} << true << 0
                                                 << QStringList{};
    // Its secret in the keychain (no session bus here: the keychain answers that it cannot be reached).
    QTest::newRow("--profile, the secret in the keychain")
        << check << QStringList{u"--profile"_s, u"In the keychain"_s} << false << -1
        << QStringList{u"libqt6keychain.so.1"_s, u"libQt6DBus.so.6"_s, u"libdbus-1.so.3"_s, u"zct_keychain_module.so"_s};
    // QtGui itself needs QtDBus (a bare Qt window maps it too); the keychain and the demo stay out.
    const QStringList guiNeeds{u"libQt6DBus.so.6"_s, u"libdbus-1.so.3"_s};
    QTest::newRow("a bare Qt window") << u"zct-bench-bare-window"_s << QStringList{} << false << 0 << guiNeeds;
    QTest::newRow("the window, no profile yet") << u"zuora-credential-tester"_s << QStringList{u"--quit-after-shown"_s}
                                                << false << 0 << guiNeeds;
}

void tst_ModuleLoading::mapsOnlyWhatItUses()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(bool, secretInEnvironment);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mapped);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    // A home of its own: profiles from initTestCase for zuora-check, none for the window.
    const bool window = program != u"zuora-check";
    QTemporaryDir emptyHome;
    QVERIFY(emptyHome.isValid());
    const QString home = window ? emptyHome.path() : m_home.path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/zct-no-session-bus"_s);
    env.remove(u"ZUORA_PASSWORD"_s);
    if (secretInEnvironment)
        env.insert(u"ZUORA_PASSWORD"_s, QString::fromUtf16(demo::kPassword));
    const ProgramRun run = ProgramRun::run(QStringLiteral(ZCT_BIN_DIR "/") + program, arguments, env);
    if (exitCode >= 0)
        QVERIFY2(run.exitCode == exitCode, run.err.right(2000).constData());
    else
        QVERIFY2(run.exitCode > 0, run.err.right(2000).constData());
    // The trace really is the loader's: Qt itself is in it.
    QVERIFY2(run.err.contains("libQt6Core.so.6"), "no LD_DEBUG trace on standard error");
    QCOMPARE(mappedOnDemand(run.err), mapped);
}

QTEST_MAIN(tst_ModuleLoading)
#include "tst_moduleloading.moc"
