#pragma once

#include "DemoEndpoints.h"
#include "DemoRequest.h"
#include "DemoUsers.h"

#include <QtHttpServer/QAbstractHttpServer>

#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpServer;

namespace zct {

// A loopback stand-in for Zuora's authentication endpoints that answers like the recorded real
// server (zuora-api.md §1.3): POST <any prefix>/v1/connections and POST <any prefix>/oauth/token.
// Used by --demo, by the tests and by the benchmarks. Everything runs on the owner's thread and
// never blocks: slow answers are held back with timers.
class DemoServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)
public:
    using SeenRequest = DemoRequest;   // method, path, headers, body, peer (+ query)

    explicit DemoServer(DemoUsers users = DemoUsers::builtIn(), QObject *parent = nullptr);
    ~DemoServer() override;

    // Call before start(). Reads the PEM certificate (chain) and its unencrypted private key.
    bool useTls(const QString &certPemFile, const QString &keyPemFile, QString *error);
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
               QString *error = nullptr);
    bool isTls() const { return m_tls; }
    // scheme://127.0.0.1:PORT (https when TLS), [::1] for IPv6; no trailing slash. Empty before start().
    QUrl baseUrl() const;

    void setSlowDelayMs(int ms) { m_slowDelayMs = ms; }
    int slowDelayMs() const { return m_slowDelayMs; }
    // When valid, every request is answered 307 with Location = base + the request path (and query).
    void setRedirectTarget(const QUrl &base) { m_redirectTarget = base; }
    void setRetryAfterSeconds(int seconds) { m_endpoints.setRetryAfterSeconds(seconds); }
    const DemoUsers &users() const { return m_endpoints.users(); }

    // Recording is on by default; the list keeps the latest kMaxSeenRequests entries.
    static constexpr int kMaxSeenRequests = 10000;
    void setRecordRequests(bool record) { m_recordRequests = record; }
    QList<SeenRequest> seenRequests() const { return m_seen; }
    int requestCount() const { return m_requestCount; }   // all requests since the last clear
    void clearSeenRequests();
    int pendingSlowAnswers() const { return int(m_pending.size()); }

Q_SIGNALS:
    void requestSeen();   // after a request was recorded (tests use QSignalSpy)
    // After an answer was written, or dropped (status 0) because a slow client had gone away.
    // principal is the user name or client id; secrets never appear here.
    void requestAnswered(const QByteArray &method, const QString &path, int status,
                         const QString &principal);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct PendingAnswer;

    DemoRequest record(const QHttpServerRequest &request);
    DemoReply redirectReply(const DemoRequest &request) const;
    void holdBack(QHttpServerResponder &&responder, QTcpSocket *socket, const DemoRequest &request,
                  DemoReply reply);
    void finishPending(PendingAnswer *pending);
    void send(QHttpServerResponder &responder, const DemoRequest &request, const DemoReply &reply);

    DemoEndpoints m_endpoints;
    QTcpServer *m_listener = nullptr;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
    int m_slowDelayMs = 3000;
    QUrl m_redirectTarget;
    bool m_recordRequests = true;
    QList<SeenRequest> m_seen;
    int m_requestCount = 0;
    // Slow answers waiting for their timer; members go before the sockets (QObject children).
    std::vector<std::unique_ptr<PendingAnswer>> m_pending;
};

} // namespace zct
