// ProfileLibrary: the one owner of profiles, their secrets, history and outcomes. Every change is on
// disk when the call returns (outcomes within the debounce, and always when the library goes away);
// outcomes that say nothing about the credentials leave the verdict and the history alone; demo
// profiles are never written; keychain outages never change what the person chose.
#include "MemorySecretStore.h"
#include "Outcome.h"
#include "ProfileCheckRun.h"
#include "ProfileLibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = u"https://rest.apisandbox.zuora.com"_s;
    profile.settings.username = u"api.user@example.com"_s;
    return profile;
}

ConnectionResult resultWith(Verdict verdict, ErrorKind kind)
{
    ConnectionResult result;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.verdict = verdict;
    result.errorKind = kind;
    result.httpStatus = verdict == Verdict::Accepted ? 200 : verdict == Verdict::Rejected ? 401 : 0;
    result.cause = u"cause"_s;
    result.timings.finished = 12.5;
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProfileLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addIsOnDiskAtOnce();
    void importWritesTheFileOnAFirstRun();
    void demoProfilesAreNeverWritten();
    void outcomes_data();
    void outcomes();
    void demoOutcomesReachTheSessionHistoryOnly();
    void outcomesAreWrittenWhenTheLibraryGoesAway();
    void updateKeepsOutcomes();
    void duplicateHasNoSecretNoHistoryNoVerdict();
    void removeForgetsSecretsAndHistory();
    void aFailedSaveSaysWhichFileAndWhy();
    void keychainOutageKeepsRememberAndSaysItAll();
    void readOnlyNeverWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString profilesPath() const { return m_dir->filePath(u"profiles.ini"_s); }
    QString historyPath() const { return m_dir->filePath(u"history.json"_s); }
    std::unique_ptr<ProfileLibrary> open(SecretStore *secrets = nullptr,
                                         ProfileLibrary::Access access = ProfileLibrary::Access::ReadWrite) const
    {
        auto library = std::make_unique<ProfileLibrary>(secrets, profilesPath(), historyPath(), access);
        library->load();
        return library;
    }
};

void tst_ProfileLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileLibrary::addIsOnDiskAtOnce()
{
    auto library = open();
    QSignalSpy added(library.get(), &ProfileLibrary::profileAdded);
    const Profile profile = library->add(makeProfile(u"Acme"_s));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), profile.id);
    // Another reader (zuora-check) sees it while this library is still alive.
    auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
    QVERIFY(reader->find(profile.id));
    QCOMPARE(reader->find(profile.id)->name, u"Acme"_s);
    // A second profile of the same name gets a name of its own.
    QCOMPARE(library->add(makeProfile(u"acme"_s)).name, u"acme (2)"_s);
}

void tst_ProfileLibrary::importWritesTheFileOnAFirstRun()
{
    QVERIFY(!QFile::exists(profilesPath()));
    auto library = open();
    const QByteArray file = R"({"format": "zuora-credential-tester-profiles", "version": 1, "profiles": [
        {"name": "Imported", "baseUrl": "https://rest.apisandbox.zuora.com", "username": "a@example.com"}]})";
    const ImportPlan plan = ProfileExchange::parse(file, library->savedProfiles());
    QVERIFY(plan.isClean());
    QSignalSpy reset(library.get(), &ProfileLibrary::profilesReset);
    const ImportOutcome outcome = library->import(plan, ImportChoices{});
    QVERIFY(outcome.applied);
    QCOMPARE(reset.count(), 1);
    QVERIFY(QFile::exists(profilesPath()));
    auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
    QVERIFY(reader->findByName(u"Imported"_s));
}

void tst_ProfileLibrary::demoProfilesAreNeverWritten()
{
    MemorySecretStore secrets;
    auto library = open(&secrets);
    library->add(makeProfile(u"Saved"_s));
    Profile demo = makeProfile(u"Demo tenant"_s);
    demo.settings.baseUrl = u"http://127.0.0.1:45678"_s;
    library->addDemo(demo, u"demo-secret"_s);
    const QString demoId = library->profiles().constLast().id;
    QVERIFY(library->isDemo(demoId));
    QCOMPARE(library->demoSecret(demoId), u"demo-secret"_s);
    // A change anywhere rewrites the file: still without the demo.
    library->recordOutcome(demoId, resultWith(Verdict::Accepted, ErrorKind::None));
    library->update(*library->find(demoId));
    library->add(makeProfile(u"Another"_s));
    library->flush();
    const QByteArray bytes = readAll(profilesPath());
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains("Demo tenant") && !bytes.contains("45678"), bytes.constData());
    QCOMPARE(secrets.count(), 0);
    auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
    QCOMPARE(reader->profiles().size(), 2);
}

void tst_ProfileLibrary::outcomes_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("countsAsVerdict");

    QTest::newRow("accepted") << int(Verdict::Accepted) << int(ErrorKind::None) << true;
    QTest::newRow("rejected") << int(Verdict::Rejected) << int(ErrorKind::Rejected) << true;
    QTest::newRow("timeout") << int(Verdict::Error) << int(ErrorKind::Timeout) << true;
    QTest::newRow("rate limited") << int(Verdict::Error) << int(ErrorKind::RateLimited) << true;
    QTest::newRow("no secret") << int(Verdict::Error) << int(ErrorKind::MissingSecret) << false;
    QTest::newRow("cancelled") << int(Verdict::Error) << int(ErrorKind::Cancelled) << false;
    QTest::newRow("invalid input") << int(Verdict::Error) << int(ErrorKind::InvalidInput) << false;
}

void tst_ProfileLibrary::outcomes()
{
    QFETCH(int, verdict);
    QFETCH(int, kind);
    QFETCH(bool, countsAsVerdict);

    auto library = open();
    const Profile profile = library->add(makeProfile(u"Acme"_s));
    // An earlier good verdict, which a result that says nothing about the credentials must keep.
    library->recordOutcome(profile.id, resultWith(Verdict::Accepted, ErrorKind::None));
    const Profile before = *library->find(profile.id);
    QCOMPARE(library->history(profile.id).size(), 1);

    QSignalSpy recorded(library.get(), &ProfileLibrary::outcomeRecorded);
    QTest::qWait(5);   // a later timestamp
    const ConnectionResult result = resultWith(Verdict(verdict), ErrorKind(kind));
    QCOMPARE(OutcomeText::isVerdict(result), countsAsVerdict);
    library->recordOutcome(profile.id, result);
    QCOMPARE(recorded.count(), 1);
    QVERIFY(library->sessionResult(profile.id));
    QCOMPARE(int(library->sessionResult(profile.id)->errorKind), kind);
    const Profile *after = library->find(profile.id);
    if (countsAsVerdict) {
        QCOMPARE(int(after->lastVerdict), verdict);
        QCOMPARE(library->history(profile.id).size(), 2);
        QCOMPARE(after->lastVerified == before.lastVerified, verdict != int(Verdict::Accepted));
    } else {
        QCOMPARE(after->lastVerdict, Verdict::Accepted);
        QCOMPARE(after->lastTested, before.lastTested);
        QCOMPARE(library->history(profile.id).size(), 1);
    }
    library.reset();   // flushes
    auto reader = open();
    QCOMPARE(reader->history(profile.id).size(), countsAsVerdict ? 2 : 1);
    QCOMPARE(int(reader->find(profile.id)->lastVerdict), countsAsVerdict ? verdict : int(Verdict::Accepted));
    QVERIFY(!reader->sessionResult(profile.id));   // session results are of this session only
}

void tst_ProfileLibrary::demoOutcomesReachTheSessionHistoryOnly()
{
    auto library = open();
    library->addDemo(makeProfile(u"Demo tenant"_s), u"secret"_s);
    const QString id = library->profiles().constLast().id;
    library->recordOutcome(id, resultWith(Verdict::Rejected, ErrorKind::Rejected));
    QCOMPARE(library->history(id).size(), 1);
    QVERIFY(library->historyProfileIds().contains(id));
    QCOMPARE(library->find(id)->lastVerdict, Verdict::Rejected);
    library->flush();
    QVERIFY(!readAll(historyPath()).contains(id.toUtf8()));
}

void tst_ProfileLibrary::outcomesAreWrittenWhenTheLibraryGoesAway()
{
    QString id;
    {
        auto library = open();
        id = library->add(makeProfile(u"Acme"_s)).id;
        for (int i = 0; i < 20; ++i)
            library->recordOutcome(id, resultWith(Verdict::Rejected, ErrorKind::Rejected));
        // Destroyed well inside the debounce: nothing may be lost.
    }
    auto reader = open();
    QCOMPARE(reader->history(id).size(), 20);
    QCOMPARE(reader->find(id)->lastVerdict, Verdict::Rejected);
}

void tst_ProfileLibrary::updateKeepsOutcomes()
{
    auto library = open();
    const Profile profile = library->add(makeProfile(u"Acme"_s));
    library->recordOutcome(profile.id, resultWith(Verdict::Accepted, ErrorKind::None));
    Profile edited = profile;   // a form's copy, taken before the test
    edited.settings.entityId = u"entity-1"_s;
    QSignalSpy changed(library.get(), &ProfileLibrary::profileChanged);
    QVERIFY(library->update(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(library->find(profile.id)->settings.entityId, u"entity-1"_s);
    QCOMPARE(library->find(profile.id)->lastVerdict, Verdict::Accepted);
    QVERIFY(library->find(profile.id)->lastVerified.isValid());
    auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
    QCOMPARE(reader->find(profile.id)->settings.entityId, u"entity-1"_s);
}

void tst_ProfileLibrary::duplicateHasNoSecretNoHistoryNoVerdict()
{
    auto library = open();
    Profile original = makeProfile(u"Acme"_s);
    original.rememberSecret = true;
    original = library->add(original);
    library->recordOutcome(original.id, resultWith(Verdict::Accepted, ErrorKind::None));
    const Profile copy = library->duplicate(original.id);
    QVERIFY(copy.isValid());
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.name, u"Acme (copy)"_s);
    QCOMPARE(copy.settings, original.settings);
    QVERIFY(!copy.rememberSecret);
    QVERIFY(!copy.lastTested.isValid());
    QVERIFY(library->history(copy.id).isEmpty());
    QVERIFY(!library->sessionResult(copy.id));
    QVERIFY(!library->duplicate(u"no-such-id"_s).isValid());
}

void tst_ProfileLibrary::removeForgetsSecretsAndHistory()
{
    MemorySecretStore secrets;
    auto library = open(&secrets);
    Profile profile = makeProfile(u"Acme"_s);
    profile.rememberSecret = true;
    profile.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.example.com"_s, 3128, u"jane"_s};
    profile = library->add(profile);
    library->storeSecrets(profile.id, u"s3cret"_s, u"proxy-pass"_s);
    QTRY_COMPARE(secrets.count(), 2);
    library->recordOutcome(profile.id, resultWith(Verdict::Accepted, ErrorKind::None));
    QSignalSpy removed(library.get(), &ProfileLibrary::profileRemoved);
    QVERIFY(library->remove(profile.id));
    QCOMPARE(removed.count(), 1);
    QTRY_COMPARE(secrets.count(), 0);
    QVERIFY(!library->find(profile.id));
    QVERIFY(library->history(profile.id).isEmpty());
    auto reader = open();
    QVERIFY(!reader->find(profile.id));
    QVERIFY(reader->history(profile.id).isEmpty());
}

void tst_ProfileLibrary::aFailedSaveSaysWhichFileAndWhy()
{
    // A plain file where the profiles' folder should be: nothing can be written under it.
    const QString blocker = m_dir->filePath(u"blocked"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ProfileLibrary library(nullptr, blocker + u"/profiles.ini"_s, blocker + u"/history.json"_s);
    library.load();
    QSignalSpy failed(&library, &ProfileLibrary::saveFailed);
    const Profile profile = library.add(makeProfile(u"Acme"_s));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(blocker), qPrintable(message));
    QVERIFY2(message.contains(u"cannot be created"_s), qPrintable(message));
    QCOMPARE(library.saveError(), message);
    // Nothing is lost in memory: the profile is still there for a later save.
    QVERIFY(library.find(profile.id));
}

void tst_ProfileLibrary::keychainOutageKeepsRememberAndSaysItAll()
{
    MemorySecretStore secrets;
    auto library = open(&secrets);
    Profile profile = makeProfile(u"Acme"_s);
    profile.rememberSecret = true;
    profile = library->add(profile);
    const QString detail = u"The name org.freedesktop.secrets was not provided by any .service files, and a long tail"_s;
    secrets.setFailure(SecretStore::Status::NoBackend, detail);
    QSignalSpy problem(library.get(), &ProfileLibrary::secretProblem);
    library->storeSecrets(profile.id, u"s3cret"_s, QString());
    QVERIFY(problem.wait(2000));
    QCOMPARE(problem.at(0).at(0).toString(), profile.id);
    QCOMPARE(problem.at(0).at(1).toString(), SecretStore::describe(SecretStore::Status::NoBackend, detail));
    QVERIFY(library->find(profile.id)->rememberSecret);
    auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
    QVERIFY(reader->find(profile.id)->rememberSecret);
}

void tst_ProfileLibrary::readOnlyNeverWrites()
{
    auto writer = open();
    const Profile profile = writer->add(makeProfile(u"Acme"_s));
    writer.reset();
    const QByteArray before = readAll(profilesPath());
    {
        auto reader = open(nullptr, ProfileLibrary::Access::ReadOnly);
        reader->recordOutcome(profile.id, resultWith(Verdict::Rejected, ErrorKind::Rejected));
        reader->add(makeProfile(u"Other"_s));
    }
    QCOMPARE(readAll(profilesPath()), before);
    QVERIFY(!QFile::exists(historyPath()));
}

QTEST_GUILESS_MAIN(tst_ProfileLibrary)
#include "tst_profilelibrary.moc"
