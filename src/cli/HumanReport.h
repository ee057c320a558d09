#pragma once

#include "ConnectionResult.h"
#include "EntitiesLookup.h"

#include <QCoreApplication>
#include <QString>

namespace zct {

// The human form of a result for a terminal: one verdict line with cause and hint,
// then status, decoded reasons, the session cookie (masked), key headers and timings.
class HumanReport final
{
    Q_DECLARE_TR_FUNCTIONS(HumanReport)
public:
    struct Options
    {
        bool color = false;
        bool revealSecrets = false;
    };
    static QString format(const ConnectionResult &result, const Options &options);
    // The lines of an entities lookup (--entities), after the check's own report.
    static QString formatEntities(const EntitiesResult &result, const QString &currentEntityId);
};

} // namespace zct
