#include "MemorySecretStore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace zct {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::setFailure(Status status, const QString &detail)
{
    m_failure = status;
    m_failureDetail = detail;
}

QString MemorySecretStore::failureText() const
{
    return m_failureDetail.isEmpty() ? u"simulated failure"_s : m_failureDetail;
}

// The failure is decided when the request is made, the effect when it is answered: queued
// calls run in order, so a read queued after a write sees the written value.

int MemorySecretStore::readSecret(const QString &key)
{
    const int id = ++m_lastRequestId;
    const Status failure = m_failure;
    const QString text = failure == Status::Ok ? QString() : failureText();
    QMetaObject::invokeMethod(
        this,
        [this, id, key, failure, text] {
            if (failure != Status::Ok) {
                Q_EMIT readFinished(id, key, failure, QString(), text);
                return;
            }
            const auto it = m_secrets.constFind(key);
            if (it == m_secrets.cend())
                Q_EMIT readFinished(id, key, Status::NotFound, QString(), u"Entry not found"_s);
            else
                Q_EMIT readFinished(id, key, Status::Ok, it.value(), QString());
        },
        Qt::QueuedConnection);
    return id;
}

int MemorySecretStore::writeSecret(const QString &key, const QString &secret)
{
    const int id = ++m_lastRequestId;
    const Status failure = m_failure;
    const QString text = failure == Status::Ok ? QString() : failureText();
    QMetaObject::invokeMethod(
        this,
        [this, id, key, secret, failure, text] {
            if (failure == Status::Ok)
                m_secrets.insert(key, secret);
            Q_EMIT writeFinished(id, key, failure, text);
        },
        Qt::QueuedConnection);
    return id;
}

int MemorySecretStore::deleteSecret(const QString &key)
{
    const int id = ++m_lastRequestId;
    const Status failure = m_failure;
    const QString text = failure == Status::Ok ? QString() : failureText();
    QMetaObject::invokeMethod(
        this,
        [this, id, key, failure, text] {
            // Deleting what is not there succeeds, as it does in the Secret Service.
            if (failure == Status::Ok)
                m_secrets.remove(key);
            Q_EMIT deleteFinished(id, key, failure, text);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace zct
