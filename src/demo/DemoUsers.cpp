#include "DemoUsers.h"

#include "DemoCredentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

struct ScenarioNameRow
{
    Scenario scenario;
    QLatin1StringView name;
};

constexpr ScenarioNameRow kScenarioNames[] = {
    {Scenario::Normal, "normal"_L1},
    {Scenario::RateLimited, "rateLimited"_L1},
    {Scenario::LockingContention, "lockingContention"_L1},
    {Scenario::BadGatewayHtml, "badGatewayHtml"_L1},
    {Scenario::Slow, "slow"_L1},
    {Scenario::ApiDisabled, "apiDisabled"_L1},
};

QString fromConstant(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// The fields the two kinds of entries share, read with the entry named in every error.
struct EntryFields
{
    QString id;
    QString secret;
    QStringList entityIds;
    Scenario scenario = Scenario::Normal;
};

std::optional<EntryFields> readEntry(const QJsonValue &value, const QString &where,
                                     QLatin1StringView idKey, QLatin1StringView secretKey,
                                     QString *error)
{
    if (!value.isObject()) {
        *error = DemoUsers::tr("%1: must be a JSON object").arg(where);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    EntryFields fields;
    fields.id = object.value(idKey).toString();
    const QString named = fields.id.isEmpty() ? where : where % u" (\""_s % fields.id % u"\")"_s;
    if (fields.id.isEmpty()) {
        *error = DemoUsers::tr("%1: \"%2\" must be a non-empty string").arg(where, idKey);
        return std::nullopt;
    }
    fields.secret = object.value(secretKey).toString();
    if (fields.secret.isEmpty()) {
        *error = DemoUsers::tr("%1: \"%2\" must be a non-empty string").arg(named, secretKey);
        return std::nullopt;
    }
    const QJsonValue entities = object.value("entityIds"_L1);
    if (!entities.isUndefined() && !entities.isArray()) {
        *error = DemoUsers::tr("%1: \"entityIds\" must be an array of strings").arg(named);
        return std::nullopt;
    }
    for (const QJsonValue &entity : entities.toArray()) {
        if (!entity.isString() || entity.toString().isEmpty()) {
            *error = DemoUsers::tr("%1: \"entityIds\" must be an array of strings").arg(named);
            return std::nullopt;
        }
        fields.entityIds.append(entity.toString());
    }
    const QJsonValue scenario = object.value("scenario"_L1);
    if (!scenario.isUndefined()) {
        const auto parsed = scenarioFromName(scenario.toString());
        if (!parsed) {
            *error = DemoUsers::tr("%1: unknown scenario \"%2\" (use normal, rateLimited, "
                                   "lockingContention, badGatewayHtml or slow)")
                             .arg(named, scenario.toString());
            return std::nullopt;
        }
        fields.scenario = *parsed;
    }
    return fields;
}

bool readList(const QJsonObject &root, QLatin1StringView key, QString *error,
              const std::function<bool(const QJsonValue &, const QString &)> &readOne)
{
    const QJsonValue list = root.value(key);
    if (list.isUndefined())
        return true;
    if (!list.isArray()) {
        *error = DemoUsers::tr("\"%1\" must be an array").arg(key);
        return false;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readOne(array.at(i), key % u'[' % QString::number(i) % u']'))
            return false;
    }
    return true;
}

} // namespace

QString scenarioName(Scenario scenario)
{
    for (const auto &row : kScenarioNames) {
        if (row.scenario == scenario)
            return row.name;
    }
    return {};
}

std::optional<Scenario> scenarioFromName(const QString &name)
{
    for (const auto &row : kScenarioNames) {
        if (name == row.name)
            return row.scenario;
    }
    return std::nullopt;
}

DemoUsers DemoUsers::builtIn()
{
    const QString password = fromConstant(demo::kPassword);
    const QString entityA = fromConstant(demo::kEntityA);
    const QString entityB = fromConstant(demo::kEntityB);
    DemoUsers users;
    users.addUser({fromConstant(demo::kUser), password, {entityA}, Scenario::Normal});
    users.addUser({fromConstant(demo::kMultiEntityUser), password, {entityA, entityB},
                   Scenario::Normal});
    users.addUser({fromConstant(demo::kRateLimitedUser), password, {entityA}, Scenario::RateLimited});
    users.addUser({fromConstant(demo::kLockingUser), password, {entityA},
                   Scenario::LockingContention});
    users.addUser({fromConstant(demo::kBadGatewayUser), password, {entityA},
                   Scenario::BadGatewayHtml});
    users.addUser({fromConstant(demo::kSlowUser), password, {entityA}, Scenario::Slow});
    users.addUser({fromConstant(demo::kApiDisabledUser), password, {entityA}, Scenario::ApiDisabled});

    const QString secret = fromConstant(demo::kClientSecret);
    users.addClient({fromConstant(demo::kClientId), secret, {entityA}, Scenario::Normal});
    users.addClient({fromConstant(demo::kMultiEntityClientId), secret, {entityA, entityB},
                     Scenario::Normal});
    return users;
}

std::optional<DemoUsers> DemoUsers::fromJsonFile(const QString &path, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot read users file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto users = fromJson(file.readAll(), message);
    if (!users)
        *message = tr("Users file %1: %2").arg(path, *message);
    return users;
}

std::optional<DemoUsers> DemoUsers::fromJson(const QByteArray &json, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *message = tr("not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *message = tr("the top level must be an object with \"users\" and/or \"clients\"");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    DemoUsers result;
    const bool usersRead = readList(root, "users"_L1, message,
            [&](const QJsonValue &value, const QString &where) {
        const auto fields = readEntry(value, where, "username"_L1, "password"_L1, message);
        if (!fields)
            return false;
        if (result.findUser(fields->id)) {
            *message = tr("%1: username \"%2\" appears twice").arg(where, fields->id);
            return false;
        }
        result.addUser({fields->id, fields->secret, fields->entityIds, fields->scenario});
        return true;
    });
    if (!usersRead)
        return std::nullopt;
    const bool clientsRead = readList(root, "clients"_L1, message,
            [&](const QJsonValue &value, const QString &where) {
        const auto fields = readEntry(value, where, "clientId"_L1, "clientSecret"_L1, message);
        if (!fields)
            return false;
        if (result.findClient(fields->id)) {
            *message = tr("%1: clientId \"%2\" appears twice").arg(where, fields->id);
            return false;
        }
        result.addClient({fields->id, fields->secret, fields->entityIds, fields->scenario});
        return true;
    });
    if (!clientsRead)
        return std::nullopt;
    if (result.m_users.isEmpty() && result.m_clients.isEmpty()) {
        *message = tr("no users and no clients: give at least one entry in \"users\" or \"clients\"");
        return std::nullopt;
    }
    return result;
}

void DemoUsers::addUser(const DemoUser &user)
{
    m_users.append(user);
}

void DemoUsers::addClient(const DemoClient &client)
{
    m_clients.append(client);
}

std::optional<DemoUser> DemoUsers::findUser(const QString &username) const
{
    for (const DemoUser &user : m_users) {
        if (user.username == username)
            return user;
    }
    return std::nullopt;
}

std::optional<DemoClient> DemoUsers::findClient(const QString &clientId) const
{
    for (const DemoClient &client : m_clients) {
        if (client.clientId == clientId)
            return client;
    }
    return std::nullopt;
}

} // namespace zct
