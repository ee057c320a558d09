#include "ZuoraConnection.h"

#include "AnswerParser.h"
#include "AuthMethod.h"
#include "BoundedBody.h"
#include "CaFile.h"
#include "EntitiesLookup.h"
#include "Environments.h"
#include "Logging.h"
#include "ProxyFactory.h"
#include "ProxyFailure.h"
#include "ResultClassifier.h"
#include "SoapLogin.h"
#include "TlsErrorText.h"
#include "WireText.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

const QByteArray kMasked = QByteArrayLiteral("********");

// Longer than any real API user name, client id or secret; a paste gone wrong (a whole file,
// a log) is refused in words instead of being sent as a megabyte header.
constexpr qsizetype kMaxCredentialLength = 1024;

QByteArray formField(const QByteArray &name, const QString &value)
{
    // Percent-encode everything but the unreserved set, so "+", "/", "=" and "&" in a
    // secret arrive as they were typed.
    return name + '=' + QUrl::toPercentEncoding(value);
}

// True when the body is shorter than the Content-Length the server announced. Only where that
// length counts the body as received: not for answers without a body (1xx, 204, 304; no HEAD is
// sent), not with a Transfer-Encoding (it overrides Content-Length), and not for gzip or deflate,
// which Qt inflates (Qt then drops Content-Length; an early close there goes unnoticed).
bool isCutShort(const QNetworkReply &reply, int status, qsizetype received)
{
    if (status < 200 || status == 204 || status == 304 || reply.hasRawHeader("Transfer-Encoding"))
        return false;
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool ok = false;
    const qint64 announced = reply.rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && announced > received;
}

// RFC 9112 §6.3: a Content-Length that is not one decimal number (several different values, a
// negative one, words) leaves the answer's end unknown, and such an answer cannot be trusted.
// Qt joins repeated fields with ", " and, unable to read the value, reads until the connection
// closes: the answer it then hands over may be anything. A list of one value repeated is allowed
// (RFC 9110 §8.6). Empty when the framing is sound.
QByteArray brokenContentLength(const QNetworkReply &reply)
{
    if (!reply.hasRawHeader("Content-Length") || reply.hasRawHeader("Transfer-Encoding"))
        return {};   // a Transfer-Encoding frames the answer and overrides any Content-Length
    const QByteArray raw = reply.rawHeader("Content-Length");
    QByteArray first;
    for (const QByteArray &part : raw.split(',')) {
        const QByteArray value = part.trimmed();
        const bool digits = !value.isEmpty()
            && std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || (!first.isEmpty() && value != first))
            return raw.isEmpty() ? QByteArrayLiteral("(empty)") : raw;
        first = value;
    }
    return {};
}

} // namespace

ZuoraConnection::ZuoraConnection(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_proxyFactory(new ProxyFactory)
{
    m_nam->setProxyFactory(m_proxyFactory);   // takes ownership
    connect(m_nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ZuoraConnection::onProxyAuthenticationRequired);
    // A credential check must never carry a previous session or be cached anywhere.
    m_nam->setCookieJar(nullptr);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(false);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortWith(ErrorKind::Timeout); });
}

ZuoraConnection::~ZuoraConnection()
{
    if (m_reply) {
        // Closing a window mid-request: drop the reply without reporting anything.
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

#define ZCT_SETTER(setter, member, signal)            \
    void ZuoraConnection::setter(const QString &value) \
    {                                                  \
        if (m_settings.member == value)                \
            return;                                    \
        m_settings.member = value;                     \
        Q_EMIT signal();                               \
    }

ZCT_SETTER(setUsername, username, usernameChanged)
ZCT_SETTER(setEntityId, entityId, entityIdChanged)
ZCT_SETTER(setTrackId, trackId, trackIdChanged)
ZCT_SETTER(setWsdlVersion, wsdlVersion, wsdlVersionChanged)
ZCT_SETTER(setCaFile, caFile, caFileChanged)
#undef ZCT_SETTER

void ZuoraConnection::setBaseUrl(const QString &url)
{
    if (m_settings.baseUrl == url)
        return;
    m_settings.baseUrl = url;
    Q_EMIT baseUrlChanged();
    Q_EMIT resolvedEndpointChanged();
}

void ZuoraConnection::setAuthMode(AuthMode mode)
{
    if (m_settings.authMode == mode)
        return;
    m_settings.authMode = mode;
    Q_EMIT authModeChanged();
    Q_EMIT resolvedEndpointChanged();
}

void ZuoraConnection::setTimeoutMs(int ms)
{
    if (m_settings.timeoutMs == ms)
        return;
    m_settings.timeoutMs = ms;
    Q_EMIT timeoutMsChanged();
}

void ZuoraConnection::setProxy(const ProxySettings &proxy)
{
    if (m_settings.proxy == proxy)
        return;
    m_settings.proxy = proxy;
    Q_EMIT proxyChanged();
}

void ZuoraConnection::setSettings(const ConnectionSettings &settings)
{
    setBaseUrl(settings.baseUrl);
    setAuthMode(settings.authMode);
    setUsername(settings.username);
    setEntityId(settings.entityId);
    setTrackId(settings.trackId);
    setWsdlVersion(settings.wsdlVersion);
    setCaFile(settings.caFile);
    setTimeoutMs(settings.timeoutMs);
    setProxy(settings.proxy);
}

QUrl ZuoraConnection::resolvedEndpoint() const
{
    const NormalizedUrl base = Environments::normalize(m_settings.baseUrl);
    if (!base.ok())
        return {};
    return AuthMethod::of(m_settings.authMode).endpoint(base.url, m_settings);
}

QString ZuoraConnection::validateTrackId(const QString &trackId)
{
    if (trackId.size() > 64)
        return tr("The track id has %1 characters; Zuora allows at most 64.").arg(trackId.size());
    for (const QChar c : trackId) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("The track id may contain only printable US-ASCII characters.");
        if (c == u':' || c == u';' || c == u'"' || c == u'\'')
            return tr("The track id must not contain %1 (Zuora forbids : ; \" and ').").arg(c);
    }
    return {};
}

QString ZuoraConnection::validate(const ConnectionSettings &settings, const QString &secret)
{
    return validate(settings, secret, CaFile::read(settings.caFile));
}

QString ZuoraConnection::validate(const ConnectionSettings &settings, const QString &secret, const CaFile &ca)
{
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    if (!base.ok())
        return base.error;
    const bool oauth = settings.authMode == AuthMode::OAuthClientCredentials;
    if (settings.authMode == AuthMode::SoapLogin && !settings.wsdlVersion.trimmed().isEmpty()
        && SoapLogin::normalizedVersion(settings.wsdlVersion).isEmpty())
        return tr("The WSDL version \"%1\" is not a version number such as 115.0.").arg(settings.wsdlVersion.left(40));
    if (settings.username.trimmed().isEmpty())
        return oauth ? tr("Enter the OAuth client id.") : tr("Enter the API user name.");
    if (settings.username.size() > kMaxCredentialLength)
        return tr("The user name or client id has %1 characters; at most %2 are accepted: check what was pasted.")
            .arg(settings.username.size()).arg(kMaxCredentialLength);
    if (settings.username.contains(QChar(0)))
        return tr("The user name or client id contains a control character, NUL (byte 0), which would cut it short: "
                  "check where it came from.");
    if (WireText::hasControlCharacters(settings.username))
        return tr("The user name or client id contains control characters.");
    if (secret.isEmpty())
        return oauth ? tr("Enter the client secret.") : tr("Enter the password.");
    if (secret.size() > kMaxCredentialLength)
        return tr("The password or secret has %1 characters; at most %2 are accepted: check what was pasted.")
            .arg(secret.size()).arg(kMaxCredentialLength);
    if (secret.contains(QChar(0)))
        return tr("The password or secret contains a control character, NUL (byte 0); it would be cut short there, so "
                  "nothing is sent. Check what was pasted or piped in.");
    if (WireText::hasControlCharacters(secret))
        return tr("The password or secret contains control characters such as a line break; check what was pasted.");
    if (WireText::hasControlCharacters(settings.entityId) || settings.entityId.size() > 256)
        return tr("The entity id contains control characters or is too long.");
    const QString trackProblem = validateTrackId(settings.trackId);
    if (!trackProblem.isEmpty())
        return trackProblem;
    if (!settings.caFile.isEmpty()) {
        if (!ca.readable)
            return tr("The CA certificate file %1 cannot be read.").arg(settings.caFile);
        if (ca.tooLarge)
            return tr("The CA certificate file %1 is too large to be a certificate.").arg(settings.caFile);
        if (ca.certificates.isEmpty())
            return tr("The file %1 contains no PEM certificate.").arg(settings.caFile);
    }
    if (settings.timeoutMs <= 0)
        return tr("The timeout must be positive.");
    return ProxyFactory::validate(settings.proxy);
}

double ZuoraConnection::elapsedMs() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

bool ZuoraConnection::test()
{
    if (m_reply)
        return false;

    m_result = ConnectionResult{};
    m_result.settings = m_settings;
    m_attemptSecret = m_secret;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_sslErrors.clear();
    m_abortKind = ErrorKind::None;
    m_route = QNetworkProxy(QNetworkProxy::NoProxy);
    m_clock.start();

    const NormalizedUrl base = Environments::normalize(m_settings.baseUrl);
    const AuthMethod &method = AuthMethod::of(m_settings.authMode);
    const bool oauth = method.credential == AuthMethod::Credential::AccessToken;
    const bool soap = method.credential == AuthMethod::Credential::SoapSession;
    m_result.notes = base.notes;
    if (base.ok())
        m_result.endpoint = method.endpoint(base.url, m_settings);

    m_attemptCa = CaFile::read(m_settings.caFile);
    QString problem = validate(m_settings, m_secret, m_attemptCa);
    if (problem.isEmpty() && (WireText::hasControlCharacters(m_proxyPassword) || m_proxyPassword.size() > kMaxCredentialLength))
        problem = tr("The proxy password contains control characters such as a line break, or is too long.");
    QByteArray envelope;
    if (problem.isEmpty() && soap)
        SoapLogin::envelope(m_settings.username, m_secret, m_settings.entityId, &envelope, &problem);
    if (!problem.isEmpty()) {
        finishEarly(ErrorKind::InvalidInput, problem, tr("Correct the input and test again; nothing was sent."));
        return true;
    }
    if (soap && SoapLogin::mayBeUnavailable(m_result.endpoint))
        m_result.notes << tr("Zuora says its SOAP API is not available in the EU and APAC data centres, while its endpoint "
                             "tables still list %1: sent as asked, judge what comes back.").arg(m_result.endpoint.host());

    QNetworkRequest request(m_result.endpoint);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // HTTP/1.1: one request per connection at a time, so timings and reuse stay plain.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    if (m_result.endpoint.scheme() == u"https") {
        request.setSslConfiguration(tlsConfiguration(m_attemptCa.certificates));
        if (!m_settings.caFile.isEmpty())
            m_result.notes << tr("Trusting the extra CA certificate %1 for this attempt.").arg(m_settings.caFile);
    }

    QList<HeaderField> headers;
    auto add = [&](const QByteArray &name, const QByteArray &value, bool sensitive = false) {
        request.setRawHeader(name, value);
        headers << HeaderField{name, sensitive ? kMasked : value, sensitive};
    };
    add("User-Agent", WireText::userAgent());
    add("Accept", soap ? "text/xml" : "application/json");
    QByteArray body;
    QByteArray maskedBody;
    if (soap) {
        // SOAP 1.1 (zuora-api.md 8.3): the WSDL's soapAction is the empty string; the entity goes
        // into the envelope, not into Zuora-Entity-Ids.
        add("Content-Type", "text/xml; charset=utf-8");
        add("SOAPAction", "\"\"");
        body = envelope;
        QString unused;
        SoapLogin::envelope(m_settings.username, QString::fromLatin1(kMasked), m_settings.entityId, &maskedBody, &unused);
    } else if (oauth) {
        add("Content-Type", "application/x-www-form-urlencoded");
        const QByteArray grant = "grant_type=client_credentials";
        body = formField("client_id", m_settings.username) + '&' + formField("client_secret", m_secret) + '&' + grant;
        maskedBody = formField("client_id", m_settings.username) + "&client_secret=" + kMasked + '&' + grant;
    } else {
        add("Content-Type", "application/json; charset=utf-8");
        add("apiAccessKeyId", m_settings.username.toUtf8());
        add("apiSecretAccessKey", m_secret.toUtf8(), true);
    }
    if (!soap && !m_settings.entityId.trimmed().isEmpty())
        add("Zuora-Entity-Ids", m_settings.entityId.trimmed().toUtf8());
    if (!m_settings.trackId.isEmpty())
        add("Zuora-Track-Id", m_settings.trackId.toLatin1());
    recordRequest("POST", m_result.endpoint, headers, maskedBody);

    // The route: asked once here, and the factory gives the request the same answer.
    m_proxyFactory->setSettings(m_settings.proxy);
    m_route = m_proxyFactory->queryProxy(QNetworkProxyQuery(m_result.endpoint)).value(0);
    const QNetworkProxy &route = m_route;
    m_result.proxy = ProxyFactory::describe(route);
    const QString target = m_result.endpoint.host();
    switch (m_settings.proxy.mode) {
    case ProxyMode::Http:
        m_result.notes << tr("Through the HTTP proxy %1 (a CONNECT tunnel).").arg(m_result.proxy);
        break;
    case ProxyMode::Socks5:
        m_result.notes << tr("Through the SOCKS5 proxy %1, which also resolves %2.").arg(m_result.proxy, target);
        break;
    case ProxyMode::None:
        m_result.notes << tr("Direct, without a proxy (as set).");
        break;
    case ProxyMode::System:
        if (!m_result.proxy.isEmpty())
            m_result.notes << tr("Through the system's proxy %1 (http_proxy / https_proxy or the desktop's settings).")
                                  .arg(m_result.proxy);
        else if (ProxyFactory::noProxyMatches(ProxyFactory::noProxyFromEnvironment(), target,
                                              m_result.endpoint.port(m_result.endpoint.scheme() == u"https" ? 443 : 80)))
            m_result.notes << tr("Direct: no_proxy / NO_PROXY lists %1.").arg(target);
        break;
    }
    m_attemptProxyPassword = m_proxyPassword;
    m_attemptProxyPasswordGiven = !m_proxyPassword.isEmpty();
    m_proxyAuthRequests = 0;
    m_proxyCredentialsAnswered = false;

    qCDebug(lcConnection) << "checking" << m_result.endpoint.toDisplayString() << "mode" << authModeId(m_settings.authMode)
                          << "via" << (m_result.proxy.isEmpty() ? u"direct"_s : m_result.proxy);

    // Qt keys its connection cache by host and port only, not by TLS settings: a connection
    // made under other trust must never carry this attempt. A single check always starts
    // fresh, so what it verifies includes the handshake; a batch may reuse a connection to
    // the same host under exactly the same trust.
    // The same goes for the proxy. Proxy credentials are cached by the manager too: an attempt with
    // a proxy user always starts without them, so the password it is given is the one it sends.
    const QString trustKey = m_result.endpoint.toString(QUrl::RemovePath | QUrl::RemoveQuery) + u'|'
        + m_settings.caFile + u'|' + QString::fromLatin1(m_attemptCa.digest) + u'|' + m_result.proxy;
    if (m_reusePolicy == ConnectionReuse::Never || trustKey != m_lastTrustKey
        || !m_settings.proxy.username.isEmpty() || !route.user().isEmpty())
        m_nam->clearAccessCache();
    m_lastTrustKey = trustKey;
    m_reply = m_nam->post(request, body);
    QNetworkReply *reply = m_reply;
    m_connectionsStarted = 0;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_result.timings.connecting < 0)
            m_result.timings.connecting = elapsedMs();
        // Qt connects again on its own when a proxy drops the CONNECT or the SOCKS5 handshake (six
        // times in a row were seen), and when a connection drops before the answer: stop at the
        // second start. Qt's HTTP thread may have one more handshake on its way by then, never a
        // login through a tunnel that was not there. (A login already sent directly can still be
        // sent once more by Qt 6.4 before this lands: see tst_onelogin.)
        if (++m_connectionsStarted > 1)
            abortWith(ErrorKind::Network);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        m_result.timings.tlsDone = elapsedMs();
        captureTls(reply);
    });
    // Qt 6.4 leaves requestSent unsaid on these HTTP/1.1 posts; the last uploadProgress of a body
    // marks the request as written.
    const auto requestWritten = [this] {
        if (m_result.timings.requestSent < 0)
            m_result.timings.requestSent = elapsedMs();
    };
    connect(reply, &QNetworkReply::requestSent, this, requestWritten);
    connect(reply, &QNetworkReply::uploadProgress, this, [requestWritten](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)   // (an empty body reports 0 of 0 only when the answer has come)
            requestWritten();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ZuoraConnection::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ZuoraConnection::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &ZuoraConnection::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &ZuoraConnection::onReplyFinished);

    m_timeout.start(m_settings.timeoutMs);
    Q_EMIT busyChanged();
    Q_EMIT started();
    return true;
}

QSslConfiguration ZuoraConnection::tlsConfiguration(const QString &caFile)
{
    return tlsConfiguration(caFile.isEmpty() ? QList<QSslCertificate>() : CaFile::read(caFile).certificates);
}

QSslConfiguration ZuoraConnection::tlsConfiguration(const QList<QSslCertificate> &extraCa)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // A resumed TLS session skips certificate verification: never resume one that an
    // earlier attempt (perhaps trusting another CA) negotiated.
    tls.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    tls.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    if (!extraCa.isEmpty()) {
        QList<QSslCertificate> authorities = tls.caCertificates();
        authorities += extraCa;
        tls.setCaCertificates(authorities);
    }
    return tls;
}

bool ZuoraConnection::lookupEntities(const ConnectionResult &accepted)
{
    if (m_reply || (m_entities && m_entities->isRunning()))
        return false;
    const std::optional<EntitiesQuery> query = EntitiesLookup::queryAfter(accepted);
    if (!query)
        return false;
    EntitiesQuery withTrust = *query;
    // The check's own trust and proxy, on this manager: the same CA file, proxy and perhaps the
    // same connection serve the one extra call.
    if (withTrust.restBase.scheme() == u"https")
        withTrust.tls = tlsConfiguration(accepted.settings.caFile);
    m_proxyFactory->setSettings(accepted.settings.proxy);
    if (!m_entities) {
        m_entities = new EntitiesLookup(m_nam, this);
        connect(m_entities, &EntitiesLookup::finished, this, &ZuoraConnection::entitiesFinished);
    }
    return m_entities->start(withTrust);
}

bool ZuoraConnection::isLookingUpEntities() const
{
    return m_entities && m_entities->isRunning();
}

void ZuoraConnection::recordRequest(const QByteArray &method, const QUrl &url, const QList<HeaderField> &headers,
                                    const QByteArray &body)
{
    m_result.request.method = method;
    m_result.request.url = url;
    m_result.request.headers = headers;
    m_result.request.body = body;
}

void ZuoraConnection::cancel()
{
    if (m_reply)
        abortWith(ErrorKind::Cancelled);
}

void ZuoraConnection::abortWith(ErrorKind kind)
{
    if (!m_reply || m_abortKind != ErrorKind::None)
        return;
    m_abortKind = kind;
    m_reply->abort();   // emits finished, which reports m_abortKind
}

void ZuoraConnection::finishEarly(ErrorKind kind, const QString &cause, const QString &hint)
{
    m_attemptProxyPassword.clear();
    m_attemptSecret.clear();
    ResultClassifier::fail(m_result, kind, cause, hint);
    m_result.attempts = 0;   // nothing was sent
    m_result.timings.finished = elapsedMs();
    const ConnectionResult result = m_result;
    // Report from the event loop, as for a real attempt, so callers see one order of events.
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void ZuoraConnection::onMetaData()
{
    if (m_result.timings.firstByte < 0)
        m_result.timings.firstByte = elapsedMs();
    if (BoundedBody::declaredTooLarge(*m_reply, m_bodyLimit))
        abortWith(ErrorKind::BodyTooLarge);
}

void ZuoraConnection::onReadyRead()
{
    if (m_result.timings.firstByte < 0)
        m_result.timings.firstByte = elapsedMs();
    if (!BoundedBody::readInto(*m_reply, m_result.body, m_bodyLimit))
        abortWith(ErrorKind::BodyTooLarge);
}

void ZuoraConnection::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and the errors are reported in words.
    m_sslErrors += errors;
    if (auto *reply = qobject_cast<QNetworkReply *>(sender()))
        captureTls(reply);   // the chain that was refused is what a support engineer needs to see
}

void ZuoraConnection::captureTls(QNetworkReply *reply)
{
    const QList<QSslCertificate> extraCa =
        m_settings.caFile.isEmpty() ? QList<QSslCertificate>() : m_attemptCa.certificates;
    m_result.tls = TlsDetails::from(reply->sslConfiguration(), extraCa);
}

void ZuoraConnection::onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    Q_UNUSED(proxy)
    if (!m_reply)
        return;
    // Answered once per attempt. Asked again, the proxy has refused what it was given: leaving the
    // authenticator empty makes Qt give up with ProxyAuthenticationRequiredError.
    ++m_proxyAuthRequests;
    const QString &user = m_settings.proxy.username;
    if (m_proxyAuthRequests == 1 && m_settings.proxy.isExplicit() && !user.isEmpty()) {
        authenticator->setUser(user);
        authenticator->setPassword(m_attemptProxyPassword);
        m_proxyCredentialsAnswered = true;
    }
    qCDebug(lcConnection) << "proxy authentication requested" << m_proxyAuthRequests;
}

void ZuoraConnection::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    m_attemptProxyPassword.clear();
    if (m_abortKind == ErrorKind::None && reply->isReadable())
        onReadyRead();
    m_result.timings.finished = elapsedMs();

    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpReason = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    m_result.responseHeaders = reply->rawHeaderPairs();
    m_result.contentType = reply->rawHeader("Content-Type");
    m_result.tlsErrors = TlsErrorText::describeAll(m_sslErrors, m_result.endpoint.host());
    if (reply->hasRawHeader("Set-Cookie"))
        m_result.cookies = QNetworkCookie::parseCookies(reply->rawHeader("Set-Cookie"));
    m_result.redirectTarget = QString::fromUtf8(reply->rawHeader("Location"));

    QNetworkReply::NetworkError error = reply->error();
    if (m_abortKind == ErrorKind::Network && m_result.httpStatus > 0) {
        // Qt was about to send the login again although the server had begun to answer (an answer
        // it could not frame, or one cut short): judge what came, through the checks below.
        m_abortKind = ErrorKind::None;
        error = QNetworkReply::NoError;
    }
    // Codes below 200 are transport failures (connection, TLS, proxy), 3xx ones broken HTTP;
    // the others merely mirror an HTTP status of 400 or more, which we judge ourselves. Below
    // 400 any error means the answer could not be read (a gzip bomb Qt stopped, for one).
    const bool unreadable = error != QNetworkReply::NoError
        && (int(error) < 200 || (int(error) >= 300 && int(error) < 400) || m_result.httpStatus < 400);
    const bool transportFailure = m_abortKind != ErrorKind::None || unreadable || m_result.httpStatus == 0;
    if (transportFailure) {
        completeTransportFailure(error);
    } else if (const QByteArray length = brokenContentLength(*reply); !length.isEmpty()) {
        ResultClassifier::fail(m_result, ErrorKind::UnexpectedAnswer,
                               tr("The answer's framing is broken: Content-Length \"%1\" is not one decimal number "
                                  "(RFC 9112 §6.3), so where the answer ends is unknown and it is not judged.")
                                   .arg(QString::fromLatin1(length)),
                               tr("Zuora frames its answers correctly: a proxy or a server that is not Zuora may be answering."));
    } else if (m_result.httpStatus < 200) {
        ResultClassifier::classifyAnswer(m_result);   // an interim answer: never judged as the answer
    } else if (isCutShort(*reply, m_result.httpStatus, m_result.body.size())) {
        // Qt 6.4 may end an answer whose connection closed early without an error: a body
        // shorter than its Content-Length was cut off and must not be judged as an answer.
        completeTransportFailure(QNetworkReply::RemoteHostClosedError);
    } else if (m_result.responseHeaders.isEmpty()) {
        // Qt 6.4 silently drops the whole header block when it has too many or too large fields,
        // and then reads the body until the connection closes: never judge such an answer.
        ResultClassifier::fail(m_result, ErrorKind::UnexpectedAnswer,
                               tr("HTTP %1 without readable headers: none at all, or too many or too large to read.")
                                   .arg(m_result.httpStatus),
                               tr("This is not how Zuora answers: check the base URL and any proxy."));
    } else if (m_settings.authMode == AuthMode::SoapLogin) {
        ResultClassifier::classifySoapAnswer(m_result);
    } else {
        AnswerParser::parseInto(m_result);
        ResultClassifier::classifyAnswer(m_result);   // its hint names a multi-entity token without an entity id
    }

    if (m_maskEchoedSecret)
        m_result.maskEchoedSecret(m_attemptSecret);
    if (m_result.secretEchoed)
        m_result.notes << tr("The server sent the password or secret back; it is shown as ******** here.");
    m_attemptSecret.clear();

    qCDebug(lcConnection) << "finished" << m_result.httpStatus << errorKindId(m_result.errorKind);
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT busyChanged();
    Q_EMIT finished(m_result);
}

void ZuoraConnection::completeTransportFailure(QNetworkReply::NetworkError error)
{
    const QUrl &url = m_result.endpoint;
    const QString where = url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
    const double seconds = m_settings.timeoutMs / 1000.0;
    switch (m_abortKind) {
    case ErrorKind::Timeout:
        ResultClassifier::fail(m_result, ErrorKind::Timeout,
                               tr("No complete answer from %1 within %2 s.").arg(where, QString::number(seconds)),
                               tr("Check the network, proxy and firewall; Zuora itself gives up after 120 s."));
        return;
    case ErrorKind::Cancelled:
        ResultClassifier::fail(m_result, ErrorKind::Cancelled, tr("Cancelled."), QString());
        return;
    case ErrorKind::Network:   // Qt was about to connect again (see test())
        if (m_route.type() != QNetworkProxy::NoProxy && m_route.type() != QNetworkProxy::DefaultProxy) {
            ResultClassifier::fail(m_result, ErrorKind::Proxy,
                                   tr("The proxy %1 closed the connection before %2 answered; the login was not sent again.")
                                       .arg(m_result.proxy, where),
                                   tr("Check the proxy: its log may say why it dropped the connection."));
        } else {
            ResultClassifier::fail(m_result, ErrorKind::Network,
                                   tr("%1 closed the connection before answering; the login was not sent again.").arg(where),
                                   tr("Retry; if it persists, a proxy or firewall may be cutting the connection."));
        }
        return;
    case ErrorKind::BodyTooLarge:
        ResultClassifier::fail(m_result, ErrorKind::BodyTooLarge,
                               tr("The answer is larger than %1 MiB; stopped reading (HTTP %2).")
                                   .arg(m_bodyLimit / (1024.0 * 1024.0), 0, 'f', 1).arg(m_result.httpStatus),
                               tr("A login answer is a few hundred bytes: the base URL probably points at something else."));
        return;
    default:
        break;
    }

    if (completeProxyFailure(error))
        return;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        ResultClassifier::fail(m_result, ErrorKind::ConnectionRefused, tr("Connection refused by %1.").arg(where),
                               tr("Nothing listens there: check the host and port in the base URL."));
        return;
    case QNetworkReply::HostNotFoundError:
        ResultClassifier::fail(m_result, ErrorKind::HostNotFound, tr("Host %1 not found.").arg(url.host()),
                               tr("Check the spelling of the host and this computer's DNS."));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        ResultClassifier::fail(m_result, ErrorKind::Tls,
                               m_result.tlsErrors.isEmpty()
                                   ? TlsErrorText::describeHandshake(where, m_reply->errorString())
                                   : tr("TLS: %1").arg(m_result.tlsErrors.join(u' ')),
                               m_sslErrors.isEmpty() ? TlsErrorText::handshakeHint(m_reply->errorString())
                                                     : TlsErrorText::hintFor(m_sslErrors));
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        ResultClassifier::fail(m_result, ErrorKind::Timeout, tr("The connection to %1 timed out.").arg(where),
                               tr("Check the network, proxy and firewall."));
        return;
    case QNetworkReply::RemoteHostClosedError:
        ResultClassifier::fail(m_result, ErrorKind::Network,
                               m_result.httpStatus > 0
                                   ? tr("%1 closed the connection before the answer was complete (HTTP %2, %3 bytes received).")
                                         .arg(where, QString::number(m_result.httpStatus), QString::number(m_result.body.size()))
                                   : tr("%1 closed the connection without answering.").arg(where),
                               tr("Retry; if it persists, a proxy or firewall may be cutting the connection."));
        return;
    default:
        if (m_result.httpStatus > 0 && int(error) >= 200) {
            ResultClassifier::fail(m_result, ErrorKind::UnexpectedAnswer,
                                   tr("The answer from %1 (HTTP %2) could not be read: %3")
                                       .arg(where, QString::number(m_result.httpStatus), m_reply->errorString()),
                                   tr("A proxy or a server that is not Zuora may be answering: check the base URL."));
            return;
        }
        ResultClassifier::fail(m_result, ErrorKind::Network,
                               tr("Network error talking to %1: %2").arg(where, m_reply->errorString()),
                               tr("Check the network connection and the base URL."));
        return;
    }
}

bool ZuoraConnection::completeProxyFailure(QNetworkReply::NetworkError error)
{
    if (m_route.type() == QNetworkProxy::NoProxy || m_route.type() == QNetworkProxy::DefaultProxy)
        return false;
    ProxyFailure::Attempt attempt;
    attempt.error = error;
    attempt.errorString = m_reply->errorString();
    attempt.route = m_route;
    attempt.settings = m_settings.proxy;
    attempt.endpoint = m_result.endpoint;
    attempt.authRequests = m_proxyAuthRequests;
    attempt.credentialsAnswered = m_proxyCredentialsAnswered;
    attempt.passwordGiven = m_attemptProxyPasswordGiven;
    const ProxyFailure::Text text = ProxyFailure::describe(attempt);
    if (text.cause.isEmpty())
        return false;
    ResultClassifier::fail(m_result, ErrorKind::Proxy, text.cause, text.hint);
    return true;
}

} // namespace zct
