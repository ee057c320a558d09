#include "FaultyZuoraPeer.h"

#include "DemoAnswers.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sys/socket.h>

namespace {

QByteArray answer(int status, const QByteArray &reason, const QByteArray &body, const QList<QByteArray> &headers)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
        + "Content-Type: " + QByteArray(zct::answers::kJsonUtf8) + "\r\n"
        + "Zuora-Request-Id: " + zct::answers::newRequestId() + "\r\n";
    for (const QByteArray &header : headers)
        raw += header + "\r\n";
    return raw + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

int checkFromUser(const QByteArray &user)
{
    // load-<n>@example.com
    if (!user.startsWith("load-"))
        return -1;
    bool ok = false;
    const int check = user.mid(5, user.indexOf('@') - 5).toInt(&ok);
    return ok ? check : -1;
}

} // namespace

// Lives on the peer's thread with every socket it accepts.
class FaultyZuoraPeer::Listener final : public QTcpServer
{
public:
    explicit Listener(FaultyZuoraPeer *peer) : m_peer(peer) {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_peer->connectionOpened();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [peer = m_peer] { peer->connectionClosed(); });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
    }

private:
    void serve(QTcpSocket *socket)
    {
        if (socket->property("silent").toBool()) {
            socket->readAll();   // stalled or dropped: whatever else comes is ignored
            return;
        }
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        // Keep-alive: several requests may follow one another on one connection.
        while (true) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                break;
            qsizetype length = 0;
            QByteArray user;
            for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
                const QByteArray lower = line.toLower();
                if (lower.startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                else if (lower.startsWith("apiaccesskeyid:"))
                    user = line.mid(15).trimmed();
            }
            if (buffer.size() < headerEnd + 4 + length)
                break;
            buffer.remove(0, headerEnd + 4 + length);
            if (!respond(socket, checkFromUser(user)))
                return;
        }
        socket->setProperty("buffer", buffer);
    }

    // false when the connection is gone or will never answer again
    bool respond(QTcpSocket *socket, int check)
    {
        const Fault fault = check < 0 ? Fault::Reject : faultFor(check, m_peer->m_share);
        m_peer->record(check, fault);
        switch (fault) {
        case Fault::Accept:
            socket->write(answer(200, "OK", zct::answers::acceptedBody(),
                                 {"Set-Cookie: ZSession=" + zct::answers::newSessionToken() + "; Path=/; Secure; HttpOnly"}));
            return true;
        case Fault::Reject:
            socket->write(answer(401, "Unauthorized",
                                 zct::answers::failureBody(90000011, QStringLiteral("Failed to authenticate. Invalid apiAccessKeyId or apiSecretAccessKey"),
                                                           QString::fromLatin1(zct::answers::newProcessId())),
                                 {"WWW-Authenticate: " + QByteArray(zct::answers::kWwwAuthenticate)}));
            return true;
        case Fault::Drop:
            socket->setProperty("silent", true);
            socket->disconnectFromHost();
            return false;
        case Fault::Reset: {
            // A zero linger makes the kernel answer close() with RST instead of FIN.
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->setProperty("silent", true);
            socket->abort();
            socket->deleteLater();
            return false;
        }
        case Fault::Stall:
            socket->setProperty("silent", true);
            return false;
        }
        return false;
    }

    FaultyZuoraPeer *m_peer;
};

FaultyZuoraPeer::Fault FaultyZuoraPeer::faultFor(int check, int sharePercent)
{
    // 37 is prime to 100: consecutive checks land on scattered slots, each slot once per 100.
    const int slot = int((qint64(check) * 37) % 100);
    if (slot < sharePercent)
        return Fault::Drop;
    if (slot < 2 * sharePercent)
        return Fault::Reset;
    if (slot < 3 * sharePercent)
        return Fault::Stall;
    if (slot < 3 * sharePercent + 10)
        return Fault::Reject;
    return Fault::Accept;
}

zct::ErrorKind FaultyZuoraPeer::expectedKind(Fault fault)
{
    switch (fault) {
    case Fault::Accept: return zct::ErrorKind::None;
    case Fault::Reject: return zct::ErrorKind::Rejected;
    case Fault::Drop:
    case Fault::Reset: return zct::ErrorKind::Network;
    case Fault::Stall: return zct::ErrorKind::Timeout;
    }
    return zct::ErrorKind::None;
}

QString FaultyZuoraPeer::faultName(Fault fault)
{
    switch (fault) {
    case Fault::Accept: return QStringLiteral("accept");
    case Fault::Reject: return QStringLiteral("reject");
    case Fault::Drop: return QStringLiteral("drop");
    case Fault::Reset: return QStringLiteral("reset");
    case Fault::Stall: return QStringLiteral("stall");
    }
    return QString();
}

QString FaultyZuoraPeer::userFor(int check)
{
    return QStringLiteral("load-%1@example.com").arg(check);
}

FaultyZuoraPeer::FaultyZuoraPeer(int sharePercent, QObject *parent)
    : QObject(parent)
    , m_share(qBound(0, sharePercent, 30))
{
}

FaultyZuoraPeer::~FaultyZuoraPeer()
{
    if (!m_thread)
        return;
    // The listener and its sockets are deleted on their own thread.
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { delete listener; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool FaultyZuoraPeer::start(QString *error)
{
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FaultyZuoraPeer"));
    m_listener = new Listener(this);
    m_listener->moveToThread(m_thread);
    m_thread->start();
    bool listening = false;
    QString problem;
    QMetaObject::invokeMethod(
        m_listener,
        [this, &listening, &problem] {
            listening = m_listener->listen(QHostAddress::LocalHost, 0);
            if (listening) {
                m_baseUrl.setScheme(QStringLiteral("http"));
                m_baseUrl.setHost(QStringLiteral("127.0.0.1"));
                m_baseUrl.setPort(m_listener->serverPort());
            } else {
                problem = m_listener->errorString();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!listening && error)
        *error = problem;
    return listening;
}

void FaultyZuoraPeer::record(int check, Fault fault)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    ++m_perFault[size_t(fault)];
    ++m_perCheck[check];
}

void FaultyZuoraPeer::connectionOpened()
{
    QMutexLocker lock(&m_mutex);
    ++m_accepted;
    ++m_open;
}

void FaultyZuoraPeer::connectionClosed()
{
    QMutexLocker lock(&m_mutex);
    --m_open;
}

int FaultyZuoraPeer::connectionsAccepted() const
{
    QMutexLocker lock(&m_mutex);
    return m_accepted;
}

int FaultyZuoraPeer::connectionsOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

int FaultyZuoraPeer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

std::array<int, FaultyZuoraPeer::FaultCount> FaultyZuoraPeer::requestsPerFault() const
{
    QMutexLocker lock(&m_mutex);
    return m_perFault;
}

int FaultyZuoraPeer::requestsFor(int check) const
{
    QMutexLocker lock(&m_mutex);
    return m_perCheck.value(check);
}
