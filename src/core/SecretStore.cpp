#include "SecretStore.h"

using namespace Qt::StringLiterals;

namespace zct {

QString SecretStore::describe(Status status, const QString &detail)
{
    QString text;
    switch (status) {
    case Status::Ok:
        return QString();
    case Status::NotFound:
        text = tr("No secret is saved in the keychain for this profile. Type it in, and choose to remember it "
                  "if it should be saved.");
        break;
    case Status::NoBackend:
        text = tr("No keychain service (Secret Service or KWallet) answered, so the secret cannot be saved. "
                  "Install and start gnome-keyring or KWallet, or type the secret each time.");
        break;
    case Status::NoSession:
        text = tr("No D-Bus session bus: the keychain cannot be reached. Start the app inside a desktop session, "
                  "or run it under dbus-run-session with gnome-keyring-daemon.");
        break;
    case Status::Locked:
        text = tr("The keychain is locked, or its login keyring does not exist yet, and it was not unlocked. "
                  "Unlock the login keyring (for example in Passwords and Keys) and try again.");
        break;
    case Status::Denied:
        text = tr("Access to the keychain was refused. Allow this app when the keyring asks, or check the "
                  "keyring's access settings, then try again.");
        break;
    case Status::OtherError:
        text = tr("The keychain reported an error. Try again; if it persists, check that the keyring service "
                  "is running.");
        break;
    }
    const QString said = detail.trimmed();
    if (!said.isEmpty())
        text += u' ' + tr("The keychain said: %1").arg(said);
    return text;
}

} // namespace zct
