#pragma once

#include <QByteArray>

class QNetworkReply;

namespace zct {

// The one body cap every request of this tool keeps (a login, the entities lookup): an answer
// larger than the limit is refused as soon as its Content-Length says so, else read up to the
// limit and no further.
class BoundedBody final
{
public:
    // True when the answer announces more than `limit` bytes.
    static bool declaredTooLarge(const QNetworkReply &reply, qint64 limit);
    // Appends what the reply has to `body`, at most one byte past the limit; false when the limit
    // is passed (the body is then cut to the limit and the caller stops the reply).
    static bool readInto(QNetworkReply &reply, QByteArray &body, qint64 limit);
};

} // namespace zct
