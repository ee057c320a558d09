#include "CurlPaste.h"

#include "Environments.h"
#include "ProxyFactory.h"
#include "ZuoraConnection.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>


using namespace Qt::StringLiterals;

namespace zct {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

QChar at(const QString &text, qsizetype i)
{
    return i < text.size() ? text.at(i) : QChar();
}

// Reads an expansion starting at text[i] == '$' (outside single quotes) into word; returns the
// index after it. A lone "$" is literal.
qsizetype readDollar(const QString &text, qsizetype i, ShellWord &word)
{
    const QChar next = at(text, i + 1);
    if (isNameStart(next)) {
        qsizetype end = i + 1;
        while (end < text.size() && isNameChar(text.at(end)))
            ++end;
        const QString name = text.mid(i + 1, end - i - 1);
        word.text += u'$' + name;
        word.expands = true;
        word.variables << name;
        return end;
    }
    if (next == u'{') {
        const qsizetype close = text.indexOf(u'}', i + 2);
        const qsizetype end = close < 0 ? text.size() : close + 1;
        QString name = text.mid(i + 2, (close < 0 ? text.size() : close) - i - 2);
        word.text += text.mid(i, end - i);
        word.expands = true;
        // ${NAME:-default} and the like still name NAME.
        qsizetype length = 0;
        while (length < name.size() && isNameChar(name.at(length)))
            ++length;
        if (length > 0)
            word.variables << name.left(length);
        return end;
    }
    if (next == u'(') {
        int depth = 0;
        qsizetype end = i + 1;
        for (; end < text.size(); ++end) {
            if (text.at(end) == u'(')
                ++depth;
            else if (text.at(end) == u')' && --depth == 0)
                break;
        }
        end = qMin(end + 1, text.size());
        word.text += text.mid(i, end - i);
        word.expands = true;
        return end;
    }
    if (next.isDigit() || next == u'@' || next == u'*' || next == u'#' || next == u'?' || next == u'$' || next == u'!') {
        word.text += text.mid(i, 2);
        word.expands = true;
        return i + 2;
    }
    word.text += u'$';
    return i + 1;
}

// bash's $'...': backslash escapes as in C. Returns the index after the closing quote, or -1.
qsizetype readAnsiC(const QString &text, qsizetype i, ShellWord &word)
{
    for (qsizetype j = i + 2; j < text.size(); ++j) {
        const QChar c = text.at(j);
        if (c == u'\'')
            return j + 1;
        if (c != u'\\' || j + 1 >= text.size()) {
            word.text += c;
            continue;
        }
        const QChar e = text.at(++j);
        switch (e.unicode()) {
        case 'n': word.text += u'\n'; break;
        case 'r': word.text += u'\r'; break;
        case 't': word.text += u'\t'; break;
        case 'x': {
            qsizetype end = j + 1;
            const auto isHex = [](QChar h) {
                return (h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f') || (h >= u'A' && h <= u'F');
            };
            while (end < text.size() && end < j + 3 && isHex(text.at(end)))
                ++end;
            bool ok = false;
            const uint value = text.mid(j + 1, end - j - 1).toUInt(&ok, 16);
            if (ok)
                word.text += QChar(char16_t(value));
            j = end - 1;
            break;
        }
        default: word.text += e; break;   // \\ \' \" and anything else: the character itself
        }
    }
    return -1;
}

struct Header
{
    QString name;
    QString value;
    ShellWord word;
};

struct Field
{
    QString name;
    QString value;
    ShellWord word;
};

const QSet<QString> &longOptionsWithValue()
{
    static const QSet<QString> names = {
        u"request"_s, u"header"_s, u"data"_s, u"data-raw"_s, u"data-binary"_s, u"data-ascii"_s, u"data-urlencode"_s,
        u"form"_s, u"form-string"_s, u"json"_s, u"cacert"_s, u"capath"_s, u"user"_s, u"url"_s, u"max-time"_s,
        u"oauth2-bearer"_s, u"output"_s, u"write-out"_s, u"user-agent"_s, u"referer"_s, u"cookie"_s, u"cookie-jar"_s,
        u"proxy"_s, u"proxy-user"_s, u"connect-timeout"_s, u"retry"_s, u"retry-delay"_s, u"retry-max-time"_s,
        u"resolve"_s, u"connect-to"_s, u"cert"_s, u"key"_s, u"cert-type"_s, u"key-type"_s, u"config"_s,
        u"dump-header"_s, u"limit-rate"_s, u"range"_s, u"upload-file"_s, u"interface"_s, u"local-port"_s,
        u"ciphers"_s, u"tls13-ciphers"_s, u"proto"_s, u"proto-redir"_s, u"noproxy"_s, u"pass"_s, u"pinnedpubkey"_s,
        u"quote"_s, u"stderr"_s, u"trace"_s, u"trace-ascii"_s, u"unix-socket"_s, u"abstract-unix-socket"_s,
        u"max-redirs"_s, u"max-filesize"_s, u"keepalive-time"_s, u"expect100-timeout"_s, u"tls-max"_s,
        u"aws-sigv4"_s, u"variable"_s, u"crlfile"_s, u"proxy-header"_s, u"preproxy"_s, u"socks5"_s,
        u"socks5-hostname"_s, u"time-cond"_s, u"telnet-option"_s, u"mail-from"_s, u"mail-rcpt"_s};
    return names;
}

// curl's short options that take a value (the rest of the word, or the next word).
const QString kShortWithValue = u"AbcCdDeEFHKmoPQrtTuUwxXyYz"_s;

QString longName(QChar letter)
{
    switch (letter.unicode()) {
    case 'X': return u"request"_s;
    case 'H': return u"header"_s;
    case 'd': return u"data"_s;
    case 'F': return u"form"_s;
    case 'u': return u"user"_s;
    case 'm': return u"max-time"_s;
    case 'k': return u"insecure"_s;
    case 'x': return u"proxy"_s;
    case 'U': return u"proxy-user"_s;
    default: return QString(letter);
    }
}

QString formDecode(const QString &text)
{
    QString plus = text;
    plus.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

bool isVariableReference(const QString &text)
{
    static const QRegularExpression reference(u"^\\$(\\{[A-Za-z_][A-Za-z0-9_]*\\}|[A-Za-z_][A-Za-z0-9_]*)$"_s);
    return reference.match(text).hasMatch();
}

QString variableName(const QString &reference)
{
    QString name = reference.mid(1);
    if (name.startsWith(u'{'))
        name = name.mid(1, name.size() - 2);
    return name;
}

} // namespace

void CurlPaste::readProxy(CurlPasteResult &result, bool noProxyAll, const QString &option, const ShellWord *proxy,
                          const ShellWord *proxyUser)
{
    ProxySettings &settings = result.profile.settings.proxy;
    if (noProxyAll) {   // curl: --noproxy '*' wins over any proxy
        settings.mode = ProxyMode::None;
        return;
    }
    if (!proxy)
        return;
    const QString text = proxy->text.trimmed();
    if (proxy->expands && text.contains(u'$')) {
        result.errors << tr("The proxy is given as %1, which only your shell knows: type it in instead.").arg(text);
        return;
    }
    if (text.isEmpty()) {   // curl: an empty --proxy means no proxy
        settings.mode = ProxyMode::None;
        return;
    }
    const bool socks = option != u"proxy";
    const ProxyUrl parsed = ProxyFactory::parseUrl(socks && !text.contains(u"://") ? u"socks5://"_s + text : text);
    if (!parsed.ok()) {
        result.errors << parsed.error;
        return;
    }
    settings = parsed.settings;
    if (option == u"socks5" || text.startsWith(u"socks5://", Qt::CaseInsensitive))
        result.warnings << tr("The command lets curl resolve host names itself (--socks5); the app lets the SOCKS5 proxy "
                              "resolve them (curl's --socks5-hostname).");
    if (parsed.hasPassword()) {
        result.proxySecret = parsed.password;
        result.warnings << tr("The proxy URL contains the proxy's password in clear. It is kept apart from the profile: it "
                              "can go to the keychain, never into the profiles file.");
    }
    if (!proxyUser)
        return;
    const qsizetype colon = proxyUser->text.indexOf(u':');
    const QString user = colon < 0 ? proxyUser->text : proxyUser->text.left(colon);
    const QString password = colon < 0 ? QString() : proxyUser->text.mid(colon + 1);
    if (proxyUser->expands && user.contains(u'$')) {
        result.errors << tr("The proxy user is the shell variable %1, which only your shell knows: type it in instead.").arg(user);
        return;
    }
    settings.username = user;
    const QString problem = ProxyFactory::validate(settings);
    if (!problem.isEmpty())
        result.errors << problem;
    if (password.isEmpty())
        return;
    if (isVariableReference(password)) {
        result.proxySecretVariable = variableName(password);
    } else if (proxyUser->expands && password.contains(u'$')) {
        result.proxySecretVariable = proxyUser->variables.value(0);
    } else {
        result.proxySecret = password;
        result.warnings << tr("The command contains the proxy's password in clear (--proxy-user). It is kept apart from the "
                              "profile: it can go to the keychain, never into the profiles file.");
    }
}

QList<ShellWord> CurlPaste::tokenize(const QString &command, QString *error, QString *ignoredTail)
{
    QList<ShellWord> words;
    ShellWord word;
    bool inWord = false;
    const auto endWord = [&] {
        if (inWord)
            words << word;
        word = ShellWord();
        inWord = false;
    };
    const QString &text = command;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            const QChar next = at(text, i + 1);
            if (next == u'\n') {
                i += 2;                      // line continuation
            } else if (next == u'\r' && at(text, i + 2) == u'\n') {
                i += 3;                      // the same, pasted from Windows
            } else if (next.isNull()) {
                ++i;
            } else {
                word.text += next;
                inWord = true;
                i += 2;
            }
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            endWord();
            ++i;
            continue;
        }
        if (c == u'#' && !inWord) {          // a comment runs to the end of the line
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'|' || c == u';' || c == u'&' || c == u'>' || c == u'<') {
            if (ignoredTail)
                *ignoredTail = text.mid(i).trimmed();
            break;
        }
        inWord = true;
        if (c == u'\'') {
            const qsizetype close = text.indexOf(u'\'', i + 1);
            if (close < 0) {
                if (error)
                    *error = tr("The command ends inside a single-quoted string: a closing ' is missing.");
                return words;
            }
            word.text += text.mid(i + 1, close - i - 1);
            i = close + 1;
            continue;
        }
        if (c == u'$' && at(text, i + 1) == u'\'') {
            const qsizetype after = readAnsiC(text, i, word);
            if (after < 0) {
                if (error)
                    *error = tr("The command ends inside a $'...' string: a closing ' is missing.");
                return words;
            }
            i = after;
            continue;
        }
        if (c == u'"') {
            qsizetype j = i + 1;
            bool closed = false;
            while (j < text.size()) {
                const QChar d = text.at(j);
                if (d == u'"') {
                    closed = true;
                    ++j;
                    break;
                }
                if (d == u'\\') {
                    const QChar next = at(text, j + 1);
                    if (next == u'\n') {
                        j += 2;
                    } else if (next == u'$' || next == u'`' || next == u'"' || next == u'\\') {
                        word.text += next;
                        j += 2;
                    } else {
                        word.text += d;      // inside double quotes other backslashes stay
                        ++j;
                    }
                    continue;
                }
                if (d == u'$') {
                    j = readDollar(text, j, word);
                    continue;
                }
                if (d == u'`') {
                    const qsizetype close = text.indexOf(u'`', j + 1);
                    const qsizetype end = close < 0 ? text.size() : close + 1;
                    word.text += text.mid(j, end - j);
                    word.expands = true;
                    j = end;
                    continue;
                }
                word.text += d;
                ++j;
            }
            if (!closed) {
                if (error)
                    *error = tr("The command ends inside a double-quoted string: a closing \" is missing.");
                return words;
            }
            i = j;
            continue;
        }
        if (c == u'$') {
            i = readDollar(text, i, word);
            continue;
        }
        if (c == u'`') {
            const qsizetype close = text.indexOf(u'`', i + 1);
            const qsizetype end = close < 0 ? text.size() : close + 1;
            word.text += text.mid(i, end - i);
            word.expands = true;
            i = end;
            continue;
        }
        word.text += c;
        ++i;
    }
    endWord();
    return words;
}

CurlPasteResult CurlPaste::parse(const QString &pasted)
{
    CurlPasteResult result;
    result.profile.rememberSecret = false;
    QString command = pasted.trimmed();
    // A copied terminal line often carries its prompt.
    static const QRegularExpression prompt(u"^[$%>#]\\s+"_s);
    command.remove(prompt);

    QString tokenError;
    QString tail;
    const QList<ShellWord> words = tokenize(command, &tokenError, &tail);
    if (!tokenError.isEmpty()) {
        result.errors << tokenError;
        return result;
    }
    if (words.isEmpty()) {
        result.errors << tr("Paste a curl command, such as the one Zuora's documentation shows for POST /v1/connections.");
        return result;
    }
    const QString program = words.first().text.section(u'/', -1);
    if (program != u"curl" && program != u"curl.exe") {
        // Not echoed: what was pasted may be a password.
        result.errors << tr("This is not a curl command: it does not start with curl.");
        return result;
    }
    if (!tail.isEmpty())
        result.warnings << tr("Ignored what follows %1 on the command line.").arg(tail.left(1));

    ShellWord url;
    bool haveUrl = false;
    bool extraArgument = false;
    QString method;
    QList<Header> headers;
    QList<Field> fields;
    ShellWord caFile;
    double timeoutSeconds = 0;
    QStringList ignoredOptions;
    struct ProxyWord
    {
        QString option;
        ShellWord value;
    };
    std::optional<ProxyWord> proxyWord;
    std::optional<ShellWord> proxyUserWord;
    bool noProxyAll = false;

    const auto handle = [&](const QString &option, const ShellWord &value) {
        if (option == u"request") {
            method = value.text;
        } else if (option == u"header") {
            const qsizetype colon = value.text.indexOf(u':');
            if (colon > 0)
                headers << Header{value.text.left(colon).trimmed(), value.text.mid(colon + 1).trimmed(), value};
        } else if (option == u"data" || option == u"data-raw" || option == u"data-binary" || option == u"data-ascii") {
            if (option != u"data-raw" && value.text.startsWith(u'@')) {
                result.warnings << tr("The command reads its data from a file (%1), which is not opened here.").arg(value.text);
                return;
            }
            for (const QString &pair : value.text.split(u'&', Qt::SkipEmptyParts)) {
                const qsizetype equals = pair.indexOf(u'=');
                if (equals > 0)
                    fields << Field{formDecode(pair.left(equals)), formDecode(pair.mid(equals + 1)), value};
            }
        } else if (option == u"data-urlencode" || option == u"form" || option == u"form-string") {
            // name=content is sent as it stands (curl encodes it); name@file and name<file read files.
            const qsizetype equals = value.text.indexOf(u'=');
            const qsizetype atSign = value.text.indexOf(u'@');
            if (equals > 0 && (atSign < 0 || equals < atSign)) {
                const QString content = value.text.mid(equals + 1);
                if (option == u"form" && (content.startsWith(u'@') || content.startsWith(u'<')))
                    result.warnings << tr("The command reads a form field from a file (%1), which is not opened here.").arg(content);
                else
                    fields << Field{value.text.left(equals), content, value};
            } else if (atSign >= 0) {
                result.warnings << tr("The command reads its data from a file (%1), which is not opened here.").arg(value.text.mid(atSign));
            }
        } else if (option == u"cacert") {
            caFile = value;
        } else if (option == u"user") {
            result.errors << tr("The command uses -u (HTTP Basic authentication), which is not how Zuora's REST API logs in: "
                                "a session login sends the apiAccessKeyId and apiSecretAccessKey headers, OAuth sends "
                                "client_id and client_secret.");
        } else if (option == u"max-time") {
            bool ok = false;
            const double seconds = value.text.toDouble(&ok);
            if (ok && seconds > 0 && seconds <= 3600)
                timeoutSeconds = seconds;
        } else if (option == u"url") {
            if (!haveUrl) {
                url = value;
                haveUrl = true;
            }
        } else if (option == u"insecure") {
            result.warnings << tr("The command turns off certificate checks (-k); this app never does. For a private "
                                  "certificate authority, give its certificate as the CA file.");
        } else if (option == u"oauth2-bearer") {
            result.warnings << tr("The command sends a bearer token, which this app does not test; it tests the login that issues one.");
        } else if (option == u"capath") {
            ignoredOptions << u"--capath"_s;
        } else if (option == u"proxy" || option == u"socks5-hostname" || option == u"socks5") {
            proxyWord = ProxyWord{option, value};
        } else if (option == u"proxy-user") {
            proxyUserWord = value;
        } else if (option == u"noproxy") {
            if (value.text.trimmed() == u"*")
                noProxyAll = true;
            else
                result.warnings << tr("--noproxy %1 was ignored: a profile either uses a proxy for Zuora or does not; "
                                      "the system's NO_PROXY applies to the system's proxy.").arg(value.text);
        }
    };

    bool optionsEnded = false;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const ShellWord &word = words.at(i);
        const QString &text = word.text;
        const auto valueAfter = [&](const QString &option) -> const ShellWord * {
            if (i + 1 >= words.size()) {
                result.errors << tr("The option %1 needs a value, and the command ends there.").arg(option);
                return nullptr;
            }
            return &words.at(++i);
        };
        if (!optionsEnded && text == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && text.startsWith(u"--")) {
            const QString option = text.mid(2);
            if (longOptionsWithValue().contains(option)) {
                if (const ShellWord *value = valueAfter(text))
                    handle(option, *value);
            } else {
                handle(option, ShellWord());
            }
        } else if (!optionsEnded && text.startsWith(u'-') && text.size() > 1) {
            for (qsizetype j = 1; j < text.size(); ++j) {
                const QChar letter = text.at(j);
                if (!kShortWithValue.contains(letter)) {
                    handle(longName(letter), ShellWord());
                    continue;
                }
                if (j + 1 < text.size()) {   // -XPOST, -H'Accept: ...'
                    ShellWord attached = word;
                    attached.text = text.mid(j + 1);
                    handle(longName(letter), attached);
                } else if (const ShellWord *value = valueAfter(u"-"_s + letter)) {
                    handle(longName(letter), *value);
                }
                break;
            }
        } else if (!haveUrl) {
            url = word;
            haveUrl = true;
        } else {
            extraArgument = true;
        }
    }
    if (extraArgument)
        result.warnings << tr("Ignored arguments after the URL: one URL is tested.");
    if (!ignoredOptions.isEmpty())
        result.warnings << tr("Ignored %1: only --cacert adds a certificate authority.").arg(ignoredOptions.join(u", "));
    if (!method.isEmpty() && method.compare(u"POST", Qt::CaseInsensitive) != 0)
        result.warnings << tr("The command uses %1; Zuora's login is a POST, and that is what the test sends.").arg(method);

    // Which headers and fields say what.
    const auto header = [&](const QString &name) -> const Header * {
        for (const Header &h : std::as_const(headers)) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return &h;
        }
        return nullptr;
    };
    const auto field = [&](const QString &name) -> const Field * {
        for (const Field &f : std::as_const(fields)) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    };
    if (const Header *authorization = header(u"Authorization"_s)) {
        if (authorization->value.startsWith(u"Basic", Qt::CaseInsensitive))
            result.errors << tr("The command sends HTTP Basic authentication, which is not how Zuora's REST API logs in: "
                                "a session login sends the apiAccessKeyId and apiSecretAccessKey headers, OAuth sends "
                                "client_id and client_secret.");
        else
            result.warnings << tr("The command sends an Authorization header (a token), which this app does not test; "
                                  "it tests the login that issues one.");
    }

    // The URL: where, and (by its path) which login.
    ConnectionSettings &settings = result.profile.settings;
    enum class PathSays { Nothing, Session, OAuth } pathSays = PathSays::Nothing;
    QUrl base;
    if (!haveUrl) {
        result.errors << tr("The command has no URL: paste it with the address, such as "
                            "https://rest.apisandbox.zuora.com/v1/connections.");
    } else if (url.expands) {
        result.errors << tr("The URL is built from shell variables (%1), which only your shell knows; paste it with "
                            "the address written out.")
                             .arg(url.text);
    } else {
        static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
        const QString text = url.text.trimmed();
        QUrl parsed(scheme.match(text).hasMatch() ? text : u"https://"_s + text);
        QString path = parsed.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        if (path.endsWith(u"/oauth/token", Qt::CaseInsensitive)) {
            pathSays = PathSays::OAuth;
            path.chop(12);
        } else if (path.endsWith(u"/v1/connections", Qt::CaseInsensitive)) {
            pathSays = PathSays::Session;
            path.chop(15);
        } else {
            // Another call (GET /v1/accounts/...): the login is tested on the same host and prefix.
            for (const QString &marker : {u"/v1/"_s, u"/oauth/"_s, u"/v1"_s}) {
                const qsizetype found = path.indexOf(marker, 0, Qt::CaseInsensitive);
                if (found >= 0 && (marker != u"/v1" || found + 3 == path.size())) {
                    if (found + marker.size() < path.size())
                        result.warnings << tr("The command calls %1; the profile tests the login on the same host.").arg(parsed.path());
                    path.truncate(found);
                    break;
                }
            }
        }
        parsed.setPath(path);
        parsed.setQuery(QString());
        parsed.setFragment(QString());
        // Environments::normalize decides what is acceptable (https, or http to this computer only).
        const QString baseText = scheme.match(text).hasMatch() ? parsed.toString() : parsed.toString().mid(8);
        const NormalizedUrl normalized = Environments::normalize(baseText);
        if (!normalized.ok()) {
            result.errors << normalized.error;
        } else {
            base = normalized.url;
            settings.baseUrl = base.toString();
        }
    }

    // The login: the path says which, else the fields do.
    const Header *accessKey = header(u"apiAccessKeyId"_s);
    const Header *secretKey = header(u"apiSecretAccessKey"_s);
    const Field *clientId = field(u"client_id"_s);
    const Field *clientSecret = field(u"client_secret"_s);
    const Field *grant = field(u"grant_type"_s);
    const bool sessionFields = accessKey || secretKey;
    const bool oauthFields = clientId || clientSecret || grant;
    bool oauth = false;
    if (pathSays == PathSays::OAuth) {
        oauth = true;
        if (sessionFields)
            result.warnings << tr("The URL is the OAuth token endpoint, so the apiAccessKeyId / apiSecretAccessKey headers were ignored.");
    } else if (pathSays == PathSays::Session) {
        if (oauthFields)
            result.warnings << tr("The URL is the session login (/v1/connections), so the client_id / client_secret fields were ignored.");
    } else if (oauthFields && !sessionFields) {
        oauth = true;
    } else if (!sessionFields && haveUrl) {
        result.errors << tr("It is not clear which login this is: the URL ends neither in /v1/connections (session login) "
                            "nor in /oauth/token (OAuth), and there is no apiAccessKeyId header or client_id field.");
    }
    settings.authMode = oauth ? AuthMode::OAuthClientCredentials : AuthMode::SessionLogin;

    // Who.
    const ShellWord *userWord = oauth ? (clientId ? &clientId->word : nullptr) : (accessKey ? &accessKey->word : nullptr);
    const QString user = oauth ? (clientId ? clientId->value.trimmed() : QString())
                               : (accessKey ? accessKey->value.trimmed() : QString());
    if (!userWord) {
        if (pathSays != PathSays::Nothing || sessionFields || oauthFields)
            result.errors << (oauth ? tr("The command has no client_id: the OAuth client id is missing.")
                                    : tr("The command has no apiAccessKeyId header: the API user name is missing."));
    } else if (isVariableReference(user) || (userWord->expands && user.contains(u'$'))) {
        result.errors << tr("The %1 is the shell variable %2, which only your shell knows: type it in instead.")
                             .arg(oauth ? tr("client id") : tr("user name"), user);
    } else if (user.isEmpty()) {
        result.errors << (oauth ? tr("The client_id is empty.") : tr("The apiAccessKeyId header is empty."));
    } else {
        settings.username = user;
    }

    // The secret: a variable stays a variable; a literal one is handed back, never put in the profile.
    const Field *secretField = oauth ? clientSecret : nullptr;
    const Header *secretHeader = oauth ? nullptr : secretKey;
    const QString secretText = secretField ? secretField->value : secretHeader ? secretHeader->value : QString();
    const ShellWord *secretWord = secretField ? &secretField->word : secretHeader ? &secretHeader->word : nullptr;
    if (secretWord && !secretText.isEmpty()) {
        if (isVariableReference(secretText)) {
            result.secretVariable = variableName(secretText);
            if (!secretWord->expands)
                result.warnings << tr("In single quotes the shell sends %1 as it stands, not the variable's value; "
                                      "use double quotes in the command.")
                                       .arg(secretText);
        } else if (secretWord->expands && secretText.contains(u'$')) {
            result.secretVariable = secretWord->variables.value(0);
            // Not echoed: apart from the expansion, the rest of it is probably the real secret.
            result.warnings << tr("The secret is built by the shell from variables or commands, so its value is not "
                                  "known here; type it in when you test.");
        } else {
            result.secret = secretText;
            result.warnings << (oauth ? tr("The command contains the client secret in clear. It is kept apart from the "
                                           "profile: it can go to the keychain, never into the profiles file. If the "
                                           "command was shared, consider rotating the secret.")
                                      : tr("The command contains the password in clear. It is kept apart from the "
                                           "profile: it can go to the keychain, never into the profiles file. If the "
                                           "command was shared, consider changing the password."));
        }
    }
    if (grant && grant->value != u"client_credentials" && oauth)
        result.errors << tr("Only the client_credentials grant can be tested; the command asks for \"%1\".").arg(grant->value);

    // Optional headers, checked the way a check would check them.
    if (const Header *entity = header(u"Zuora-Entity-Ids"_s) ? header(u"Zuora-Entity-Ids"_s) : header(u"Zuora-Entity-Id"_s)) {
        if (entity->word.expands && entity->value.contains(u'$'))
            result.errors << tr("The entity id is the shell variable %1, which only your shell knows: type it in instead.").arg(entity->value);
        else
            settings.entityId = entity->value;
    }
    if (const Header *track = header(u"Zuora-Track-Id"_s)) {
        const QString problem = ZuoraConnection::validateTrackId(track->value);
        if (!problem.isEmpty())
            result.errors << problem;
        else
            settings.trackId = track->value;
    }
    if (const Header *type = header(u"Content-Type"_s)) {
        const bool form = type->value.startsWith(u"application/x-www-form-urlencoded", Qt::CaseInsensitive);
        if (oauth && !form)
            result.warnings << tr("OAuth sends a form (application/x-www-form-urlencoded), not %1; the test sends the form.").arg(type->value);
    }
    if (!caFile.text.isEmpty()) {
        QString path = caFile.text;
        if (path.startsWith(u"~/"))
            path = QDir::homePath() + path.mid(1);
        if (caFile.expands && path.contains(u'$'))
            result.errors << tr("The CA file is given as %1, which only your shell knows: choose the file instead.").arg(path);
        else
            settings.caFile = path;
    }
    if (timeoutSeconds > 0)
        settings.timeoutMs = qMax(1, int(timeoutSeconds * 1000));
    readProxy(result, noProxyAll, proxyWord ? proxyWord->option : QString(),
              proxyWord ? &proxyWord->value : nullptr, proxyUserWord ? &*proxyUserWord : nullptr);

    // A name a person recognises: the environment (or host) and who logs in.
    if (base.isValid()) {
        const Environment *environment = Environments::match(base);
        QString place = environment ? environment->displayName : base.host();
        if (base.port() > 0 && !environment)
            place += u':' + QString::number(base.port());
        result.profile.name = settings.username.isEmpty() ? place : tr("%1 – %2").arg(place, settings.username);
    }
    return result;
}

} // namespace zct
