#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace zct {

// Why an attempt through a proxy failed, in words. Qt 6.4 reports most proxy failures as
// UnknownNetworkError with the socket engine's message ("Proxy connection refused"), and a proxy
// host that cannot be found as HostNotFoundError naming the server; what the proxy said about the
// server (CONNECT answered 403, 404 or 503, a SOCKS5 reply) arrives as the server's own error. So
// the route, the error and Qt's message (translated or not) are read together here.
class ProxyFailure final
{
    Q_DECLARE_TR_FUNCTIONS(ProxyFailure)
public:
    struct Attempt
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QNetworkProxy route;              // the proxy the request went to
        ProxySettings settings;
        QUrl endpoint;
        int authRequests = 0;             // times the proxy asked for credentials
        bool credentialsAnswered = false; // the first request was answered with a user and password
        bool passwordGiven = false;
    };
    struct Text
    {
        QString cause;                    // empty: not a proxy failure, the caller describes it
        QString hint;
    };
    static Text describe(const Attempt &attempt);
};

} // namespace zct
