#include "DemoServer.h"

#include "DemoLogging.h"

#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <QFile>
#include <QMetaEnum>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace zct {

// Qt 6.4's responder keeps a raw QTcpSocket pointer and writes to it without checking, so a
// held-back answer carries its own guard: the socket may be gone when the timer fires.
struct DemoServer::PendingAnswer
{
    PendingAnswer(QHttpServerResponder &&responder, QTcpSocket *socket, DemoRequest request,
                  DemoReply reply)
        : responder(std::move(responder)), socket(socket), request(std::move(request)),
          reply(std::move(reply))
    {
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    DemoRequest request;
    DemoReply reply;
    QTimer *timer = nullptr;   // a child of the server, so it dies with it
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    if (!key || method == QHttpServerRequest::Method::Unknown)
        return "UNKNOWN";
    return QByteArray(key).toUpper();
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DemoServer::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

QSslKey privateKeyFromPem(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

DemoServer::DemoServer(DemoUsers users, QObject *parent)
    : QAbstractHttpServer(parent), m_endpoints(std::move(users))
{
}

DemoServer::~DemoServer() = default;

bool DemoServer::useTls(const QString &certPemFile, const QString &keyPemFile, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    if (!QSslSocket::supportsSsl()) {
        *message = tr("TLS is not available: Qt found no usable OpenSSL (%1)")
                           .arg(QSslSocket::sslLibraryBuildVersionString());
        return false;
    }
    const auto certPem = readFile(certPemFile, message);
    if (!certPem)
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty()) {
        *message = tr("%1 holds no PEM certificate").arg(certPemFile);
        return false;
    }
    const auto keyPem = readFile(keyPemFile, message);
    if (!keyPem)
        return false;
    const QSslKey key = privateKeyFromPem(*keyPem);
    if (key.isNull()) {
        *message = tr("%1 holds no unencrypted RSA, EC or DSA private key in PEM form")
                           .arg(keyPemFile);
        return false;
    }
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificateChain(chain);
    m_tlsConfiguration.setPrivateKey(key);
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    sslSetup(m_tlsConfiguration);
    m_tls = true;
    return true;
}

bool DemoServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    if (m_listener) {
        *message = tr("The demo server is already listening");
        return false;
    }
    // Our own listener instead of QAbstractHttpServer::listen(): that one only returns 0 on
    // failure and hides the reason (port in use, address not available).
    QTcpServer *listener = nullptr;
    if (m_tls) {
        auto *tlsListener = new QSslServer(this);
        tlsListener->setSslConfiguration(m_tlsConfiguration);
        connect(tlsListener, &QSslServer::errorOccurred, this,
                [](QSslSocket *, QAbstractSocket::SocketError socketError) {
                    qCDebug(lcDemo) << "TLS connection failed:" << socketError;
                });
        listener = tlsListener;
    } else {
        listener = new QTcpServer(this);
    }
    if (!listener->listen(address, port)) {
        *message = tr("Cannot listen on %1 port %2: %3")
                           .arg(address.toString())
                           .arg(port)
                           .arg(listener->errorString());
        delete listener;
        return false;
    }
    bind(listener);
    m_listener = listener;
    qCDebug(lcDemo) << "Demo server listening at" << baseUrl().toString();
    return true;
}

QUrl DemoServer::baseUrl() const
{
    if (!m_listener)
        return {};
    QHostAddress host = m_listener->serverAddress();
    if (host.isNull() || host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_listener->serverPort());
    return url;
}

void DemoServer::clearSeenRequests()
{
    m_seen.clear();
    m_requestCount = 0;
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const DemoRequest seen = record(request);
    QHttpServerResponder responder = makeResponder(request, socket);
    DemoReply reply = m_redirectTarget.isValid() ? redirectReply(seen) : m_endpoints.answer(seen);
    if (reply.delayed && m_slowDelayMs > 0) {
        holdBack(std::move(responder), socket, seen, std::move(reply));
        return true;
    }
    send(responder, seen, reply);
    return true;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only satisfies the pure virtual.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

DemoRequest DemoServer::record(const QHttpServerRequest &request)
{
    DemoRequest seen;
    seen.method = methodName(request.method());
    seen.path = request.url().path(QUrl::FullyDecoded);
    seen.query = request.url().query(QUrl::FullyEncoded);
    seen.url = request.url().adjusted(QUrl::RemoveQuery).toString();
    seen.headers = request.headers();
    seen.body = request.body();
    seen.peer = request.remoteAddress();
    ++m_requestCount;
    if (m_recordRequests) {
        if (m_seen.size() >= kMaxSeenRequests)
            m_seen.removeFirst();
        m_seen.append(seen);
    }
    Q_EMIT requestSeen();
    return seen;
}

DemoReply DemoServer::redirectReply(const DemoRequest &request) const
{
    QUrl location = m_redirectTarget;
    QString basePath = location.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    location.setPath(basePath + request.path);
    location.setQuery(request.query.isEmpty() ? QString() : request.query);
    DemoReply reply;
    reply.status = 307;
    reply.setHeader("Location", location.toEncoded());
    return reply;
}

void DemoServer::holdBack(QHttpServerResponder &&responder, QTcpSocket *socket,
                          const DemoRequest &request, DemoReply reply)
{
    auto pending = std::make_unique<PendingAnswer>(std::move(responder), socket, request,
                                                   std::move(reply));
    PendingAnswer *raw = pending.get();
    raw->timer = new QTimer(this);
    raw->timer->setSingleShot(true);
    raw->timer->setTimerType(Qt::PreciseTimer);   // a coarse timer may fire up to 5% early
    connect(raw->timer, &QTimer::timeout, this, [this, raw] { finishPending(raw); });
    raw->timer->start(m_slowDelayMs);
    m_pending.push_back(std::move(pending));
}

void DemoServer::finishPending(PendingAnswer *pending)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [pending](const auto &entry) { return entry.get() == pending; });
    if (it == m_pending.end())
        return;
    const std::unique_ptr<PendingAnswer> owned = std::move(*it);
    m_pending.erase(it);
    // Deleting the timer now would destroy it inside its own timeout emission.
    owned->timer->deleteLater();

    if (owned->socket && owned->socket->state() == QAbstractSocket::ConnectedState) {
        send(owned->responder, owned->request, owned->reply);
        return;
    }
    qCDebug(lcDemo) << "Client gave up before the slow answer to" << owned->request.path;
    Q_EMIT requestAnswered(owned->request.method, owned->request.path, 0, owned->reply.principal);
}

void DemoServer::send(QHttpServerResponder &responder, const DemoRequest &request,
                      const DemoReply &reply)
{
    // HeaderList is a std::initializer_list in Qt 6.4, so a header set built at run time has to
    // be written piece by piece.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(request.method == "HEAD" ? QByteArray() : reply.body);

    qCDebug(lcDemo).noquote() << request.method << request.path << reply.status << reply.principal;
    Q_EMIT requestAnswered(request.method, request.path, reply.status, reply.principal);
}

} // namespace zct
