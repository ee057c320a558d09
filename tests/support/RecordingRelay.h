#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A loopback TCP relay in front of a server, recording every byte the server sends back, so a
// test learns what crossed the wire: the session cookies and OAuth tokens a client was given
// (to search for them afterwards where they must not be). Plain HTTP only; runs on the
// thread that owns it, so wait with an event loop (QSignalSpy::wait, QTRY_*), never a blocking call.
class RecordingRelay final : public QTcpServer
{
    Q_OBJECT
public:
    explicit RecordingRelay(QObject *parent = nullptr);
    bool start(const QUrl &target);           // listens on 127.0.0.1, any free port
    QUrl baseUrl() const;                     // http://127.0.0.1:<port>, same path as target
    int connectionCount() const { return m_connections; }
    // Everything the server sent, one entry per connection.
    QList<QByteArray> responses() const { return m_responses; }
    // The value of every Set-Cookie header, and every "access_token" of a JSON body, seen so far.
    QList<QByteArray> cookieValues() const;
    QList<QByteArray> accessTokens() const;
    QList<QByteArray> soapSessions() const;   // the Session of each SOAP login answer that came through

protected:
    void incomingConnection(qintptr handle) override;

private:
    QUrl m_target;
    int m_connections = 0;
    QList<QByteArray> m_responses;
};
