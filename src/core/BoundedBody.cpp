#include "BoundedBody.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace zct {

bool BoundedBody::declaredTooLarge(const QNetworkReply &reply, qint64 limit)
{
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() && length.toLongLong() > limit;
}

bool BoundedBody::readInto(QNetworkReply &reply, QByteArray &body, qint64 limit)
{
    const qint64 room = limit - body.size();
    body += reply.read(qMax<qint64>(0, room) + 1);
    if (body.size() <= limit)
        return true;
    body.truncate(qsizetype(limit));
    return false;
}

} // namespace zct
