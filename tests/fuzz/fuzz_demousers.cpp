// Fuzzes the mock server's users file (zuora-mock-server --users FILE): DemoUsers::fromJson,
// then a login of each user it accepted, answered by DemoEndpoints as the server would.

#include "FuzzSupport.h"

#include "DemoEndpoints.h"

#include <QUrl>

using namespace Qt::StringLiterals;
using namespace zct;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<DemoUsers> users = DemoUsers::fromJson(fuzz::bytes(data, size), &error);
    ZCT_FUZZ_CHECK(users.has_value() == error.isEmpty());
    if (!users)
        return 0;
    DemoEndpoints endpoints(*users);
    int asked = 0;
    for (const DemoUser &user : users->users()) {
        if (++asked > 8)
            break;
        DemoRequest request;
        request.method = "POST";
        request.path = u"/v1/connections"_s;
        request.headers = {{"apiAccessKeyId", user.username.toUtf8()}, {"apiSecretAccessKey", user.password.toUtf8()}};
        if (!user.entityIds.isEmpty())
            request.headers.append({"Zuora-Entity-Ids", user.entityIds.constFirst().toUtf8()});
        const DemoReply reply = endpoints.answer(request);
        ZCT_FUZZ_CHECK(reply.status >= 200 && reply.status <= 599);
    }
    for (const DemoClient &client : users->clients()) {
        if (++asked > 16)
            break;
        DemoRequest request;
        request.method = "POST";
        request.path = u"/oauth/token"_s;
        request.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(client.clientId)
            + "&client_secret=" + QUrl::toPercentEncoding(client.clientSecret);
        const DemoReply reply = endpoints.answer(request);
        ZCT_FUZZ_CHECK(reply.status >= 200 && reply.status <= 599);
    }
    return 0;
}
