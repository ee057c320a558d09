#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#define ZCT_KEYCHAIN_USES_DBUS 1
#endif

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// Key names and statuses only: a secret never reaches a log line.
Q_LOGGING_CATEGORY(lcKeychain, "zct.keychain", QtWarningMsg)

bool containsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (const QStringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool sessionBusReachable()
{
#ifdef ZCT_KEYCHAIN_USES_DBUS
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

// A running job is not ours to delete: libsecret's callback still points at it. It finishes,
// deletes itself, and its answer goes nowhere because the connection died with us.
KeychainSecretStore::~KeychainSecretStore() = default;

int KeychainSecretStore::readSecret(const QString &key)
{
    return enqueue(Operation::Read, key);
}

int KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    return enqueue(Operation::Write, key, secret);
}

int KeychainSecretStore::deleteSecret(const QString &key)
{
    return enqueue(Operation::Delete, key);
}

int KeychainSecretStore::enqueue(Operation operation, const QString &key, const QString &secret)
{
    const int id = ++m_lastRequestId;
    m_queue << Request{id, operation, key, secret};
    scheduleNext();
    return id;
}

void KeychainSecretStore::scheduleNext()
{
    // Always through the event loop: a caller gets its id before any answer, and a job is never
    // started from inside another job's finished signal, which QtKeychain does not survive well.
    if (m_busy || m_startScheduled || m_queue.isEmpty())
        return;
    m_startScheduled = true;
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext()
{
    m_startScheduled = false;
    if (m_busy || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_busy = true;

    QKeychain::Job *job = nullptr;
    switch (m_current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_current.secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    m_current.secret.clear();
    // No parent (see the destructor); auto-delete after finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current.key);
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    qCDebug(lcKeychain) << "starting" << int(m_current.operation) << "for key" << m_current.key;
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    const Request request = m_current;
    m_current = Request();
    m_busy = false;

    Status status = classify(job->error(), job->errorString());
    // "Could not connect: No such file or directory" does not say it was the session bus.
    if ((status == Status::OtherError || status == Status::NoBackend) && !sessionBusReachable())
        status = Status::NoSession;
    const QString errorText = status == Status::Ok ? QString() : job->errorString();
    qCDebug(lcKeychain) << "finished" << int(request.operation) << "for key" << request.key << "status" << status
                        << "error" << job->error() << errorText;

    switch (request.operation) {
    case Operation::Read: {
        const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
        const QString secret = status == Status::Ok && read ? read->textData() : QString();
        Q_EMIT readFinished(request.id, request.key, status, secret, errorText);
        break;
    }
    case Operation::Write:
        Q_EMIT writeFinished(request.id, request.key, status, errorText);
        break;
    case Operation::Delete:
        Q_EMIT deleteFinished(request.id, request.key, status, errorText);
        break;
    }
    scheduleNext();
}

KeychainSecretStore::Status KeychainSecretStore::classify(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    default:
        break;
    }

    // The codes are coarse (libsecret reports most trouble as OtherError), so the text decides.
    const QString &text = errorString;
    // The bus is up but nobody provides the Secret Service (nor could it be started).
    if (containsAny(text, {u"org.freedesktop.DBus.Error.ServiceUnknown", u"org.freedesktop.DBus.Error.Spawn",
                           u"was not provided by any .service files", u"No keychain service available",
                           u"No keyring daemon"}))
        return Status::NoBackend;
    // No session bus at all: none in the environment, autolaunch impossible, or a dead address.
    if (containsAny(text, {u"Cannot autolaunch D-Bus", u"autolaunch", u"DBUS_SESSION_BUS_ADDRESS",
                           u"org.freedesktop.DBus.Error.NoServer", u"org.freedesktop.DBus.Error.NotSupported",
                           u"org.freedesktop.DBus.Error.FileNotFound", u"org.freedesktop.DBus.Error.Disconnected",
                           u"D-Bus is not running", u"session bus", u"Failed to connect to socket"}))
        return Status::NoSession;
    // Locked, an unlock prompt dismissed or impossible, or no default collection to write into
    // ("Object does not exist at path /org/freedesktop/secrets/collection/login" when the
    // login keyring was never created and no prompt could be shown).
    if (containsAny(text, {u"locked", u"dismissed", u"/org/freedesktop/secrets/collection", u"unlock"}))
        return Status::Locked;

    switch (keychainError) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
        return Status::NoBackend;
    default:
        break;
    }
    if (containsAny(text, {u"org.freedesktop.DBus.Error.AccessDenied", u"access denied", u"not allowed"}))
        return Status::Denied;
    return Status::OtherError;
}

} // namespace zct
