#include "EntitiesLookup.h"

#include "AnswerParser.h"
#include "AuthMethod.h"
#include "BoundedBody.h"
#include "DisplayText.h"
#include "Environments.h"
#include "ResultClassifier.h"
#include "TlsErrorText.h"
#include "WireText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

Q_LOGGING_CATEGORY(lcEntities, "zct.entities", QtWarningMsg)   // never the credential

const QByteArray kMasked = DisplayText::Mask.toString().toLatin1();

// A session can be up to 512 characters (§8.4); tokens are short. Anything much longer is a paste gone wrong.
constexpr qsizetype kMaxCredentialLength = 8192;
constexpr qsizetype kMaxFieldLength = 1024;

bool hasControlBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

bool usesSession(EntitiesQuery::Credential credential)
{
    return credential != EntitiesQuery::Credential::BearerToken;
}

QString credentialName(EntitiesQuery::Credential credential)
{
    switch (credential) {
    case EntitiesQuery::Credential::SessionCookie: return EntitiesLookup::tr("the ZSession cookie");
    case EntitiesQuery::Credential::SoapSession: return EntitiesLookup::tr("the SOAP session");
    case EntitiesQuery::Credential::BearerToken: return EntitiesLookup::tr("the OAuth token");
    }
    return {};
}

// "Authentication failed (90000011): this resource is protected ...", the message made safe.
QString describeReason(const ZuoraReason &reason)
{
    const QString message = DisplayText::safe(reason.message);
    const QString code = DisplayText::safe(reason.code.text());
    QString text;
    if (reason.code.category() >= 0)
        text = EntitiesLookup::tr("%1 (%2)").arg(reason.code.categoryName(), code);
    else
        text = code;
    if (message.isEmpty())
        return text;
    return text.isEmpty() ? message : EntitiesLookup::tr("%1: %2").arg(text, message);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString where(const QUrl &url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

// A JSON field of an entity that must be a string when present; a null QString when absent or null.
bool readText(const QJsonObject &object, QLatin1StringView key, QString *value)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() || field.isNull()) {
        *value = QString();
        return true;
    }
    if (!field.isString())
        return false;
    *value = field.toString();
    if (value->isNull())
        *value = u""_s;   // a JSON "" stays an empty string, not "no value"
    return true;
}

} // namespace

EntitiesLookup::EntitiesLookup(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire up to 5% early
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortWith(ErrorKind::Timeout); });
}

EntitiesLookup::~EntitiesLookup()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply.data();
    }
}

QUrl EntitiesLookup::endpointFor(const EntitiesQuery &query)
{
    const QUrl &base = query.restBase;
    if (!base.isValid() || base.host().isEmpty())
        return {};
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    QString path;
    if (usesSession(query.credential)) {
        // Login names are e-mail addresses: "@", "+" and "/" travel percent-encoded (§9.2).
        path = prefix + u"/v1/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(query.username))
            + u"/accessible-entities"_s;
    } else {
        path = prefix + u"/v1/entities"_s;
    }
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

std::optional<EntitiesQuery> EntitiesLookup::queryAfter(const ConnectionResult &accepted)
{
    if (!accepted.accepted())
        return std::nullopt;
    const NormalizedUrl base = Environments::normalize(accepted.settings.baseUrl);
    if (!base.ok())
        return std::nullopt;
    EntitiesQuery query;
    query.restBase = base.url;
    query.username = accepted.settings.username;
    query.entityId = accepted.settings.entityId.trimmed();
    query.trackId = accepted.settings.trackId;
    query.timeoutMs = accepted.settings.timeoutMs;
    switch (AuthMethod::of(accepted.settings.authMode).credential) {
    case AuthMethod::Credential::SessionCookie:
        if (const QNetworkCookie *cookie = accepted.sessionCookie(); cookie && !cookie->value().isEmpty()) {
            query.credential = EntitiesQuery::Credential::SessionCookie;
            query.credentialValue = cookie->value();
        }
        break;
    case AuthMethod::Credential::AccessToken:
        query.credential = EntitiesQuery::Credential::BearerToken;
        query.credentialValue = accepted.token.accessToken.toUtf8();
        break;
    case AuthMethod::Credential::SoapSession:
        query.credential = EntitiesQuery::Credential::SoapSession;
        query.credentialValue = accepted.soap.session.toUtf8();
        break;
    }
    if (query.credentialValue.isEmpty())
        return std::nullopt;
    return query;
}

QString EntitiesLookup::headerEntityId(const QString &id)
{
    static const QRegularExpression plain(u"^[0-9a-fA-F]{32}$"_s);
    static const QRegularExpression hyphenated(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    const QString trimmed = id.trimmed();
    if (hyphenated.match(trimmed).hasMatch())
        return trimmed;
    if (!plain.match(trimmed).hasMatch())
        return {};
    return trimmed.left(8) + u'-' + trimmed.mid(8, 4) + u'-' + trimmed.mid(12, 4) + u'-' + trimmed.mid(16, 4) + u'-'
        + trimmed.mid(20);
}

QString EntitiesLookup::suggestedEntityId(const EntitiesResult &result, const QString &currentEntityId)
{
    if (!result.ok || !currentEntityId.trimmed().isEmpty() || result.entities.size() < 2)
        return {};
    QList<const ZuoraEntity *> candidates;
    for (const ZuoraEntity &entity : result.entities) {
        if (entity.status.compare(u"Unprovisioned"_s, Qt::CaseInsensitive) != 0)
            candidates << &entity;
    }
    QList<const ZuoraEntity *> globals;
    for (const ZuoraEntity *entity : std::as_const(candidates)) {
        if (entity->isGlobal())
            globals << entity;
    }
    if (globals.size() == 1)
        return headerEntityId(globals.first()->id);
    if (!globals.isEmpty())
        return {};   // several entities claim to be global: let the person choose
    QStringList ids;
    for (const ZuoraEntity &entity : result.entities)
        ids << entity.id;
    QList<const ZuoraEntity *> roots;
    for (const ZuoraEntity *entity : std::as_const(candidates)) {
        if (!ids.contains(entity->parentId))
            roots << entity;
    }
    return roots.size() == 1 ? headerEntityId(roots.first()->id) : QString();
}

double EntitiesLookup::elapsed() const
{
    return double(m_clock.nsecsElapsed()) / 1e6;
}

bool EntitiesLookup::start(const EntitiesQuery &query)
{
    if (m_reply || !m_network)
        return false;

    m_query = query;
    m_result = EntitiesResult{};
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_sslErrors.clear();
    m_abortKind = ErrorKind::None;
    m_connectionsStarted = 0;
    m_clock.start();

    const QUrl url = endpointFor(query);
    m_result.request.method = "GET";
    m_result.request.url = url;

    const QString scheme = query.restBase.scheme().toLower();
    const bool session = usesSession(query.credential);
    QString problem;
    if (!url.isValid() || (scheme != u"https" && scheme != u"http"))
        problem = tr("The REST base URL is not an http:// or https:// address.");
    else if (scheme == u"http" && !Environments::isLoopbackHost(query.restBase.host()))
        problem = tr("Plain http:// would send the session or token unencrypted; use https:// (http is allowed only for this computer).");
    else if (query.credentialValue.trimmed().isEmpty())
        problem = tr("There is no %1 to look up the entities with: run the check first.").arg(credentialName(query.credential));
    else if (hasControlBytes(query.credentialValue) || query.credentialValue.size() > kMaxCredentialLength
             || (query.credential == EntitiesQuery::Credential::SessionCookie && query.credentialValue.contains(';')))
        problem = tr("%1 contains characters that cannot be sent in a header, or is too long.").arg(credentialName(query.credential));
    else if (session && query.username.trimmed().isEmpty())
        problem = tr("The login name is needed to ask which entities it can reach.");
    else if (WireText::hasControlCharacters(query.username) || query.username.size() > kMaxFieldLength)
        problem = tr("The login name contains control characters such as a line break, or is too long.");
    else if (WireText::hasControlCharacters(query.entityId) || query.entityId.size() > kMaxFieldLength
             || WireText::hasControlCharacters(query.trackId) || query.trackId.size() > kMaxFieldLength)
        problem = tr("The entity id or track id contains control characters such as a line break, or is too long.");
    else if (query.timeoutMs <= 0)
        problem = tr("The timeout must be a positive number of milliseconds.");
    if (!problem.isEmpty()) {
        finishEarly(problem);
        return true;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (scheme == u"https") {
        QSslConfiguration tls = query.tls;
        if (tls.isNull()) {
            tls = QSslConfiguration::defaultConfiguration();
            tls.setProtocol(QSsl::TlsV1_2OrLater);
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        }
        request.setSslConfiguration(tls);
    }

    QList<HeaderField> &headers = m_result.request.headers;
    auto add = [&](const QByteArray &name, const QByteArray &value, const QByteArray &masked = {}) {
        request.setRawHeader(name, value);
        headers << HeaderField{name, masked.isNull() ? value : masked, !masked.isNull()};
    };
    add("User-Agent", WireText::userAgent());
    add("Accept", "application/json");
    switch (query.credential) {
    case EntitiesQuery::Credential::SessionCookie:
        add("Cookie", "ZSession=" + query.credentialValue, "ZSession=" + kMasked);
        break;
    case EntitiesQuery::Credential::SoapSession:
        add("Authorization", "ZSession " + query.credentialValue, "ZSession " + kMasked);
        break;
    case EntitiesQuery::Credential::BearerToken:
        add("Authorization", "Bearer " + query.credentialValue, "Bearer " + kMasked);
        break;
    }
    if (!query.entityId.trimmed().isEmpty())
        add("Zuora-Entity-Ids", query.entityId.trimmed().toUtf8());
    if (!query.trackId.isEmpty())
        add("Zuora-Track-Id", query.trackId.toUtf8());

    qCDebug(lcEntities) << "looking up entities at" << url.toDisplayString();
    m_result.sent = true;
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_result.timings.connecting < 0)
            m_result.timings.connecting = elapsed();
        // Qt connects again on its own when a connection drops before the answer: one GET per lookup.
        if (++m_connectionsStarted > 1)
            abortWith(ErrorKind::Network);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_result.timings.tlsDone = elapsed(); });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (m_result.timings.requestSent < 0)
            m_result.timings.requestSent = elapsed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &EntitiesLookup::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &EntitiesLookup::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors += errors;   // never ignored: the handshake fails and the errors are told in words
    });
    connect(reply, &QNetworkReply::finished, this, &EntitiesLookup::onFinished);
    // The manager went away and took the reply with it, without a finished signal.
    connect(reply, &QObject::destroyed, this, [this] {
        m_timeout.stop();
        fail(ErrorKind::Network, tr("The network connection was closed before %1 answered.").arg(where(m_result.request.url)),
             tr("Run the check again, then look up the entities."));
        report();
    });
    m_timeout.start(query.timeoutMs);
    return true;
}

void EntitiesLookup::cancel()
{
    if (m_reply)
        abortWith(ErrorKind::Cancelled);
}

void EntitiesLookup::abortWith(ErrorKind kind)
{
    if (!m_reply || m_abortKind != ErrorKind::None)
        return;
    m_abortKind = kind;
    m_reply->abort();   // emits finished, which reports m_abortKind
}

void EntitiesLookup::fail(ErrorKind kind, const QString &cause, const QString &hint)
{
    m_result.ok = false;
    m_result.errorKind = kind;
    m_result.cause = cause;
    m_result.hint = hint;
    m_result.entities.clear();
}

void EntitiesLookup::finishEarly(const QString &cause)
{
    fail(ErrorKind::InvalidInput, cause, tr("Correct the input and try again; nothing was sent."));
    m_result.sent = false;
    m_result.timings.finished = elapsed();
    const EntitiesResult result = m_result;
    // From the event loop, as for a real lookup, so callers see one order of events.
    QMetaObject::invokeMethod(this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void EntitiesLookup::onMetaData()
{
    if (m_result.timings.firstByte < 0)
        m_result.timings.firstByte = elapsed();
    if (BoundedBody::declaredTooLarge(*m_reply, m_bodyLimit))
        abortWith(ErrorKind::BodyTooLarge);
}

void EntitiesLookup::onReadyRead()
{
    if (m_result.timings.firstByte < 0)
        m_result.timings.firstByte = elapsed();
    if (!BoundedBody::readInto(*m_reply, m_result.body, m_bodyLimit))
        abortWith(ErrorKind::BodyTooLarge);
}

void EntitiesLookup::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    reply->disconnect(this);
    if (m_abortKind == ErrorKind::None && reply->isReadable())
        onReadyRead();
    m_result.timings.finished = elapsed();
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpReason = DisplayText::safe(
        QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
    m_result.responseHeaders = reply->rawHeaderPairs();
    m_result.contentType = reply->rawHeader("Content-Type");
    m_result.redirectTarget = DisplayText::safe(QString::fromUtf8(reply->rawHeader("Location")));
    m_result.tlsErrors = TlsErrorText::describeAll(m_sslErrors, m_result.request.url.host());

    QNetworkReply::NetworkError error = reply->error();
    if (m_abortKind == ErrorKind::Network && m_result.httpStatus > 0) {
        // Qt was about to send the GET again although an answer had begun: judge what came.
        m_abortKind = ErrorKind::None;
        error = QNetworkReply::NoError;
    }
    // As in ZuoraConnection: codes below 200 are transport failures, 3xx ones broken HTTP; the
    // others mirror an HTTP status of 400 or more, which is judged below.
    const bool unreadable = error != QNetworkReply::NoError
        && (int(error) < 200 || (int(error) >= 300 && int(error) < 400) || m_result.httpStatus < 400);
    if (m_abortKind != ErrorKind::None || unreadable || m_result.httpStatus == 0)
        judgeTransportFailure(error, reply->errorString());
    else
        judgeAnswer();

    m_reply = nullptr;
    reply->deleteLater();
    report();
}

void EntitiesLookup::report()
{
    maskEchoedCredential();
    m_query.credentialValue.fill('\0');
    m_query.credentialValue.clear();
    qCDebug(lcEntities) << "finished" << m_result.httpStatus << errorKindId(m_result.errorKind)
                        << m_result.entities.size() << "entities";
    const EntitiesResult result = m_result;
    Q_EMIT finished(result);
}

void EntitiesLookup::maskEchoedCredential()
{
    const QString secret = QString::fromUtf8(m_query.credentialValue);
    if (secret.isEmpty())
        return;
    const auto maskText = [&](QString &text) {
        const QString masked = DisplayText::maskSecret(text, secret);
        if (masked != text) {
            text = masked;
            m_result.credentialEchoed = true;
        }
    };
    const QByteArray body = DisplayText::maskSecret(m_result.body, secret);
    if (body != m_result.body) {
        m_result.body = body;
        m_result.credentialEchoed = true;
    }
    for (auto &[name, value] : m_result.responseHeaders) {
        const QByteArray masked = DisplayText::maskSecret(value, secret);
        if (masked != value) {
            value = masked;
            m_result.credentialEchoed = true;
        }
    }
    for (ZuoraReason &reason : m_result.reasons)
        maskText(reason.message);
    maskText(m_result.httpReason);
    maskText(m_result.redirectTarget);
    maskText(m_result.cause);
    maskText(m_result.hint);
    maskText(m_result.processId);
    for (ZuoraEntity &entity : m_result.entities) {
        for (QString *field : {&entity.id, &entity.name, &entity.displayName, &entity.status, &entity.tenantId,
                               &entity.locale, &entity.timezone}) {
            maskText(*field);
        }
        if (!entity.parentId.isNull())
            maskText(entity.parentId);
    }
    if (m_result.credentialEchoed)
        m_result.hint = (m_result.hint.isEmpty() ? QString() : m_result.hint + u' ')
            + tr("The server sent the session or token back; it is shown as ******** here.");
}

void EntitiesLookup::judgeTransportFailure(QNetworkReply::NetworkError error, const QString &errorString)
{
    const QUrl &url = m_result.request.url;
    const QString at = where(url);
    switch (m_abortKind) {
    case ErrorKind::Timeout:
        fail(ErrorKind::Timeout,
             tr("No complete answer from %1 within %2 s to the entities lookup.").arg(at, QString::number(m_query.timeoutMs / 1000.0)),
             tr("Check the network, proxy and firewall, then try again."));
        return;
    case ErrorKind::Cancelled:
        fail(ErrorKind::Cancelled, tr("Cancelled."), QString());
        return;
    case ErrorKind::Network:
        fail(ErrorKind::Network, tr("%1 closed the connection before answering; the lookup was not sent again.").arg(at),
             tr("Retry; if it persists, a proxy or firewall may be cutting the connection."));
        return;
    case ErrorKind::BodyTooLarge:
        fail(ErrorKind::BodyTooLarge,
             tr("The answer is larger than %1 MiB; stopped reading (HTTP %2).")
                 .arg(m_bodyLimit / (1024.0 * 1024.0), 0, 'f', 1)
                 .arg(m_result.httpStatus),
             tr("A list of entities is a few kilobytes: the base URL probably points at something else."));
        return;
    default:
        break;
    }
    const QString qtText = DisplayText::safe(errorString);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        fail(ErrorKind::ConnectionRefused, tr("Connection refused by %1.").arg(at),
             tr("Nothing listens there: check the host and port of the REST base URL."));
        return;
    case QNetworkReply::HostNotFoundError:
        fail(ErrorKind::HostNotFound, tr("Host %1 not found.").arg(url.host()),
             tr("Check the spelling of the host and this computer's DNS."));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        fail(ErrorKind::Tls,
             m_result.tlsErrors.isEmpty() ? TlsErrorText::describeHandshake(at, errorString)
                                          : tr("TLS: %1").arg(m_result.tlsErrors.join(u' ')),
             m_sslErrors.isEmpty() ? TlsErrorText::handshakeHint(errorString) : TlsErrorText::hintFor(m_sslErrors));
        return;
    case QNetworkReply::TimeoutError:
        fail(ErrorKind::Timeout, tr("The connection to %1 timed out.").arg(at), tr("Check the network, proxy and firewall."));
        return;
    case QNetworkReply::OperationCanceledError:   // not by us: the network manager was closed
        fail(ErrorKind::Network, tr("The request to %1 was stopped before it was answered.").arg(at),
             tr("Run the check again, then look up the entities."));
        return;
    case QNetworkReply::RemoteHostClosedError:
        fail(ErrorKind::Network,
             m_result.httpStatus > 0
                 ? tr("%1 closed the connection before the answer was complete (HTTP %2, %3 bytes received).")
                       .arg(at, QString::number(m_result.httpStatus), QString::number(m_result.body.size()))
                 : tr("%1 closed the connection without answering.").arg(at),
             tr("Retry; if it persists, a proxy or firewall may be cutting the connection."));
        return;
    default:
        if (int(error) >= 101 && int(error) <= 199) {
            fail(ErrorKind::Proxy, tr("The proxy failed on the way to %1: %2").arg(at, qtText),
                 tr("Check the proxy settings; the check itself went through the same proxy."));
            return;
        }
        if (m_result.httpStatus > 0) {
            fail(ErrorKind::UnexpectedAnswer,
                 tr("The answer from %1 (HTTP %2) could not be read: %3").arg(at, QString::number(m_result.httpStatus), qtText),
                 tr("A proxy or a server that is not Zuora may be answering: check the base URL."));
            return;
        }
        fail(ErrorKind::Network, tr("Network error talking to %1: %2").arg(at, qtText),
             tr("Check the network connection and the base URL."));
        return;
    }
}

void EntitiesLookup::judgeAnswer()
{
    // The project's own reader of Zuora answers: reasons with codes as numbers or strings, HTML,
    // repeated keys; and its written rule for "success is the JSON boolean true".
    ConnectionResult answer;
    answer.settings.authMode = AuthMode::SessionLogin;
    answer.httpStatus = m_result.httpStatus;
    answer.body = m_result.body;
    answer.contentType = m_result.contentType;
    AnswerParser::parseInto(answer);
    m_result.reasons = answer.reasons;
    m_result.processId = DisplayText::safe(answer.processId);

    const int status = m_result.httpStatus;
    const bool notJson = answer.shape == AnswerShape::Html || answer.shape == AnswerShape::NotJson;
    const QString pageKind = answer.shape == AnswerShape::Html ? tr("an HTML page") : tr("a body that is not JSON");
    const QString reason = m_result.reasons.isEmpty() ? DisplayText::safe(answer.answerMessage)
                                                      : describeReason(m_result.reasons.first());
    const QString credential = credentialName(m_query.credential);

    if (status < 200) {
        fail(ErrorKind::UnexpectedAnswer,
             tr("The server sent an interim answer (HTTP %1) and Qt ends the exchange there: the list could not be read.").arg(status),
             tr("Zuora sends no interim answers: a proxy or a server that is not Zuora may be answering."));
        return;
    }
    if (status >= 300 && status < 400) {
        fail(ErrorKind::Redirect,
             tr("The server answered HTTP %1 and redirects to %2; it was not followed, so %3 was not sent on.")
                 .arg(QString::number(status), m_result.redirectTarget.isEmpty() ? tr("(no location)") : m_result.redirectTarget,
                      credential),
             tr("Check the REST base URL: Zuora answers this call directly."));
        return;
    }
    if (status == 401 || status == 403) {
        QString cause = status == 401
            ? tr("Zuora refused %1 for the entities lookup (HTTP 401).").arg(credential)
            : tr("Zuora refused the entities lookup (HTTP 403): %1 lacks the right to list entities.").arg(credential);
        if (!reason.isEmpty())
            cause += u' ' + tr("Zuora says: %1.").arg(reason);
        if (notJson)
            cause += u' ' + tr("(The answer was %1: a proxy may have answered instead of Zuora.)").arg(pageKind);
        const QString hint = status == 401
            ? (usesSession(m_query.credential)
                   ? tr("The session may have expired (by default after 15 minutes): run the check again, then look up the entities at once.")
                   : tr("The token may have expired: run the check again for a fresh token, then look up the entities."))
            : tr("The user or OAuth client needs the permission to see entities (Multi-entity); ask a Zuora administrator.");
        fail(ErrorKind::Rejected, cause, hint);
        return;
    }
    if (status == 404) {
        m_result.notMultiEntity = true;
        fail(ErrorKind::UnexpectedAnswer,
             tr("Zuora does not know %1 here (HTTP 404%2): the tenant probably does not have Multi-entity (not confirmed: "
                "what such a tenant answers is not documented).")
                 .arg(m_result.request.url.path(), reason.isEmpty() ? QString() : u": "_s + reason),
             tr("Without Multi-entity there is nothing to choose: leave the entity id empty. If the tenant has Multi-entity, check the REST base URL."));
        return;
    }
    if (status == 429) {
        const QString retryAfter = DisplayText::safe(QString::fromLatin1(headerValue(m_result.responseHeaders, "Retry-After")));
        fail(ErrorKind::RateLimited,
             retryAfter.isEmpty() ? tr("Rate limited by Zuora (HTTP 429).")
                                  : tr("Rate limited by Zuora (HTTP 429); retry after %1 s.").arg(retryAfter),
             tr("The lookup counts toward the tenant's API limits: wait, then try again."));
        return;
    }
    if (notJson) {
        fail(ErrorKind::NotZuora, tr("Not a Zuora answer: HTTP %1 with %2.").arg(QString::number(status), pageKind),
             status >= 500 ? tr("A gateway or proxy answered. Retry later; if it persists, check the base URL and any proxy.")
                           : tr("The REST base URL may point at a web page rather than the REST API: check it."));
        return;
    }
    if (status >= 500) {
        fail(ErrorKind::ServerError,
             reason.isEmpty() ? tr("Zuora reported a server error (HTTP %1).").arg(status)
                              : tr("Server error (HTTP %1): %2").arg(QString::number(status), reason),
             tr("Retry later; if it persists, give Zuora Support the Zuora-Request-Id."));
        return;
    }
    if (answer.shape == AnswerShape::None) {
        fail(ErrorKind::EmptyBody, tr("HTTP %1 with an empty body: no list of entities.").arg(status),
             tr("Retry; if it persists, check that the base URL is Zuora's REST API."));
        return;
    }
    if (status != 200) {
        fail(ErrorKind::UnexpectedAnswer,
             reason.isEmpty() ? tr("Unexpected answer to the entities lookup: HTTP %1.").arg(status)
                              : tr("Unexpected answer to the entities lookup (HTTP %1): %2").arg(QString::number(status), reason),
             tr("Look at the raw response; check the REST base URL."));
        return;
    }
    const QJsonValue success = answer.json.isObject() ? answer.json.object().value(u"success") : QJsonValue();
    if (success.isBool() && !success.toBool()) {
        fail(ErrorKind::Rejected,
             reason.isEmpty() ? tr("Zuora answered the entities lookup with success: false, without a reason.")
                              : tr("Zuora answered the entities lookup with success: false: %1.").arg(reason),
             m_result.reasons.isEmpty() ? tr("Run the check again, then look up the entities.")
                                        : m_result.reasons.first().code.hint());
        return;
    }
    QString contradiction;
    if (!ResultClassifier::meetsAcceptRule(answer, &contradiction)) {
        fail(ErrorKind::UnexpectedAnswer, tr("Unexpected answer, not a list of entities: %1.").arg(DisplayText::safe(contradiction)),
             tr("This is not how Zuora lists entities: look at the raw response, check the base URL and any proxy."));
        return;
    }
    judgeEntities();
}

void EntitiesLookup::judgeEntities()
{
    // Parsed again only to read the list: AnswerParser has already judged the body as a JSON object.
    const QJsonObject object = QJsonDocument::fromJson(m_result.body).object();
    const QJsonValue list = object.value(u"entities");
    const auto unexpected = [this](const QString &what) {
        fail(ErrorKind::UnexpectedAnswer, tr("Unexpected answer, not a list of entities: %1.").arg(what),
             tr("This is not how Zuora lists entities: look at the raw response, check the base URL and any proxy."));
    };
    if (!list.isArray()) {
        unexpected(list.isUndefined() ? tr("there is no \"entities\" array") : tr("\"entities\" is not an array"));
        return;
    }
    QList<ZuoraEntity> entities;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            unexpected(tr("entry %1 of \"entities\" is not an object").arg(i + 1));
            return;
        }
        const QJsonObject fields = item.toObject();
        ZuoraEntity entity;
        const bool textOk = readText(fields, "id"_L1, &entity.id) && readText(fields, "name"_L1, &entity.name)
            && readText(fields, "displayName"_L1, &entity.displayName) && readText(fields, "status"_L1, &entity.status)
            && readText(fields, "parentId"_L1, &entity.parentId) && readText(fields, "tenantId"_L1, &entity.tenantId)
            && readText(fields, "locale"_L1, &entity.locale) && readText(fields, "timezone"_L1, &entity.timezone);
        if (!textOk) {
            unexpected(tr("entry %1 of \"entities\" has a field that is neither a string nor null").arg(i + 1));
            return;
        }
        if (entity.id.isEmpty()) {
            unexpected(tr("entry %1 of \"entities\" has no id").arg(i + 1));
            return;
        }
        if (entity.parentId.isEmpty())
            entity.parentId = QString();   // "" or null: no parent, the global entity
        for (QString *text : {&entity.name, &entity.displayName, &entity.status, &entity.tenantId, &entity.locale,
                              &entity.timezone}) {
            if (text->isNull())
                *text = u""_s;
        }
        entities << entity;
    }

    m_result.ok = true;
    m_result.errorKind = ErrorKind::None;
    m_result.entities = entities;
    if (entities.isEmpty()) {
        m_result.cause = tr("Zuora lists no entities for %1.").arg(credentialName(m_query.credential));
        m_result.hint = tr("Without entities there is nothing to choose: leave the entity id empty.");
        return;
    }
    m_result.cause = entities.size() == 1
        ? tr("One entity can be reached with %1.").arg(credentialName(m_query.credential))
        : tr("%1 entities can be reached with %2.").arg(QString::number(entities.size()), credentialName(m_query.credential));
    const QString suggestion = suggestedEntityId(m_result, m_query.entityId);
    if (!suggestion.isEmpty()) {
        QString name;
        for (const ZuoraEntity &entity : std::as_const(entities)) {
            if (headerEntityId(entity.id) == suggestion)
                name = DisplayText::safe(entity.displayName.isEmpty() ? entity.name : entity.displayName);
        }
        m_result.hint = tr("No entity id is chosen: later calls should name one in Zuora-Entity-Ids. The global entity %1 (%2) "
                           "is the usual choice.").arg(name, suggestion);
    }
}

} // namespace zct
