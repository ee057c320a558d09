#include "DroppingPeer.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace {

// Whether buffer holds a whole HTTP request (head and the body its Content-Length announces).
bool wholeRequest(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return buffer.size() >= headerEnd + 4 + length;
}

} // namespace

DroppingPeer::DroppingPeer(Drop drop, QObject *parent)
    : QTcpServer(parent)
    , m_drop(drop)
{
}

QUrl DroppingPeer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    return url;
}

void DroppingPeer::reset(QTcpSocket *socket)
{
    // A zero linger makes the kernel answer close() with RST instead of FIN.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
    socket->deleteLater();
}

void DroppingPeer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    ++m_connections;
    if (m_drop == Drop::OnAccept) {
        reset(socket);
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
}

void DroppingPeer::serve(QTcpSocket *socket)
{
    if (socket->property("done").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const auto finish = [socket](bool hard) {
        socket->setProperty("done", true);
        if (hard)
            reset(socket);
        else
            socket->disconnectFromHost();
    };

    switch (m_drop) {
    case Drop::OnAccept:
        return;
    case Drop::AfterRequest:
    case Drop::ResetAfterRequest:
        if (!wholeRequest(buffer))
            return;
        ++m_requests;
        finish(m_drop == Drop::ResetAfterRequest);
        return;
    case Drop::AfterConnect:
    case Drop::ResetAfterConnect:
        if (!buffer.contains("\r\n\r\n"))
            return;
        if (buffer.startsWith("CONNECT "))
            ++m_connects;
        else
            ++m_requests;   // a plain-http request through the proxy
        finish(m_drop == Drop::ResetAfterConnect);
        return;
    case Drop::SocksInHandshake:
        if (buffer.size() < 2 || buffer.size() < 2 + quint8(buffer.at(1)))
            return;
        ++m_greetings;
        finish(false);
        return;
    case Drop::SocksAfterRequest: {
        int stage = socket->property("stage").toInt();
        if (stage == 0) {   // greeting: version, number of methods, methods
            if (buffer.size() < 2 || buffer.size() < 2 + quint8(buffer.at(1)))
                return;
            ++m_greetings;
            buffer.remove(0, 2 + quint8(buffer.at(1)));
            socket->write(QByteArray("\x05\x00", 2));   // no authentication
            stage = 1;
        }
        const auto keep = [&] {
            socket->setProperty("stage", stage);
            socket->setProperty("buffer", buffer);
        };
        if (stage == 1) {   // request: 05 01 00 ATYP address port
            if (buffer.size() < 5)
                return keep();
            const char type = buffer.at(3);
            const qsizetype address = type == 0x01 ? 4 : type == 0x04 ? 16 : 1 + quint8(buffer.at(4));
            const qsizetype total = 4 + address + 2;
            if (buffer.size() < total)
                return keep();
            buffer.remove(0, total);
            socket->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x50", 10));   // granted
            stage = 2;
        }
        keep();
        if (stage == 2 && wholeRequest(buffer)) {
            ++m_requests;
            finish(false);
        }
        return;
    }
    }
}
