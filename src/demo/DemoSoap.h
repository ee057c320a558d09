#pragma once

#include "DemoReply.h"
#include "DemoRequest.h"
#include "DemoUsers.h"

#include <QString>

namespace zct {

// The demo Zuora's SOAP login() at .../apps/services/a/<version>, answering with envelopes shaped
// like the recorded ones (zuora-api.md 8.4, 8.5): a session, LoginFault INVALID_VALUE for a wrong
// password, LoginFault API_DISABLED, REQUEST_EXCEEDED_LIMIT with 429 for the rate-limited user, the
// gateway's HTML page, and a Client fault for an envelope it cannot read.
namespace demosoap {

bool isSoapPath(const QString &path);
// issuedSession, when given, receives the session of an accepted login (empty otherwise).
DemoReply login(const DemoRequest &request, const DemoUsers &users, const QString &endpointUrl,
                QByteArray *issuedSession = nullptr);

} // namespace demosoap
} // namespace zct
