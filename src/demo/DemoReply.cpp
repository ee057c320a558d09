#include "DemoReply.h"

namespace zct {

void DemoReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void DemoReply::setBody(const QByteArray &contentType, const QByteArray &content)
{
    setHeader("Content-Type", contentType);
    body = content;
}

} // namespace zct
