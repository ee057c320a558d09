#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zct {

// What a pasted curl command says about a login, as a profile to save.
struct CurlPasteResult
{
    Profile profile;              // filled as far as the command allows, also when there are errors
    // The secret, when the command held it literally (apiSecretAccessKey or client_secret). It is
    // never put into the profile: the caller offers it to the keychain, or drops it.
    QString secret;
    // When the command held a shell variable instead ($ZUORA_PASSWORD): its name, without "$".
    QString secretVariable;
    // The same for the proxy's password (--proxy-user user:password, or a password in --proxy):
    // never put into the profile; the caller offers it to the keychain under proxySecretKey(id).
    QString proxySecret;
    QString proxySecretVariable;
    QStringList warnings;         // usable, but worth knowing (a secret in clear, ignored options)
    QStringList errors;           // why no profile can be made; empty when one can

    bool ok() const { return errors.isEmpty(); }
    bool hasLiteralSecret() const { return !secret.isEmpty(); }
};

// One word of a shell command after quote removal, and whether the shell would have expanded part
// of it ($VAR, ${VAR}, $(...) or `...` outside single quotes): then its text is not its value.
struct ShellWord
{
    QString text;
    bool expands = false;
    QStringList variables;        // names of the $VAR / ${VAR} it refers to
};

// "Create a profile from a curl command": reads what Zuora's documentation, a colleague, a browser's
// "Copy as cURL" or this app's own "Copy as curl" produce (CurlCommand::build round-trips).
//
// The tokenizer follows POSIX sh for what people paste: single quotes, double quotes with \ escapes,
// backslash escapes, line continuations (backslash-newline, also with CRLF), bash's $'...' strings,
// and stops at an unquoted | ; & > < (the rest of a pipeline). Nothing is ever executed or expanded:
// $VAR stays as written and marks the word as "not a literal value".
//
// Understood: -X/--request, -H/--header (apiAccessKeyId, apiSecretAccessKey, Zuora-Entity-Ids,
// Zuora-Track-Id, Content-Type, Accept; names in any case), -d/--data/--data-raw/--data-binary/
// --data-ascii/--data-urlencode/-F/--form (client_id, client_secret, grant_type), --cacert,
// -m/--max-time (the timeout), --url or the first argument that is not an option; the proxy from
// -x/--proxy (http:// or socks5[h]://), --socks5-hostname, --socks5, -U/--proxy-user and --noproxy '*'. The mode comes
// from the path (/v1/connections: session login, /oauth/token: OAuth), else from the fields.
// Refused: -u/--user and "Authorization: Basic" (not Zuora's scheme), anything but curl.
class CurlPaste final
{
    Q_DECLARE_TR_FUNCTIONS(CurlPaste)
public:
    static CurlPasteResult parse(const QString &command);

    // The words of a shell command line; error set (and the words so far returned) when a quote
    // is left open.
    static QList<ShellWord> tokenize(const QString &command, QString *error = nullptr, QString *ignoredTail = nullptr);

private:
    static void readProxy(CurlPasteResult &result, bool noProxyAll, const QString &option, const ShellWord *proxy,
                          const ShellWord *proxyUser);
};

} // namespace zct
