#pragma once

#include "ConnectionSettings.h"

#include <QString>

namespace zct {

// "Copy as curl": the same request as a shell command. By default the secret is replaced by
// a shell variable ($ZUORA_PASSWORD or $ZUORA_CLIENT_SECRET) so the command can be pasted into
// a ticket; only when the user explicitly asks is the secret itself included.
// Every value is single-quoted for POSIX shells; the OAuth form uses --data-urlencode.
// The proxy: --proxy http://host:port (with --proxytunnel for plain http, as the app always uses
// CONNECT), --socks5-hostname host:port, or --noproxy '*' for a direct connection; nothing for the
// system's proxy, which curl reads from the same variables. A proxy user gets
// --proxy-user "user:$ZUORA_PROXY_PASSWORD", or the proxy password itself when it is included.
class CurlCommand final
{
public:
    enum class Secrets { AsVariable, Included };
    static QString build(const ConnectionSettings &settings, const QString &secret = QString(),
                         Secrets secrets = Secrets::AsVariable, const QString &proxyPassword = QString());
    static QString shellQuote(const QString &value);
};

} // namespace zct
