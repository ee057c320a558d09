#pragma once

#include "DemoReply.h"
#include "DemoRequest.h"
#include "DemoSessions.h"
#include "DemoUsers.h"
#include "RateWindow.h"

#include <QCoreApplication>

namespace zct {

// Decides Zuora's answer to one request: which endpoint, whether the credentials and entity are
// right, which scenario applies. No sockets: DemoServer does the I/O. It remembers the sessions
// and tokens it issued, for the entity calls made with them (DemoEntities.h).
class DemoEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(DemoEndpoints)
public:
    explicit DemoEndpoints(DemoUsers users);

    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    const DemoUsers &users() const { return m_users; }

    DemoReply answer(const DemoRequest &request);

private:
    DemoReply connections(const DemoRequest &request);
    DemoReply token(const DemoRequest &request);
    DemoReply sessionAnswerFor(const DemoUser &user, DemoReply reply);
    DemoReply tokenAnswerFor(const DemoClient &client, const QStringList &entityIds,
                             DemoReply reply);
    DemoReply zuoraReply(const DemoRequest &request) const;
    DemoReply tokenReply(const DemoRequest &request) const;
    DemoReply methodNotAllowed(const DemoRequest &request) const;
    DemoReply notFound(const DemoRequest &request) const;

    DemoUsers m_users;
    DemoSessions m_sessions;    // issued sessions and tokens
    RateWindow m_authWindow;    // "AUTH 2,000 RPM" (zuora-api.md §5)
    RateWindow m_tokenWindow;   // "100 requests per minute" on /oauth/token
    int m_retryAfterSeconds = 2;
};

} // namespace zct
