// zct_keychain_module: the OS keychain (QtKeychainBackend) as the module that
// KeychainSecretStore loads at its first request.
#include "QtKeychainBackend.h"

#include <QObject>

namespace zct {

class KeychainModule final : public QObject, public QtKeychainBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ZCT_KEYCHAIN_BACKEND_IID)
    Q_INTERFACES(zct::KeychainBackend)
};

} // namespace zct

#include "KeychainModule.moc"
