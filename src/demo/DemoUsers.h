#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zct {

// How the demo server answers once the credentials are right (a wrong secret is always a 401).
enum class Scenario { Normal, RateLimited, LockingContention, BadGatewayHtml, Slow, ApiDisabled };

// "normal", "rateLimited", "lockingContention", "badGatewayHtml", "slow", "apiDisabled": the names of the users file.
QString scenarioName(Scenario scenario);
std::optional<Scenario> scenarioFromName(const QString &name);

struct DemoUser
{
    QString username;
    QString password;
    QStringList entityIds;   // more than one: the login must name one in Zuora-Entity-Ids
    Scenario scenario = Scenario::Normal;
};

struct DemoClient
{
    QString clientId;
    QString clientSecret;
    QStringList entityIds;   // each becomes an "entity.<id>" item of the token scope
    Scenario scenario = Scenario::Normal;
};

// The accounts the demo server accepts: the documented built-in set (DemoCredentials.h) or a
// users file given to zuora-mock-server --users. The file is JSON:
//
//   {
//     "users":   [ { "username": "a@b.c", "password": "...", "entityIds": ["<uuid>", ...],
//                    "scenario": "normal" } ],
//     "clients": [ { "clientId": "...", "clientSecret": "...", "entityIds": [...],
//                    "scenario": "normal" } ]
//   }
//
// "entityIds" and "scenario" are optional (none, "normal"); scenario is one of normal,
// rateLimited, lockingContention, badGatewayHtml, slow. Either list may be absent but not both.
// Names and client ids are matched exactly and must be unique.
class DemoUsers final
{
    Q_DECLARE_TR_FUNCTIONS(DemoUsers)
public:
    static DemoUsers builtIn();
    static std::optional<DemoUsers> fromJsonFile(const QString &path, QString *error);
    static std::optional<DemoUsers> fromJson(const QByteArray &json, QString *error);

    void addUser(const DemoUser &user);
    void addClient(const DemoClient &client);

    std::optional<DemoUser> findUser(const QString &username) const;
    std::optional<DemoClient> findClient(const QString &clientId) const;

    QList<DemoUser> users() const { return m_users; }
    QList<DemoClient> clients() const { return m_clients; }

private:
    QList<DemoUser> m_users;
    QList<DemoClient> m_clients;
};

} // namespace zct
