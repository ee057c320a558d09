#include "RecordingRelay.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace {

QList<QByteArray> captures(const QList<QByteArray> &streams, const QRegularExpression &pattern)
{
    QList<QByteArray> found;
    for (const QByteArray &stream : streams) {
        const QString text = QString::fromLatin1(stream);
        auto matches = pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QByteArray value = matches.next().captured(1).toLatin1();
            if (!value.isEmpty() && !found.contains(value))
                found << value;
        }
    }
    return found;
}

} // namespace

RecordingRelay::RecordingRelay(QObject *parent)
    : QTcpServer(parent)
{
}

bool RecordingRelay::start(const QUrl &target)
{
    m_target = target;
    return listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingRelay::baseUrl() const
{
    QUrl url = m_target;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

QList<QByteArray> RecordingRelay::cookieValues() const
{
    static const QRegularExpression setCookie(QStringLiteral("^Set-Cookie:[ \\t]*[^=\\r\\n]+=([^;\\r\\n]*)"),
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::MultilineOption);
    return captures(m_responses, setCookie);
}

QList<QByteArray> RecordingRelay::accessTokens() const
{
    static const QRegularExpression token(QStringLiteral("\"access_token\"\\s*:\\s*\"([^\"]+)\""));
    return captures(m_responses, token);
}

QList<QByteArray> RecordingRelay::soapSessions() const
{
    static const QRegularExpression session(QStringLiteral("<(?:[A-Za-z0-9_]+:)?Session>([^<]+)</"));
    return captures(m_responses, session);
}

void RecordingRelay::incomingConnection(qintptr handle)
{
    auto *client = new QTcpSocket(this);
    if (!client->setSocketDescriptor(handle)) {
        delete client;
        return;
    }
    auto *server = new QTcpSocket(client);
    const int slot = int(m_responses.size());
    m_responses << QByteArray();
    ++m_connections;

    connect(client, &QTcpSocket::readyRead, server, [client, server] {
        if (server->state() == QAbstractSocket::ConnectedState)
            server->write(client->readAll());
    });
    connect(server, &QTcpSocket::connected, server, [client, server] { server->write(client->readAll()); });
    connect(server, &QTcpSocket::readyRead, client, [this, client, server, slot] {
        const QByteArray bytes = server->readAll();
        m_responses[slot] += bytes;
        client->write(bytes);
    });
    // Either side closing closes the other once what it sent has been passed on.
    connect(server, &QTcpSocket::disconnected, client, [this, client, server, slot] {
        const QByteArray rest = server->readAll();
        m_responses[slot] += rest;
        client->write(rest);
        client->disconnectFromHost();
    });
    connect(server, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            client->abort();
    });
    connect(client, &QTcpSocket::disconnected, client, [client, server] {
        server->disconnectFromHost();
        client->deleteLater();
    });
    server->connectToHost(m_target.host(), quint16(m_target.port()));
}
