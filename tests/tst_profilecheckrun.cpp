// ProfileCheckRun: the one pipeline that runs saved profiles for the window's Test all / Test
// selected and for zuora-check --profile / --all-profiles. One set of secret rules, one kind of
// "not sent" result, exactly one result per profile, against the in-process demo Zuora.
#include "AuthMethod.h"
#include "BatchRunner.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "MemorySecretStore.h"
#include "Outcome.h"
#include "ProfileCheckRun.h"

#include <QSignalSpy>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = QString::fromUtf16(demo::kUser);
const QString kPassword = QString::fromUtf16(demo::kPassword);

struct Collected
{
    QHash<QString, ConnectionResult> byId;
    QList<int> indexes;
};

} // namespace

class tst_ProfileCheckRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secretRules_data();
    void secretRules();
    void proxyPasswordRules_data();
    void proxyPasswordRules();
    void keychainProblemIsAnnouncedOnce();
    void everyProfileGetsOneResult();
    void cancelWhileGatheringSecrets();
    void notSentNamesTheEndpointOfItsLoginKind_data();
    void notSentNamesTheEndpointOfItsLoginKind();

private:
    Profile demoProfile(const QString &name, bool remember) const;
    Collected run(ProfileCheckRun &checks, const QList<Profile> &profiles, const SecretsAtHand &atHand);

    DemoServer m_server;
};

void tst_ProfileCheckRun::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

Profile tst_ProfileCheckRun::demoProfile(const QString &name, bool remember) const
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = m_server.baseUrl().toString();
    profile.settings.username = kUser;
    profile.settings.proxy.mode = ProxyMode::None;
    profile.rememberSecret = remember;
    return profile;
}

Collected tst_ProfileCheckRun::run(ProfileCheckRun &checks, const QList<Profile> &profiles, const SecretsAtHand &atHand)
{
    Collected collected;
    QSignalSpy finished(&checks, &ProfileCheckRun::finished);
    const auto connection = connect(&checks, &ProfileCheckRun::resultReady, this,
                                    [&](int index, const QString &id, const ConnectionResult &result) {
                                        collected.indexes << index;
                                        collected.byId.insert(id, result);
                                    });
    checks.start(profiles, atHand);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000); }();
    disconnect(connection);
    QTest::qWait(20);   // nothing more may arrive
    [&] { QCOMPARE(finished.count(), 1); }();
    return collected;
}

void tst_ProfileCheckRun::secretRules_data()
{
    QTest::addColumn<bool>("remember");
    QTest::addColumn<QString>("atHand");
    QTest::addColumn<QString>("inKeychain");        // null: no entry
    QTest::addColumn<int>("keychainFailure");       // SecretStore::Status, Ok = works
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("causeHas");

    const int ok = int(SecretStore::Status::Ok);
    QTest::newRow("typed secret wins over the keychain")
        << true << kPassword << u"wrong"_s << ok << int(ErrorKind::None) << QString();
    QTest::newRow("typed secret, keychain down: not asked")
        << true << kPassword << QString() << int(SecretStore::Status::NoSession) << int(ErrorKind::None) << QString();
    QTest::newRow("remembered secret from the keychain")
        << true << QString() << kPassword << ok << int(ErrorKind::None) << QString();
    QTest::newRow("remembered, wrong secret in the keychain")
        << true << QString() << u"wrong"_s << ok << int(ErrorKind::Rejected) << QString();
    QTest::newRow("remembered but no entry")
        << true << QString() << QString() << ok << int(ErrorKind::MissingSecret) << u"keychain has no entry"_s;
    QTest::newRow("remembered, empty entry")
        << true << QString() << u""_s << ok << int(ErrorKind::MissingSecret) << u"keychain has no entry"_s;
    QTest::newRow("remembered, keychain locked")
        << true << QString() << kPassword << int(SecretStore::Status::Locked) << int(ErrorKind::MissingSecret)
        << u"could not be read from the keychain"_s;
    QTest::newRow("not remembered, nothing at hand")
        << false << QString() << kPassword << ok << int(ErrorKind::MissingSecret) << u"does not remember"_s;
    // The exact secret or none: a NUL or a line break in a stored or typed secret is refused
    // before anything is sent, as for a single check (issue 10).
    QTest::newRow("keychain secret with a NUL")
        << true << QString() << QString(u"Demo-Pass\0+2026"_s) << ok << int(ErrorKind::InvalidInput) << u"NUL"_s;
    QTest::newRow("typed secret with a NUL")
        << true << QString(u"Demo\0Pass"_s) << QString() << ok << int(ErrorKind::InvalidInput) << u"NUL"_s;
    QTest::newRow("keychain secret with a line break")
        << true << QString() << u"Demo-Pass\n"_s << ok << int(ErrorKind::InvalidInput) << u"control characters"_s;
}

void tst_ProfileCheckRun::secretRules()
{
    QFETCH(bool, remember);
    QFETCH(QString, atHand);
    QFETCH(QString, inKeychain);
    QFETCH(int, keychainFailure);
    QFETCH(int, expectedKind);
    QFETCH(QString, causeHas);

    MemorySecretStore secrets;
    const Profile profile = demoProfile(u"P"_s, remember);
    if (!inKeychain.isNull()) {
        secrets.writeSecret(profile.id, inKeychain);
        QTRY_VERIFY(secrets.contains(profile.id));
    }
    secrets.setFailure(SecretStore::Status(keychainFailure));
    ProfileCheckRun checks(&secrets);
    QString hintAsked;
    checks.setHintForMissingSecret([&](const Profile &p, SecretProblem) {
        hintAsked = p.id;
        return u"the face's own hint"_s;
    });
    SecretsAtHand hand;
    if (!atHand.isEmpty())
        hand.secrets.insert(profile.id, atHand);
    const int requestsBefore = m_server.requestCount();
    const Collected collected = run(checks, {profile}, hand);
    QCOMPARE(collected.byId.size(), 1);
    const ConnectionResult result = collected.byId.value(profile.id);
    QCOMPARE(int(result.errorKind), expectedKind);
    QCOMPARE(m_server.requestCount() - requestsBefore, result.attempts);   // what it says was sent, was
    if (expectedKind == int(ErrorKind::MissingSecret)) {
        QVERIFY2(result.cause.contains(causeHas), qPrintable(result.cause));
        QCOMPARE(result.attempts, 0);
        QCOMPARE(result.hint, u"the face's own hint"_s);
        QCOMPARE(hintAsked, profile.id);
        QCOMPARE(OutcomeText::of(result), Outcome::NotSent);
        QVERIFY(!OutcomeText::isVerdict(result));
        QVERIFY(result.request.method.isEmpty());
    } else if (expectedKind == int(ErrorKind::InvalidInput)) {
        QVERIFY2(result.cause.contains(causeHas), qPrintable(result.cause));
        QCOMPARE(result.attempts, 0);
        QCOMPARE(result.exitCode(), 2);
    } else {
        QCOMPARE(result.attempts, 1);
    }
}

void tst_ProfileCheckRun::proxyPasswordRules_data()
{
    // The rule both faces follow: a proxy password at hand, else the one for all (zuora-check's
    // ZUORA_PROXY_PASSWORD), else the keychain - whether or not the profile remembers its login
    // secret; none stored: sent without one; a keychain that fails: not sent, said so.
    QTest::addColumn<bool>("remember");
    QTest::addColumn<int>("keychainFailure");
    QTest::addColumn<bool>("proxyAtHand");
    QTest::addColumn<bool>("proxyOverridden");
    QTest::addColumn<int>("expectedKind");

    const int ok = int(SecretStore::Status::Ok);
    const int locked = int(SecretStore::Status::Locked);
    // The proxy is a closed loopback port, so an attempt that is sent fails to connect: what matters
    // is whether it was sent.
    QTest::newRow("proxy password from the keychain, secret not remembered")
        << false << ok << false << false << int(ErrorKind::Proxy);
    QTest::newRow("keychain fails for the proxy password: not sent")
        << false << locked << false << false << int(ErrorKind::MissingSecret);
    QTest::newRow("keychain fails, but the password is at hand")
        << false << locked << true << false << int(ErrorKind::Proxy);
    QTest::newRow("keychain fails, proxy given elsewhere: not asked")
        << true << locked << false << true << int(ErrorKind::Proxy);
}

void tst_ProfileCheckRun::proxyPasswordRules()
{
    QFETCH(bool, remember);
    QFETCH(int, keychainFailure);
    QFETCH(bool, proxyAtHand);
    QFETCH(bool, proxyOverridden);
    QFETCH(int, expectedKind);

    MemorySecretStore secrets;
    Profile profile = demoProfile(u"Behind a proxy"_s, remember);
    profile.settings.proxy = ProxySettings{ProxyMode::Http, u"127.0.0.1"_s, 9, u"jane"_s};
    profile.settings.timeoutMs = 5000;
    secrets.setFailure(SecretStore::Status(keychainFailure));
    ProfileCheckRun checks(&secrets);
    SecretsAtHand hand;
    hand.secrets.insert(profile.id, kPassword);
    if (proxyAtHand)
        hand.proxyPasswords.insert(profile.id, u"proxy-pass"_s);
    if (proxyOverridden)
        hand.proxyOverridden << profile.id;
    const Collected collected = run(checks, {profile}, hand);
    const ConnectionResult result = collected.byId.value(profile.id);
    QVERIFY2(int(result.errorKind) == expectedKind || (expectedKind == int(ErrorKind::Proxy)
                                                        && result.errorKind == ErrorKind::ConnectionRefused),
             qPrintable(errorKindId(result.errorKind) + u": "_s + result.cause));
    if (expectedKind == int(ErrorKind::MissingSecret))
        QVERIFY2(result.cause.contains(u"proxy password"_s), qPrintable(result.cause));
}

void tst_ProfileCheckRun::keychainProblemIsAnnouncedOnce()
{
    MemorySecretStore secrets;
    secrets.setFailure(SecretStore::Status::NoSession, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    ProfileCheckRun checks(&secrets);
    QSignalSpy problem(&checks, &ProfileCheckRun::keychainProblem);
    QList<Profile> profiles;
    for (int i = 0; i < 5; ++i)
        profiles << demoProfile(u"P%1"_s.arg(i), true);
    const Collected collected = run(checks, profiles, {});
    QCOMPARE(collected.byId.size(), 5);
    QCOMPARE(problem.count(), 1);
    QCOMPARE(problem.at(0).at(0).toString(),
             SecretStore::describe(SecretStore::Status::NoSession, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s));
}

void tst_ProfileCheckRun::everyProfileGetsOneResult()
{
    MemorySecretStore secrets;
    QList<Profile> profiles;
    SecretsAtHand hand;
    for (int i = 0; i < 12; ++i) {
        Profile profile = demoProfile(u"P%1"_s.arg(i), i % 3 == 1);
        if (i % 3 == 0)
            hand.secrets.insert(profile.id, i % 2 ? u"wrong"_s : kPassword);
        if (i % 3 == 1)
            secrets.writeSecret(profile.id, kPassword);
        profiles << profile;
    }
    ProfileCheckRun checks(&secrets);
    checks.runner()->setConcurrency(3);
    QSignalSpy progress(&checks, &ProfileCheckRun::progress);
    const Collected collected = run(checks, profiles, hand);
    QCOMPARE(collected.indexes.size(), 12);
    QList<int> sorted = collected.indexes;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < 12; ++i)
        QCOMPARE(sorted.at(i), i);
    for (int i = 0; i < 12; ++i) {
        const ConnectionResult result = collected.byId.value(profiles.at(i).id);
        const ErrorKind expected = i % 3 == 2 ? ErrorKind::MissingSecret
            : i % 3 == 1                      ? ErrorKind::None
            : i % 2                           ? ErrorKind::Rejected
                                              : ErrorKind::None;
        QCOMPARE(errorKindId(result.errorKind), errorKindId(expected));
    }
    QCOMPARE(progress.constLast().at(0).toInt(), 12);
    QCOMPARE(progress.constLast().at(1).toInt(), 12);
    QVERIFY(!checks.isRunning());
}

void tst_ProfileCheckRun::cancelWhileGatheringSecrets()
{
    MemorySecretStore secrets;
    QList<Profile> profiles{demoProfile(u"A"_s, true), demoProfile(u"B"_s, true)};
    ProfileCheckRun checks(&secrets);
    QSignalSpy results(&checks, &ProfileCheckRun::resultReady);
    QSignalSpy finished(&checks, &ProfileCheckRun::finished);
    checks.start(profiles, {});
    checks.cancel();   // the keychain has not answered yet
    QCOMPARE(results.count(), 2);
    QCOMPARE(finished.count(), 1);
    for (const QList<QVariant> &args : results) {
        const ConnectionResult result = args.at(2).value<ConnectionResult>();
        QCOMPARE(result.errorKind, ErrorKind::Cancelled);
        QCOMPARE(result.attempts, 0);
        QCOMPARE(OutcomeText::of(result), Outcome::Cancelled);
    }
    QTest::qWait(50);   // the keychain's late answers change nothing
    QCOMPARE(results.count(), 2);
    QCOMPARE(finished.count(), 1);
}

void tst_ProfileCheckRun::notSentNamesTheEndpointOfItsLoginKind_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("session") << int(AuthMode::SessionLogin) << u"https://rest.apisandbox.zuora.com/v1/connections"_s;
    QTest::newRow("oauth") << int(AuthMode::OAuthClientCredentials) << u"https://rest.apisandbox.zuora.com/oauth/token"_s;
    QTest::newRow("soap") << int(AuthMode::SoapLogin) << u"https://apisandbox.zuora.com/apps/services/a/115.0"_s;
}

void tst_ProfileCheckRun::notSentNamesTheEndpointOfItsLoginKind()
{
    QFETCH(int, mode);
    QFETCH(QString, endpoint);
    ConnectionSettings settings;
    settings.baseUrl = u"rest.apisandbox.zuora.com"_s;
    settings.authMode = AuthMode(mode);
    const ConnectionResult result = ProfileCheckRun::notSent(settings, ErrorKind::MissingSecret, u"c"_s, u"h"_s);
    QCOMPARE(result.endpoint.toString(), endpoint);
    QCOMPARE(result.attempts, 0);
    QCOMPARE(result.exitCode(), 2);
    QCOMPARE(AuthMethod::of(AuthMode(mode)).idString(), authModeId(AuthMode(mode)));
}

QTEST_GUILESS_MAIN(tst_ProfileCheckRun)
#include "tst_profilecheckrun.moc"
