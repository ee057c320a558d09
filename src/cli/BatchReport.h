#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zct {

// The human form of a run over several profiles: one line per profile as its result arrives,
// then a table of all of them and the counts.
class BatchReport final
{
    Q_DECLARE_TR_FUNCTIONS(BatchReport)
public:
    struct Row
    {
        QString profile;
        ConnectionResult result;
    };

    // "REJECTED  Acme EU: Authentication failed (90000011) ..." with a line ending.
    static QString line(const QString &profile, const ConnectionResult &result, bool color);
    // Profile, environment, verdict, HTTP, first code, duration; then "N profiles: ...".
    static QString summary(const QList<Row> &rows);
    // The worst single result: the highest exit code (0 for no rows).
    static int worstExitCode(const QList<Row> &rows);
    static QString environmentOf(const ConnectionResult &result);
};

} // namespace zct
