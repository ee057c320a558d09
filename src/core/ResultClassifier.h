#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>

namespace zct {

// Turns a parsed HTTP answer into a verdict with one line of cause and one of hint.
// Pure: the same result always gets the same verdict, which keeps the rules testable.
class ResultClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(ResultClassifier)
public:
    static void classifyAnswer(ConnectionResult &result);
    static void fail(ConnectionResult &result, ErrorKind kind, const QString &cause, const QString &hint);

private:
    static QString describeReason(const ZuoraReason &reason);
};

} // namespace zct
