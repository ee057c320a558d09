#pragma once

#include "KeychainBackend.h"

namespace zct {

// KeychainBackend over QtKeychain, the keychain module's one job: start a job, classify how it
// ended. The queue, the request ids and the signals stay in KeychainSecretStore (core).
class QtKeychainBackend : public KeychainBackend
{
public:
    void start(Operation operation, const QString &service, const QString &key, const QString &secret,
               Done done) override;

    // QtKeychain's error code and text as one of our statuses; public so it can be tested
    // against the messages each backend is known to produce.
    static SecretStore::Status classify(int keychainError, const QString &errorString);
};

} // namespace zct
