#include "DemoRequest.h"

namespace zct {

QByteArray DemoRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

bool DemoRequest::hasHeader(QByteArrayView name) const
{
    return !header(name).isNull();
}

} // namespace zct
