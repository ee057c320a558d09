#pragma once

#include "SecretStore.h"

#include <QList>
#include <QString>

namespace zct {

class KeychainBackend;

// The OS keychain. One entry per profile: service = the app id, key = the profile id. Requests
// run one at a time, in the order they were made. Never falls back to clear text.
// The keychain itself (QtKeychain, D-Bus) is a module loaded at the first request, not at
// start-up: a window with no profile yet, or a check that needs no stored secret, never maps it.
// When the module cannot be loaded, every request is answered NoBackend with the reason.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    // moduleName: the keychain module's file in ModuleLoader::directory() (tests name a missing one).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr,
                                 const QString &moduleName = QStringLiteral("zct_keychain_module"));
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }
    // Whether a request has loaded the keychain module yet (tests, benchmarks).
    bool isLoaded() const { return m_backend != nullptr; }

    int readSecret(const QString &key) override;
    int writeSecret(const QString &key, const QString &secret) override;
    int deleteSecret(const QString &key) override;

private:
    struct Request
    {
        int id = 0;
        int operation = 0;   // KeychainBackend::Operation
        QString key;
        QString secret;
    };

    int enqueue(int operation, const QString &key, const QString &secret = QString());
    void scheduleNext();
    void startNext();
    void finish(const Request &request, Status status, const QString &secret, const QString &errorText);
    KeychainBackend *backend();

    QString m_service;
    QString m_moduleName;
    KeychainBackend *m_backend = nullptr;   // the module's, alive until the program ends
    bool m_loadTried = false;
    QString m_loadError;
    QList<Request> m_queue;
    bool m_busy = false;
    bool m_startScheduled = false;
    int m_lastRequestId = 0;
};

} // namespace zct
