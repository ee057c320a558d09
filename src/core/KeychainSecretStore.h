#pragma once

#include "SecretStore.h"

#include <QList>
#include <QString>

namespace QKeychain {
class Job;
}

namespace zct {

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager). One entry per profile: service = the app id, key = the profile id.
// Requests run one at a time, in the order they were made. Never falls back to clear text.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    int readSecret(const QString &key) override;
    int writeSecret(const QString &key, const QString &secret) override;
    int deleteSecret(const QString &key) override;

    // QtKeychain's error code and text as one of our statuses; public so it can be tested
    // against the messages each backend is known to produce.
    static Status classify(int keychainError, const QString &errorString);

private:
    enum class Operation { Read, Write, Delete };
    struct Request
    {
        int id = 0;
        Operation operation = Operation::Read;
        QString key;
        QString secret;
    };

    int enqueue(Operation operation, const QString &key, const QString &secret = QString());
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);

    QString m_service;
    QList<Request> m_queue;
    Request m_current;
    bool m_busy = false;
    bool m_startScheduled = false;
    int m_lastRequestId = 0;
};

} // namespace zct
