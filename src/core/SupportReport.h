#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace zct {

// One plain-text block that a Zuora support case or an internal ticket can take as it is: the
// tool and platform, the time, where the login went and as whom, what Zuora answered (request id,
// process id, HTTP status, each code decoded), the timings, the route and the TLS summary.
// Never a secret, a cookie value, a session or a token: only their names and sizes.
// Server-supplied text goes through DisplayText::safe, so a report pasted into a terminal or a
// ticket cannot carry control sequences.
class SupportReport final
{
    Q_DECLARE_TR_FUNCTIONS(SupportReport)
public:
    struct Context
    {
        QString toolName;             // "zuora-check" or "Zuora Credential Tester"
        QString profileName;          // empty for a check without a profile
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    static QString build(const ConnectionResult &result, const Context &context);
};

} // namespace zct
