#include "CurlCommand.h"

#include "Environments.h"

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

QString CurlCommand::build(const ConnectionSettings &settings, const QString &secret, Secrets secrets)
{
    const bool oauth = settings.authMode == AuthMode::OAuthClientCredentials;
    const QString path = oauth ? u"/oauth/token"_s : u"/v1/connections"_s;
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    // An input the app would refuse is still shown as typed, so the person sees what is wrong.
    const QString url = base.ok() ? Environments::endpoint(base.url, path).toString(QUrl::FullyEncoded)
                                  : settings.baseUrl.trimmed() + path;
    const bool included = secrets == Secrets::Included;

    QStringList parts{u"curl"_s, u"--fail-with-body"_s, u"-sS"_s, u"-X"_s, u"POST"_s, shellQuote(url)};
    const auto header = [&parts](const QString &name, const QString &value) {
        parts << u"-H"_s << shellQuote(name + u": "_s + value);
    };
    if (oauth) {
        header(u"Accept"_s, u"application/json"_s);
        parts << u"--data-urlencode"_s << shellQuote(u"client_id="_s + settings.username);
        // Double quotes so the shell expands the variable; curl then encodes + / = & itself.
        parts << u"--data-urlencode"_s
              << (included ? shellQuote(u"client_secret="_s + secret) : u"\"client_secret=$ZUORA_CLIENT_SECRET\""_s);
        parts << u"--data-urlencode"_s << shellQuote(u"grant_type=client_credentials"_s);
    } else {
        header(u"apiAccessKeyId"_s, settings.username);
        if (included)
            header(u"apiSecretAccessKey"_s, secret);
        else
            parts << u"-H"_s << u"\"apiSecretAccessKey: $ZUORA_PASSWORD\""_s;
        header(u"Content-Type"_s, u"application/json; charset=utf-8"_s);
        header(u"Accept"_s, u"application/json"_s);
    }
    // The same optional headers, trimmed the same way, as ZuoraConnection sends.
    if (!settings.entityId.trimmed().isEmpty())
        header(u"Zuora-Entity-Ids"_s, settings.entityId.trimmed());
    if (!settings.trackId.isEmpty())
        header(u"Zuora-Track-Id"_s, settings.trackId);
    if (!settings.caFile.isEmpty())
        parts << u"--cacert"_s << shellQuote(settings.caFile);
    return parts.join(u' ');
}

} // namespace zct
