#include "KeychainSecretStore.h"
#include "QtKeychainBackend.h"
#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDeadlineTimer>
#include <QMetaMethod>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <memory>
#include <vector>

using namespace zct;
using namespace Qt::StringLiterals;

// Four test classes, and main() (at the end) runs those that apply to the environment it finds:
//   tst_SecretStore          describe(), classify() and MemorySecretStore: everywhere.
//   tst_KeychainSecretStore  a real Secret Service: only on the private D-Bus session and unlocked
//                            keyring of tests/run-with-keyring.sh (ZCT_TEST_KEYRING=1), so a test
//                            never writes into a person's own keyring.
//   tst_NoSessionBus         no session bus at all (ZCT_TEST_NO_SESSION_BUS=1): its own ctest entry.
//   tst_NoLoginKeyring       a keyring daemon without a login keyring
//                            (run-with-keyring.sh --no-login-keyring): its own ctest entry.

using Status = SecretStore::Status;

namespace {

const QString kService = u"io.github.zct.ZuoraCredentialTester"_s;

struct Answer
{
    bool arrived = false;
    int requestId = 0;
    QString key;
    Status status = Status::OtherError;
    QString secret;
    QString errorText;
};

// Waits until spy saw the answer to requestId. Read answers carry the secret; the others do not.
Answer answerTo(QSignalSpy &spy, int requestId, int timeoutMs = 15000)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            if (arguments.at(0).toInt() != requestId)
                continue;
            Answer answer;
            answer.arrived = true;
            answer.requestId = requestId;
            answer.key = arguments.at(1).toString();
            answer.status = arguments.at(2).value<Status>();
            if (arguments.size() == 5) {
                answer.secret = arguments.at(3).toString();
                answer.errorText = arguments.at(4).toString();
            } else {
                answer.errorText = arguments.at(3).toString();
            }
            return answer;
        }
        if (deadline.hasExpired())
            return Answer();
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

int answersFor(const QSignalSpy &spy, int requestId)
{
    return int(std::count_if(spy.cbegin(), spy.cend(),
                             [&](const QList<QVariant> &arguments) { return arguments.at(0).toInt() == requestId; }));
}

QString newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

// Runs everywhere: nothing here needs a session bus or a keyring.
class tst_SecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describeEveryStatus_data();
    void describeEveryStatus();
    void classify_data();
    void classify();

    void memoryRoundTrip();
    void memoryAnswersLaterAndInOrder();
    void memoryFailure_data();
    void memoryFailure();
    void memoryDestroyedWithPendingRequests();
    void keychainWithoutItsModule();
};

// Needs the private keyring of tests/run-with-keyring.sh; main() runs it only there.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void keychainRoundTrip();
    void keychainLoadsOnFirstRequest();
    void keychainQueuesRequests();
    void keychainRequestFromAnswerSlot();
    void keychainServicesAreSeparate();
    void keychainStoreDeletedWhileJobRuns();
    void keychainLocked();   // last: it leaves the keyring locked
};

// Needs DBUS_SESSION_BUS_ADDRESS pointing nowhere (its own ctest entry).
class tst_NoSessionBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noSessionBus();
};

// Needs a session bus whose gnome-keyring has no login keyring (its own ctest entry).
class tst_NoLoginKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noLoginKeyring();
};

void tst_SecretStore::describeEveryStatus_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("NotFound") << Status::NotFound << u"No secret"_s;
    QTest::newRow("NoBackend") << Status::NoBackend << u"gnome-keyring or KWallet"_s;
    QTest::newRow("NoSession") << Status::NoSession << u"D-Bus"_s;
    QTest::newRow("Locked") << Status::Locked << u"Unlock"_s;
    QTest::newRow("Denied") << Status::Denied << u"Allow"_s;
    QTest::newRow("OtherError") << Status::OtherError << u"error"_s;
}

void tst_SecretStore::describeEveryStatus()
{
    QFETCH(Status, status);
    QFETCH(QString, mustMention);
    const QString plain = SecretStore::describe(status);
    QVERIFY2(plain.contains(mustMention), qPrintable(plain));
    QVERIFY(plain.endsWith(u'.'));
    QVERIFY(plain.size() < 300);   // one or two sentences, not an essay

    const QString detailed = SecretStore::describe(status, u"  Cannot autolaunch D-Bus without X11 $DISPLAY "_s);
    QVERIFY(detailed.startsWith(plain));
    QVERIFY2(detailed.contains(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s), qPrintable(detailed));

    QVERIFY(SecretStore::describe(Status::Ok).isEmpty());
}

void tst_SecretStore::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("expected");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Status::Ok;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << Status::NotFound;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                << Status::NoBackend;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"Access to keychain denied"_s
                                    << Status::Denied;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << u"Access to keychain denied"_s << Status::Denied;
    // What QtKeychain 0.13 + libsecret really say (seen on Debian 12).
    QTest::newRow("no bus, no DISPLAY") << int(QKeychain::OtherError)
                                        << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << Status::NoSession;
    QTest::newRow("bus error name") << int(QKeychain::OtherError)
                                    << u"org.freedesktop.DBus.Error.NoServer: Failed to connect to socket /x"_s
                                    << Status::NoSession;
    QTest::newRow("no secret service") << int(QKeychain::OtherError)
                                       << u"GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name "
                                          u"org.freedesktop.secrets was not provided by any .service files"_s
                                       << Status::NoBackend;
    QTest::newRow("locked collection") << int(QKeychain::AccessDenied)
                                       << u"Cannot create an item in a locked collection"_s << Status::Locked;
    QTest::newRow("no login keyring")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s << Status::Locked;
    QTest::newRow("prompt dismissed") << int(QKeychain::OtherError) << u"Prompt dismissed"_s << Status::Locked;
    QTest::newRow("bus access denied") << int(QKeychain::OtherError)
                                       << u"org.freedesktop.DBus.Error.AccessDenied: Rejected"_s << Status::Denied;
    QTest::newRow("anything else") << int(QKeychain::OtherError) << u"Unknown error"_s << Status::OtherError;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << u"Could not delete"_s
                                      << Status::OtherError;
}

void tst_SecretStore::classify()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(Status, expected);
    QCOMPARE(QtKeychainBackend::classify(code, text), expected);
}

void tst_SecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);
    const QString secret = u"Demo-Pass+2026/=& ✓"_s;

    Answer answer = answerTo(writes, store.writeSecret(u"p1"_s, secret));
    QVERIFY(answer.arrived);
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(answer.key, u"p1"_s);
    QVERIFY(store.contains(u"p1"_s));

    answer = answerTo(reads, store.readSecret(u"p1"_s));
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(answer.secret, secret);
    QVERIFY(answer.errorText.isEmpty());

    answer = answerTo(deletes, store.deleteSecret(u"p1"_s));
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(store.count(), 0);

    answer = answerTo(reads, store.readSecret(u"p1"_s));
    QCOMPARE(answer.status, Status::NotFound);
    QVERIFY(answer.secret.isEmpty());

    answer = answerTo(deletes, store.deleteSecret(u"never-there"_s));
    QCOMPARE(answer.status, Status::Ok);
}

void tst_SecretStore::memoryAnswersLaterAndInOrder()
{
    MemorySecretStore store;
    QStringList log;
    connect(&store, &SecretStore::writeFinished, this,
            [&](int id, const QString &, Status status) { log << u"w%1:%2"_s.arg(id).arg(int(status)); });
    connect(&store, &SecretStore::readFinished, this, [&](int id, const QString &, Status, const QString &secret) {
        log << u"r%1:%2"_s.arg(id).arg(secret);
    });
    connect(&store, &SecretStore::deleteFinished, this,
            [&](int id, const QString &, Status status) { log << u"d%1:%2"_s.arg(id).arg(int(status)); });

    const int w1 = store.writeSecret(u"k"_s, u"one"_s);
    const int r1 = store.readSecret(u"k"_s);
    const int w2 = store.writeSecret(u"k"_s, u"two"_s);
    const int r2 = store.readSecret(u"k"_s);
    const int d1 = store.deleteSecret(u"k"_s);
    const int r3 = store.readSecret(u"k"_s);
    QVERIFY(log.isEmpty());   // never from inside the call
    QCOMPARE(QList<int>({w1, r1, w2, r2, d1, r3}), QList<int>({1, 2, 3, 4, 5, 6}));
    QTRY_COMPARE(log.size(), 6);
    QCOMPARE(log, (QStringList{u"w1:0"_s, u"r2:one"_s, u"w3:0"_s, u"r4:two"_s, u"d5:0"_s, u"r6:"_s}));
    QTest::qWait(20);
    QCOMPARE(log.size(), 6);   // exactly one answer each
}

void tst_SecretStore::memoryFailure_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("NotFound") << Status::NotFound;
    QTest::newRow("NoBackend") << Status::NoBackend;
    QTest::newRow("NoSession") << Status::NoSession;
    QTest::newRow("Locked") << Status::Locked;
    QTest::newRow("Denied") << Status::Denied;
    QTest::newRow("OtherError") << Status::OtherError;
}

void tst_SecretStore::memoryFailure()
{
    QFETCH(Status, status);
    MemorySecretStore store;
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);

    QCOMPARE(answerTo(writes, store.writeSecret(u"keep"_s, u"kept"_s)).status, Status::Ok);
    store.setFailure(status, u"simulated: the bus fell over"_s);
    QCOMPARE(store.failure(), status);

    Answer answer = answerTo(writes, store.writeSecret(u"new"_s, u"secret"_s));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.errorText, u"simulated: the bus fell over"_s);
    QVERIFY(!store.contains(u"new"_s));

    answer = answerTo(reads, store.readSecret(u"keep"_s));
    QCOMPARE(answer.status, status);
    QVERIFY(answer.secret.isEmpty());
    QVERIFY(!answer.errorText.isEmpty());

    answer = answerTo(deletes, store.deleteSecret(u"keep"_s));
    QCOMPARE(answer.status, status);
    QVERIFY(store.contains(u"keep"_s));

    // Decided when asked: healing before the answer does not change it.
    const int pending = store.readSecret(u"keep"_s);
    store.setFailure(Status::Ok);
    QCOMPARE(answerTo(reads, pending).status, status);
    answer = answerTo(reads, store.readSecret(u"keep"_s));
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(answer.secret, u"kept"_s);

    store.setFailure(status);
    QVERIFY(!answerTo(reads, store.readSecret(u"keep"_s)).errorText.isEmpty());   // a default text
}

void tst_SecretStore::memoryDestroyedWithPendingRequests()
{
    auto *store = new MemorySecretStore;
    int answers = 0;
    connect(store, &SecretStore::writeFinished, this, [&] { ++answers; });
    store->writeSecret(u"k"_s, u"v"_s);
    store->readSecret(u"k"_s);
    delete store;
    QTest::qWait(20);
    QCOMPARE(answers, 0);
}

void tst_KeychainSecretStore::initTestCase()
{
    // main() only runs this class there; this guards against a change to main() writing into a
    // real keyring.
    QVERIFY2(qEnvironmentVariable("ZCT_TEST_KEYRING") == u"1",
             "needs the private keyring of tests/run-with-keyring.sh (ctest runs it so)");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

void tst_SecretStore::keychainWithoutItsModule()
{
    KeychainSecretStore store(kService, nullptr, u"zct_no_such_module"_s);
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);
    const int write = store.writeSecret(u"p1"_s, u"s3cret"_s);
    QCOMPARE(writes.size(), 0);   // never from inside the call
    Answer answer = answerTo(writes, write);
    QVERIFY(answer.arrived);
    QCOMPARE(answer.status, Status::NoBackend);
    QVERIFY2(answer.errorText.contains(u"zct_no_such_module"_s), qPrintable(answer.errorText));
    QVERIFY(!answer.errorText.contains(u"s3cret"_s));
    answer = answerTo(reads, store.readSecret(u"p1"_s));
    QCOMPARE(answer.status, Status::NoBackend);
    QVERIFY(answer.secret.isEmpty());
    QCOMPARE(answerTo(deletes, store.deleteSecret(u"p1"_s)).status, Status::NoBackend);
    QVERIFY(!store.isLoaded());
    // Each request had its own id and exactly one answer.
    QCOMPARE(reads.size() + writes.size() + deletes.size(), 3);
}

void tst_KeychainSecretStore::keychainLoadsOnFirstRequest()
{
    KeychainSecretStore store(kService);
    QVERIFY(!store.isLoaded());   // made, but nothing asked yet: no module mapped
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);
    const QString key = newKey();
    Answer answer = answerTo(writes, store.writeSecret(key, u"lazy ✓"_s));
    QVERIFY(store.isLoaded());
    QVERIFY2(answer.status == Status::Ok, qPrintable(SecretStore::describe(answer.status, answer.errorText)));
    // What went through the module, the keychain holds: a second store reads it.
    KeychainSecretStore second(kService);
    QSignalSpy secondReads(&second, &SecretStore::readFinished);
    QCOMPARE(answerTo(secondReads, second.readSecret(key)).secret, u"lazy ✓"_s);
    QCOMPARE(answerTo(reads, store.readSecret(key)).secret, u"lazy ✓"_s);
    QCOMPARE(answerTo(deletes, store.deleteSecret(key)).status, Status::Ok);
    QCOMPARE(answerTo(reads, store.readSecret(key)).status, Status::NotFound);
}

void tst_KeychainSecretStore::keychainRoundTrip()
{
    KeychainSecretStore store(kService);
    QCOMPARE(store.service(), kService);
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);
    const QString key = newKey();
    const QString secret = u"Demo-Pass+2026/=& pässwörd ✓ 'single' \"double\" \\"_s;

    Answer answer = answerTo(reads, store.readSecret(key));
    QVERIFY(answer.arrived);
    QCOMPARE(answer.status, Status::NotFound);
    QVERIFY(!answer.errorText.isEmpty());

    const int write = store.writeSecret(key, secret);
    QCOMPARE(writes.size(), 0);   // never from inside the call
    answer = answerTo(writes, write);
    QVERIFY(answer.arrived);
    QVERIFY2(answer.status == Status::Ok, qPrintable(SecretStore::describe(answer.status, answer.errorText)));
    QCOMPARE(answer.key, key);

    answer = answerTo(reads, store.readSecret(key));
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(answer.secret, secret);

    QCOMPARE(answerTo(writes, store.writeSecret(key, u"second"_s)).status, Status::Ok);
    QCOMPARE(answerTo(reads, store.readSecret(key)).secret, u"second"_s);

    QCOMPARE(answerTo(deletes, store.deleteSecret(key)).status, Status::Ok);
    answer = answerTo(reads, store.readSecret(key));
    QCOMPARE(answer.status, Status::NotFound);
    QVERIFY(answer.secret.isEmpty());

    // The Secret Service reports deleting a missing item as success.
    QCOMPARE(answerTo(deletes, store.deleteSecret(newKey())).status, Status::Ok);
}

void tst_KeychainSecretStore::keychainQueuesRequests()
{
    KeychainSecretStore store(kService);
    const QString a = newKey();
    const QString b = newKey();
    QStringList log;
    connect(&store, &SecretStore::writeFinished, this,
            [&](int, const QString &key, Status status) { log << u"w %1 %2"_s.arg(key == a ? u"a" : u"b").arg(int(status)); });
    connect(&store, &SecretStore::readFinished, this, [&](int, const QString &key, Status status, const QString &secret) {
        log << u"r %1 %2 %3"_s.arg(key == a ? u"a" : u"b").arg(int(status)).arg(secret);
    });
    connect(&store, &SecretStore::deleteFinished, this,
            [&](int, const QString &key, Status status) { log << u"d %1 %2"_s.arg(key == a ? u"a" : u"b").arg(int(status)); });

    QList<int> ids;
    ids << store.writeSecret(a, u"1"_s) << store.readSecret(a) << store.writeSecret(a, u"2"_s) << store.readSecret(a)
        << store.writeSecret(b, u"x"_s) << store.deleteSecret(a) << store.readSecret(a) << store.readSecret(b)
        << store.deleteSecret(b);
    QVERIFY(log.isEmpty());
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 1));
    QTRY_COMPARE_WITH_TIMEOUT(log.size(), 9, 20000);
    QCOMPARE(log, (QStringList{u"w a 0"_s, u"r a 0 1"_s, u"w a 0"_s, u"r a 0 2"_s, u"w b 0"_s, u"d a 0"_s,
                               u"r a 1 "_s, u"r b 0 x"_s, u"d b 0"_s}));
    QTest::qWait(50);
    QCOMPARE(log.size(), 9);   // exactly one answer each
}

void tst_KeychainSecretStore::keychainRequestFromAnswerSlot()
{
    KeychainSecretStore store(kService);
    QSignalSpy reads(&store, &SecretStore::readFinished);
    const QString key = newKey();
    int chainedRead = 0;
    // The answer slot asks again at once; the store must queue it, not start it from in there.
    connect(&store, &SecretStore::writeFinished, this, [&](int, const QString &written) { chainedRead = store.readSecret(written); });
    store.writeSecret(key, u"chained"_s);
    QTRY_VERIFY_WITH_TIMEOUT(chainedRead != 0, 15000);
    const Answer answer = answerTo(reads, chainedRead);
    QCOMPARE(answer.status, Status::Ok);
    QCOMPARE(answer.secret, u"chained"_s);
    QCOMPARE(answersFor(reads, chainedRead), 1);
}

void tst_KeychainSecretStore::keychainServicesAreSeparate()
{
    KeychainSecretStore app(kService);
    KeychainSecretStore other(kService + u".other"_s);
    QSignalSpy appWrites(&app, &SecretStore::writeFinished);
    QSignalSpy otherReads(&other, &SecretStore::readFinished);
    const QString key = newKey();
    QCOMPARE(answerTo(appWrites, app.writeSecret(key, u"mine"_s)).status, Status::Ok);
    QCOMPARE(answerTo(otherReads, other.readSecret(key)).status, Status::NotFound);
}

void tst_KeychainSecretStore::keychainStoreDeletedWhileJobRuns()
{
    const QString key = newKey();
    QPointer<KeychainSecretStore> store = new KeychainSecretStore(kService);
    int answers = 0;
    connect(store, &SecretStore::writeFinished, this, [&] { ++answers; });
    store->writeSecret(key, u"orphan"_s);
    store->deleteLater();   // queued after the job's start: the job is running when the store goes
    QTRY_VERIFY(store.isNull());
    QTest::qWait(300);
    QCOMPARE(answers, 0);

    KeychainSecretStore fresh(kService);
    QSignalSpy reads(&fresh, &SecretStore::readFinished);
    const Answer answer = answerTo(reads, fresh.readSecret(key));
    QVERIFY(answer.arrived);
    QVERIFY(answer.status == Status::Ok || answer.status == Status::NotFound);
}

void tst_KeychainSecretStore::keychainLocked()
{
    KeychainSecretStore store(kService);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy reads(&store, &SecretStore::readFinished);
    const QString key = newKey();
    QCOMPARE(answerTo(writes, store.writeSecret(key, u"before"_s)).status, Status::Ok);

    // A plain method call, not a QDBusInterface: that one introspects the service and QtDBus keeps
    // the meta-object it builds for good, which LeakSanitizer reports (scripts/sanitize).
    QDBusMessage lock = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    // No display, so gnome-keyring cannot prompt to unlock: writing fails as "locked".
    const Answer answer = answerTo(writes, store.writeSecret(newKey(), u"after"_s));
    QVERIFY(answer.arrived);
    QVERIFY2(answer.status == Status::Locked, qPrintable(answer.errorText));
    QVERIFY(SecretStore::describe(answer.status, answer.errorText).contains(u"locked"_s));

    // libsecret answers a read from a locked keyring with "not found", not "locked".
    const Answer read = answerTo(reads, store.readSecret(key));
    QVERIFY(read.status == Status::NotFound || read.status == Status::Locked);
    QVERIFY(read.secret.isEmpty());
}

void tst_NoSessionBus::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("ZCT_TEST_NO_SESSION_BUS") == u"1",
             "runs as its own ctest entry, with DBUS_SESSION_BUS_ADDRESS pointing nowhere");
}

void tst_NoSessionBus::noSessionBus()
{
    QVERIFY(!QDBusConnection::sessionBus().isConnected());

    KeychainSecretStore store(kService);
    QSignalSpy reads(&store, &SecretStore::readFinished);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    QSignalSpy deletes(&store, &SecretStore::deleteFinished);
    const QList<Answer> answers = {answerTo(writes, store.writeSecret(newKey(), u"secret"_s)),
                                   answerTo(reads, store.readSecret(newKey())),
                                   answerTo(deletes, store.deleteSecret(newKey()))};
    for (const Answer &answer : answers) {
        QVERIFY(answer.arrived);
        QVERIFY2(answer.status == Status::NoSession || answer.status == Status::NoBackend
                     || answer.status == Status::OtherError,
                 qPrintable(answer.errorText));
        QCOMPARE(answer.status, Status::NoSession);   // what this store makes of it
        QVERIFY(!answer.errorText.isEmpty());
        const QString text = SecretStore::describe(answer.status, answer.errorText);
        QVERIFY2(text.contains(u"D-Bus"_s), qPrintable(text));
        QVERIFY(answer.secret.isEmpty());
    }
}

void tst_NoLoginKeyring::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("ZCT_TEST_NO_LOGIN_KEYRING") == u"1",
             "runs as its own ctest entry: a session bus whose gnome-keyring has no login keyring");
}

void tst_NoLoginKeyring::noLoginKeyring()
{
    KeychainSecretStore store(kService);
    QSignalSpy writes(&store, &SecretStore::writeFinished);
    // gnome-keyring would have to prompt to create the login keyring, and cannot without a display.
    const Answer answer = answerTo(writes, store.writeSecret(newKey(), u"secret"_s));
    QVERIFY(answer.arrived);
    QVERIFY2(answer.status == Status::Locked, qPrintable(answer.errorText));
    QVERIFY(!SecretStore::describe(answer.status, answer.errorText).isEmpty());
}

namespace {

// QtTest options whose next argument is their value, not a test function.
bool takesValue(const QByteArray &option)
{
    static const QByteArrayList withValue = {"-o",           "-eventdelay",   "-keydelay",   "-mousedelay",
                                             "-maxwarnings", "-perfcounter",  "-minimumvalue", "-minimumtotal",
                                             "-iterations",  "-median"};
    return withValue.contains(option);
}

// The test functions of test, the way QtTest finds them: private slots without parameters,
// neither the fixtures nor the _data functions.
QByteArrayList testFunctions(const QObject *test)
{
    static const QByteArrayList fixtures = {"initTestCase", "cleanupTestCase", "init", "cleanup"};
    QByteArrayList names;
    const QMetaObject *meta = test->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() != 0)
            continue;
        const QByteArray name = method.name();
        if (!fixtures.contains(name) && !name.endsWith("_data"))
            names << name;
    }
    return names;
}

int exec(QObject *test, QByteArrayList arguments)
{
    std::vector<char *> argv;
    argv.reserve(size_t(arguments.size()) + 1);
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    return QTest::qExec(test, int(arguments.size()), argv.data());
}

} // namespace

// Runs the test classes that apply where it runs (see the top of this file), each through
// QTest::qExec, and fails if any of them failed. Options go to every class; a test function named
// on the command line (function[:tag]) goes to the class that has it. With several classes, each
// writes its own report, so "-o file" keeps only the last one, and QtTest's listing options other
// than -functions (-datatags, -help) end the program after the first class.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    QTEST_SET_MAIN_SOURCE_PATH

    tst_SecretStore always;
    tst_KeychainSecretStore keychain;
    tst_NoSessionBus noSessionBus;
    tst_NoLoginKeyring noLoginKeyring;

    QList<QObject *> tests;
    if (qEnvironmentVariable("ZCT_TEST_NO_SESSION_BUS") == u"1") {
        tests = {&noSessionBus};
    } else if (qEnvironmentVariable("ZCT_TEST_NO_LOGIN_KEYRING") == u"1") {
        tests = {&noLoginKeyring};
    } else if (qEnvironmentVariable("ZCT_TEST_KEYRING") == u"1") {
        tests = {&always, &keychain};
    } else {
        // Run by hand: never near the keyring of whoever runs it.
        std::fprintf(stderr, "tst_secretstore: the keychain cases run through ctest (tests/run-with-keyring.sh); "
                             "this run covers describe, classify and MemorySecretStore only\n");
        tests = {&always};
    }

    QByteArrayList options{QByteArray(argv[0])};
    QByteArrayList functions;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument.startsWith('-')) {
            options << argument;
            if (takesValue(argument) && i + 1 < argc)
                options << QByteArray(argv[++i]);
        } else {
            functions << argument;
        }
    }

    if (options.contains("-functions")) {   // QtTest would list the first class only, then exit
        for (const QObject *test : std::as_const(tests)) {
            for (const QByteArray &name : testFunctions(test))
                std::printf("%s()\n", name.constData());
        }
        return 0;
    }

    int result = 0;
    QByteArrayList unmatched = functions;
    for (QObject *test : std::as_const(tests)) {
        const QByteArrayList own = testFunctions(test);
        QByteArrayList mine;
        for (const QByteArray &function : std::as_const(functions)) {
            const qsizetype colon = function.indexOf(':');
            if (own.contains(colon < 0 ? function : function.left(colon))) {
                mine << function;
                unmatched.removeAll(function);
            }
        }
        if (!functions.isEmpty() && mine.isEmpty())
            continue;   // asked for functions, none of them here
        result |= exec(test, options + mine);
    }
    for (const QByteArray &function : std::as_const(unmatched)) {
        std::fprintf(stderr, "tst_secretstore: no test function %s in the test classes that run here\n",
                     function.constData());
        result |= 1;
    }
    return result;
}

#include "tst_secretstore.moc"
