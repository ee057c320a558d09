#include "DemoEntities.h"

#include "DemoAnswers.h"
#include "DemoCredentials.h"
#include "DemoJson.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace zct::demoentities {

namespace {

constexpr qint64 kCodeNoPermission = 90000010;
constexpr qint64 kCodeBadCredentials = 90000011;
constexpr qint64 kCodeNotFound = 90000040;
constexpr qint64 kCodeUnsupportedMethod = 90000045;
constexpr qint64 kCodeUserNotFound = 50000040;   // resource 500000: a GET without payload (§4)

const QRegularExpression &accessiblePath()
{
    static const QRegularExpression path(u"/v1/users/(.+)/accessible-entities$"_s);
    return path;
}

bool isListPath(const QString &path)
{
    return path.endsWith(u"/v1/entities");
}

struct Caller
{
    QString principal;
    QStringList entityIds;   // what the credential may reach
    bool token = false;
};

// The REST object id of an entity: the Zuora-Entity-Ids form without its hyphens (§9.1).
QString restId(const QString &entityId)
{
    return QString(entityId).remove(u'-').toLower();
}

QString globalEntity(const DemoUsers &users)
{
    for (const DemoUser &user : users.users()) {
        if (!user.entityIds.isEmpty())
            return user.entityIds.first();
    }
    for (const DemoClient &client : users.clients()) {
        if (!client.entityIds.isEmpty())
            return client.entityIds.first();
    }
    return {};
}

OrderedJsonObject entityObject(const QString &entityId, const QString &global)
{
    QString name;
    QString timezone = u"GMT"_s;
    if (entityId.compare(QString::fromUtf16(demo::kEntityA), Qt::CaseInsensitive) == 0) {
        name = u"Demo Corporation"_s;
    } else if (entityId.compare(QString::fromUtf16(demo::kEntityB), Qt::CaseInsensitive) == 0) {
        name = u"Demo-Americas"_s;
        timezone = u"America/Los_Angeles"_s;
    } else {
        name = u"Demo Entity "_s + restId(entityId).left(8);
    }
    const bool isGlobal = restId(entityId) == restId(global);
    // The order of the documented example: id, name, displayName, locale, timezone, status, parentId, tenantId.
    return {{u"id"_s, restId(entityId)},
            {u"name"_s, name},
            {u"displayName"_s, name},
            {u"locale"_s, u"en_US"_s},
            {u"timezone"_s, timezone},
            {u"status"_s, u"Provisioned"_s},
            {u"parentId"_s, isGlobal ? QJsonValue(QJsonValue::Null) : QJsonValue(restId(global))},
            {u"tenantId"_s, u"19"_s}};
}

// {"entities" : [ {...}, {...} ], "success" : true} in the recorded Jackson style, keys in order.
QByteArray entitiesBody(const QStringList &entityIds, const QString &global)
{
    QStringList ordered;
    for (const QString &id : entityIds) {
        if (restId(id) == restId(global))
            ordered.prepend(id);
        else
            ordered.append(id);
    }
    QByteArrayList items;
    for (const QString &id : std::as_const(ordered))
        items << jacksonPrettyJson(entityObject(id, global)).replace("\n", "\n  ");
    const QByteArray list = items.isEmpty() ? QByteArray("[ ]") : "[ " + items.join(", ") + " ]";
    return "{\n  \"entities\" : " + list + ",\n  \"success\" : true\n}";
}

QByteArray credentialFrom(const DemoRequest &request, bool *bearer)
{
    const QByteArray authorization = request.header("Authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0) {
        const QByteArray scheme = authorization.left(space).toLower();
        if (scheme == "bearer" || scheme == "zsession") {
            *bearer = scheme == "bearer";
            return authorization.mid(space + 1).trimmed();
        }
    }
    *bearer = false;
    for (const QByteArray &pair : request.header("Cookie").split(';')) {
        const QByteArray trimmed = pair.trimmed();
        if (trimmed.startsWith("ZSession="))
            return QByteArray::fromPercentEncoding(trimmed.mid(9));   // clients may send it %3D-encoded (§9.6)
    }
    return {};
}

std::optional<Caller> callerOf(const DemoRequest &request, const DemoUsers &users, const DemoSessions &sessions)
{
    bool bearer = false;
    const QByteArray credential = credentialFrom(request, &bearer);
    if (credential.isEmpty())
        return std::nullopt;
    if (bearer) {
        const auto holder = sessions.token(credential);
        if (!holder)
            return std::nullopt;
        return Caller{holder->principal, holder->entityIds, true};
    }
    const auto holder = sessions.session(credential);
    if (!holder)
        return std::nullopt;
    const auto user = users.findUser(holder->principal);
    return Caller{holder->principal, user ? user->entityIds : QStringList(), false};
}

void setJson(DemoReply &reply, int status, const QByteArray &body)
{
    reply.status = status;
    reply.setBody(answers::kJsonUtf8, body);
}

} // namespace

bool isEntitiesPath(const QString &path)
{
    return isListPath(path) || accessiblePath().match(path).hasMatch();
}

DemoReply answer(const DemoRequest &request, const DemoUsers &users, const DemoSessions &sessions, DemoReply reply)
{
    if (request.method != "GET") {
        // Writes on these paths exist only for administrators of the global entity: never here.
        reply.setHeader("Allow", "GET");
        setJson(reply, 405, answers::failureBody(kCodeUnsupportedMethod,
                                                 u"The HTTP method "_s + QString::fromLatin1(request.method)
                                                         + u" is not supported by this resource."_s));
        return reply;
    }
    const auto caller = callerOf(request, users, sessions);
    if (!caller) {
        reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
        setJson(reply, 401, answers::failureBody(kCodeBadCredentials, u"this resource is protected, please sign in first"_s));
        return reply;
    }
    reply.principal = caller->principal;

    QStringList entityIds = caller->entityIds;
    const QRegularExpressionMatch named = accessiblePath().match(request.path);
    if (named.hasMatch()) {
        const QString username = named.captured(1);
        const auto user = users.findUser(username);
        if (!user) {
            setJson(reply, 200, answers::failureBody(kCodeUserNotFound, u"Cannot find the user "_s + username + u"."_s,
                                                     QString::fromLatin1(answers::newProcessId())));
            return reply;
        }
        entityIds = user->entityIds;
    }

    const QString requested = QString::fromUtf8(request.header("Zuora-Entity-Ids")).trimmed();
    if (!requested.isEmpty()) {
        bool known = false;
        for (const QString &id : std::as_const(caller->entityIds))
            known = known || restId(id) == restId(requested);
        if (!known) {
            reply.setHeader("WWW-Authenticate", answers::kWwwAuthenticate);
            setJson(reply, 401, answers::failureBody(kCodeNoPermission,
                                                     u"The entity named in the Zuora-Entity-Ids header is not one this "
                                                     u"session or token can access."_s));
            return reply;
        }
    }
    if (entityIds.isEmpty()) {
        setJson(reply, 404, answers::compactFailureBody(kCodeNotFound, u"Multi-entity is not enabled for this tenant."_s));
        return reply;
    }
    // "provisioned=false": the unprovisioned entities only, and the demo has none.
    const QString provisioned = QUrlQuery(request.query).queryItemValue(u"provisioned"_s).toLower();
    if (provisioned == u"false")
        entityIds.clear();
    setJson(reply, 200, entitiesBody(entityIds, globalEntity(users)));
    return reply;
}

} // namespace zct::demoentities
