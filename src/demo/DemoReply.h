#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace zct {

// What the demo server will send for one request, decided before any byte is written so that a
// slow answer can be held back and written later.
struct DemoReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString principal;   // the user name or client id, for the log; never a secret
    bool delayed = false; // hold back by the server's slow delay (the "slow" scenario)

    void setHeader(const QByteArray &name, const QByteArray &value);
    void setBody(const QByteArray &contentType, const QByteArray &content);
};

} // namespace zct
