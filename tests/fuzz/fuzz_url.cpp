// Fuzzes URL normalising (Environments::normalize, endpoint, match, isLoopbackHost) and the
// track-id check with whatever a person might paste. Besides crashes, it holds normalize() to
// its promises: an accepted URL is http(s) with a host and no user info, plain http only to this
// computer, and normalising the result again accepts it and changes nothing.

#include "FuzzSupport.h"

#include "Environments.h"
#include "ZuoraConnection.h"

using namespace Qt::StringLiterals;
using namespace zct;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    ZuoraConnection::validateTrackId(input);
    Environments::find(input);
    Environments::isLoopbackHost(input);

    const NormalizedUrl normalized = Environments::normalize(input);
    if (!normalized.ok())
        return 0;
    const QUrl &url = normalized.url;
    ZCT_FUZZ_CHECK(url.isValid());
    ZCT_FUZZ_CHECK(url.scheme() == u"https" || url.scheme() == u"http");
    ZCT_FUZZ_CHECK(!url.host().isEmpty());
    ZCT_FUZZ_CHECK(url.userInfo().isEmpty());
    ZCT_FUZZ_CHECK(!url.hasQuery() && !url.hasFragment());
    if (url.scheme() == u"http")
        ZCT_FUZZ_CHECK(Environments::isLoopbackHost(url.host()));

    for (const QString &path : {u"/v1/connections"_s, u"/oauth/token"_s}) {
        const QUrl endpoint = Environments::endpoint(url, path);
        ZCT_FUZZ_CHECK(endpoint.host() == url.host() && endpoint.scheme() == url.scheme());
        ZCT_FUZZ_CHECK(endpoint.path().endsWith(path));
    }
    Environments::match(url);

    const NormalizedUrl again = Environments::normalize(url.toString());
    ZCT_FUZZ_CHECK(again.ok());
    ZCT_FUZZ_CHECK(again.url.host() == url.host());
    ZCT_FUZZ_CHECK(again.url.scheme() == url.scheme());
    return 0;
}
