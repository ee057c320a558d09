#include "DemoEndpoints.h"

#include "DemoAnswers.h"
#include "DemoEntities.h"
#include "DemoJson.h"
#include "DemoSoap.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr int kAuthRequestsPerMinute = 2000;
constexpr int kTokenRequestsPerMinute = 100;
constexpr int kTokenLifetimeSeconds = 3599;

constexpr qint64 kCodeNoPermission = 90000010;
constexpr qint64 kCodeBadCredentials = 90000011;
constexpr qint64 kCodeNotFound = 90000040;
constexpr qint64 kCodeUnsupportedMethod = 90000045;
constexpr qint64 kCodeLockContention = 90000050;
constexpr qint64 kCodeOverLimit = 90000070;

bool pathIs(const DemoRequest &request, QStringView endpoint)
{
    return request.path.endsWith(endpoint);
}

void setStatusAndBody(DemoReply &reply, int status, const QByteArray &contentType,
                      const QByteArray &body)
{
    reply.status = status;
    reply.setBody(contentType, body);
}

// Form values arrive percent-encoded, with '+' meaning a space; QUrlQuery alone keeps '+' as is.
QUrlQuery formFields(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body).replace(u'+', u"%20"_s));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QStringList requestedEntities(const DemoRequest &request)
{
    QStringList ids;
    const QString header = QString::fromUtf8(request.header("Zuora-Entity-Ids"));
    for (const QString &part : header.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            ids.append(part.trimmed());
    }
    return ids;
}

} // namespace

DemoEndpoints::DemoEndpoints(DemoUsers users)
    : m_users(std::move(users)),
      m_authWindow(kAuthRequestsPerMinute, 60),
      m_tokenWindow(kTokenRequestsPerMinute, 60)
{
}

DemoReply DemoEndpoints::answer(const DemoRequest &request)
{
    if (pathIs(request, u"/v1/connections"))
        return connections(request);
    if (pathIs(request, u"/oauth/token"))
        return token(request);
    if (demosoap::isSoapPath(request.path)) {
        m_authWindow.count();
        QByteArray session;
        DemoReply reply = demosoap::login(request, m_users, request.url.isEmpty() ? request.path : request.url, &session);
        if (!session.isEmpty())
            m_sessions.addSession(session, reply.principal);
        return reply;
    }
    if (demoentities::isEntitiesPath(request.path))
        return demoentities::answer(request, m_users, m_sessions, zuoraReply(request));
    return notFound(request);
}

// Headers every answer of the Zuora application carries (recorded in 2016, declared in S1).
DemoReply DemoEndpoints::zuoraReply(const DemoRequest &request) const
{
    DemoReply reply;
    reply.setHeader("Server", "Zuora App");
    reply.setHeader("Zuora-Request-Id", answers::newRequestId());
    if (request.hasHeader("Zuora-Track-Id"))
        reply.setHeader("Zuora-Track-Id", request.header("Zuora-Track-Id"));
    return reply;
}

DemoReply DemoEndpoints::connections(const DemoRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request);
    m_authWindow.count();

    DemoReply reply = zuoraReply(request);
    reply.setHeader("Expires", answers::httpDateNow());
    reply.setHeader("Cache-Control", "max-age=0, no-cache, no-store");
    reply.setHeader("Pragma", "no-cache");
    reply.setHeader("RateLimit-Limit", QByteArray::number(m_authWindow.limit()) + ";w=60");
    reply.setHeader("RateLimit-Remaining", QByteArray::number(m_authWindow.remaining()));
    reply.setHeader("RateLimit-Reset", QByteArray::number(m_authWindow.secondsToReset()));
    reply.setHeader("Concurrency-Limit-Type", "Default");
    reply.setHeader("Concurrency-Limit-Limit", "40");
    reply.setHeader("Concurrency-Limit-Remaining", "39");

    const QString username = QString::fromUtf8(request.header("apiAccessKeyId"));
    const QString password = QString::fromUtf8(request.header("apiSecretAccessKey"));
    reply.principal = username;
    const auto user = m_users.findUser(username);
    if (username.isEmpty() || !user || user->password != password) {
        reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
        setStatusAndBody(reply, 401, answers::kJsonUtf8,
                         answers::failureBody(kCodeBadCredentials,
                                              u"this resource is protected, please sign in first"_s));
        return reply;
    }

    const QStringList entities = requestedEntities(request);
    QString entityProblem;
    if (entities.isEmpty() && user->entityIds.size() > 1) {
        entityProblem = u"This user belongs to more than one entity; name the entity to log in to "
                        u"in the Zuora-Entity-Ids header."_s;
    } else if (entities.size() > 1) {
        entityProblem = u"Name exactly one entity in the Zuora-Entity-Ids header."_s;
    } else if (entities.size() == 1 && !user->entityIds.contains(entities.first(), Qt::CaseInsensitive)) {
        entityProblem = u"The entity named in the Zuora-Entity-Ids header is not one this user "
                        u"can access."_s;
    }
    if (!entityProblem.isEmpty()) {
        reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
        setStatusAndBody(reply, 401, answers::kJsonUtf8,
                         answers::failureBody(kCodeNoPermission, entityProblem));
        return reply;
    }
    return sessionAnswerFor(*user, reply);
}

DemoReply DemoEndpoints::sessionAnswerFor(const DemoUser &user, DemoReply reply)
{
    switch (user.scenario) {
    case Scenario::RateLimited:
        reply.setHeader("Retry-After", QByteArray::number(m_retryAfterSeconds));
        reply.setHeader("Concurrency-Limit-Remaining", "0");
        setStatusAndBody(reply, 429, answers::kJsonUtf8,
                         answers::compactFailureBody(kCodeOverLimit,
                                 u"Your total number of concurrent requests have exceeded the limit "
                                 u"allowed by the system. Please resubmit your request later."_s));
        return reply;
    case Scenario::LockingContention:
        setStatusAndBody(reply, 200, answers::kJsonUtf8,
                         answers::failureBody(kCodeLockContention,
                                 u"Operation failed due to a lock competition. Please retry later."_s,
                                 QString::fromLatin1(answers::newProcessId())));
        return reply;
    case Scenario::BadGatewayHtml: {
        // The gateway answers, not the Zuora application: none of its headers.
        DemoReply gateway;
        gateway.principal = reply.principal;
        setStatusAndBody(gateway, 502, "text/html", answers::badGatewayPage());
        return gateway;
    }
    case Scenario::ApiDisabled:
        // Zuora gives no REST answer of its own for a user without API access: the login fails.
        reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
        setStatusAndBody(reply, 401, answers::kJsonUtf8,
                         answers::failureBody(kCodeBadCredentials, u"this resource is protected, please sign in first"_s));
        return reply;
    case Scenario::Slow:
        reply.delayed = true;
        break;
    case Scenario::Normal:
        break;
    }
    const QByteArray session = answers::newSessionToken();
    m_sessions.addSession(session, user.username);
    reply.setHeader("Set-Cookie", "ZSession=" + session + "; Path=/; Secure; HttpOnly");
    setStatusAndBody(reply, 200, answers::kJsonUtf8, answers::acceptedBody());
    return reply;
}

DemoReply DemoEndpoints::tokenReply(const DemoRequest &request) const
{
    DemoReply reply;
    reply.setHeader("Cache-Control", "no-store");
    reply.setHeader("Pragma", "no-cache");
    reply.setHeader("Zuora-Request-Id", answers::newRequestId());
    if (request.hasHeader("Zuora-Track-Id"))
        reply.setHeader("Zuora-Track-Id", request.header("Zuora-Track-Id"));
    reply.setHeader("X-RateLimit-Limit-minute", QByteArray::number(m_tokenWindow.limit()));
    reply.setHeader("X-RateLimit-Remaining-minute", QByteArray::number(m_tokenWindow.remaining()));
    return reply;
}

DemoReply DemoEndpoints::token(const DemoRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed(request);
    m_tokenWindow.count();
    DemoReply reply = tokenReply(request);

    // The docs say to send no authentication header with this call (zuora-api.md §2).
    if (request.hasHeader("Authorization") || request.hasHeader("apiAccessKeyId")
        || request.hasHeader("apiSecretAccessKey")) {
        setStatusAndBody(reply, 400, "application/json",
                         compactJson({{u"error"_s, u"invalid_request"_s},
                                      {u"error_description"_s,
                                       u"Do not send Authorization, apiAccessKeyId or "
                                       u"apiSecretAccessKey headers to /oauth/token"_s}}));
        return reply;
    }
    const QUrlQuery form = formFields(request.body);
    if (formValue(form, u"grant_type"_s) != u"client_credentials") {
        setStatusAndBody(reply, 400, "application/json",
                         compactJson({{u"error"_s, u"unsupported_grant_type"_s}}));
        return reply;
    }
    const QString clientId = formValue(form, u"client_id"_s);
    const QString clientSecret = formValue(form, u"client_secret"_s);
    reply.principal = clientId;
    const auto client = m_users.findClient(clientId);
    if (clientId.isEmpty() || !client || client->clientSecret != clientSecret) {
        reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
        setStatusAndBody(reply, 401, "application/json",
                         compactJson({{u"error"_s, u"invalid_client"_s},
                                      {u"error_description"_s, u"Bad client credentials"_s}}));
        return reply;
    }
    QStringList entityIds = client->entityIds;
    const QStringList requested = requestedEntities(request);
    if (!requested.isEmpty()) {
        for (const QString &entity : requested) {
            if (!client->entityIds.contains(entity, Qt::CaseInsensitive)) {
                setStatusAndBody(reply, 400, "application/json",
                                 compactJson({{u"error"_s, u"invalid_request"_s},
                                              {u"error_description"_s,
                                               u"Zuora-Entity-Ids names an entity this client "
                                               u"cannot access"_s}}));
                return reply;
            }
        }
        entityIds = requested;   // the token is then limited to the named entities
    }
    return tokenAnswerFor(*client, entityIds, reply);
}

DemoReply DemoEndpoints::tokenAnswerFor(const DemoClient &client, const QStringList &entityIds,
                                        DemoReply reply)
{
    switch (client.scenario) {
    case Scenario::RateLimited:
        reply.setHeader("Retry-After", QByteArray::number(m_retryAfterSeconds));
        reply.setHeader("X-RateLimit-Remaining-minute", "0");
        setStatusAndBody(reply, 429, "application/json",
                         compactJson({{u"message"_s, u"API rate limit exceeded"_s}}));
        return reply;
    case Scenario::BadGatewayHtml: {
        DemoReply gateway;
        gateway.principal = reply.principal;
        setStatusAndBody(gateway, 502, "text/html", answers::badGatewayPage());
        return gateway;
    }
    case Scenario::Slow:
        reply.delayed = true;
        break;
    case Scenario::LockingContention: // no lock to compete for when issuing a token
    case Scenario::ApiDisabled:       // users only
    case Scenario::Normal:
        break;
    }
    // A stable user id per client, so repeated tokens show the same "user." scope item.
    const QString userId = QString::fromLatin1(
            QCryptographicHash::hash(client.clientId.toUtf8(), QCryptographicHash::Md5).toHex());
    QStringList scope{u"user."_s + userId};
    for (const QString &entity : entityIds)
        scope.append(u"entity."_s + entity);
    scope << u"service.echo.read"_s << u"tenant.19"_s;

    const QByteArray accessToken = answers::randomHex(32);
    m_sessions.addToken(accessToken, client.clientId, entityIds);
    setStatusAndBody(reply, 200, "application/json",
                     compactJson({{u"access_token"_s, QString::fromLatin1(accessToken)},
                                  {u"token_type"_s, u"bearer"_s},
                                  {u"expires_in"_s, kTokenLifetimeSeconds},
                                  {u"scope"_s, scope.join(u' ')},
                                  {u"jti"_s, QString::fromLatin1(answers::randomHex(32))}}));
    return reply;
}

DemoReply DemoEndpoints::methodNotAllowed(const DemoRequest &request) const
{
    DemoReply reply = zuoraReply(request);
    reply.setHeader("Allow", "POST");
    setStatusAndBody(reply, 405, answers::kJsonUtf8,
                     answers::failureBody(kCodeUnsupportedMethod,
                                          u"The HTTP method "_s + QString::fromLatin1(request.method)
                                                  + u" is not supported by this resource."_s));
    return reply;
}

DemoReply DemoEndpoints::notFound(const DemoRequest &request) const
{
    DemoReply reply = zuoraReply(request);
    setStatusAndBody(reply, 404, answers::kJsonUtf8,
                     answers::compactFailureBody(kCodeNotFound,
                                                 u"No resource was found at "_s + request.path
                                                         + u"; the demo server answers "
                                                           u"POST .../v1/connections, "
                                                           u"POST .../oauth/token, "
                                                           u"GET .../v1/entities and "
                                                           u"GET .../v1/users/{username}/accessible-entities."_s));
    return reply;
}

} // namespace zct
