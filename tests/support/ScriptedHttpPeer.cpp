#include "ScriptedHttpPeer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <sys/socket.h>

ScriptedHttpPeer::ScriptedHttpPeer(QObject *parent)
    : QTcpServer(parent)
{
}

bool ScriptedHttpPeer::start(const QHostAddress &address)
{
    return listen(address, 0);
}

QUrl ScriptedHttpPeer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(serverAddress().toString());
    url.setPort(serverPort());
    return url;
}

void ScriptedHttpPeer::setResponse(const QByteArray &raw, Mode mode)
{
    m_raw = raw;
    m_mode = mode;
}

QByteArray ScriptedHttpPeer::response(int status, const QByteArray &reason, const QByteArray &contentType,
                                      const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!contentType.isEmpty())
        raw += "Content-Type: " + contentType + "\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return raw;
}

void ScriptedHttpPeer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    ++m_connections;
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_mode == Mode::AnswerOnConnect) {
        // Like a plain HTTP server greeting a TLS ClientHello with an error page.
        socket->write(m_raw);
        socket->disconnectFromHost();
        return;
    }
    // Owned by the connection below, so it goes with the socket or with the peer, whichever goes
    // first (a socket still open when the peer is destroyed once leaked it).
    auto received = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
        received->append(socket->readAll());
        const int headerEnd = received->indexOf("\r\n\r\n");
        if (headerEnd < 0 || socket->property("answered").toBool())
            return;
        // Wait for the declared body before answering, like a real server.
        qsizetype length = 0;
        for (const QByteArray &line : received->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (received->size() < headerEnd + 4 + length)
            return;
        m_lastRequest = *received;
        socket->setProperty("answered", true);
        switch (m_mode) {
        case Mode::Answer:
            socket->write(m_raw);
            socket->disconnectFromHost();
            break;
        case Mode::AnswerAndReset:
            socket->write(m_raw);
            socket->flush();
            socket->abort();
            break;
        case Mode::Silent:
        case Mode::AnswerOnConnect:   // answered on connect, above
            break;
        case Mode::AnswerAndHold:
            socket->write(m_raw);
            break;
        case Mode::AnswerAndHardReset: {
            socket->write(m_raw);
            socket->flush();
            // Without this, closing a socket whose input was all read sends a FIN, which a
            // client sees as an orderly end; a zero linger makes the kernel send RST instead.
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
            break;
        }
        case Mode::Drip: {
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, position] {
                if (*position >= m_raw.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(m_raw.mid((*position)++, 1));
            });
            timer->start(m_dripMs);
            break;
        }
        }
    });
}
