#pragma once

#include "SecretStore.h"

#include <QString>
#include <QtPlugin>

#include <functional>

namespace zct {

// One job on the OS keychain, as the keychain module does it (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager). KeychainSecretStore queues the requests
// and loads the module at the first one; the module holds no queue, id or signal of its own.
class KeychainBackend
{
public:
    enum class Operation { Read, Write, Delete };
    struct Answer
    {
        SecretStore::Status status = SecretStore::Status::OtherError;
        QString secret;      // Read and Ok only
        QString errorText;   // the keychain's own words; empty when Ok
    };
    using Done = std::function<void(const Answer &)>;

    virtual ~KeychainBackend() = default;
    // Starts one job; done is called exactly once, later, from the event loop, unless the job
    // outlives the program. Never falls back to storing a secret in clear.
    virtual void start(Operation operation, const QString &service, const QString &key, const QString &secret,
                       Done done) = 0;
};

} // namespace zct

#define ZCT_KEYCHAIN_BACKEND_IID "io.github.zct.KeychainBackend/1"
Q_DECLARE_INTERFACE(zct::KeychainBackend, ZCT_KEYCHAIN_BACKEND_IID)
