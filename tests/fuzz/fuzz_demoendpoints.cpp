// Fuzzes the mock server's request handling: DemoEndpoints::answer, the pure decision that
// DemoServer wraps in sockets, with a request as it would arrive:
// "POST /v1/connections?x=y HTTP/1.1\r\nName: value\r\n\r\nbody" (see corpus/demoendpoints).
// The path is decoded the way DemoServer decodes it (QUrl::FullyDecoded).

#include "FuzzSupport.h"

#include "DemoEndpoints.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace zct;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static DemoEndpoints endpoints(DemoUsers::builtIn());
    const fuzz::HttpMessage message = fuzz::splitHttp(fuzz::bytes(data, size));

    DemoRequest request;
    const QList<QByteArray> parts = message.firstLine.split(' ');
    request.method = parts.value(0);
    const QUrl target(QString::fromUtf8(parts.value(1)));
    request.path = target.path(QUrl::FullyDecoded);
    request.query = target.query(QUrl::FullyEncoded);
    // QHttpServer's parser ends a header value at CR or LF: no field it hands over holds one.
    for (const auto &header : message.headers) {
        if (!header.first.contains('\r') && !header.second.contains('\r'))
            request.headers.append(header);
    }
    request.body = message.body;

    const DemoReply reply = endpoints.answer(request);
    ZCT_FUZZ_CHECK(reply.status >= 200 && reply.status <= 599);
    for (const auto &[name, value] : reply.headers) {
        // Whatever came in, nothing it echoes may split the answer's header block.
        ZCT_FUZZ_CHECK(!name.isEmpty() && !name.contains('\n') && !name.contains('\r'));
        ZCT_FUZZ_CHECK(!value.contains('\n') && !value.contains('\r'));
    }
    const QByteArray contentType = [&] {
        for (const auto &[name, value] : reply.headers) {
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }();
    if (contentType.startsWith("application/json")) {
        QJsonParseError error{};
        QJsonDocument::fromJson(reply.body, &error);
        ZCT_FUZZ_CHECK(error.error == QJsonParseError::NoError);   // always valid JSON
    }
    return 0;
}
