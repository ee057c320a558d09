#pragma once

#include "ConnectionResult.h"
#include "EntitiesLookup.h"

#include <QJsonObject>

namespace zct {

// The JSON form of a result: the contract scripts rely on (design.md, `zuora-check --json`).
// Secrets, cookie values and tokens are masked unless revealSecrets is set; the password
// itself is never in a result, so revealing it needs the caller to hand it in.
struct JsonOptions
{
    bool revealSecrets = false;
    QString secret;          // substituted for masked request fields when revealing
    QString label;           // profile name, when there is one
};

class ResultJson final
{
public:
    static QJsonObject toJson(const ConnectionResult &result, const JsonOptions &options = {});
    // The opt-in entities lookup (--entities): ok, the call as sent (credential masked), status,
    // elapsed time, the entities, the suggested entity id, and the error or null.
    static QJsonObject toJson(const EntitiesResult &result, const QString &currentEntityId);
    static QString mask(const QString &value);
};

} // namespace zct
