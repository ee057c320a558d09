#pragma once

#include <QObject>
#include <QString>

namespace zct {

// Where secrets live: the OS keychain in the app, memory in tests. Asynchronous, because
// a keychain may prompt or take time; every request gets exactly one answer signal.
// Implementations never fall back to storing a secret in clear anywhere.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,          // no secret stored for this key
        NoBackend,         // no Secret Service / keychain available
        NoSession,         // no D-Bus session bus
        Locked,            // the keyring is locked and was not unlocked
        Denied,            // the user or the system refused access
        OtherError
    };
    Q_ENUM(Status)

    using QObject::QObject;
    ~SecretStore() override = default;

    // key: a profile id. Each call emits the matching *Finished signal once, later (never
    // from inside the call), with requestId = the value the call returned.
    virtual int readSecret(const QString &key) = 0;
    virtual int writeSecret(const QString &key, const QString &secret) = 0;
    virtual int deleteSecret(const QString &key) = 0;

    // A sentence saying exactly why it failed and how to fix it, for the user.
    static QString describe(Status status, const QString &detail = QString());

Q_SIGNALS:
    void readFinished(int requestId, const QString &key, zct::SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void writeFinished(int requestId, const QString &key, zct::SecretStore::Status status, const QString &errorText);
    void deleteFinished(int requestId, const QString &key, zct::SecretStore::Status status, const QString &errorText);
};

} // namespace zct
