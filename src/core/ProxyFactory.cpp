#include "ProxyFactory.h"

#include "WireText.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxUserLength = 256;

int defaultPort(const QString &scheme)
{
    return scheme == u"https" || scheme == u"wss" ? 443 : 80;
}

QString bareHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

// One NO_PROXY entry split into its host part and its port (-1 when it names none); false when
// the port is not a number.
bool splitEntry(const QString &entry, QString *host, int *port)
{
    *port = -1;
    QString portText;
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return false;
        *host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            portText = rest.mid(1);
        }
    } else if (entry.count(u':') == 1) {
        const qsizetype colon = entry.indexOf(u':');
        *host = entry.left(colon);
        portText = entry.mid(colon + 1);
    } else {
        *host = entry;   // a name, an IPv4 address, or a bare IPv6 address (perhaps with /prefix)
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        *port = portText.toInt(&ok);
        if (!ok || *port < 1 || *port > 65535)
            return false;
    }
    return true;
}

// An HTTP proxy used only through CONNECT, for plain http (loopback) as for https: the proxy relays
// bytes and never reads the login headers, and Qt 6.4's forwarding mode cannot answer a proxy's
// 407 to a POST (it gives up after asking for the credentials).
QNetworkProxy tunnelOnly(QNetworkProxy proxy)
{
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    return proxy;
}

} // namespace

ProxyFactory::ProxyFactory(const ProxySettings &settings)
    : m_settings(settings)
{
}

void ProxyFactory::setSettings(const ProxySettings &settings)
{
    // The system's answer costs a libproxy query (~0.3 ms); a batch of checks to one host
    // under the same settings asks it once.
    if (settings == m_settings)
        return;
    m_settings = settings;
    m_lastKey.clear();
    m_lastAnswer.clear();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QString key = url.scheme() + u'|' + url.host() + u'|' + QString::number(url.port(-1));
    if (key != m_lastKey || m_lastAnswer.isEmpty()) {
        m_lastAnswer = proxiesFor(m_settings, url);
        m_lastKey = key;
    }
    return m_lastAnswer;
}

QNetworkProxy ProxyFactory::explicitProxy(const ProxySettings &settings)
{
    if (settings.mode == ProxyMode::Http) {
        return tunnelOnly(QNetworkProxy(QNetworkProxy::HttpProxy, settings.host, quint16(settings.port)));
    }
    if (settings.mode == ProxyMode::Socks5) {
        QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, settings.host, quint16(settings.port));
        // The proxy resolves the name: the server's name never goes to this computer's DNS.
        proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
        return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

QList<QNetworkProxy> ProxyFactory::proxiesFor(const ProxySettings &settings, const QUrl &url)
{
    switch (settings.mode) {
    case ProxyMode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxyMode::Http:
    case ProxyMode::Socks5:
        return {explicitProxy(settings)};
    case ProxyMode::System:
        break;
    }
    if (noProxyMatches(noProxyFromEnvironment(), url.host(), url.port(defaultPort(url.scheme()))))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    // Qt picks the first usable entry and never falls back to the next: drop what it cannot use
    // for a URL (an FTP proxy, say) so that the first entry is the one used.
    system.removeIf([](const QNetworkProxy &proxy) {
        return proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::HttpProxy
            && proxy.type() != QNetworkProxy::Socks5Proxy;
    });
    for (QNetworkProxy &proxy : system) {
        if (proxy.type() == QNetworkProxy::HttpProxy)
            proxy = tunnelOnly(proxy);
    }
    if (system.isEmpty())
        system << QNetworkProxy(QNetworkProxy::NoProxy);
    return system;
}

QString ProxyFactory::noProxyFromEnvironment()
{
    // curl's order: the lower-case variable first.
    if (!qEnvironmentVariableIsEmpty("no_proxy"))
        return qEnvironmentVariable("no_proxy");
    return qEnvironmentVariable("NO_PROXY");
}

bool ProxyFactory::noProxyMatches(const QString &noProxy, const QString &targetHost, int port)
{
    const QString host = bareHost(targetHost);
    if (host.isEmpty())
        return false;
    QHostAddress hostAddress;
    const bool hostIsAddress = hostAddress.setAddress(host);

    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QStringList entries = noProxy.split(separators, Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed().toLower();
        if (entry == u"*")
            return true;
        QString entryHost;
        int entryPort = -1;
        if (!splitEntry(entry, &entryHost, &entryPort))
            continue;
        if (entryPort > 0 && entryPort != port)
            continue;
        if (entryHost.contains(u'/')) {
            const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(entryHost);
            if (hostIsAddress && !subnet.first.isNull() && hostAddress.isInSubnet(subnet))
                return true;
            continue;
        }
        QHostAddress entryAddress;
        if (entryAddress.setAddress(entryHost)) {
            if (hostIsAddress && entryAddress.isEqual(hostAddress, QHostAddress::ConvertV4MappedToIPv4))
                return true;
            continue;
        }
        if (entryHost.startsWith(u"*."))
            entryHost = entryHost.mid(2);
        else if (entryHost.startsWith(u'.'))
            entryHost = entryHost.mid(1);
        entryHost = bareHost(entryHost);
        if (entryHost.isEmpty() || hostIsAddress)
            continue;
        if (host == entryHost || host.endsWith(u'.' + entryHost))
            return true;
    }
    return false;
}

QString ProxyFactory::describe(const QNetworkProxy &proxy)
{
    QString scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = u"http"_s;
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = u"socks5"_s;
        break;
    case QNetworkProxy::FtpCachingProxy:
        scheme = u"ftp"_s;
        break;
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        return QString();
    }
    const QString host = proxy.hostName().contains(u':') ? u'[' + proxy.hostName() + u']' : proxy.hostName();
    return u"%1://%2:%3"_s.arg(scheme, host).arg(proxy.port());
}

ProxyUrl ProxyFactory::parseUrl(const QString &input)
{
    ProxyUrl result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("The proxy URL is empty; give http://host:port or socks5://host:port.");
        return result;
    }
    if (!text.contains(u"://"))
        text.prepend(u"http://"_s);   // curl's default for a bare host:port
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // Noted first, whatever else is wrong, so that a caller can refuse a password on display. The
    // URL's text is never repeated in a message for the same reason.
    result.password = url.password(QUrl::FullyDecoded);
    if (!url.isValid()) {
        static const QRegularExpression userInfo(u"^[^:/]*://[^/@]*:([^/@]*)@"_s);
        result.password = userInfo.match(text).captured(1);
    }
    if (!url.isValid() || url.host().isEmpty()) {
        result.error = tr("The proxy URL is not valid; give http://host:port or socks5://host:port.");
        return result;
    }
    if (scheme == u"http") {
        result.settings.mode = ProxyMode::Http;
    } else if (scheme == u"socks5" || scheme == u"socks5h") {
        result.settings.mode = ProxyMode::Socks5;
    } else if (scheme == u"https") {
        result.error = tr("A proxy reached over TLS (https://) is not supported; give http://host:port "
                          "(HTTPS to Zuora still goes through it encrypted, with CONNECT).");
        return result;
    } else if (scheme.startsWith(u"socks")) {
        result.error = tr("Only SOCKS5 proxies are supported (socks5://host:port), not %1.").arg(scheme);
        return result;
    } else {
        result.error = tr("Unknown proxy type \"%1\"; give http://host:port or socks5://host:port.").arg(scheme);
        return result;
    }
    if (url.port() <= 0) {
        result.error = tr("The proxy URL names no port; give it as %1://host:port.").arg(scheme);
        return result;
    }
    if (!url.path().isEmpty() && url.path() != u"/") {
        result.error = tr("A proxy URL has no path; give %1://host:port.").arg(scheme);
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.error = tr("A proxy URL has no query or fragment; give %1://host:port.").arg(scheme);
        return result;
    }
    result.settings.host = url.host(QUrl::FullyDecoded);
    result.settings.port = url.port();
    result.settings.username = url.userName(QUrl::FullyDecoded);
    result.error = validate(result.settings);
    return result;
}

QString ProxyFactory::toUrl(const ProxySettings &settings)
{
    if (!settings.isExplicit())
        return QString();
    QUrl url;
    url.setScheme(settings.mode == ProxyMode::Socks5 ? u"socks5"_s : u"http"_s);
    url.setHost(settings.host);
    url.setPort(settings.port > 0 && settings.port <= 65535 ? settings.port : -1);
    if (!settings.username.isEmpty())
        url.setUserName(settings.username, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ProxyFactory::validate(const ProxySettings &settings)
{
    if (!settings.isExplicit())
        return QString();
    const QString host = settings.host.trimmed();
    if (host.isEmpty())
        return tr("Enter the proxy's host.");
    if (host.size() > kMaxHostLength || WireText::hasControlCharacters(host) || host.contains(u' ') || host.contains(u'/')
        || host.contains(u'@'))
        return tr("The proxy host is not a host name or IP address.");
    if (settings.port < 1 || settings.port > 65535)
        return tr("The proxy port must be a number from 1 to 65535.");
    if (settings.username.size() > kMaxUserLength || WireText::hasControlCharacters(settings.username))
        return tr("The proxy user name contains control characters or is too long.");
    if (settings.username.contains(u':'))
        return tr("The proxy user name must not contain \":\" (proxies read user:password).");
    return QString();
}

} // namespace zct
