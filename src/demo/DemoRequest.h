#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace zct {

// One request as the demo server received it; tests read these back to check what a client sent.
struct DemoRequest
{
    QByteArray method;                              // "POST", "GET", ... ("UNKNOWN" for others)
    QString path;                                   // decoded, without the query
    QList<QPair<QByteArray, QByteArray>> headers;   // as received, secrets included
    QByteArray body;
    QHostAddress peer;
    QString query;                                  // without the '?', empty when none
    QString url;                                    // the whole URL as the server saw it (scheme, host, path)

    // The first header of that name, compared case-insensitively as HTTP wants; null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace zct
