// Issue 10: what a hostile server sends is shown, never obeyed; a secret it echoes back is masked;
// the secret zuora-check sends is the exact one given, or refused. zuora-check runs as a process
// against a scripted loopback peer in this process.
#include "ConnectionResult.h"
#include "DisplayText.h"
#include "ProgramRun.h"
#include "ScriptedHttpPeer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

// ZCT_TEST_CHECK_BIN runs another build of zuora-check (an older one, to see these tests fail there).
QString checkProgram()
{
    const QString other = qEnvironmentVariable("ZCT_TEST_CHECK_BIN");
    return other.isEmpty() ? QStringLiteral(ZCT_BIN_DIR) + u"/zuora-check"_s : other;
}

const QString kSecret = u"Echo-Me+2026/=&"_s;

// What a terminal would act on: C0 controls but the line feed, DEL, C1 (UTF-8 C2 80..C2 9F), and
// the bidirectional controls and marks. Empty when there is none; else where the first one is.
QString firstTerminalControl(const QByteArray &out)
{
    const QString text = QString::fromUtf8(out);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
            || c == 0x061c || c == 0x2028 || c == 0x2029;
        if (control || bidi)
            return u"U+%1 at %2 in: %3"_s.arg(int(c), 4, 16, QChar(u'0')).arg(i).arg(text.mid(qMax<qsizetype>(0, i - 40), 80));
    }
    return {};
}

QByteArray refusal(const QByteArray &message)
{
    return R"({"success":false,"reasons":[{"code":90000011,"message":")" + message + R"("}]})";
}

} // namespace

class tst_UntrustedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void safe_data();
    void safe();
    void maskSecret_data();
    void maskSecret();
    void serverTextNeverActsOnTheTerminal_data();
    void serverTextNeverActsOnTheTerminal();
    void echoedSecretIsMasked_data();
    void echoedSecretIsMasked();
    void ownWordsKeptUnlessEchoed_data();
    void ownWordsKeptUnlessEchoed();
    void secretIsExactOrRefused_data();
    void secretIsExactOrRefused();

private:
    static ProgramRun check(const ScriptedHttpPeer &peer, const QStringList &extra, const QByteArray &stdinData = {});
};

ProgramRun tst_UntrustedText::check(const ScriptedHttpPeer &peer, const QStringList &extra, const QByteArray &stdinData)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZUORA_CLIENT_SECRET"_s);
    env.insert(u"ZUORA_PASSWORD"_s, kSecret);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    return ProgramRun::run(checkProgram(),
                           QStringList{u"--base-url"_s, peer.baseUrl().toString(), u"--username"_s, u"api.user@example.com"_s,
                                       u"--no-proxy"_s, u"--timeout"_s, u"10"_s} + extra,
                           env, stdinData, 30000);
}

void tst_UntrustedText::safe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"this resource is protected"_s << u"this resource is protected"_s;
    QTest::newRow("non-ASCII kept") << u"Zugriff verweigert: Bücher €"_s << u"Zugriff verweigert: Bücher €"_s;
    QTest::newRow("retitle the terminal") << u"\x1b]0;pwned\x07"_s << u"\\x1b]0;pwned\\x07"_s;
    QTest::newRow("clear the screen") << u"\x1b[2J\x1b[H"_s << u"\\x1b[2J\\x1b[H"_s;
    QTest::newRow("line breaks and tab") << u"a\r\nb\tc"_s << u"a\\x0d\\x0ab\\x09c"_s;
    QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7f"_s;
    QTest::newRow("C1 CSI and NEL") << u"\u009b2J\u0085"_s << u"\\x9b2J\\x85"_s;
    QTest::newRow("right-to-left override") << u"invoice\u202Efdp.exe"_s << u"invoice\\u202efdp.exe"_s;
    QTest::newRow("isolates") << u"\u2066a\u2067b\u2068c\u2069"_s << u"\\u2066a\\u2067b\\u2068c\\u2069"_s;
    QTest::newRow("marks") << u"\u200e\u200f\u061c"_s << u"\\u200e\\u200f\\u061c"_s;
    QTest::newRow("embeddings") << u"\u202a\u202b\u202c\u202d"_s << u"\\u202a\\u202b\\u202c\\u202d"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u2028b"_s;
}

void tst_UntrustedText::safe()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::safe(text), shown);
    QCOMPARE(DisplayText::needsEscaping(text), text != shown);
    QVERIFY(firstTerminalControl(DisplayText::safe(text).toUtf8()).isEmpty());
}

void tst_UntrustedText::maskSecret_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("masked");
    QTest::newRow("as is") << QByteArray("pw=Echo-Me+2026/=&.") << kSecret << QByteArray("pw=********.");
    QTest::newRow("percent-encoded") << QByteArray("client_secret=Echo-Me%2B2026%2F%3D%26") << kSecret
                                     << QByteArray("client_secret=********");
    QTest::newRow("percent-encoded, lower case") << QByteArray("s=Echo-Me%2b2026%2f%3d%26") << kSecret << QByteArray("s=********");
    QTest::newRow("JSON with escaped slash") << QByteArray(R"({"m":"Echo-Me+2026\/=&"})") << kSecret << QByteArray(R"({"m":"********"})");
    QTest::newRow("JSON with a quote") << QByteArray(R"({"m":"a\"b"})") << u"a\"b"_s << QByteArray(R"({"m":"********"})");
    QTest::newRow("JSON with \\u escapes") << QByteArray(R"({"m":"p\u00e4ss"})") << u"päss"_s << QByteArray(R"({"m":"********"})");
    QTest::newRow("UTF-8") << QByteArray("p\xc3\xa4ss!") << u"päss"_s << QByteArray("********!");
    QTest::newRow("twice") << QByteArray("xSx Sy") << u"S"_s << QByteArray("x********x ********y");
    QTest::newRow("empty secret") << QByteArray("abc") << QString() << QByteArray("abc");
}

void tst_UntrustedText::maskSecret()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(QByteArray, masked);
    QCOMPARE(DisplayText::maskSecret(body, secret), masked);
}

void tst_UntrustedText::serverTextNeverActsOnTheTerminal_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("visible");   // how the hostile part must show instead

    using P = ScriptedHttpPeer;
    const QByteArray json = "application/json;charset=utf-8";
    const QByteArray esc = "\\u001b";   // inside a JSON string
    QTest::newRow("reason message retitles") << P::response(401, "Unauthorized", json, refusal(esc + "]0;pwned" + "\\u0007"))
                                             << u"\\x1b]0;pwned\\x07"_s;
    QTest::newRow("reason message clears") << P::response(401, "Unauthorized", json, refusal(esc + "[2J" + esc + "[H gone"))
                                           << u"\\x1b[2J"_s;
    QTest::newRow("reason message C1 CSI") << P::response(401, "Unauthorized", json, refusal("\\u009b2J"))
                                           << u"\\x9b2J"_s;
    QTest::newRow("reason message bidi override") << P::response(401, "Unauthorized", json, refusal("ok \\u202egnorw"))
                                                  << u"\\u202egnorw"_s;
    QTest::newRow("reason message line break") << P::response(401, "Unauthorized", json, refusal("a\\r\\nACCEPTED  fake"))
                                               << u"a\\x0d\\x0aACCEPTED"_s;
    QTest::newRow("reason phrase") << P::response(401, "Unauthorized \x1b]0;pwned\x07", json, refusal("m"))
                                   << u"\\x1b]0;pwned\\x07"_s;
    QTest::newRow("Server header") << P::response(401, "Unauthorized", json, refusal("m"), {"Server: Zuora \x1b[2J App"})
                                   << u"Zuora \\x1b[2J App"_s;
    QTest::newRow("Zuora-Request-Id header") << P::response(401, "Unauthorized", json, refusal("m"), {"Zuora-Request-Id: \x1b[31mred"})
                                             << u"\\x1b[31mred"_s;
    QTest::newRow("Server header C1 in Latin-1") << P::response(401, "Unauthorized", json, refusal("m"), {"Server: a\x9b" "2Jb"})
                                                 << u"a\\x9b2Jb"_s;
    QTest::newRow("redirect target") << P::response(302, "Found", json, "{}", {"Location: https://x.example/\x1b[2J"})
                                     << u"\\x1b[2J"_s;
    QTest::newRow("cookie name") << P::response(200, "OK", json, R"({"success":true})", {"Set-Cookie: Z\x1b[2JSession=v; Path=/"})
                                 << u"Z\\x1b[2JSession"_s;
    QTest::newRow("message shape") << P::response(500, "Server Error", json, R"({"message":")" + esc + R"(]0;t\u0007"})")
                                   << u"\\x1b]0;t\\x07"_s;
}

void tst_UntrustedText::serverTextNeverActsOnTheTerminal()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, visible);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    const ProgramRun human = check(peer, {});
    QVERIFY2(human.exitCode >= 0, human.err.constData());
    const QString control = firstTerminalControl(human.out + human.err);
    QVERIFY2(control.isEmpty(), qPrintable(control));
    QVERIFY2(QString::fromUtf8(human.out).contains(visible), human.out.constData());

    // JSON keeps the exact text: its own escaping is enough there (a script decodes it).
    const ProgramRun json = check(peer, {u"--json"_s});
    const QJsonObject object = json.json();
    QVERIFY(!object.isEmpty());
    QCOMPARE(object.value(u"exitCode").toInt(), human.exitCode);
}

void tst_UntrustedText::echoedSecretIsMasked_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("exitCode");

    using P = ScriptedHttpPeer;
    const QByteArray json = "application/json;charset=utf-8";
    const QByteArray jsonSecret = "Echo-Me+2026\\/=&";   // as a JSON encoder may write it
    QTest::newRow("in the reason message") << P::response(401, "Unauthorized", json, refusal("wrong password Echo-Me+2026/=&"))
                                           << 1;
    QTest::newRow("in the reason message, escaped") << P::response(401, "Unauthorized", json, refusal("was " + jsonSecret)) << 1;
    QTest::newRow("in a header") << P::response(401, "Unauthorized", json, refusal("m"), {"X-Debug-Password: Echo-Me+2026/=&"})
                                 << 1;
    QTest::newRow("percent-encoded in a header") << P::response(401, "Unauthorized", json, refusal("m"),
                                                                {"X-Debug: s=Echo-Me%2B2026%2F%3D%26"})
                                                 << 1;
    QTest::newRow("in the reason phrase") << P::response(401, "Unauthorized Echo-Me+2026/=&", json, refusal("m")) << 1;
    QTest::newRow("in an accepted body") << P::response(200, "OK", json, R"({"success":true,"processId":"Echo-Me+2026/=&"})",
                                                        {"Set-Cookie: ZSession=abc; Path=/"})
                                         << 0;
    QTest::newRow("in a message answer") << P::response(500, "Server Error", json, R"({"message":"bad secret )" + jsonSecret + R"("})")
                                         << 4;
    QTest::newRow("in a redirect target") << P::response(302, "Found", json, "{}", {"Location: https://x.example/?p=Echo-Me+2026/=&"})
                                          << 4;
}

void tst_UntrustedText::echoedSecretIsMasked()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, exitCode);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(raw);
    const QByteArray secret = kSecret.toUtf8();
    const QByteArray encoded = QUrl::toPercentEncoding(kSecret);
    for (const QStringList &format : {QStringList{}, QStringList{u"--json"_s}}) {
        const ProgramRun run = check(peer, format);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(!run.out.contains(secret) && !run.out.contains("Echo-Me+2026\\/") && !run.out.contains(encoded),
                 run.out.constData());
        QVERIFY(!run.err.contains(secret));
        QVERIFY2(run.out.contains("********"), run.out.constData());
    }
    // An explicit reveal shows what the server sent.
    const ProgramRun revealed = check(peer, {u"--json"_s, u"--show-secrets"_s});
    QCOMPARE(revealed.exitCode, exitCode);
    QVERIFY2(revealed.out.contains(secret) || revealed.out.contains("Echo-Me+2026\\/") || revealed.out.contains(encoded),
             revealed.out.constData());
}

void tst_UntrustedText::ownWordsKeptUnlessEchoed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("echoed");

    QTest::newRow("one-letter secret, not sent back") << QByteArray(R"({"success":false})") << u"x"_s << false;
    QTest::newRow("one-letter secret, sent back") << QByteArray(R"({"success":false,"m":"x"})") << u"x"_s << true;
    QTest::newRow("real secret, not sent back") << QByteArray(R"({"success":false})") << kSecret << false;
    QTest::newRow("real secret, sent back") << QByteArray(R"({"m":"Echo-Me+2026/=&"})") << kSecret << true;
}

// Our sentences are masked only when the server really sent the secret back: a password "x"
// must not turn the hint's "proxy" into "pro********y" when nothing was echoed.
void tst_UntrustedText::ownWordsKeptUnlessEchoed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, secret);
    QFETCH(bool, echoed);

    ConnectionResult result;
    result.body = body;
    result.cause = u"127.0.0.1:9 closed the connection: "_s + QString::fromUtf8(body);
    result.hint = u"Retry; if it persists, a proxy or firewall may be cutting the connection."_s;
    result.notes << u"Through the proxy x.example"_s;
    const ConnectionResult before = result;
    result.maskEchoedSecret(secret);
    QCOMPARE(result.secretEchoed, echoed);
    QCOMPARE(result.body.contains(secret.toUtf8()), false);
    if (echoed) {
        QVERIFY(!result.cause.contains(secret));
        QVERIFY(result.cause.contains(u"********"_s));
    } else {
        QCOMPARE(result.cause, before.cause);
        QCOMPARE(result.hint, before.hint);
        QCOMPARE(result.notes, before.notes);
    }
}

void tst_UntrustedText::secretIsExactOrRefused_data()
{
    // A shell passes the raw bytes: QProcess would encode arguments and the environment as UTF-8.
    QTest::addColumn<QString>("script");       // run by sh with $0 = zuora-check, $1 = base URL
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errContains");
    QTest::addColumn<QByteArray>("sentSecret");   // what the peer must receive; empty: nothing sent

    const QString base = uR"sh(exec "$0" --base-url "$1" --no-proxy --timeout 10 )sh"_s;
    QTest::newRow("stdin with a NUL") << base + u"--username u --password-stdin"_s << QByteArray("abc\0def\n", 8) << 2
                                      << u"NUL"_s << QByteArray();
    QTest::newRow("stdin not UTF-8") << base + u"--username u --password-stdin"_s << QByteArray("p\xe4ss\n") << 2
                                     << u"UTF-8"_s << QByteArray();
    QTest::newRow("stdin with a UTF-16 surrogate in UTF-8") << base + u"--username u --password-stdin"_s
                                                            << QByteArray("p\xed\xa0\x80s\n") << 2 << u"UTF-8"_s << QByteArray();
    QTest::newRow("stdin overlong") << base + u"--username u --password-stdin"_s << QByteArray("\xc0\xafx\n") << 2
                                    << u"UTF-8"_s << QByteArray();
    QTest::newRow("ZUORA_PASSWORD not UTF-8") << uR"sh(ZUORA_PASSWORD="$(printf 'p\344ss')" )sh"_s + base + u"--username u"_s
                                              << QByteArray() << 2 << u"ZUORA_PASSWORD"_s << QByteArray();
    QTest::newRow("ZUORA_CLIENT_SECRET not UTF-8")
        << uR"sh(ZUORA_CLIENT_SECRET="$(printf 's\377')" )sh"_s + base + u"--oauth --client-id c"_s << QByteArray() << 2
        << u"ZUORA_CLIENT_SECRET"_s << QByteArray();
    QTest::newRow("user name not UTF-8") << uR"sh(ZUORA_PASSWORD=pw )sh"_s + base + uR"sh(--username "$(printf 'j\366rg')")sh"_s
                                         << QByteArray() << 2 << u"--username"_s << QByteArray();
    QTest::newRow("user name= not UTF-8") << uR"sh(ZUORA_PASSWORD=pw )sh"_s + base + uR"sh("--username=$(printf 'j\366rg')")sh"_s
                                          << QByteArray() << 2 << u"--username"_s << QByteArray();
    QTest::newRow("client id not UTF-8")
        << uR"sh(ZUORA_CLIENT_SECRET=s )sh"_s + base + uR"sh(--oauth --client-id "$(printf '\377')")sh"_s << QByteArray() << 2
        << u"--client-id"_s << QByteArray();
    // UTF-8 is sent byte for byte.
    QTest::newRow("stdin UTF-8") << base + u"--username u --password-stdin"_s << QByteArray("p\xc3\xa4ss\xe2\x82\xac\n") << 1
                                 << QString() << QByteArray("p\xc3\xa4ss\xe2\x82\xac");
    QTest::newRow("ZUORA_PASSWORD UTF-8") << uR"sh(ZUORA_PASSWORD="$(printf 'p\303\244ss')" )sh"_s + base + u"--username u"_s
                                          << QByteArray() << 1 << QString() << QByteArray("p\xc3\xa4ss");
}

void tst_UntrustedText::secretIsExactOrRefused()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, stdinData);
    QFETCH(int, exitCode);
    QFETCH(QString, errContains);
    QFETCH(QByteArray, sentSecret);

    ScriptedHttpPeer peer;
    QVERIFY(peer.start());
    peer.setResponse(ScriptedHttpPeer::response(401, "Unauthorized", "application/json", refusal("no")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZUORA_PASSWORD"_s);
    env.remove(u"ZUORA_CLIENT_SECRET"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    const ProgramRun run = ProgramRun::run(u"/bin/sh"_s, {u"-c"_s, script, checkProgram(), peer.baseUrl().toString()}, env,
                                           stdinData, 30000);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    if (!errContains.isEmpty())
        QVERIFY2(QString::fromUtf8(run.err).contains(errContains), run.err.constData());
    if (sentSecret.isEmpty()) {
        QCOMPARE(peer.connectionCount(), 0);
    } else {
        QCOMPARE(peer.connectionCount(), 1);
        QVERIFY2(peer.lastRequest().contains(QByteArray("\r\napiSecretAccessKey: " + sentSecret + "\r\n")), peer.lastRequest().constData());
    }
}

QTEST_GUILESS_MAIN(tst_UntrustedText)
#include "tst_untrustedtext.moc"
