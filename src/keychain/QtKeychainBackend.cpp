#include "QtKeychainBackend.h"

#include <QObject>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#include <QDBusConnection>
#define ZCT_KEYCHAIN_USES_DBUS 1
#endif

using namespace Qt::StringLiterals;

namespace zct {

namespace {

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

void QtKeychainBackend::start(Operation operation, const QString &service, const QString &key, const QString &secret,
                              Done done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // No parent: a running job is not the store's to delete (libsecret's callback still points
    // at it); auto-deleted after finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        Answer answer;
        answer.status = classify(finished->error(), finished->errorString());
        // "Could not connect: No such file or directory" does not say it was the session bus.
        if ((answer.status == SecretStore::Status::OtherError || answer.status == SecretStore::Status::NoBackend)
            && !sessionBusReachable())
            answer.status = SecretStore::Status::NoSession;
        if (answer.status != SecretStore::Status::Ok)
            answer.errorText = finished->errorString();
        else if (const auto *read = qobject_cast<const QKeychain::ReadPasswordJob *>(finished))
            answer.secret = read->textData();
        done(answer);
    });
    job->start();
}

SecretStore::Status QtKeychainBackend::classify(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    default:
        break;
    }

    // The codes are coarse (libsecret reports most trouble as OtherError), so the text decides.
    const QString &text = errorString;
    // The bus is up but nobody provides the Secret Service (nor could it be started).
    if (containsAny(text, {u"org.freedesktop.DBus.Error.ServiceUnknown", u"org.freedesktop.DBus.Error.Spawn",
                           u"was not provided by any .service files", u"No keychain service available",
                           u"No keyring daemon"}))
        return SecretStore::Status::NoBackend;
    // No session bus at all: none in the environment, autolaunch impossible, or a dead address.
    if (containsAny(text, {u"Cannot autolaunch D-Bus", u"autolaunch", u"DBUS_SESSION_BUS_ADDRESS",
                           u"org.freedesktop.DBus.Error.NoServer", u"org.freedesktop.DBus.Error.NotSupported",
                           u"org.freedesktop.DBus.Error.FileNotFound", u"org.freedesktop.DBus.Error.Disconnected",
                           u"D-Bus is not running", u"session bus", u"Failed to connect to socket"}))
        return SecretStore::Status::NoSession;
    // Locked, an unlock prompt dismissed or impossible, or no default collection to write into
    // ("Object does not exist at path /org/freedesktop/secrets/collection/login" when the
    // login keyring was never created and no prompt could be shown).
    if (containsAny(text, {u"locked", u"dismissed", u"/org/freedesktop/secrets/collection", u"unlock"}))
        return SecretStore::Status::Locked;

    switch (keychainError) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
        return SecretStore::Status::NoBackend;
    default:
        break;
    }
    if (containsAny(text, {u"org.freedesktop.DBus.Error.AccessDenied", u"access denied", u"not allowed"}))
        return SecretStore::Status::Denied;
    return SecretStore::Status::OtherError;
}

} // namespace zct
