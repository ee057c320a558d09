#include "ProxyFailure.h"

#include "ProxyFactory.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// Qt's own message, as Qt wrote it: translated when a Qt translation is loaded, else English.
bool qtSays(const QString &errorString, const char *source)
{
    if (errorString == QLatin1StringView(source))
        return true;
    for (const char *context : {"QHttpSocketEngine", "QSocks5SocketEngine", "QAbstractSocket"}) {
        if (errorString == QCoreApplication::translate(context, source))
            return true;
    }
    return false;
}

bool qtSaysAny(const QString &errorString, std::initializer_list<const char *> sources)
{
    for (const char *source : sources) {
        if (qtSays(errorString, source))
            return true;
    }
    return false;
}

bool isAddress(const QString &host)
{
    return !QHostAddress(host).isNull();
}

} // namespace

ProxyFailure::Text ProxyFailure::describe(const Attempt &attempt)
{
    const QNetworkProxy &route = attempt.route;
    if (route.type() != QNetworkProxy::HttpProxy && route.type() != QNetworkProxy::Socks5Proxy)
        return {};
    const bool http = route.type() == QNetworkProxy::HttpProxy;
    const QString proxy = ProxyFactory::describe(route);
    const QUrl &url = attempt.endpoint;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    const QString server = u"%1:%2"_s.arg(url.host()).arg(port);
    const QString &error = attempt.errorString;
    const QString user = attempt.credentialsAnswered ? attempt.settings.username : route.user();

    // The credentials. An HTTP proxy that refuses them asks again (407), or, like tinyproxy, answers
    // CONNECT with another error; a SOCKS5 proxy asks again.
    const bool askedAgain = attempt.authRequests >= 2;
    const bool refusedAfterAnswer = attempt.credentialsAnswered
        && (attempt.error == QNetworkReply::ProxyAuthenticationRequiredError
            || (http && qtSays(error, "Error communicating with HTTP proxy")));
    const bool refusedOwnCredentials = !route.user().isEmpty()
        && (attempt.error == QNetworkReply::ProxyAuthenticationRequiredError
            || (http && qtSays(error, "Error communicating with HTTP proxy")));
    if (askedAgain || refusedAfterAnswer || refusedOwnCredentials) {
        Text text;
        text.cause = user.isEmpty() ? tr("The proxy refused the user name or password (proxy %1).").arg(proxy)
                                    : tr("The proxy refused the user name or password (proxy %1, user %2).").arg(proxy, user);
        if (attempt.credentialsAnswered && !attempt.passwordGiven)
            text.hint = tr("No proxy password was given: zuora-check reads it from ZUORA_PROXY_PASSWORD, the app keeps it in the "
                           "keychain with the profile. Nothing was sent to Zuora.");
        else if (!attempt.credentialsAnswered)
            text.hint = tr("Check the user name and password in the system's proxy setting (http_proxy / https_proxy). "
                           "Nothing was sent to Zuora.");
        else if (askedAgain)
            text.hint = tr("Check the proxy's user name and password. Nothing was sent to Zuora.");
        else
            text.hint = tr("Check the proxy's user name and password; if they are right, the proxy could not reach %1 and "
                           "its log says why. Nothing was sent to Zuora.").arg(server);
        return text;
    }
    if (attempt.error == QNetworkReply::ProxyAuthenticationRequiredError)
        return {tr("The proxy %1 asks for a user name and password, and none is set.").arg(proxy),
                attempt.settings.isExplicit()
                    ? tr("Give the proxy's user name (http://USER@host:port or socks5://USER@host:port) and its password.")
                    : tr("The system's proxy setting names no user: set the proxy explicitly with its user name "
                         "(zuora-check --proxy http://USER@host:port) and its password.")};

    if (attempt.error == QNetworkReply::ProxyConnectionRefusedError
        || qtSaysAny(error, {"Proxy connection refused", "Connection to proxy refused"}))
        return {tr("Connection refused by the proxy %1.").arg(proxy),
                tr("Nothing listens there: check the proxy's host and port, and that the proxy is running.")};
    if (attempt.error == QNetworkReply::ProxyNotFoundError
        || qtSaysAny(error, {"Proxy server not found", "Proxy host not found"}))
        return {tr("The proxy's host %1 was not found.").arg(route.hostName()),
                tr("Check the spelling of the proxy's host and this computer's DNS.")};
    if (attempt.error == QNetworkReply::ProxyTimeoutError
        || qtSaysAny(error, {"Proxy server connection timed out", "Connection to proxy timed out"}))
        return {tr("The proxy %1 did not answer in time.").arg(proxy),
                tr("Check the proxy's host and port and the network on the way to it.")};
    if (attempt.error == QNetworkReply::ProxyConnectionClosedError
        || qtSaysAny(error, {"Proxy connection closed prematurely", "Connection to proxy closed prematurely"}))
        return {tr("The proxy %1 closed the connection before %2 answered.").arg(proxy, server),
                tr("The proxy may not allow connections to %1; its log says why.").arg(server)};
    if (qtSays(error, "Proxy denied connection"))
        return {tr("The proxy %1 does not allow a connection to %2.").arg(proxy, server),
                tr("Its rules must allow CONNECT to port %1 (tinyproxy: ConnectPort, squid: SSL_ports).").arg(port)};
    if (qtSays(error, "Error communicating with HTTP proxy"))
        return {tr("The proxy %1 could not open a connection to %2.").arg(proxy, server),
                tr("It answered CONNECT with an error: it may not reach %1, or not allow CONNECT to port %2; "
                   "its log says why.").arg(url.host()).arg(port)};

    // What the proxy reported about the server, or a proxy host that could not be looked up.
    switch (attempt.error) {
    case QNetworkReply::HostNotFoundError:
        if (isAddress(route.hostName()))
            return {tr("The proxy %1 could not find the host %2.").arg(proxy, url.host()),
                    tr("Check the spelling of the host; the proxy looks it up with its own DNS.")};
        if (isAddress(url.host()))
            return {tr("The proxy's host %1 was not found.").arg(route.hostName()),
                    tr("Check the spelling of the proxy's host and this computer's DNS.")};
        return {tr("Host not found: the proxy's host %1, or %2 as the proxy looked it up.").arg(route.hostName(), url.host()),
                tr("Check the spelling of both, this computer's DNS and the proxy's.")};
    case QNetworkReply::ConnectionRefusedError:
        return {tr("Connection refused by %1, as the proxy %2 reports.").arg(server, proxy),
                tr("Nothing listens there: check the host and port in the base URL.")};
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
        return {tr("The proxy %1 failed: %2").arg(proxy, error), tr("Check the proxy settings; the proxy's log says more.")};
    default:
        if (int(attempt.error) >= 101 && int(attempt.error) <= 199)
            return {tr("The proxy %1 failed: %2").arg(proxy, error), tr("Check the proxy settings; the proxy's log says more.")};
        return {};
    }
}

} // namespace zct
