#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace zct {

// One entry per way of logging in to Zuora. Every face asks this table instead of branching on
// AuthMode: the id in files and JSON, the words on screen, the endpoint path, the environment
// variable that carries the secret, and what an accepted answer hands back.
// A new login kind is one entry here plus its request builder and answer parser.
struct AuthMethod
{
    enum class Credential { SessionCookie, AccessToken, SoapSession };

    AuthMode mode;
    const char *id;              // stable: profiles file, exports, JSON, history ("session", "oauth")
    const char *endpointPath;    // appended to the base URL (which may carry a prefix such as /rest);
                                 // SOAP: the folder before the WSDL version, on the UI host
    const char *secretVariable;  // where zuora-check finds the secret when no keychain is involved
    Credential credential;       // what an accepted answer carries

    QString title() const;       // "Session login (user name and password)"
    QString shortTitle() const;  // "Session login"
    QString userTitle() const;   // "User name" / "Client id"
    QString secretTitle() const; // "Password" / "Client secret"
    QString idString() const { return QString::fromLatin1(id); }
    // Where a login of this kind is sent for a normalised REST base URL: the base with the path
    // appended; SOAP on the environment's UI host with the profile's WSDL version (section 8.1).
    QUrl endpoint(const QUrl &restBase, const ConnectionSettings &settings) const;

    static const AuthMethod &of(AuthMode mode);
    static const AuthMethod *fromId(const QString &id);   // nullptr for an unknown id
    static const QList<AuthMethod> &all();
};

} // namespace zct
