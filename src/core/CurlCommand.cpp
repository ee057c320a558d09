#include "CurlCommand.h"

#include "AuthMethod.h"
#include "Environments.h"
#include "ProxyFactory.h"
#include "SoapLogin.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace zct {

QString CurlCommand::shellQuote(const QString &value)
{
    // Inside single quotes a POSIX shell takes every character literally, newlines included;
    // only the quote itself needs the close-escape-reopen idiom.
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::build(const ConnectionSettings &settings, const QString &secret, Secrets secrets,
                           const QString &proxyPassword)
{
    const AuthMethod &method = AuthMethod::of(settings.authMode);
    const bool oauth = method.credential == AuthMethod::Credential::AccessToken;
    const bool soap = method.credential == AuthMethod::Credential::SoapSession;
    const QString path = QString::fromLatin1(method.endpointPath);
    const QString secretVariable = u'$' + QString::fromLatin1(method.secretVariable);
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    // An input the app would refuse is still shown as typed, so the person sees what is wrong.
    const QString url = base.ok() ? method.endpoint(base.url, settings).toString(QUrl::FullyEncoded)
                                  : settings.baseUrl.trimmed() + path;
    const bool included = secrets == Secrets::Included;

    QStringList parts{u"curl"_s, u"--fail-with-body"_s, u"-sS"_s, u"-X"_s, u"POST"_s, shellQuote(url)};
    const auto header = [&parts](const QString &name, const QString &value) {
        parts << u"-H"_s << shellQuote(name + u": "_s + value);
    };
    if (soap) {
        header(u"Content-Type"_s, u"text/xml; charset=utf-8"_s);
        header(u"Accept"_s, u"text/xml"_s);
        header(u"SOAPAction"_s, u"\"\""_s);
        // The envelope as ZuoraConnection sends it. Without the secret the password comes from the
        // variable, XML-escaped by sed on the way (& < >; a CR, which the app sends as &#13;, is not).
        static const QString marker = u"ZCT-PASSWORD-GOES-HERE"_s;
        QByteArray envelope;
        QString problem;
        SoapLogin::envelope(settings.username, included ? secret : marker, settings.entityId, &envelope, &problem);
        const QString text = QString::fromUtf8(envelope);
        if (included || !text.contains(marker)) {
            parts << u"--data-binary"_s << shellQuote(text);
        } else {
            const qsizetype at = text.indexOf(marker);
            parts << u"--data-binary"_s
                  << shellQuote(text.left(at)) + u"\"$(printf '%s' \""_s + secretVariable
                         + u"\" | sed -e 's/&/\\&amp;/g' -e 's/</\\&lt;/g' -e 's/>/\\&gt;/g')\""_s
                         + shellQuote(text.mid(at + marker.size()));
        }
    } else if (oauth) {
        header(u"Accept"_s, u"application/json"_s);
        parts << u"--data-urlencode"_s << shellQuote(u"client_id="_s + settings.username);
        // Double quotes so the shell expands the variable; curl then encodes + / = & itself.
        parts << u"--data-urlencode"_s
              << (included ? shellQuote(u"client_secret="_s + secret) : u"\"client_secret="_s + secretVariable + u'"');
        parts << u"--data-urlencode"_s << shellQuote(u"grant_type=client_credentials"_s);
    } else {
        header(u"apiAccessKeyId"_s, settings.username);
        if (included)
            header(u"apiSecretAccessKey"_s, secret);
        else
            parts << u"-H"_s << u"\"apiSecretAccessKey: "_s + secretVariable + u'"';
        header(u"Content-Type"_s, u"application/json; charset=utf-8"_s);
        header(u"Accept"_s, u"application/json"_s);
    }
    // The same optional headers, trimmed the same way, as ZuoraConnection sends.
    if (!soap && !settings.entityId.trimmed().isEmpty())
        header(u"Zuora-Entity-Ids"_s, settings.entityId.trimmed());
    if (!settings.trackId.isEmpty())
        header(u"Zuora-Track-Id"_s, settings.trackId);
    if (!settings.caFile.isEmpty())
        parts << u"--cacert"_s << shellQuote(settings.caFile);

    const ProxySettings &proxy = settings.proxy;
    if (proxy.mode == ProxyMode::Http) {
        ProxySettings withoutUser = proxy;
        withoutUser.username.clear();
        parts << u"--proxy"_s << shellQuote(ProxyFactory::toUrl(withoutUser));
        if (url.startsWith(u"http:"))
            parts << u"--proxytunnel"_s;
    } else if (proxy.mode == ProxyMode::Socks5) {
        const QString host = proxy.host.contains(u':') ? u'[' + proxy.host + u']' : proxy.host;
        parts << u"--socks5-hostname"_s << shellQuote(host + u':' + QString::number(proxy.port));
    } else if (proxy.mode == ProxyMode::None) {
        parts << u"--noproxy"_s << u"'*'"_s;
    }
    if (proxy.isExplicit() && !proxy.username.isEmpty()) {
        // Inside double quotes only $ ` \ " and ! mean something; a plain name reads best there.
        static const QRegularExpression plain(u"^[A-Za-z0-9._@+%=,-]+$"_s);
        parts << u"--proxy-user"_s;
        if (included && !proxyPassword.isEmpty())
            parts << shellQuote(proxy.username + u':' + proxyPassword);
        else if (plain.match(proxy.username).hasMatch())
            parts << u'"' + proxy.username + u":$ZUORA_PROXY_PASSWORD\""_s;
        else
            parts << shellQuote(proxy.username) + u"\":$ZUORA_PROXY_PASSWORD\""_s;
    }
    return parts.join(u' ');
}

} // namespace zct
