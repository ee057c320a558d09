#pragma once

#include <QByteArray>
#include <QHash>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <optional>

namespace zct {

// The sessions and tokens the demo server has issued, so that the calls made with them after a
// login (GET .../accessible-entities, GET .../v1/entities) can tell a credential it issued from
// a made-up or expired one. Bounded: the oldest entries go first, like sessions that time out.
class DemoSessions final
{
public:
    struct Holder
    {
        bool token = false;       // an OAuth token, else a session (REST /v1/connections or SOAP)
        QString principal;        // the user name, or the client id of a token
        QStringList entityIds;    // a token's entities (its scope); empty for a session
    };

    static constexpr int kMaxEntries = 10000;

    void addSession(const QByteArray &session, const QString &username);
    void addToken(const QByteArray &token, const QString &clientId, const QStringList &entityIds);
    std::optional<Holder> session(const QByteArray &session) const;
    std::optional<Holder> token(const QByteArray &token) const;
    int size() const { return int(m_entries.size()); }

private:
    void add(const QByteArray &key, const Holder &holder);

    QHash<QByteArray, Holder> m_entries;   // keyed by "s:" or "t:" + the credential
    QQueue<QByteArray> m_order;
};

} // namespace zct
