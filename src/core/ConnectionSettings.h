#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace zct {
Q_NAMESPACE

enum class AuthMode {
    SessionLogin,          // POST /v1/connections with apiAccessKeyId / apiSecretAccessKey
    OAuthClientCredentials, // POST /oauth/token with client_id / client_secret
    SoapLogin              // SOAP login() on the UI host's /apps/services/a/<version> (zuora-api.md section 8)
};
Q_ENUM_NS(AuthMode)

enum class ProxyMode {
    System,    // the system's proxy configuration (on Linux http_proxy, https_proxy, no_proxy / NO_PROXY)
    None,      // always direct
    Http,      // an HTTP proxy; HTTPS goes through it with CONNECT
    Socks5     // a SOCKS5 proxy that also resolves the host names
};
Q_ENUM_NS(ProxyMode)

// How an attempt reaches the server. The proxy's password is a secret and never part of these
// settings: ZuoraConnection::setProxyPassword() takes it for one connection, and a saved profile
// keeps it in the SecretStore under proxySecretKey(profile id) ("<profileId>/proxy").
struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;               // Http and Socks5 only: a name or an IP address (IPv6 without brackets)
    int port = 0;               // Http and Socks5 only: 1..65535
    QString username;           // optional; the proxy asks for the password when it wants one

    bool isExplicit() const { return mode == ProxyMode::Http || mode == ProxyMode::Socks5; }
    friend bool operator==(const ProxySettings &a, const ProxySettings &b)
    {
        return a.mode == b.mode && a.host == b.host && a.port == b.port && a.username == b.username;
    }
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};

// Everything that describes one attempt except the secret, which travels separately so
// that settings can be copied, stored and logged without carrying it.
struct ConnectionSettings
{
    QString baseUrl;            // a preset's URL or whatever was typed; normalised before use
    AuthMode authMode = AuthMode::SessionLogin;
    QString username;           // the API user's name, or the OAuth client id
    QString entityId;           // Zuora-Entity-Ids, optional
    QString trackId;            // Zuora-Track-Id, optional
    QString wsdlVersion;        // SOAP only: the WSDL version in the endpoint path; empty for the default
    QString caFile;             // one extra PEM CA trusted for this attempt only, optional
    int timeoutMs = 30000;
    ProxySettings proxy;        // System by default: what the computer is set up to use

    friend bool operator==(const ConnectionSettings &a, const ConnectionSettings &b)
    {
        return a.baseUrl == b.baseUrl && a.authMode == b.authMode && a.username == b.username
            && a.entityId == b.entityId && a.trackId == b.trackId && a.wsdlVersion == b.wsdlVersion && a.caFile == b.caFile
            && a.timeoutMs == b.timeoutMs && a.proxy == b.proxy;
    }
};

QString authModeId(AuthMode mode);                  // "session", "oauth" or "soap" (AuthMethod::id)
QString proxyModeId(ProxyMode mode);                // "system", "none", "http" or "socks5"
bool proxyModeFromId(const QString &id, ProxyMode *mode);   // false for an unknown id
// The SecretStore key of a saved profile's proxy password.
inline QString proxySecretKey(const QString &profileId) { return profileId + QStringLiteral("/proxy"); }

} // namespace zct

Q_DECLARE_METATYPE(zct::ConnectionSettings)
Q_DECLARE_METATYPE(zct::ProxySettings)
