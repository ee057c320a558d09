#pragma once

#include "DemoReply.h"
#include "DemoRequest.h"
#include "DemoSessions.h"
#include "DemoUsers.h"

#include <QString>

namespace zct {

// The demo Zuora's two read-only entity calls (zuora-api.md §9.2, §9.3), answered for a session
// or token the server issued:
//   GET <any prefix>/v1/users/{username}/accessible-entities   the entities that user can reach
//   GET <any prefix>/v1/entities                               the entities of the caller
// The credential comes as Cookie: ZSession=<session>, Authorization: ZSession <session> (either
// kind of session, REST or SOAP, §9.6) or Authorization: Bearer <token>. Missing or unknown:
// 401 with code 90000011. The tenant's global entity is the first entity id of the first user (or
// client) that has one (demo::kEntityA built in); every other entity is its child. Entity objects
// carry the 32-character id (the hyphens of the Zuora-Entity-Ids form removed), tenantId "19".
// A user without entities (possible with a users file) gets 404, as a tenant without
// Multi-entity might; an unknown username in the path 200 with success false, code 50000040.
namespace demoentities {

bool isEntitiesPath(const QString &path);
// reply carries the headers every Zuora answer has; the answer is built on it.
DemoReply answer(const DemoRequest &request, const DemoUsers &users, const DemoSessions &sessions,
                 DemoReply reply);

} // namespace demoentities
} // namespace zct
