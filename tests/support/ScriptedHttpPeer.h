#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QUrl>

// A deliberately misbehaving HTTP peer for tests: answers every connection with raw bytes
// chosen by the test (odd shapes, truncated bodies, huge bodies, resets, drips), which a
// well-behaved server library cannot produce.
class ScriptedHttpPeer final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode {
        Answer,          // write the bytes, then close
        AnswerAndReset,  // write the bytes, then abort the connection (RST)
        Silent,          // read the request and never answer
        Drip,            // write one byte every dripIntervalMs
        AnswerAndHold,   // write the bytes, then keep the connection open and say nothing more
        AnswerAndHardReset, // write the bytes, then reset with a real RST (SO_LINGER 0), not a FIN
        AnswerOnConnect  // write the bytes as soon as a client connects, before any request, then close
    };

    explicit ScriptedHttpPeer(QObject *parent = nullptr);
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl baseUrl() const;

    void setResponse(const QByteArray &raw, Mode mode = Mode::Answer);
    // Builds a well-formed response: status line, headers, Content-Length, body.
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                               const QByteArray &body, const QList<QByteArray> &extraHeaders = {});
    void setDripIntervalMs(int ms) { m_dripMs = ms; }

    int connectionCount() const { return m_connections; }
    QByteArray lastRequest() const { return m_lastRequest; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QByteArray m_raw;
    Mode m_mode = Mode::Answer;
    int m_dripMs = 50;
    int m_connections = 0;
    QByteArray m_lastRequest;
};
