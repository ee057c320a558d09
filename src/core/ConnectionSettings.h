#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace zct {
Q_NAMESPACE

enum class AuthMode {
    SessionLogin,          // POST /v1/connections with apiAccessKeyId / apiSecretAccessKey
    OAuthClientCredentials // POST /oauth/token with client_id / client_secret
};
Q_ENUM_NS(AuthMode)

// Everything that describes one attempt except the secret, which travels separately so
// that settings can be copied, stored and logged without carrying it.
struct ConnectionSettings
{
    QString baseUrl;            // a preset's URL or whatever was typed; normalised before use
    AuthMode authMode = AuthMode::SessionLogin;
    QString username;           // the API user's name, or the OAuth client id
    QString entityId;           // Zuora-Entity-Ids, optional
    QString trackId;            // Zuora-Track-Id, optional
    QString caFile;             // one extra PEM CA trusted for this attempt only, optional
    int timeoutMs = 30000;

    friend bool operator==(const ConnectionSettings &a, const ConnectionSettings &b)
    {
        return a.baseUrl == b.baseUrl && a.authMode == b.authMode && a.username == b.username
            && a.entityId == b.entityId && a.trackId == b.trackId && a.caFile == b.caFile
            && a.timeoutMs == b.timeoutMs;
    }
};

QString authModeId(AuthMode mode);                  // "session" or "oauth"

} // namespace zct

Q_DECLARE_METATYPE(zct::ConnectionSettings)
