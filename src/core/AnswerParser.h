#pragma once

#include "ConnectionResult.h"

namespace zct {

// Reads whatever came back (zuora-api.md §1.2, §1.3, §2, §4) into the result's parsed
// fields: the CommonResponseType with codes as numbers or strings, the Success/Errors
// shape, {"message"}, OAuth token and error answers, HTML pages, empty and non-JSON bodies.
class AnswerParser final
{
public:
    static void parseInto(ConnectionResult &result);
    static OAuthToken parseToken(const QJsonObject &object);
    static void splitScope(OAuthToken &token);
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);
    // The keys of a top-level JSON object in the order sent, each repeat kept and escapes decoded
    // ("succ\u0065ss" is "success"). Empty for anything that is not a well-formed JSON object.
    static QStringList topLevelKeys(const QByteArray &json);
};

} // namespace zct
