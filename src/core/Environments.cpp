#include "Environments.h"

#include "AuthMethod.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zct {

const QList<Environment> &Environments::presets()
{
    // Order and hosts as in Zuora's current server list.
    static const QList<Environment> list = {
        {u"us-central-sandbox"_s, tr("US Developer & Central Sandbox"), QUrl(u"https://rest.test.zuora.com"_s)},
        {u"us-sandbox-cloud1"_s, tr("US API Sandbox Cloud 1"), QUrl(u"https://rest.sandbox.na.zuora.com"_s)},
        {u"us-sandbox-cloud2"_s, tr("US API Sandbox Cloud 2"), QUrl(u"https://rest.apisandbox.zuora.com"_s)},
        {u"us-prod-cloud1"_s, tr("US Production Cloud 1"), QUrl(u"https://rest.na.zuora.com"_s)},
        {u"us-prod-cloud2"_s, tr("US Production Cloud 2"), QUrl(u"https://rest.zuora.com"_s)},
        {u"eu-central-sandbox"_s, tr("EU Developer & Central Sandbox"), QUrl(u"https://rest.test.eu.zuora.com"_s)},
        {u"eu-sandbox"_s, tr("EU API Sandbox"), QUrl(u"https://rest.sandbox.eu.zuora.com"_s)},
        {u"eu-prod"_s, tr("EU Production"), QUrl(u"https://rest.eu.zuora.com"_s)},
        {u"apac-central-sandbox"_s, tr("APAC Developer & Central Sandbox"), QUrl(u"https://rest.test.ap.zuora.com"_s)},
        {u"apac-prod"_s, tr("APAC Production"), QUrl(u"https://rest.ap.zuora.com"_s)},
    };
    return list;
}

const Environment *Environments::find(const QString &id)
{
    for (const Environment &env : presets()) {
        if (env.id.compare(id, Qt::CaseInsensitive) == 0)
            return &env;
    }
    return nullptr;
}

const Environment *Environments::match(const QUrl &url)
{
    QString wanted = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (wanted.endsWith(u'/'))
        wanted.chop(1);
    for (const Environment &env : presets()) {
        if (env.baseUrl.toString() == wanted)
            return &env;
    }
    return nullptr;
}

bool Environments::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    // Only names that never reach DNS: "localhost" itself (answered from /etc/hosts and by the
    // resolver's own rule) and literal loopback addresses. A "*.localhost" name is looked up like
    // any other, and with a DNS search domain it can name another machine, which would then get
    // the credentials in clear over plain http.
    if (h == u"localhost")
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

static QString uiHostToRestHost(const QString &host)
{
    // The UI hosts people copy from their browser, mapped to the REST hosts behind them.
    static const QHash<QString, QString> map = {
        {u"apisandbox.zuora.com"_s, u"rest.apisandbox.zuora.com"_s},
        {u"sandbox.na.zuora.com"_s, u"rest.sandbox.na.zuora.com"_s},
        {u"test.zuora.com"_s, u"rest.test.zuora.com"_s},
        {u"sandbox.eu.zuora.com"_s, u"rest.sandbox.eu.zuora.com"_s},
        {u"test.eu.zuora.com"_s, u"rest.test.eu.zuora.com"_s},
        {u"test.ap.zuora.com"_s, u"rest.test.ap.zuora.com"_s},
        {u"na.zuora.com"_s, u"rest.na.zuora.com"_s},
        {u"eu.zuora.com"_s, u"rest.eu.zuora.com"_s},
        {u"ap.zuora.com"_s, u"rest.ap.zuora.com"_s},
        {u"www.zuora.com"_s, u"rest.zuora.com"_s},
        {u"zuora.com"_s, u"rest.zuora.com"_s},
    };
    return map.value(host);
}

NormalizedUrl Environments::normalize(const QString &input)
{
    NormalizedUrl result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("Enter a base URL such as https://rest.apisandbox.zuora.com.");
        return result;
    }
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            result.error = tr("The base URL contains spaces or control characters.");
            return result;
        }
    }

    static const QRegularExpression schemePrefix(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    QString withScheme = text;
    if (!schemePrefix.match(text).hasMatch()) {
        withScheme = u"https://"_s + text;
        result.notes << tr("No scheme given: using https://.");
    }

    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        // Quoted, but not whole: a megabyte pasted by mistake must not become a megabyte message.
        const QString shown = text.size() > 120 ? text.left(100) + u'\u2026' : text;
        result.error = tr("\"%1\" is not a valid URL.").arg(shown);
        return result;
    }
    // The same rule for a percent-encoded space (%20) as for a typed one, so that the URL's own
    // text form, which decodes it, is accepted again.
    for (const QChar c : url.path()) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            result.error = tr("The base URL contains spaces or control characters.");
            return result;
        }
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        result.error = tr("Only https:// URLs can be used (got %1://).").arg(scheme);
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = tr("The URL contains a user name or password. Enter credentials in their own fields, never in the URL.");
        return result;
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        result.error = tr("Plain http:// would send the credentials unencrypted; use https:// (http is allowed only for this computer: localhost, 127.0.0.0/8 or ::1).");
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        url.setQuery(QString());
        url.setFragment(QString());
        result.notes << tr("Removed the query and fragment.");
    }

    const QString host = url.host();
    if (host == u"one.zuora.com") {
        result.error = tr("one.zuora.com is Zuora's OneID sign-in page, not a tenant. Paste your tenant's own address instead, "
                          "as the browser shows it once you are in the tenant (for example https://apisandbox.zuora.com or "
                          "https://eu.zuora.com).");
        return result;
    }
    static const QRegularExpression productionCopy(u"^(rest\\.)?services[0-9]+\\.zuora\\.com$"_s);
    if (host == u"pt1.zuora.com" || host == u"rest.pt1.zuora.com") {
        result.notes << tr("US Performance Test (pt1) is a retired environment: Zuora's current list of hosts no longer has it, "
                           "so expect no answer.");
    } else if (productionCopy.match(host).hasMatch()) {
        result.notes << tr("%1 is a US Production Copy host, retired from Zuora's current list of hosts; Zuora Global Support "
                           "gives the REST address of a production copy on request.").arg(host);
    }
    const QString restHost = host == u"pt1.zuora.com" ? u"rest.pt1.zuora.com"_s : uiHostToRestHost(host);
    if (!restHost.isEmpty()) {
        result.notes << tr("%1 is the web UI; using its REST host %2.").arg(host, restHost);
        url.setHost(restHost);
        url.setPath(QString());   // a UI page's path means nothing to the REST API
    }

    // Strip what belongs to an endpoint rather than to the base, so pasting a full
    // endpoint URL works; a legacy prefix such as /rest stays.
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QStringList suffixes;
    for (const AuthMethod &method : AuthMethod::all())
        suffixes << QString::fromLatin1(method.endpointPath);
    suffixes << u"/v1"_s;
    for (const QString &suffix : std::as_const(suffixes)) {
        if (path.endsWith(suffix, Qt::CaseInsensitive)) {
            path.chop(suffix.size());
            result.notes << tr("Removed %1 from the end: it is added for each request.").arg(suffix);
            break;
        }
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    result.url = url;
    // Whatever was pasted, say which environment it turned out to be.
    if (!result.notes.isEmpty()) {
        if (const Environment *preset = match(url))
            result.notes << tr("This is %1.").arg(preset->displayName);
    }
    return result;
}

QUrl Environments::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

} // namespace zct
