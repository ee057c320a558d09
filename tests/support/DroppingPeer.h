#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A peer that never answers a login: it takes the connection, reads what comes, and drops it,
// counting what it received, so a test can tell whether the client sent its request again. It
// plays a server, an HTTP proxy (CONNECT) or a SOCKS5 proxy (RFC 1928, no authentication).
class DroppingPeer final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Drop {
        OnAccept,        // reset (RST) as soon as the connection is taken, before reading
        AfterRequest,    // close (FIN) once a whole HTTP request head and body has come
        ResetAfterRequest, // the same with RST (SO_LINGER 0)
        AfterConnect,    // as an HTTP proxy: close once the CONNECT request has come, without answering
        ResetAfterConnect,
        SocksAfterRequest, // as a SOCKS5 proxy: grant the tunnel, then close once the request has come through it
        SocksInHandshake   // as a SOCKS5 proxy: close after the greeting, without choosing a method
    };
    Q_ENUM(Drop)

    explicit DroppingPeer(Drop drop, QObject *parent = nullptr);
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const;   // http://127.0.0.1:port

    int connections() const { return m_connections; }
    int requests() const { return m_requests; }     // HTTP request heads, direct or through the SOCKS tunnel
    int connects() const { return m_connects; }     // CONNECT requests
    int greetings() const { return m_greetings; }   // SOCKS5 greetings

protected:
    void incomingConnection(qintptr handle) override;

private:
    void serve(QTcpSocket *socket);
    static void reset(QTcpSocket *socket);

    const Drop m_drop;
    int m_connections = 0;
    int m_requests = 0;
    int m_connects = 0;
    int m_greetings = 0;
};
