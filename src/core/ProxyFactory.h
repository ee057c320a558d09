#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QString>

class QUrl;

namespace zct {

// A proxy URL as a person types it: http://[user@]host:port or socks5://[user@]host:port.
struct ProxyUrl
{
    ProxySettings settings;
    QString password;           // only when the URL held one (user:password@); callers decide
    QString error;              // empty when the URL is usable; never repeats a password
    bool ok() const { return error.isEmpty(); }
    bool hasPassword() const { return !password.isEmpty(); }
};

// Which proxy a ZuoraConnection goes through, as the QNetworkProxyFactory of its
// QNetworkAccessManager.
//
// - Http and Socks5 return exactly that proxy, also for loopback targets (Qt's application-wide
//   proxy lookup sends localhost direct; a factory set on the manager is asked as it stands).
//   Socks5 leaves host name resolution to the proxy (curl's --socks5-hostname). The proxy carries
//   no credentials at all: ZuoraConnection answers the proxy's authentication request itself (with
//   a user name but no password in it, Qt 6.4 sends an empty password to an HTTP proxy and gives up
//   on its 407 without asking).
// - Every HTTP proxy, the system's too, is used as a CONNECT tunnel, also for plain http.
// - None returns QNetworkProxy::NoProxy.
// - System applies no_proxy / NO_PROXY first (below), then QNetworkProxyFactory::systemProxyForQuery.
//   Debian's Qt 6.4 asks libproxy, which reads http_proxy / https_proxy (either case) and honours
//   no_proxy and NO_PROXY, but matches "example.com" only for that exact host, ignores "*", and
//   ignores all_proxy; a Qt built without libproxy reads only the lower-case no_proxy. So the
//   matching is done here, the way curl does it, whatever Qt was built with.
//
// NO_PROXY (curl's rules): no_proxy wins over NO_PROXY; a comma- or space-separated list of
// entries, case-insensitive: "*" alone bypasses every host; "example.com", ".example.com" and
// "*.example.com" match example.com and every name under it; "host:port" only that port (the
// URL's, or 80/443 by scheme); an IP address matches that address, "10.0.0.0/8" or
// "fd00::/8" a range, "[::1]:8443" an IPv6 address and port. Names are never resolved to match
// an address entry: "localhost" does not match 127.0.0.1.
class ProxyFactory final : public QNetworkProxyFactory
{
    Q_DECLARE_TR_FUNCTIONS(ProxyFactory)
public:
    explicit ProxyFactory(const ProxySettings &settings = ProxySettings());

    ProxySettings settings() const { return m_settings; }
    void setSettings(const ProxySettings &settings);   // also forgets the last answer

    // The same answer for the same scheme, host and port until the settings change, so that the
    // proxy a result names is the one the request used (the system is asked once per attempt).
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

    // The proxies, in order of preference, for `url` under `settings`; never empty.
    static QList<QNetworkProxy> proxiesFor(const ProxySettings &settings, const QUrl &url);
    // The explicit proxy (Http or Socks5), without user name or password.
    static QNetworkProxy explicitProxy(const ProxySettings &settings);

    // The NO_PROXY list in force: no_proxy when set and not empty, else NO_PROXY.
    static QString noProxyFromEnvironment();
    static bool noProxyMatches(const QString &noProxy, const QString &host, int port);

    // "http://host:port" or "socks5://host:port" (IPv6 in brackets); empty for a direct connection.
    // Never a user name or password.
    static QString describe(const QNetworkProxy &proxy);
    static ProxyUrl parseUrl(const QString &text);
    // http://[user@]host:port or socks5://[user@]host:port; empty for System and None.
    static QString toUrl(const ProxySettings &settings);
    // Why the settings cannot be used, in words; empty when they can (System and None always can).
    static QString validate(const ProxySettings &settings);

private:
    ProxySettings m_settings;
    QString m_lastKey;
    QList<QNetworkProxy> m_lastAnswer;
};

} // namespace zct
