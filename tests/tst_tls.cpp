// TLS as a person meets it: the oldest protocol we speak is TLS 1.2, and every certificate
// problem (self-signed, untrusted authority, expired, not yet valid, wrong host) is refused
// with its own sentence, unless trusting the right authority makes it acceptable.
//
// Certificates are made at test time (TestCertificate, openssl). Servers that speak only
// TLS 1.0 or 1.1 are `openssl s_server` processes at security level 0: OpenSSL 3 refuses to
// serve those protocols in this process otherwise, and its settings are per process.
#include "DemoAnswers.h"
#include "DemoServer.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileLibrary.h"
#include "ProfileStore.h"
#include "ScriptedHttpPeer.h"
#include "SingleCheck.h"
#include "TestCertificate.h"
#include "TlsErrorText.h"
#include "VerdictBanner.h"
#include "ZuoraConnection.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"tls.user@example.com"_s;
const QString kPassword = u"Tls-Pass+2026/=&"_s;

ConnectionResult check(const QUrl &base, const QString &caFile)
{
    ZuoraConnection connection;
    ConnectionSettings settings;
    settings.baseUrl = base.toString();
    settings.username = kUser;
    settings.caFile = caFile;
    settings.timeoutMs = 10000;
    connection.setSettings(settings);
    connection.setSecret(kPassword);
    return SingleCheck::run(connection);
}

QUrl httpsUrl(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    url.setPort(port);
    return url;
}

// A TLS server pinned to one protocol version that answers every request like Zuora accepting
// a login, and records the protocol each connection negotiated.
class PinnedTlsPeer final : public QSslServer
{
public:
    bool start(QSsl::SslProtocol protocol, const TestCertificate &certificate, QString *error)
    {
        QFile keyFile(certificate.keyPath());
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = keyFile.errorString();
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(protocol);
        tls.setLocalCertificateChain(QSslCertificate::fromPath(certificate.certificatePath()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(tls);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, &PinnedTlsPeer::serve);
        if (!listen(QHostAddress::LocalHost, 0)) {
            *error = errorString();
            return false;
        }
        return true;
    }
    QList<QSsl::SslProtocol> negotiated() const { return m_negotiated; }

private:
    void serve()
    {
        while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
            m_negotiated << socket->sessionProtocol();
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QSslSocket::readyRead, socket, [socket] {
                socket->setProperty("request", QByteArray(socket->property("request").toByteArray() + socket->readAll()));
                if (!socket->property("request").toByteArray().contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write(ScriptedHttpPeer::response(
                    200, "OK", answers::kJsonUtf8, answers::acceptedBody(),
                    {"Set-Cookie: ZSession=" + answers::newSessionToken() + "; Path=/; Secure; HttpOnly"}));
                socket->disconnectFromHost();
            });
        }
    }

    QList<QSsl::SslProtocol> m_negotiated;
};

// `openssl s_server` limited to one old protocol version, at security level 0 so that
// OpenSSL 3 agrees to speak it at all.
class OldTlsServer
{
public:
    bool start(const QString &protocolFlag, const TestCertificate &certificate, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"openssl"_s, {u"s_server"_s, u"-accept"_s, u"127.0.0.1:0"_s, u"-cert"_s,
                                       certificate.certificatePath(), u"-key"_s, certificate.keyPath(),
                                       protocolFlag, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s, u"-www"_s});
        // Test set-up may block.
        QByteArray seen;
        while (m_process.waitForReadyRead(10000)) {
            seen += m_process.readAll();
            const qsizetype at = seen.indexOf("ACCEPT ");
            const qsizetype end = seen.indexOf('\n', at);
            if (at >= 0 && end > at) {
                m_port = quint16(seen.mid(at, end - at).split(':').constLast().trimmed().toUInt());
                return m_port != 0;
            }
        }
        *error = u"openssl s_server did not start: "_s + QString::fromLocal8Bit(seen) + m_process.errorString();
        return false;
    }
    ~OldTlsServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// An OpenSSL configuration that allows TLS 1.0 and 1.1 and weak signatures: under it, only our
// own protocol setting stands between a client and an old server.
const QByteArray kPermissiveOpenSslConfig = "openssl_conf = init\n"
                                            "[init]\n"
                                            "ssl_conf = ssl_section\n"
                                            "[ssl_section]\n"
                                            "system_default = system_default_section\n"
                                            "[system_default_section]\n"
                                            "MinProtocol = TLSv1\n"
                                            "CipherString = DEFAULT:@SECLEVEL=0\n";

// The child-process side of olderThanTls12IsRefused: one check, the result as JSON on stdout.
int probe(const QString &baseUrl, const QString &caFile)
{
    const ConnectionResult result = check(QUrl(baseUrl), caFile);
    QJsonObject json;
    json[u"kind"] = errorKindId(result.errorKind);
    json[u"cause"] = result.cause;
    json[u"hint"] = result.hint;
    json[u"tlsDone"] = result.timings.tlsDone;
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void handshakeFailureInWords_data();
    void handshakeFailureInWords();
    void olderThanTls12IsRefused_data();
    void olderThanTls12IsRefused();
    void tls12AndNewerAreSpoken_data();
    void tls12AndNewerAreSpoken();
    void certificateProblems_data();
    void certificateProblems();
    void eachProblemHasItsOwnMessage();
    void caFileIsPerProfileAndVisible();

private:
    DemoServer *serverFor(const QString &name) { return m_servers.value(name).get(); }
    bool addServer(const QString &name, const QString &certificatePath, const QString &keyPath);

    QTemporaryDir m_dir;
    TestCertificate m_authority;
    TestCertificate m_good;
    TestCertificate m_expired;
    TestCertificate m_notYetValid;
    TestCertificate m_wrongHost;
    TestCertificate m_localhostOnly;
    TestCertificate m_selfSigned;
    QHash<QString, std::shared_ptr<DemoServer>> m_servers;
};

bool tst_Tls::addServer(const QString &name, const QString &certificatePath, const QString &keyPath)
{
    DemoUser user;
    user.username = kUser;
    user.password = kPassword;
    DemoUsers users;
    users.addUser(user);
    auto server = std::make_shared<DemoServer>(users);
    QString error;
    if (!server->useTls(certificatePath, keyPath, &error) || !server->start(QHostAddress::LocalHost, 0, &error)) {
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    m_servers.insert(name, server);
    return true;
}

void tst_Tls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSslSocket::supportsSsl());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_authority.makeAuthority(), qPrintable(m_authority.error()));
    QVERIFY2(m_good.makeIssuedBy(m_authority), qPrintable(m_good.error()));
    QVERIFY2(m_expired.makeIssuedBy(m_authority, now.addDays(-3), now.addDays(-1)), qPrintable(m_expired.error()));
    QVERIFY2(m_notYetValid.makeIssuedBy(m_authority, now.addDays(1), now.addDays(3)), qPrintable(m_notYetValid.error()));
    QVERIFY2(m_wrongHost.makeIssuedBy(m_authority, u"zuora.example.com"_s, u"DNS:zuora.example.com"_s),
             qPrintable(m_wrongHost.error()));
    QVERIFY2(m_localhostOnly.makeIssuedBy(m_authority, u"localhost"_s, u"DNS:localhost"_s), qPrintable(m_localhostOnly.error()));
    QVERIFY2(m_selfSigned.make(), qPrintable(m_selfSigned.error()));

    // What the certificates say is what the rows below rely on.
    const QSslCertificate expired = QSslCertificate::fromPath(m_expired.certificatePath()).value(0);
    QVERIFY(expired.expiryDate() < now);
    const QSslCertificate notYet = QSslCertificate::fromPath(m_notYetValid.certificatePath()).value(0);
    QVERIFY(notYet.effectiveDate() > now);
    QCOMPARE(QSslCertificate::fromPath(m_good.chainPath()).size(), 2);

    QVERIFY(addServer(u"good"_s, m_good.certificatePath(), m_good.keyPath()));
    QVERIFY(addServer(u"good chain"_s, m_good.chainPath(), m_good.keyPath()));
    QVERIFY(addServer(u"expired"_s, m_expired.certificatePath(), m_expired.keyPath()));
    QVERIFY(addServer(u"not yet valid"_s, m_notYetValid.certificatePath(), m_notYetValid.keyPath()));
    QVERIFY(addServer(u"wrong host"_s, m_wrongHost.certificatePath(), m_wrongHost.keyPath()));
    QVERIFY(addServer(u"localhost only"_s, m_localhostOnly.certificatePath(), m_localhostOnly.keyPath()));
    QVERIFY(addServer(u"self-signed"_s, m_selfSigned.certificatePath(), m_selfSigned.keyPath()));
}

void tst_Tls::handshakeFailureInWords_data()
{
    QTest::addColumn<QString>("libraryText");
    QTest::addColumn<QString>("expected");
    const QString prefix = u"SSL handshake failed: Error during SSL handshake: "_s;
    QTest::newRow("server wants older")
        << prefix + u"error:0A00042E:SSL routines::tlsv1 alert protocol version"_s
        << u"TLS handshake with h:1 failed: the server does not speak TLS 1.2 or newer (tlsv1 alert protocol version)."_s;
    QTest::newRow("unsupported protocol")
        << prefix + u"error:0A000102:SSL routines::unsupported protocol"_s
        << u"TLS handshake with h:1 failed: the server does not speak TLS 1.2 or newer (unsupported protocol)."_s;
    QTest::newRow("no shared cipher")
        << prefix + u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s
        << u"TLS handshake with h:1 failed: the server refused it, for example for want of a cipher suite in common (sslv3 alert handshake failure)."_s;
    QTest::newRow("OpenSSL 1.1 wording")
        << prefix + u"error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version"_s
        << u"TLS handshake with h:1 failed: the server does not speak TLS 1.2 or newer (tlsv1 alert protocol version)."_s;
    QTest::newRow("anything else kept whole")
        << u"The remote host closed the connection"_s
        << u"TLS handshake with h:1 failed: The remote host closed the connection"_s;
}

void tst_Tls::handshakeFailureInWords()
{
    QFETCH(QString, libraryText);
    QFETCH(QString, expected);
    QCOMPARE(TlsErrorText::describeHandshake(u"h:1"_s, libraryText), expected);
    // The hint follows the cause: an old protocol, a refusal, or anything else.
    const QString hint = TlsErrorText::handshakeHint(libraryText);
    if (expected.contains(u"TLS 1.2 or newer ("_s))
        QVERIFY2(hint.contains(u"an old proxy or server"_s), qPrintable(hint));
    else if (expected.contains(u"refused it"_s))
        QVERIFY2(hint.contains(u"other requirements"_s), qPrintable(hint));
    else
        QCOMPARE(hint, u"The server may not support TLS 1.2 or newer."_s);
}

void tst_Tls::olderThanTls12IsRefused_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("protocolName");
    QTest::newRow("TLS 1.0 only") << u"-tls1"_s << u"TLSv1"_s;
    QTest::newRow("TLS 1.1 only") << u"-tls1_1"_s << u"TLSv1.1"_s;
}

void tst_Tls::olderThanTls12IsRefused()
{
    QFETCH(QString, flag);
    QFETCH(QString, protocolName);
    OldTlsServer server;
    QString error;
    QVERIFY2(server.start(flag, m_selfSigned, &error), qPrintable(error));
    const QUrl base = httpsUrl(u"127.0.0.1"_s, server.port());

    // Here, under this machine's OpenSSL settings: refused, and said to be about TLS.
    const ConnectionResult refused = check(base, m_selfSigned.certificatePath());
    QCOMPARE(refused.errorKind, ErrorKind::Tls);
    QCOMPARE(refused.exitCode(), 3);
    QVERIFY2(refused.cause.startsWith(u"TLS handshake with 127.0.0.1:"_s), qPrintable(refused.cause));
    QVERIFY2(refused.cause.contains(u"does not speak TLS 1.2 or newer"_s), qPrintable(refused.cause));
    QVERIFY2(refused.hint.contains(u"Zuora speaks TLS 1.2 and 1.3"_s), qPrintable(refused.hint));
    QCOMPARE(refused.timings.tlsDone, -1.0);

    // Under a configuration that allows the old protocol, a client that does not insist on
    // TLS 1.2 gets through: the server does speak it...
    const QString config = m_dir.filePath(u"permissive-openssl.cnf"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(kPermissiveOpenSslConfig);
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OPENSSL_CONF"_s, config);
    QProcess client;
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(u"openssl"_s, {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(server.port())});
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(20000));
    const QByteArray clientOutput = client.readAll();
    QVERIFY2(clientOutput.contains(QByteArray("Protocol  : " + protocolName.toLatin1() + '\n')), clientOutput.constData());

    // ...and ours still refuses it: the minimum is our own setting, not the machine's.
    QProcess prober;
    prober.setProcessEnvironment(environment);
    prober.start(QCoreApplication::applicationFilePath(),
                 {u"--zct-probe"_s, base.toString(), m_selfSigned.certificatePath()});
    QVERIFY(prober.waitForFinished(30000));
    QCOMPARE(prober.exitCode(), 0);
    const QJsonObject probed = QJsonDocument::fromJson(prober.readAllStandardOutput()).object();
    QCOMPARE(probed.value(u"kind").toString(), u"tls"_s);
    QVERIFY2(probed.value(u"hint").toString().contains(u"Zuora speaks TLS 1.2 and 1.3"_s), qPrintable(probed.value(u"hint").toString()));
    QCOMPARE(probed.value(u"tlsDone").toDouble(), -1.0);
    qInfo("%s refused: %s", qPrintable(protocolName), qPrintable(probed.value(u"cause").toString()));
}

void tst_Tls::tls12AndNewerAreSpoken_data()
{
    QTest::addColumn<int>("protocol");
    QTest::newRow("TLS 1.2 only") << int(QSsl::TlsV1_2);
    QTest::newRow("TLS 1.3 only") << int(QSsl::TlsV1_3);
    QTest::newRow("TLS 1.2 or later") << int(QSsl::TlsV1_2OrLater);
}

void tst_Tls::tls12AndNewerAreSpoken()
{
    QFETCH(int, protocol);
    PinnedTlsPeer peer;
    QString error;
    QVERIFY2(peer.start(QSsl::SslProtocol(protocol), m_selfSigned, &error), qPrintable(error));
    const ConnectionResult result = check(httpsUrl(u"127.0.0.1"_s, peer.serverPort()), m_selfSigned.certificatePath());
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QVERIFY(result.timings.tlsDone >= 0);
    QCOMPARE(peer.negotiated().size(), 1);
    // Offered both, our client takes the newest.
    const QSsl::SslProtocol expected = protocol == int(QSsl::TlsV1_2) ? QSsl::TlsV1_2 : QSsl::TlsV1_3;
    QCOMPARE(peer.negotiated().constFirst(), expected);
    // What the handshake settled is kept with the result, in words.
    QVERIFY(result.tls.encrypted);
    QCOMPARE(result.tls.protocol, expected == QSsl::TlsV1_2 ? u"TLS 1.2"_s : u"TLS 1.3"_s);
    QVERIFY(!result.tls.cipher.isEmpty());
    QCOMPARE(result.tls.chain.size(), 1);
    QVERIFY2(result.tls.chain.constFirst().subject.contains(u"CN=127.0.0.1"_s), qPrintable(result.tls.chain.constFirst().subject));
    QCOMPARE(result.tls.daysUntilExpiry().value_or(-1), 0);   // made for a day at test time
    QVERIFY(result.tls.expiresSoon());
}

void tst_Tls::certificateProblems_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("trust");       // "", "authority" or "self-signed"
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("causeWords");
    QTest::addColumn<QString>("hintWords");

    const QStringList none;
    const QString ip = u"127.0.0.1"_s;
    const QString authority = u"authority"_s;
    const QString dateHint = u"date and time"_s;
    const QString trustHint = u"trust its CA certificate file"_s;

    QTest::newRow("self-signed") << u"self-signed"_s << ip << QString() << false
                                 << QStringList{u"Self-signed certificate (127.0.0.1)"_s} << trustHint;
    QTest::newRow("self-signed, trusted") << u"self-signed"_s << ip << u"self-signed"_s << true << none << QString();
    QTest::newRow("untrusted authority") << u"good"_s << ip << QString() << false
                                         << QStringList{u"Untrusted certificate"_s, u"ZCT Test Authority"_s} << trustHint;
    QTest::newRow("untrusted authority, chain sent") << u"good chain"_s << ip << QString() << false
                                                     << QStringList{u"chain ends in a self-signed"_s} << trustHint;
    QTest::newRow("authority trusted") << u"good"_s << ip << authority << true << none << QString();
    QTest::newRow("authority trusted, chain sent") << u"good chain"_s << ip << authority << true << none << QString();
    QTest::newRow("expired, authority trusted") << u"expired"_s << ip << authority << false
                                                << QStringList{u"expired"_s} << dateHint;
    QTest::newRow("expired, nothing trusted") << u"expired"_s << ip << QString() << false
                                              << QStringList{u"expired"_s, u"Untrusted certificate"_s} << dateHint;
    QTest::newRow("not yet valid, authority trusted") << u"not yet valid"_s << ip << authority << false
                                                      << QStringList{u"not valid before"_s} << dateHint;
    QTest::newRow("wrong host, authority trusted") << u"wrong host"_s << ip << authority << false
                                                   << QStringList{u"Wrong host"_s, u"zuora.example.com"_s} << u"host name"_s;
    QTest::newRow("address not in certificate") << u"localhost only"_s << ip << authority << false
                                                << QStringList{u"Wrong host: the certificate is for localhost, not 127.0.0.1"_s}
                                                << u"host name"_s;
    QTest::newRow("host name matches") << u"localhost only"_s << u"localhost"_s << authority << true << none << QString();
}

void tst_Tls::certificateProblems()
{
    QFETCH(QString, server);
    QFETCH(QString, host);
    QFETCH(QString, trust);
    QFETCH(bool, accepted);
    QFETCH(QStringList, causeWords);
    QFETCH(QString, hintWords);

    DemoServer *demo = serverFor(server);
    QVERIFY(demo);
    demo->clearSeenRequests();
    const QString caFile = trust == u"authority" ? m_authority.certificatePath()
        : trust == u"self-signed"                ? m_selfSigned.certificatePath()
                                                 : QString();
    const ConnectionResult result = check(httpsUrl(host, demo->baseUrl().port()), caFile);
    // The chain as presented is kept, also when it was refused: support needs to see it.
    QVERIFY2(!result.tls.chain.isEmpty(), qPrintable(result.cause));
    if (accepted) {
        QVERIFY2(result.accepted(), qPrintable(result.cause));
        QVERIFY(result.tlsErrors.isEmpty());
        QCOMPARE(demo->requestCount(), 1);
        // Trusted only through the profile's extra CA file: the test authority is no system CA.
        QCOMPARE(result.tls.trustedOnlyThroughExtraCa, !caFile.isEmpty());
        return;
    }
    QCOMPARE(result.errorKind, ErrorKind::Tls);
    QCOMPARE(result.exitCode(), 3);
    QCOMPARE(demo->requestCount(), 0);   // the credentials never left
    for (const QString &word : std::as_const(causeWords))
        QVERIFY2(result.cause.contains(word), qPrintable(result.cause));
    QVERIFY2(result.hint.contains(hintWords), qPrintable(result.hint));
    QVERIFY(!result.tlsErrors.isEmpty());
    // Each problem in its own words: none of the others' is there.
    const QStringList everyProblem = {u"Self-signed certificate"_s, u"Untrusted certificate"_s,
                                      u"chain ends in a self-signed"_s, u"expired"_s, u"not valid before"_s,
                                      u"Wrong host"_s};
    for (const QString &other : everyProblem) {
        const bool expected = std::any_of(causeWords.cbegin(), causeWords.cend(),
                                          [&](const QString &word) { return word.contains(other); });
        QVERIFY2(result.cause.contains(other) == expected, qPrintable(other + u" in: "_s + result.cause));
    }
}

void tst_Tls::eachProblemHasItsOwnMessage()
{
    struct Case { QString server; QString caFile; QString word; };
    const QList<Case> cases = {
        {u"expired"_s, m_authority.certificatePath(), u"expired"_s},
        {u"not yet valid"_s, m_authority.certificatePath(), u"not valid before"_s},
        {u"wrong host"_s, m_authority.certificatePath(), u"Wrong host"_s},
        {u"self-signed"_s, QString(), u"Self-signed"_s},
        {u"good"_s, QString(), u"Untrusted"_s},
    };
    QStringList causes;
    QStringList hints;
    for (const Case &c : cases) {
        const ConnectionResult result = check(serverFor(c.server)->baseUrl(), c.caFile);
        QCOMPARE(result.errorKind, ErrorKind::Tls);
        QVERIFY2(result.cause.contains(c.word), qPrintable(result.cause));
        QVERIFY2(!causes.contains(result.cause), qPrintable(result.cause));
        causes << result.cause;
        hints << result.hint;
        qInfo("%s: %s | %s", qPrintable(c.server), qPrintable(result.cause), qPrintable(result.hint));
    }
    QCOMPARE(causes.size(), 5);
    hints.removeDuplicates();
    QCOMPARE(hints.size(), 3);   // the clock, the host name, the authority
}

void tst_Tls::caFileIsPerProfileAndVisible()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    MemorySecretStore secrets;
    const QString base = serverFor(u"good"_s)->baseUrl().toString();
    QStringList ids;
    for (const QString &name : {u"Trusts the test authority"_s, u"Trusts nothing extra"_s}) {
        Profile profile;
        profile.name = name;
        profile.settings.baseUrl = base;
        profile.settings.username = kUser;
        profile.settings.timeoutMs = 10000;
        profile.settings.caFile = ids.isEmpty() ? m_authority.certificatePath() : QString();
        profile.rememberSecret = true;
        profiles.upsert(profile);
        secrets.writeSecret(profile.id, kPassword);
        ids << profile.id;
    }
    QVERIFY(profiles.save());
    QTRY_COMPARE(secrets.count(), 2);
    ProfileLibrary library(&secrets, profiles.path(), dir.filePath(u"history.json"_s));
    QVERIFY(library.load());
    AppSettings settings(dir.filePath(u"app-state.ini"_s));

    MainWindow window(&library, &secrets, &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListView *>(u"profileList"_s);
    auto *caFileEdit = window.findChild<QLineEdit *>(u"caFileEdit"_s);
    auto *passwordEdit = window.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *banner = window.findChild<VerdictBanner *>(u"verdictBanner"_s);
    QVERIFY(list && caFileEdit && passwordEdit && banner);

    const auto select = [&](const QString &id) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            if (window.currentProfileId() == id)
                return;
        }
    };
    const auto pressTest = [&] {
        QSignalSpy shown(&window, &MainWindow::resultShown);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        return shown.wait(15000) ? shown.constLast().first().value<ConnectionResult>() : ConnectionResult{};
    };

    // Three rounds, so that neither trust nor a kept connection carries over to the other profile.
    for (int round = 0; round < 3; ++round) {
        const bool trusting = round % 2 == 0;
        select(ids.at(trusting ? 0 : 1));
        QCOMPARE(window.currentProfileId(), ids.at(trusting ? 0 : 1));
        QVERIFY(caFileEdit->isVisible());
        QCOMPARE(caFileEdit->text(), trusting ? m_authority.certificatePath() : QString());
        QTRY_COMPARE(passwordEdit->text(), kPassword);
        const ConnectionResult result = pressTest();
        if (trusting) {
            QVERIFY2(result.accepted(), qPrintable(result.cause));
            QCOMPARE(banner->title(), u"Accepted"_s);
            QVERIFY(result.notes.join(u' ').contains(m_authority.certificatePath()));
        } else {
            QCOMPARE(result.errorKind, ErrorKind::Tls);
            QVERIFY2(banner->cause().contains(u"Untrusted certificate"_s), qPrintable(banner->cause()));
        }
    }
    window.setWindowModified(false);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--zct-probe") == 0) {
        QCoreApplication app(argc, argv);
        return probe(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_Tls test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tls.moc"
