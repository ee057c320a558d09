#pragma once

#include "ConnectionResult.h"
#include "ConnectionSettings.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace zct {

// A saved tenant login: everything needed to test it again, never the secret, which lives
// in the SecretStore under the profile's id.
struct Profile
{
    QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString name;
    ConnectionSettings settings;
    bool rememberSecret = false;     // the secret is in the OS keychain
    QDateTime lastVerified;          // last time a test of it was accepted (UTC)
    QDateTime lastTested;            // last time it was tested at all (UTC)
    Verdict lastVerdict = Verdict::Error;
    bool demo = false;               // a built-in demo tenant: kept in memory, never written anywhere

    bool isValid() const { return !id.isEmpty() && !name.trimmed().isEmpty(); }
    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.id == b.id && a.name == b.name && a.settings == b.settings && a.rememberSecret == b.rememberSecret
            && a.lastVerified == b.lastVerified && a.lastTested == b.lastTested && a.lastVerdict == b.lastVerdict
            && a.demo == b.demo;
    }
};

} // namespace zct

Q_DECLARE_METATYPE(zct::Profile)
