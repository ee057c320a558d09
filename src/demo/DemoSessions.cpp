#include "DemoSessions.h"

namespace zct {

void DemoSessions::addSession(const QByteArray &session, const QString &username)
{
    add("s:" + session, Holder{false, username, {}});
}

void DemoSessions::addToken(const QByteArray &token, const QString &clientId, const QStringList &entityIds)
{
    add("t:" + token, Holder{true, clientId, entityIds});
}

std::optional<DemoSessions::Holder> DemoSessions::session(const QByteArray &session) const
{
    const auto it = m_entries.constFind("s:" + session);
    if (session.isEmpty() || it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<DemoSessions::Holder> DemoSessions::token(const QByteArray &token) const
{
    const auto it = m_entries.constFind("t:" + token);
    if (token.isEmpty() || it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void DemoSessions::add(const QByteArray &key, const Holder &holder)
{
    if (m_entries.contains(key))
        return;
    while (m_order.size() >= kMaxEntries)
        m_entries.remove(m_order.dequeue());
    m_entries.insert(key, holder);
    m_order.enqueue(key);
}

} // namespace zct
