// Issue 10: one login per attempt. Qt's HTTP layer connects again when a proxy drops the CONNECT or
// the SOCKS5 handshake (six times in a row), and when a connection drops before the answer; for a
// login each resend is one more failed login toward the tenant's lock-out and Zuora's rate limit.
// Against peers that drop every time, an attempt must send no login through a tunnel that is not
// there, stop Qt's retries, end at once (not at its timeout, where Qt 6.4 allows), and name the proxy.
// Not covered: a server that drops after a login has arrived; Qt 6.4 sends that login once more
// (the only way to stop it, a non-resettable upload, makes Qt lose answers from servers that close
// right after answering).
// A reset that comes after connecting but before Qt's channel has taken the request is dropped by
// Qt 6.4 as "a keep-alive connection closing" (QHttpNetworkConnectionChannel::_q_error, no reply in
// IdleState) and the queued request then waits for nothing: the attempt ends at its timeout. That
// happened in about half of the in-process runs here and 1 in 100 against an outside peer; the row
// takes either ending, and still demands that no login was sent.
#include "DroppingPeer.h"
#include "SingleCheck.h"
#include "ZuoraConnection.h"

#include <QElapsedTimer>
#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_OneLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void droppedLoginIsNotSentAgain_data();
    void droppedLoginIsNotSentAgain();
};

void tst_OneLogin::droppedLoginIsNotSentAgain_data()
{
    QTest::addColumn<int>("drop");         // DroppingPeer::Drop
    QTest::addColumn<int>("route");        // how the check reaches the peer: ProxyMode None, Http, Socks5
    QTest::addColumn<bool>("tls");         // https:// (through a proxy: a CONNECT tunnel)
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<int>("kind");         // ErrorKind expected
    QTest::addColumn<QString>("causeContains");

    using D = DroppingPeer::Drop;
    const int direct = int(ProxyMode::None);
    const int http = int(ProxyMode::Http);
    const int socks = int(ProxyMode::Socks5);
    const int network = int(ErrorKind::Network);
    const int proxy = int(ErrorKind::Proxy);
    const int timeout = int(ErrorKind::Timeout);
    for (const bool oauth : {false, true}) {
        const char *mode = oauth ? "oauth" : "session";
        QTest::addRow("%s: server resets on accept", mode) << int(D::OnAccept) << direct << false << oauth << network << QString();
        // Qt 6.4 notices nothing when the proxy closes a CONNECT for https without answering: no
        // signal comes until the attempt's own timeout. It still sends the CONNECT once, no login.
        QTest::addRow("%s: HTTP proxy closes on CONNECT for https", mode) << int(D::AfterConnect) << http << true << oauth << timeout << QString();
        QTest::addRow("%s: HTTP proxy resets on CONNECT for https", mode) << int(D::ResetAfterConnect) << http << true << oauth << timeout << QString();
        QTest::addRow("%s: HTTP proxy closes on CONNECT for http", mode) << int(D::AfterConnect) << http << false << oauth << proxy << u"proxy"_s;
        QTest::addRow("%s: HTTP proxy resets on CONNECT for http", mode) << int(D::ResetAfterConnect) << http << false << oauth << proxy << u"proxy"_s;
        QTest::addRow("%s: SOCKS5 proxy closes in the handshake", mode) << int(D::SocksInHandshake) << socks << false << oauth << proxy << u"proxy"_s;
    }
}

void tst_OneLogin::droppedLoginIsNotSentAgain()
{
    QFETCH(int, drop);
    QFETCH(int, route);
    QFETCH(bool, tls);
    QFETCH(bool, oauth);
    QFETCH(int, kind);
    QFETCH(QString, causeContains);

    using D = DroppingPeer::Drop;
    DroppingPeer peer{D(drop)};
    QVERIFY(peer.start());
    ConnectionSettings settings;
    settings.username = u"api.user@example.com"_s;
    settings.authMode = oauth ? AuthMode::OAuthClientCredentials : AuthMode::SessionLogin;
    // Short where Qt 6.4 can only end at the timeout (see the _data rows), long elsewhere: ending at
    // once must not be mistaken for timing out.
    const bool qtMayHang = D(drop) == D::OnAccept;   // see the note at the top
    const int timeoutMs = kind == int(ErrorKind::Timeout) || qtMayHang ? 3000 : 15000;
    settings.timeoutMs = timeoutMs;
    if (route == int(ProxyMode::None)) {
        settings.baseUrl = peer.baseUrl().toString();
        settings.proxy.mode = ProxyMode::None;
    } else {
        // The target is never reached: the proxy is the peer, and it drops.
        settings.baseUrl = tls ? u"https://127.0.0.1:9"_s : u"http://127.0.0.1:9"_s;
        settings.proxy = ProxySettings{ProxyMode(route), u"127.0.0.1"_s, int(peer.serverPort()), QString()};
    }
    ZuoraConnection connection;
    connection.setSettings(settings);
    connection.setSecret(u"Demo-Pass+2026/=&"_s);
    QElapsedTimer clock;
    clock.start();
    const ConnectionResult result = SingleCheck::run(connection, timeoutMs + 10000);
    const qint64 took = clock.elapsed();
    QTest::qWait(300);   // anything sent late arrives too
    const QString seen = u"%1 connections, %2 requests, %3 CONNECTs, %4 SOCKS greetings; %5 in %6 ms: %7"_s
                             .arg(peer.connections()).arg(peer.requests()).arg(peer.connects()).arg(peer.greetings())
                             .arg(errorKindId(result.errorKind)).arg(took).arg(result.cause);

    // The login once, never again. Qt's HTTP thread reconnects on its own; the attempt stops it as
    // soon as it says so (socketStartedConnecting), by which time one more CONNECT or SOCKS5
    // greeting may be on its way (Qt 6.4 sent 6), but never a second login. A reset on accept
    // makes Qt reconnect without saying so: nothing is ever read there, so no login is counted.
    QVERIFY2(peer.requests() <= 1, qPrintable(seen));
    QVERIFY2(peer.connects() <= 2 && peer.greetings() <= 2, qPrintable(seen));
    if (D(drop) != D::OnAccept)
        QVERIFY2(peer.connections() <= 2, qPrintable(seen));
    switch (D(drop)) {
    case D::AfterRequest:
    case D::ResetAfterRequest:
    case D::SocksAfterRequest:
        QVERIFY2(peer.requests() == 1, qPrintable(seen));
        break;
    case D::AfterConnect:
    case D::ResetAfterConnect:
        QVERIFY2(peer.connects() >= 1 && peer.requests() == 0, qPrintable(seen));
        break;
    case D::SocksInHandshake:
        QVERIFY2(peer.greetings() >= 1 && peer.requests() == 0, qPrintable(seen));
        break;
    case D::OnAccept:
        QVERIFY2(peer.requests() == 0, qPrintable(seen));
        break;
    }
    // What the result says was sent is what the server got.
    QVERIFY2(result.attempts <= 1, qPrintable(seen));
    if (route == int(ProxyMode::None) && D(drop) != D::OnAccept)
        QCOMPARE(result.attempts, peer.requests());
    // At once, not at the timeout (but where Qt 6.4 leaves no other way), and in words.
    if (qtMayHang && result.errorKind == ErrorKind::Timeout)
        kind = int(ErrorKind::Timeout);
    if (kind != int(ErrorKind::Timeout))
        QVERIFY2(took < qMin(5000, timeoutMs), qPrintable(seen));
    QVERIFY2(int(result.errorKind) == kind, qPrintable(seen));
    QCOMPARE(result.exitCode(), 3);
    if (!causeContains.isEmpty())
        QVERIFY2(result.cause.contains(causeContains, Qt::CaseInsensitive), qPrintable(seen));
    if (route != int(ProxyMode::None) && kind != int(ErrorKind::Timeout))
        QVERIFY2(result.cause.contains(u"127.0.0.1:%1"_s.arg(peer.serverPort())), qPrintable(seen));   // names the proxy
}

QTEST_GUILESS_MAIN(tst_OneLogin)
#include "tst_onelogin.moc"
