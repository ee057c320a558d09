// zuora-check --profile / --all-profiles as a process: profiles in a throw-away XDG_CONFIG_HOME,
// secrets in the private keyring of tests/run-with-keyring.sh, zuora-mock-server processes to check
// against (plain http, and https with a certificate nobody trusts).
#include "DemoCredentials.h"
#include "ProgramRun.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "TestCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zct;

// Two test classes; main() (at the end) runs the second only where the keyring is private:
//   tst_ZuoraCheckProfilesNoKeychain  unknown names, usage errors, empty or damaged profile files,
//                                     and a keychain that cannot be reached (no D-Bus session): anywhere.
//   tst_ZuoraCheckProfiles            a batch with mixed outcomes and single profiles, secrets seeded
//                                     into the keyring: only under run-with-keyring.sh (ZCT_TEST_KEYRING=1).

namespace {

const QString kBin = QStringLiteral(ZCT_BIN_DIR);
const QString kService = u"io.github.zct.ZuoraCredentialTester"_s;
const QString kWrongSecret = u"Wrong-Secret-7f3a+/="_s;
QString s(const char16_t *text) { return QString::fromUtf16(text); }

using Run = ProgramRun;

// Runs zuora-check with XDG_CONFIG_HOME set to configHome; exit code -3 when a secret was printed.
Run runCheck(const QString &configHome, const QStringList &arguments, const QByteArray &stdinData = {},
             const QList<QPair<QString, QString>> &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZUORA_PASSWORD"_s);
    env.remove(u"ZUORA_CLIENT_SECRET"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    for (const auto &pair : environment)
        env.insert(pair.first, pair.second);
    Run result = ProgramRun::run(kBin + u"/zuora-check"_s, arguments, env, stdinData);
    if (result.exitCode == ProgramRun::NotFinished)
        return result;
    for (const QString &secret : {s(demo::kPassword), s(demo::kClientSecret), kWrongSecret}) {
        const QByteArray bytes = secret.toUtf8();
        if (result.out.contains(bytes) || result.err.contains(bytes))
            result.exitCode = -3;
    }
    return result;
}

// A zuora-mock-server process, stopped with the test.
class MockServer
{
public:
    bool start(const QStringList &arguments, QString *error)
    {
        m_process.setProgram(kBin + u"/zuora-mock-server"_s);
        m_process.setArguments(QStringList{u"--quiet"_s} + arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        if (!m_process.waitForReadyRead(10000) || !m_process.canReadLine()) {
            *error = QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
        return true;
    }
    ~MockServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString baseUrl() const { return m_baseUrl; }

private:
    QProcess m_process;
    QString m_baseUrl;
};

Profile makeProfile(const QString &name, const QString &baseUrl, const QString &user, bool remember,
                    AuthMode mode = AuthMode::SessionLogin)
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = baseUrl;
    profile.settings.username = user;
    profile.settings.authMode = mode;
    profile.settings.timeoutMs = 10000;
    profile.rememberSecret = remember;
    return profile;
}

// The file zuora-check reads, for XDG_CONFIG_HOME = configHome.
QString profilesPath(const QString &configHome)
{
    return configHome + u"/ZuoraCredentialTester/zuora-credential-tester/profiles.ini"_s;
}

bool saveProfiles(const QString &configHome, const QList<Profile> &profiles)
{
    ProfileStore store(profilesPath(configHome));
    for (const Profile &profile : profiles)
        store.upsert(profile);
    return store.save();
}

} // namespace

class tst_ZuoraCheckProfilesNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void unknownName_data();
    void unknownName();
    void noProfilesSaved();
    void damagedFileIsLeftAlone();
    void keychainUnreachableIsReportedPerProfile();
    void helpNamesTheOptions();

private:
    QTemporaryDir m_config;
    MockServer m_server;
};

void tst_ZuoraCheckProfilesNoKeychain::initTestCase()
{
    QVERIFY(m_config.isValid());
    QString error;
    QVERIFY2(m_server.start({}, &error), qPrintable(error));
    QVERIFY(saveProfiles(m_config.path(),
                         {makeProfile(u"Acme sandbox"_s, m_server.baseUrl(), s(demo::kUser), true),
                          makeProfile(u"Acme production"_s, m_server.baseUrl(), s(demo::kUser), false),
                          makeProfile(u"Globex EU"_s, m_server.baseUrl(), s(demo::kUser), true)}));
}

void tst_ZuoraCheckProfilesNoKeychain::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("both") << QStringList{u"--profile"_s, u"Acme sandbox"_s, u"--all-profiles"_s} << u"not both"_s;
    QTest::newRow("profile and base url") << QStringList{u"--profile"_s, u"Acme sandbox"_s, u"--base-url"_s, u"https://rest.zuora.com"_s}
                                          << u"leave out --base-url"_s;
    QTest::newRow("all and username") << QStringList{u"--all-profiles"_s, u"--username"_s, u"u"_s, u"--oauth"_s}
                                      << u"leave out --username, --oauth"_s;
    QTest::newRow("all and demo") << QStringList{u"--all-profiles"_s, u"--demo"_s} << u"leave out --demo"_s;
    QTest::newRow("all and stdin") << QStringList{u"--all-profiles"_s, u"--password-stdin"_s} << u"each profile's secret"_s;
    QTest::newRow("empty name") << QStringList{u"--profile"_s, u" "_s} << u"needs the name"_s;
    QTest::newRow("profile twice") << QStringList{u"--profile"_s, u"a"_s, u"--profile"_s, u"b"_s} << u"once"_s;
    QTest::newRow("concurrency 0") << QStringList{u"--all-profiles"_s, u"--concurrency"_s, u"0"_s} << u"from 1 to 16"_s;
    QTest::newRow("concurrency 17") << QStringList{u"--all-profiles"_s, u"--concurrency"_s, u"17"_s} << u"from 1 to 16"_s;
    QTest::newRow("concurrency words") << QStringList{u"--all-profiles"_s, u"--concurrency"_s, u"many"_s} << u"from 1 to 16"_s;
    QTest::newRow("bad timeout") << QStringList{u"--all-profiles"_s, u"--timeout"_s, u"0"_s} << u"--timeout"_s;
}

void tst_ZuoraCheckProfilesNoKeychain::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = runCheck(m_config.path(), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void tst_ZuoraCheckProfilesNoKeychain::unknownName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("a typo") << u"Acme sandbx"_s << u"Similar names: \"Acme sandbox\"."_s;
    QTest::newRow("a part") << u"acme"_s << u"Similar names: \"Acme sandbox\", \"Acme production\"."_s;
    QTest::newRow("nothing alike") << u"Initech"_s << u"Saved profiles: \"Acme sandbox\", \"Acme production\", \"Globex EU\"."_s;
}

void tst_ZuoraCheckProfilesNoKeychain::unknownName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    for (const bool json : {false, true}) {
        QStringList arguments{u"--profile"_s, name};
        if (json)
            arguments << u"--json"_s;
        const Run result = runCheck(m_config.path(), arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"No saved profile is named \"%1\""_s.arg(name).toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
}

void tst_ZuoraCheckProfilesNoKeychain::noProfilesSaved()
{
    QTemporaryDir empty;
    const Run result = runCheck(empty.path(), {u"--all-profiles"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("No profiles are saved"), result.err.constData());
    QVERIFY(!QFile::exists(profilesPath(empty.path())));   // reading creates nothing
}

void tst_ZuoraCheckProfilesNoKeychain::damagedFileIsLeftAlone()
{
    QTemporaryDir config;
    const QString path = profilesPath(config.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray damaged = "[General]\nschemaVersion=99\n";
    file.write(damaged);
    file.close();
    const Run result = runCheck(config.path(), {u"--all-profiles"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("newer version"), result.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damaged);
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), QStringList{u"profiles.ini"_s});
}

void tst_ZuoraCheckProfilesNoKeychain::keychainUnreachableIsReportedPerProfile()
{
    const QList<QPair<QString, QString>> noBus = {
        {u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/zct-no-session-bus"_s}};
    const Run result = runCheck(m_config.path(), {u"--all-profiles"_s, u"--json"_s}, {}, noBus);
    QCOMPARE(result.exitCode, 2);
    const QList<QJsonObject> lines = result.lines();
    QCOMPARE(lines.size(), 3);
    QHash<QString, QJsonObject> byProfile;
    for (const QJsonObject &line : lines)
        byProfile.insert(line.value(u"profile").toString(), line);
    QCOMPARE(byProfile.keys().size(), 3);
    for (const QString &name : {u"Acme sandbox"_s, u"Globex EU"_s}) {
        const QJsonObject error = byProfile.value(name).value(u"error").toObject();
        QCOMPARE(error.value(u"kind").toString(), u"missingSecret"_s);
        QVERIFY2(error.value(u"message").toString().contains(u"D-Bus"_s), qPrintable(error.value(u"message").toString()));
        QCOMPARE(byProfile.value(name).value(u"exitCode").toInt(), 2);
        QCOMPARE(byProfile.value(name).value(u"attempts").toInt(), 0);
    }
    const QJsonObject notRemembered = byProfile.value(u"Acme production"_s);
    QCOMPARE(notRemembered.value(u"error").toObject().value(u"kind").toString(), u"missingSecret"_s);
    QVERIFY(notRemembered.value(u"error").toObject().value(u"message").toString().contains(u"does not remember"_s));
    QVERIFY(notRemembered.value(u"error").toObject().value(u"hint").toString().contains(u"--password-stdin"_s));

    // For one profile the environment gives the secret, and the keychain is not needed.
    const Run single = runCheck(m_config.path(), {u"--profile"_s, u"acme SANDBOX"_s}, {},
                                noBus + QList<QPair<QString, QString>>{{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(single.exitCode, 0);
    QVERIFY2(single.out.startsWith("ACCEPTED"), single.out.constData());
    QVERIFY(single.out.contains("Profile      Acme sandbox\n"));
    const Run stdinSecret = runCheck(m_config.path(), {u"--profile"_s, u"Acme production"_s, u"--password-stdin"_s, u"--json"_s},
                                     s(demo::kPassword).toUtf8() + '\n', noBus);
    QCOMPARE(stdinSecret.exitCode, 0);
    QCOMPARE(stdinSecret.lines().size(), 1);
    QCOMPARE(stdinSecret.lines().first().value(u"profile").toString(), u"Acme production"_s);
}

void tst_ZuoraCheckProfilesNoKeychain::helpNamesTheOptions()
{
    const Run help = runCheck(m_config.path(), {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *needle : {"--profile <NAME>", "--all-profiles", "--concurrency <N>", "worst single result",
                               "the highest of the codes", "Retry-After"})
        QVERIFY2(help.out.contains(needle), needle);
}

class tst_ZuoraCheckProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allProfilesJson_data();
    void allProfilesJson();
    void allProfilesHuman();
    void concurrencyOne();
    void singleProfile_data();
    void singleProfile();
    void environmentOverridesTheKeychain();
    void proxyPasswordFromTheKeychain();

private:
    const Run &jsonRun();

    QTemporaryDir m_config;
    TestCertificate m_certificate;
    MockServer m_http;
    MockServer m_https;
    QList<Profile> m_profiles;
    std::unique_ptr<Run> m_jsonRun;
};

void tst_ZuoraCheckProfiles::initTestCase()
{
    QVERIFY(m_config.isValid());
    QVERIFY2(m_certificate.make(), qPrintable(m_certificate.error()));
    QString error;
    QVERIFY2(m_http.start({}, &error), qPrintable(error));
    QVERIFY2(m_https.start({u"--tls-cert"_s, m_certificate.certificatePath(), u"--tls-key"_s, m_certificate.keyPath()}, &error),
             qPrintable(error));
    QVERIFY2(m_https.baseUrl().startsWith(u"https://127.0.0.1:"_s), qPrintable(m_https.baseUrl()));

    const QString http = m_http.baseUrl();
    Profile timeout = makeProfile(u"Slow tenant"_s, http, s(demo::kSlowUser), true);
    timeout.settings.timeoutMs = 300;
    m_profiles = {
        makeProfile(u"Accepted"_s, http, s(demo::kUser), true),
        makeProfile(u"Rejected"_s, http, s(demo::kUser), true),
        makeProfile(u"Rate limited"_s, http, s(demo::kRateLimitedUser), true),
        timeout,
        makeProfile(u"Self-signed TLS"_s, m_https.baseUrl(), s(demo::kUser), true),
        makeProfile(u"Nobody listening"_s, u"http://127.0.0.1:1"_s, s(demo::kUser), true),
        makeProfile(u"Not remembered"_s, http, s(demo::kUser), false),
        makeProfile(u"Not in the keychain"_s, http, s(demo::kUser), true),
        makeProfile(u"OAuth"_s, http, s(demo::kClientId), true, AuthMode::OAuthClientCredentials),
    };
    QVERIFY(saveProfiles(m_config.path(), m_profiles));

    // The secrets, in the private keyring that zuora-check will read.
    KeychainSecretStore keychain(kService);
    QSignalSpy written(&keychain, &SecretStore::writeFinished);
    int requests = 0;
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (!profile.rememberSecret || profile.name == u"Not in the keychain")
            continue;
        const QString secret = profile.name == u"Rejected" ? kWrongSecret
            : profile.settings.authMode == AuthMode::OAuthClientCredentials ? s(demo::kClientSecret)
                                                                             : s(demo::kPassword);
        keychain.writeSecret(profile.id, secret);
        ++requests;
    }
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), requests, 30000);
    for (const QList<QVariant> &answer : std::as_const(written))
        QCOMPARE(answer.at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);
}

const Run &tst_ZuoraCheckProfiles::jsonRun()
{
    if (!m_jsonRun)
        m_jsonRun = std::make_unique<Run>(runCheck(m_config.path(), {u"--all-profiles"_s, u"--json"_s}));
    return *m_jsonRun;
}

void tst_ZuoraCheckProfiles::allProfilesJson_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("attempts");
    QTest::newRow("accepted") << u"Accepted"_s << 0 << QString() << 200 << 1;
    QTest::newRow("wrong secret") << u"Rejected"_s << 1 << u"rejected"_s << 401 << 1;
    QTest::newRow("429, retried once, 429 again") << u"Rate limited"_s << 4 << u"rateLimited"_s << 429 << 2;
    QTest::newRow("timeout") << u"Slow tenant"_s << 3 << u"timeout"_s << 0 << 1;
    QTest::newRow("tls") << u"Self-signed TLS"_s << 3 << u"tls"_s << 0 << 1;
    QTest::newRow("network") << u"Nobody listening"_s << 3 << u"connectionRefused"_s << 0 << 1;
    QTest::newRow("secret not remembered") << u"Not remembered"_s << 2 << u"missingSecret"_s << 0 << 0;
    QTest::newRow("secret not in the keychain") << u"Not in the keychain"_s << 2 << u"missingSecret"_s << 0 << 0;
    QTest::newRow("oauth") << u"OAuth"_s << 0 << QString() << 200 << 1;
}

void tst_ZuoraCheckProfiles::allProfilesJson()
{
    QFETCH(QString, profile);
    QFETCH(int, exitCode);
    QFETCH(QString, errorKind);
    QFETCH(int, httpStatus);
    QFETCH(int, attempts);
    const Run &run = jsonRun();
    QVERIFY2(run.exitCode != -3, "a secret was printed");
    QCOMPARE(run.exitCode, 4);   // the worst single result
    const QList<QJsonObject> lines = run.lines();
    QCOMPARE(lines.size(), m_profiles.size());   // every profile, none skipped, each on its own line
    QCOMPARE(run.out.count('\n'), m_profiles.size());
    QList<QJsonObject> matching;
    for (const QJsonObject &line : lines) {
        if (line.value(u"profile").toString() == profile)
            matching << line;
    }
    QCOMPARE(matching.size(), 1);
    const QJsonObject json = matching.first();
    QCOMPARE(json.value(u"exitCode").toInt(), exitCode);
    QCOMPARE(json.value(u"ok").toBool(), exitCode == 0);
    QCOMPARE(json.value(u"attempts").toInt(-1), attempts);
    if (httpStatus > 0)
        QCOMPARE(json.value(u"httpStatus").toInt(), httpStatus);
    else
        QVERIFY(json.value(u"httpStatus").isNull());
    if (errorKind.isEmpty()) {
        QVERIFY(json.value(u"error").isNull());
    } else {
        const QJsonObject error = json.value(u"error").toObject();
        QCOMPARE(error.value(u"kind").toString(), errorKind);
        QVERIFY(!error.value(u"message").toString().isEmpty());
    }
    if (profile == u"Rate limited") {
        QStringList notes;
        for (const QJsonValue &note : json.value(u"notes").toArray())
            notes << note.toString();
        QVERIFY2(notes.join(u' ').contains(u"retried once"_s), qPrintable(notes.join(u' ')));
    }
    if (profile == u"Not in the keychain")
        QVERIFY(json.value(u"error").toObject().value(u"message").toString().contains(u"keychain has no entry"_s));
    if (exitCode == 0 || exitCode == 1)
        QCOMPARE(json.value(u"request").toObject().value(u"headers").toObject().value(u"apiSecretAccessKey").toString(),
                 profile == u"OAuth" ? QString() : u"********"_s);
}

void tst_ZuoraCheckProfiles::allProfilesHuman()
{
    const Run run = runCheck(m_config.path(), {u"--all-profiles"_s});
    QVERIFY2(run.exitCode != -3, "a secret was printed");
    QCOMPARE(run.exitCode, 4);
    const QList<QByteArray> lines = run.out.split('\n');
    // One line per profile as results arrive, a blank line, the table (header + a row per profile), the counts.
    QCOMPARE(lines.size(), m_profiles.size() + 1 + 1 + m_profiles.size() + 1 + 1);
    for (int i = 0; i < m_profiles.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QVERIFY2(line.startsWith("ACCEPTED  ") || line.startsWith("REJECTED  ") || line.startsWith("ERROR     "), line.constData());
    }
    for (const Profile &profile : std::as_const(m_profiles)) {
        QVERIFY2(run.out.contains(QByteArray("  " + profile.name.toUtf8() + ": ")), qPrintable(profile.name));
    }
    QCOMPARE(lines.at(m_profiles.size()), QByteArray());
    const QByteArray header = lines.at(m_profiles.size() + 1).simplified();
    QCOMPARE(header, QByteArray("Profile Environment Verdict HTTP First code Duration"));
    QHash<QString, QByteArray> rows;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const QByteArray row = lines.at(m_profiles.size() + 2 + i);
        QVERIFY2(row.startsWith(m_profiles.at(i).name.toUtf8()), row.constData());   // in the profiles' order
        rows.insert(m_profiles.at(i).name, row.simplified());
    }
    QVERIFY2(rows.value(u"Accepted"_s).contains("ACCEPTED 200 - "), rows.value(u"Accepted"_s).constData());
    QVERIFY2(rows.value(u"Rejected"_s).contains("REJECTED 401 90000011 "), rows.value(u"Rejected"_s).constData());
    QVERIFY2(rows.value(u"Rate limited"_s).contains("ERROR (rateLimited) after a retry 429"), rows.value(u"Rate limited"_s).constData());
    QVERIFY(rows.value(u"Slow tenant"_s).contains("ERROR (timeout) - -"));
    QVERIFY(rows.value(u"Self-signed TLS"_s).contains("ERROR (tls) - -"));
    QVERIFY(rows.value(u"Nobody listening"_s).contains("ERROR (connectionRefused) - -"));
    QVERIFY(rows.value(u"Not remembered"_s).endsWith("ERROR (missingSecret) - - -"));
    QVERIFY(rows.value(u"Not in the keychain"_s).endsWith("ERROR (missingSecret) - - -"));
    QVERIFY(rows.value(u"OAuth"_s).contains("ACCEPTED 200"));
    QVERIFY(rows.value(u"Accepted"_s).startsWith(QByteArray("Accepted 127.0.0.1:" + QByteArray::number(QUrl(m_http.baseUrl()).port()) + ' ')));
    QVERIFY(rows.value(u"Nobody listening"_s).startsWith("Nobody listening 127.0.0.1:1 "));
    QCOMPARE(lines.at(lines.size() - 2),
             QByteArray("9 profiles: 2 accepted, 1 rejected, 6 with errors; exit code 4 (the worst)."));
}

void tst_ZuoraCheckProfiles::concurrencyOne()
{
    // One at a time gives the same results (the slow one must not hold up the count).
    const Run run = runCheck(m_config.path(), {u"--all-profiles"_s, u"--json"_s, u"--concurrency"_s, u"1"_s});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.lines().size(), m_profiles.size());
}

void tst_ZuoraCheckProfiles::singleProfile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("firstWord");
    QTest::newRow("accepted") << u"Accepted"_s << u"Accepted"_s << 0 << QByteArray("ACCEPTED");
    QTest::newRow("any case") << u"  accepted "_s << u"Accepted"_s << 0 << QByteArray("ACCEPTED");
    QTest::newRow("rejected") << u"Rejected"_s << u"Rejected"_s << 1 << QByteArray("REJECTED");
    QTest::newRow("tls") << u"Self-signed TLS"_s << u"Self-signed TLS"_s << 3 << QByteArray("ERROR");
    QTest::newRow("missing secret") << u"Not in the keychain"_s << u"Not in the keychain"_s << 2 << QByteArray("ERROR");
    QTest::newRow("oauth") << u"OAuth"_s << u"OAuth"_s << 0 << QByteArray("ACCEPTED");
}

void tst_ZuoraCheckProfiles::singleProfile()
{
    QFETCH(QString, name);
    QFETCH(QString, saved);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, firstWord);
    const Run human = runCheck(m_config.path(), {u"--profile"_s, name});
    QVERIFY2(human.exitCode != -3, "a secret was printed");
    QCOMPARE(human.exitCode, exitCode);
    QVERIFY2(human.out.startsWith(firstWord), human.out.constData());
    QVERIFY2(human.out.contains(QByteArray("\n  Profile      " + saved.toUtf8() + '\n')), human.out.constData());
    QVERIFY(!human.out.contains("Environment  Verdict"));   // no table for one profile

    const Run json = runCheck(m_config.path(), {u"--profile"_s, name, u"--json"_s});
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.lines().size(), 1);
    QCOMPARE(json.lines().first().value(u"exitCode").toInt(), exitCode);
    QCOMPARE(json.lines().first().value(u"profile").toString(), saved);
}

void tst_ZuoraCheckProfiles::environmentOverridesTheKeychain()
{
    // The keychain holds a wrong secret for "Rejected"; the environment's secret wins for one profile.
    const Run run = runCheck(m_config.path(), {u"--profile"_s, u"Rejected"_s, u"--json"_s}, {},
                             {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(run.exitCode, 0);
    // With --all-profiles the environment is not used: each profile has its own secret.
    const Run all = runCheck(m_config.path(), {u"--all-profiles"_s, u"--json"_s}, {},
                             {{u"ZUORA_PASSWORD"_s, s(demo::kPassword)}});
    QCOMPARE(all.exitCode, 4);
    for (const QJsonObject &line : all.lines()) {
        if (line.value(u"profile").toString() == u"Rejected")
            QCOMPARE(line.value(u"exitCode").toInt(), 1);
        if (line.value(u"profile").toString() == u"Not remembered")
            QCOMPARE(line.value(u"exitCode").toInt(), 2);
    }
}

void tst_ZuoraCheckProfiles::proxyPasswordFromTheKeychain()
{
    // A profile's own SOCKS5 proxy with a user: its password is read from the keychain entry
    // "<id>/proxy"; ZUORA_PROXY_PASSWORD overrides it; a wrong one is the proxy's refusal.
    const QString proxyPassword = u"S0cks+/=&pass"_s;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess socks;
    socks.setProcessChannelMode(QProcess::MergedChannels);
    socks.start(u"microsocks"_s, {u"-i"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(port), u"-u"_s, u"sam"_s,
                                  u"-P"_s, proxyPassword});
    QVERIFY2(socks.waitForStarted(5000), "microsocks is needed (scripts/deps installs it)");
    QVERIFY(QTest::qWaitFor([&] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }, 10000));

    QTemporaryDir config;
    QVERIFY(config.isValid());
    Profile right = makeProfile(u"Proxy, right password"_s, m_http.baseUrl(), s(demo::kUser), true);
    right.settings.proxy = ProxySettings{ProxyMode::Socks5, u"127.0.0.1"_s, port, u"sam"_s};
    Profile wrong = right;
    wrong.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wrong.name = u"Proxy, wrong password"_s;
    QVERIFY(saveProfiles(config.path(), {right, wrong}));
    KeychainSecretStore keychain(kService);
    QSignalSpy written(&keychain, &SecretStore::writeFinished);
    keychain.writeSecret(right.id, s(demo::kPassword));
    keychain.writeSecret(proxySecretKey(right.id), proxyPassword);
    keychain.writeSecret(wrong.id, s(demo::kPassword));
    keychain.writeSecret(proxySecretKey(wrong.id), kWrongSecret);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 4, 30000);

    const Run all = runCheck(config.path(), {u"--all-profiles"_s, u"--json"_s});
    QVERIFY2(all.exitCode == 3, all.out.constData());
    QVERIFY(!all.out.contains(proxyPassword.toUtf8()) && !all.err.contains(proxyPassword.toUtf8()));
    for (const QJsonObject &line : all.lines()) {
        const bool isRight = line.value(u"profile").toString() == right.name;
        QCOMPARE(line.value(u"exitCode").toInt(), isRight ? 0 : 3);
        QCOMPARE(line.value(u"proxy").toString(), u"socks5://127.0.0.1:%1"_s.arg(port));
        if (!isRight)
            QCOMPARE(line.value(u"error").toObject().value(u"kind").toString(), u"proxy"_s);
    }
    const Run overridden = runCheck(config.path(), {u"--profile"_s, wrong.name}, {},
                                    {{u"ZUORA_PROXY_PASSWORD"_s, proxyPassword}});
    QCOMPARE(overridden.exitCode, 0);
    QVERIFY(!overridden.out.contains(proxyPassword.toUtf8()));
    QByteArray log;
    QTRY_COMPARE((log += socks.readAll()).count("connected to 127.0.0.1:"), 2);   // the two accepted checks
    socks.terminate();
    QVERIFY(socks.waitForFinished(5000));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_ZuoraCheckProfilesNoKeychain anywhere;
    int result = QTest::qExec(&anywhere, argc, argv);
    if (qEnvironmentVariable("ZCT_TEST_KEYRING") == u"1") {
        tst_ZuoraCheckProfiles keychain;
        result |= QTest::qExec(&keychain, argc, argv);
    } else {
        // Run by hand: never near the keyring of whoever runs it.
        std::fprintf(stderr, "tst_zuoracheckprofiles: the keychain cases run through ctest (tests/run-with-keyring.sh); "
                             "this run covers the cases that need no keychain\n");
    }
    return result;
}

#include "tst_zuoracheckprofiles.moc"
