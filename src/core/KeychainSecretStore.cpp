#include "KeychainSecretStore.h"

#include "KeychainBackend.h"
#include "ModuleLoader.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#include <utility>

using namespace Qt::StringLiterals;

namespace zct {

namespace {
// Key names and statuses only: a secret never reaches a log line.
Q_LOGGING_CATEGORY(lcKeychain, "zct.keychain", QtWarningMsg)
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent, const QString &moduleName)
    : SecretStore(parent)
    , m_service(service)
    , m_moduleName(moduleName)
{
}

// A running job is not ours to delete: libsecret's callback still points at it. It finishes,
// deletes itself, and its answer goes nowhere (the callback holds a guard on this store).
KeychainSecretStore::~KeychainSecretStore() = default;

int KeychainSecretStore::readSecret(const QString &key)
{
    return enqueue(int(KeychainBackend::Operation::Read), key);
}

int KeychainSecretStore::writeSecret(const QString &key, const QString &secret)
{
    return enqueue(int(KeychainBackend::Operation::Write), key, secret);
}

int KeychainSecretStore::deleteSecret(const QString &key)
{
    return enqueue(int(KeychainBackend::Operation::Delete), key);
}

int KeychainSecretStore::enqueue(int operation, const QString &key, const QString &secret)
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

KeychainBackend *KeychainSecretStore::backend()
{
    if (m_loadTried)
        return m_backend;
    m_loadTried = true;
    QObject *root = ModuleLoader::instance(m_moduleName, &m_loadError);
    m_backend = qobject_cast<KeychainBackend *>(root);
    if (root && !m_backend)
        m_loadError = tr("The keychain module does not offer a keychain.");
    qCDebug(lcKeychain) << "keychain module" << (m_backend ? "loaded" : "not loaded");
    return m_backend;
}

void KeychainSecretStore::startNext()
{
    m_startScheduled = false;
    if (m_busy || m_queue.isEmpty())
        return;
    Request request = m_queue.takeFirst();
    KeychainBackend *keychain = backend();
    if (!keychain) {
        finish(request, Status::NoBackend, QString(),
               tr("The keychain cannot be used, so no secret can be read or saved: %1. Reinstall the package, "
                  "or type the secret each time.").arg(m_loadError));
        return;
    }
    m_busy = true;
    qCDebug(lcKeychain) << "starting" << request.operation << "for key" << request.key;
    const QPointer<KeychainSecretStore> self(this);
    const QString secret = std::exchange(request.secret, QString());   // the answer need not hold it
    keychain->start(KeychainBackend::Operation(request.operation), m_service, request.key, secret,
                    [self, request](const KeychainBackend::Answer &answer) {
                        if (!self)
                            return;
                        self->m_busy = false;
                        self->finish(request, answer.status, answer.secret, answer.errorText);
                    });
}

void KeychainSecretStore::finish(const Request &request, Status status, const QString &secret, const QString &errorText)
{
    qCDebug(lcKeychain) << "finished" << request.operation << "for key" << request.key << "status" << status;
    switch (KeychainBackend::Operation(request.operation)) {
    case KeychainBackend::Operation::Read:
        Q_EMIT readFinished(request.id, request.key, status, status == Status::Ok ? secret : QString(), errorText);
        break;
    case KeychainBackend::Operation::Write:
        Q_EMIT writeFinished(request.id, request.key, status, errorText);
        break;
    case KeychainBackend::Operation::Delete:
        Q_EMIT deleteFinished(request.id, request.key, status, errorText);
        break;
    }
    scheduleNext();
}

} // namespace zct
