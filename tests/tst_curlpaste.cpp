#include "CurlCommand.h"
#include "CurlPaste.h"
#include "ZuoraConnection.h"

#include <QTest>

using namespace zct;
using namespace Qt::StringLiterals;

class tst_CurlPaste : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void paste_data();
    void paste();
    void roundTripsCopyAsCurl_data();
    void roundTripsCopyAsCurl();
    void suggestedNames_data();
    void suggestedNames();
    void proxyOptions_data();
    void proxyOptions();
};

void tst_CurlPaste::tokenize_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QList<bool>>("expands");
    QTest::newRow("plain") << u"curl -X POST url"_s << QStringList{u"curl"_s, u"-X"_s, u"POST"_s, u"url"_s}
                           << QList<bool>{false, false, false, false};
    QTest::newRow("single quotes keep everything") << u"a 'b \"c\" $D \\e'"_s << QStringList{u"a"_s, u"b \"c\" $D \\e"_s}
                                                   << QList<bool>{false, false};
    QTest::newRow("double quotes expand and unescape") << u"\"x $Y \\\" \\$z \\n\""_s << QStringList{u"x $Y \" $z \\n"_s}
                                                       << QList<bool>{true};
    QTest::newRow("adjacent parts make one word") << u"a'b'\"c\"d"_s << QStringList{u"abcd"_s} << QList<bool>{false};
    QTest::newRow("empty quotes are a word") << u"a '' b"_s << QStringList{u"a"_s, QString(), u"b"_s}
                                             << QList<bool>{false, false, false};
    QTest::newRow("backslash escapes") << u"a\\ b c\\'d"_s << QStringList{u"a b"_s, u"c'd"_s} << QList<bool>{false, false};
    QTest::newRow("line continuations") << u"a \\\n  b \\\r\n c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                        << QList<bool>{false, false, false};
    QTest::newRow("braces and substitutions") << u"${A:-x} $(cat f) `id` $$"_s
                                              << QStringList{u"${A:-x}"_s, u"$(cat f)"_s, u"`id`"_s, u"$$"_s}
                                              << QList<bool>{true, true, true, true};
    QTest::newRow("lone dollar is literal") << u"a$ $"_s << QStringList{u"a$"_s, u"$"_s} << QList<bool>{false, false};
    QTest::newRow("ansi-c string") << u"$'a\\nb\\x41\\'c'"_s << QStringList{u"a\nbA'c"_s} << QList<bool>{false};
    QTest::newRow("stops at a pipe") << u"curl url | jq ."_s << QStringList{u"curl"_s, u"url"_s} << QList<bool>{false, false};
    QTest::newRow("quoted pipe is text") << u"'a|b' \"c;d\""_s << QStringList{u"a|b"_s, u"c;d"_s} << QList<bool>{false, false};
    QTest::newRow("comment") << u"a # b c\nd"_s << QStringList{u"a"_s, u"d"_s} << QList<bool>{false, false};
    QTest::newRow("hash inside a word") << u"a#b"_s << QStringList{u"a#b"_s} << QList<bool>{false};
}

void tst_CurlPaste::tokenize()
{
    QFETCH(QString, command);
    QFETCH(QStringList, words);
    QFETCH(QList<bool>, expands);
    QString error;
    const QList<ShellWord> result = CurlPaste::tokenize(command, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList texts;
    QList<bool> flags;
    for (const ShellWord &word : result) {
        texts << word.text;
        flags << word.expands;
    }
    QCOMPARE(texts, words);
    QCOMPARE(flags, expands);
}

void tst_CurlPaste::paste_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("oauth");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");           // the literal secret handed back, if any
    QTest::addColumn<QString>("secretVariable");
    QTest::addColumn<QString>("message");          // found in a warning (ok) or an error (not ok); "" = none expected
    const QString clear = u"in clear"_s;

    QTest::newRow("Zuora's session sample, multi-line --header")
        << u"curl --request POST \\\n"
           "     --url https://rest.test.zuora.com/v1/connections \\\n"
           "     --header 'accept: application/json' \\\n"
           "     --header 'apiAccessKeyId: john.doe@example.com' \\\n"
           "     --header 'apiSecretAccessKey: Pa55w0rd+/=&' \\\n"
           "     --header 'content-type: application/json'"_s
        << true << false << u"https://rest.test.zuora.com"_s << u"john.doe@example.com"_s << u"Pa55w0rd+/=&"_s << QString() << clear;
    QTest::newRow("Zuora's OAuth sample, -d and --data-urlencode")
        << u"curl -X POST -H \"Content-Type: application/x-www-form-urlencoded\" "
           "-d \"client_id=7ef5f44d-e1a9-4a2e-b5d7-9d4eecd9fd2f\" "
           "--data-urlencode \"client_secret=ZoPe4l1/U=+IqdD4m3\" "
           "-d \"grant_type=client_credentials\" \"https://rest.zuora.com/oauth/token\""_s
        << true << true << u"https://rest.zuora.com"_s << u"7ef5f44d-e1a9-4a2e-b5d7-9d4eecd9fd2f"_s << u"ZoPe4l1/U=+IqdD4m3"_s
        << QString() << clear;
    QTest::newRow("lowercase apiaccesskeyid, -H, single quotes")
        << u"curl -X POST -H 'apiaccesskeyid: api@acme.example' -H 'apisecretaccesskey: s3cret' https://rest.apisandbox.zuora.com/v1/connections"_s
        << true << false << u"https://rest.apisandbox.zuora.com"_s << u"api@acme.example"_s << u"s3cret"_s << QString() << clear;
    QTest::newRow("-d form, percent-encoded secret")
        << u"curl https://rest.eu.zuora.com/oauth/token -d 'client_id=abc&client_secret=a%2Bb%2F%3D%26&grant_type=client_credentials'"_s
        << true << true << u"https://rest.eu.zuora.com"_s << u"abc"_s << u"a+b/=&"_s << QString() << clear;
    QTest::newRow("$VAR in double quotes is not a secret")
        << u"curl -X POST \"https://rest.zuora.com/v1/connections\" -H \"apiAccessKeyId: u@example.com\" -H \"apiSecretAccessKey: $ZUORA_PASSWORD\""_s
        << true << false << u"https://rest.zuora.com"_s << u"u@example.com"_s << QString() << u"ZUORA_PASSWORD"_s << QString();
    QTest::newRow("${VAR} in a form field")
        << u"curl https://rest.zuora.com/oauth/token --data-urlencode \"client_id=cid\" --data-urlencode \"client_secret=${CLIENT_SECRET}\""_s
        << true << true << u"https://rest.zuora.com"_s << u"cid"_s << QString() << u"CLIENT_SECRET"_s << QString();
    QTest::newRow("$VAR in single quotes")
        << u"curl https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: $ZUORA_PASSWORD'"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"ZUORA_PASSWORD"_s << u"single quotes"_s;
    QTest::newRow("$$ inside a double-quoted password")
        << u"curl https://rest.zuora.com/v1/connections -H \"apiAccessKeyId: u\" -H \"apiSecretAccessKey: Pa$$word\""_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << QString() << u"built by the shell"_s;
    QTest::newRow("CRLF continuations and tabs")
        << u"curl -X POST \\\r\n\t-H \"apiAccessKeyId: crlf@example.com\" \\\r\n\t-H \"apiSecretAccessKey: $PW\" \\\r\n\thttps://rest.na.zuora.com/v1/connections\r\n"_s
        << true << false << u"https://rest.na.zuora.com"_s << u"crlf@example.com"_s << QString() << u"PW"_s << QString();
    QTest::newRow("legacy /rest/v1/connections")
        << u"curl -X POST https://api.zuora.com/rest/v1/connections -H 'apiAccessKeyId: legacy' -H 'apiSecretAccessKey: $P'"_s
        << true << false << u"https://api.zuora.com/rest"_s << u"legacy"_s << QString() << u"P"_s << QString();
    QTest::newRow("UI host becomes the REST host")
        << u"curl https://apisandbox.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H \"apiSecretAccessKey: $P\""_s
        << true << false << u"https://rest.apisandbox.zuora.com"_s << u"u"_s << QString() << u"P"_s << QString();
    QTest::newRow("host without scheme, --url")
        << u"curl --url rest.sandbox.eu.zuora.com/oauth/token -d client_id=c -d client_secret=$S -d grant_type=client_credentials"_s
        << true << true << u"https://rest.sandbox.eu.zuora.com"_s << u"c"_s << QString() << u"S"_s << QString();
    QTest::newRow("plain http to loopback")
        << u"curl http://127.0.0.1:8080/v1/connections -H 'apiAccessKeyId: api.demo@example.com' -H \"apiSecretAccessKey: $P\""_s
        << true << false << u"http://127.0.0.1:8080"_s << u"api.demo@example.com"_s << QString() << u"P"_s << QString();
    QTest::newRow("another call on the same host")
        << u"curl -X GET https://rest.zuora.com/v1/accounts/A00000001 -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: $P'"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"P"_s << u"calls /v1/accounts/A00000001"_s;
    QTest::newRow("prompt, pipe to jq")
        << u"$ curl -sS https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H \"apiSecretAccessKey: $P\" | jq ."_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"P"_s << u"Ignored what follows |"_s;
    QTest::newRow("attached short options")
        << u"curl -sSXPOST -H'apiAccessKeyId: u' -H\"apiSecretAccessKey: $P\" https://rest.zuora.com/v1/connections"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"P"_s << QString();
    QTest::newRow("browser's Copy as cURL with $'...'")
        << u"curl 'https://rest.zuora.com/oauth/token' -H 'content-type: application/x-www-form-urlencoded' "
           "--data-raw $'client_id=abc&client_secret=s\\x21x&grant_type=client_credentials' --compressed"_s
        << true << true << u"https://rest.zuora.com"_s << u"abc"_s << u"s!x"_s << QString() << clear;
    QTest::newRow("-k is noted, not followed")
        << u"curl -k https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: $P'"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"P"_s << u"never does"_s;
    QTest::newRow("GET is noted")
        << u"curl -X GET https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: $P'"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << u"P"_s << u"uses GET"_s;
    QTest::newRow("OAuth URL with session headers")
        << u"curl https://rest.zuora.com/oauth/token -H 'apiAccessKeyId: u' -d client_id=c -d client_secret=$S"_s
        << true << true << u"https://rest.zuora.com"_s << u"c"_s << QString() << u"S"_s << u"were ignored"_s;
    QTest::newRow("no secret at all")
        << u"/usr/bin/curl https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u'"_s
        << true << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << QString() << QString();
    QTest::newRow("mode from the fields alone")
        << u"curl https://rest.zuora.com -d client_id=c -d client_secret=$S"_s
        << true << true << u"https://rest.zuora.com"_s << u"c"_s << QString() << u"S"_s << QString();

    // Refused, with the reason.
    QTest::newRow("plain http to a remote host")
        << u"curl http://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: hunter2'"_s
        << false << false << QString() << u"u"_s << u"hunter2"_s << QString() << u"Plain http://"_s;
    QTest::newRow("missing URL")
        << u"curl -X POST -H 'apiAccessKeyId: u' -H 'apiSecretAccessKey: $P'"_s
        << false << false << QString() << u"u"_s << QString() << u"P"_s << u"no URL"_s;
    QTest::newRow("garbage") << u"hunter2 correct horse battery staple"_s
                             << false << false << QString() << QString() << QString() << QString() << u"not a curl command"_s;
    QTest::newRow("not curl") << u"wget --header 'apiAccessKeyId: u' https://rest.zuora.com/v1/connections"_s
                              << false << false << QString() << QString() << QString() << QString() << u"not a curl command"_s;
    QTest::newRow("empty") << u"  \n "_s << false << false << QString() << QString() << QString() << QString() << u"Paste a curl command"_s;
    QTest::newRow("open quote") << u"curl 'https://rest.zuora.com/v1/connections"_s
                                << false << false << QString() << QString() << QString() << QString() << u"closing ' is missing"_s;
    QTest::newRow("-u basic auth")
        << u"curl -u 'u:hunter2' https://rest.zuora.com/v1/connections"_s
        << false << false << u"https://rest.zuora.com"_s << QString() << QString() << QString() << u"HTTP Basic"_s;
    QTest::newRow("Authorization: Basic")
        << u"curl -H 'Authorization: Basic dTpodW50ZXIy' https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u'"_s
        << false << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << QString() << u"HTTP Basic"_s;
    QTest::newRow("no way to tell the login")
        << u"curl https://rest.zuora.com/v1/accounts"_s
        << false << false << u"https://rest.zuora.com"_s << QString() << QString() << QString() << u"not clear which login"_s;
    QTest::newRow("user name from a variable")
        << u"curl https://rest.zuora.com/v1/connections -H \"apiAccessKeyId: $ZUORA_USER\" -H \"apiSecretAccessKey: $P\""_s
        << false << false << u"https://rest.zuora.com"_s << QString() << QString() << u"P"_s << u"shell variable $ZUORA_USER"_s;
    QTest::newRow("URL from a variable")
        << u"curl \"$ZUORA_URL/v1/connections\" -H 'apiAccessKeyId: u'"_s
        << false << false << QString() << u"u"_s << QString() << QString() << u"shell variables"_s;
    QTest::newRow("bad track id")
        << u"curl https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H 'Zuora-Track-Id: a;b'"_s
        << false << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << QString() << u"must not contain ;"_s;
    QTest::newRow("another grant")
        << u"curl https://rest.zuora.com/oauth/token -d client_id=c -d client_secret=$S -d grant_type=password"_s
        << false << true << u"https://rest.zuora.com"_s << u"c"_s << QString() << u"S"_s << u"client_credentials grant"_s;
    QTest::newRow("no client id")
        << u"curl https://rest.zuora.com/oauth/token -d client_secret=$S"_s
        << false << true << u"https://rest.zuora.com"_s << QString() << QString() << u"S"_s << u"no client_id"_s;
    QTest::newRow("option without its value")
        << u"curl https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H"_s
        << false << false << u"https://rest.zuora.com"_s << u"u"_s << QString() << QString() << u"needs a value"_s;
}

void tst_CurlPaste::paste()
{
    QFETCH(QString, command);
    QFETCH(bool, ok);
    QFETCH(bool, oauth);
    QFETCH(QString, baseUrl);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QString, secretVariable);
    QFETCH(QString, message);

    const CurlPasteResult result = CurlPaste::parse(command);
    const QString said = (result.errors + result.warnings).join(u'\n');
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.errors.isEmpty(), ok);
    if (!message.isEmpty())
        QVERIFY2((ok ? result.warnings : result.errors).join(u'\n').contains(message), qPrintable(said));
    const Profile &profile = result.profile;
    if (ok || !baseUrl.isEmpty())
        QCOMPARE(profile.settings.baseUrl, baseUrl);
    if (ok) {
        QCOMPARE(profile.settings.authMode, oauth ? AuthMode::OAuthClientCredentials : AuthMode::SessionLogin);
        QVERIFY(!profile.name.isEmpty());
        QVERIFY2(ZuoraConnection::validate(profile.settings, u"x"_s).isEmpty(),
                 qPrintable(ZuoraConnection::validate(profile.settings, u"x"_s)));
    }
    QCOMPARE(profile.settings.username, username);
    QCOMPARE(result.secret, ok ? secret : result.secret);
    if (ok)
        QCOMPARE(result.hasLiteralSecret(), !secret.isEmpty());
    QCOMPARE(result.secretVariable, secretVariable);
    QVERIFY(!profile.rememberSecret);   // the caller decides
    // A secret is never repeated in what is shown, nor placed where a profile is saved from.
    for (const QString &clearSecret : {u"hunter2"_s, u"Pa55w0rd"_s, u"ZoPe4l1"_s, u"s3cret"_s, u"dTpodW50ZXIy"_s}) {
        QVERIFY2(!said.contains(clearSecret), qPrintable(said));
        QVERIFY(!profile.name.contains(clearSecret));
    }
}

void tst_CurlPaste::roundTripsCopyAsCurl_data()
{
    QTest::addColumn<ConnectionSettings>("settings");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("included");

    ConnectionSettings session;
    session.baseUrl = u"https://rest.apisandbox.zuora.com"_s;
    session.username = u"api.user@example.com"_s;
    ConnectionSettings full = session;
    full.baseUrl = u"https://api.zuora.com/rest"_s;
    full.entityId = u"1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc"_s;
    full.trackId = u"copy-42"_s;
    full.caFile = u"/etc/ssl/my ca's.pem"_s;
    ConnectionSettings oauth;
    oauth.baseUrl = u"https://rest.eu.zuora.com"_s;
    oauth.authMode = AuthMode::OAuthClientCredentials;
    oauth.username = u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s;
    ConnectionSettings oauthFull = oauth;
    oauthFull.baseUrl = u"http://127.0.0.1:40123"_s;
    oauthFull.entityId = u"c92ed977-510c-4c48-9b51-8d5e848671e9"_s;
    oauthFull.trackId = u"t-1"_s;
    const QString tricky = u"it's \"$HOME\" + / = & \\ `x` !"_s;

    for (const bool included : {false, true}) {
        const char *how = included ? "secret included" : "secret as variable";
        QTest::addRow("session, %s", how) << session << tricky << included;
        QTest::addRow("session with every option, %s", how) << full << tricky << included;
        QTest::addRow("oauth, %s", how) << oauth << tricky << included;
        QTest::addRow("oauth with every option, %s", how) << oauthFull << u"s3cr+t/with=and&amp"_s << included;
    }
    ConnectionSettings httpProxy = session;
    httpProxy.proxy = ProxySettings{ProxyMode::Http, u"proxy.corp.example"_s, 3128, u"jane"_s};
    ConnectionSettings loopbackProxy = oauthFull;
    loopbackProxy.proxy = ProxySettings{ProxyMode::Http, u"127.0.0.1"_s, 8888, QString()};
    ConnectionSettings socks = session;
    socks.proxy = ProxySettings{ProxyMode::Socks5, u"fd00::1"_s, 1080, u"o'brien"_s};
    ConnectionSettings direct = oauth;
    direct.proxy.mode = ProxyMode::None;
    QTest::newRow("http proxy with user") << httpProxy << tricky << false;
    QTest::newRow("http proxy to loopback http") << loopbackProxy << tricky << false;
    QTest::newRow("socks5 proxy, IPv6, odd user") << socks << tricky << false;
    QTest::newRow("no proxy") << direct << tricky << true;
}

void tst_CurlPaste::roundTripsCopyAsCurl()
{
    QFETCH(ConnectionSettings, settings);
    QFETCH(QString, secret);
    QFETCH(bool, included);
    const QString command = CurlCommand::build(settings, secret,
                                               included ? CurlCommand::Secrets::Included : CurlCommand::Secrets::AsVariable);
    const CurlPasteResult result = CurlPaste::parse(command);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n') + u'\n' + command));
    QVERIFY(result.profile.settings == settings);
    const bool oauth = settings.authMode == AuthMode::OAuthClientCredentials;
    if (included) {
        QCOMPARE(result.secret, secret);
        QVERIFY(result.secretVariable.isEmpty());
        QVERIFY(result.warnings.join(u' ').contains(u"in clear"_s));
    } else {
        QVERIFY(result.secret.isEmpty());
        QCOMPARE(result.secretVariable, oauth ? u"ZUORA_CLIENT_SECRET"_s : u"ZUORA_PASSWORD"_s);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    }
    // Also with the lines broken the way people reformat a long command.
    const CurlPasteResult wrapped = CurlPaste::parse(QString(command).replace(u" -H "_s, u" \\\n  -H "_s));
    QVERIFY(wrapped.ok());
    QVERIFY(wrapped.profile.settings == settings);
}

void tst_CurlPaste::suggestedNames_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::newRow("a preset") << u"https://rest.apisandbox.zuora.com/v1/connections"_s
                              << u"US API Sandbox (Cloud 2) – u@example.com"_s;
    QTest::newRow("a custom host") << u"https://zuora.internal.example/rest/v1/connections"_s
                                   << u"zuora.internal.example – u@example.com"_s;
    QTest::newRow("loopback with a port") << u"http://127.0.0.1:8080/v1/connections"_s << u"127.0.0.1:8080 – u@example.com"_s;
}

void tst_CurlPaste::suggestedNames()
{
    QFETCH(QString, url);
    QFETCH(QString, name);
    const CurlPasteResult result = CurlPaste::parse(u"curl "_s + url + u" -H 'apiAccessKeyId: u@example.com'"_s);
    QVERIFY(result.ok());
    if (name.startsWith(u"US API Sandbox"_s)) {
        // The preset's display name is translated; its host is not in it.
        QVERIFY2(result.profile.name.endsWith(u" – u@example.com"_s), qPrintable(result.profile.name));
        QVERIFY(!result.profile.name.contains(u"rest.apisandbox"_s));
    } else {
        QCOMPARE(result.profile.name, name);
    }
}

QTEST_GUILESS_MAIN(tst_CurlPaste)
void tst_CurlPaste::proxyOptions_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ProxySettings>("proxy");
    QTest::addColumn<QString>("proxySecret");
    QTest::addColumn<QString>("proxySecretVariable");
    QTest::addColumn<QString>("message");   // in a warning (ok) or an error (not ok); "" = none expected

    const ProxySettings http{ProxyMode::Http, u"proxy.example"_s, 3128, QString()};
    ProxySettings httpJane = http;
    httpJane.username = u"jane"_s;
    const ProxySettings socks{ProxyMode::Socks5, u"10.0.0.5"_s, 1080, QString()};
    ProxySettings none;
    none.mode = ProxyMode::None;

    QTest::newRow("none given: the system's") << QString() << true << ProxySettings() << QString() << QString() << QString();
    QTest::newRow("--proxy") << u"--proxy http://proxy.example:3128"_s << true << http << QString() << QString() << QString();
    QTest::newRow("-x, no scheme") << u"-x proxy.example:3128"_s << true << http << QString() << QString() << QString();
    QTest::newRow("-xattached") << u"-xhttp://proxy.example:3128"_s << true << http << QString() << QString() << QString();
    QTest::newRow("user and variable")
        << u"--proxy http://proxy.example:3128 --proxy-user \"jane:$ZUORA_PROXY_PASSWORD\""_s << true << httpJane
        << QString() << u"ZUORA_PROXY_PASSWORD"_s << QString();
    QTest::newRow("-U before -x, literal password")
        << u"-U 'jane:s3cret!' -x http://proxy.example:3128"_s << true << httpJane << u"s3cret!"_s << QString()
        << u"proxy's password in clear"_s;
    QTest::newRow("password in the proxy URL")
        << u"--proxy http://jane:p%40ss@proxy.example:3128"_s << true << httpJane << u"p@ss"_s << QString()
        << u"proxy's password in clear"_s;
    QTest::newRow("--socks5-hostname") << u"--socks5-hostname 10.0.0.5:1080"_s << true << socks << QString() << QString()
                                       << QString();
    QTest::newRow("socks5h:// URL") << u"-x socks5h://10.0.0.5:1080"_s << true << socks << QString() << QString() << QString();
    QTest::newRow("--socks5 resolves locally in curl")
        << u"--socks5 10.0.0.5:1080"_s << true << socks << QString() << QString() << u"--socks5-hostname"_s;
    QTest::newRow("--noproxy '*'") << u"--noproxy '*'"_s << true << none << QString() << QString() << QString();
    QTest::newRow("--noproxy '*' wins over --proxy")
        << u"-x http://proxy.example:3128 --noproxy '*'"_s << true << none << QString() << QString() << QString();
    QTest::newRow("empty --proxy means none") << u"--proxy ''"_s << true << none << QString() << QString() << QString();
    QTest::newRow("--noproxy list ignored")
        << u"--noproxy example.com"_s << true << ProxySettings() << QString() << QString() << u"--noproxy example.com was ignored"_s;
    QTest::newRow("https proxy refused")
        << u"--proxy https://proxy.example:443"_s << false << ProxySettings() << QString() << QString() << u"over TLS"_s;
    QTest::newRow("socks4 refused")
        << u"--proxy socks4://proxy.example:1080"_s << false << ProxySettings() << QString() << QString() << u"Only SOCKS5"_s;
    QTest::newRow("no port") << u"--proxy http://proxy.example"_s << false << ProxySettings() << QString() << QString()
                             << u"names no port"_s;
    QTest::newRow("proxy from a variable")
        << u"--proxy \"$HTTPS_PROXY\""_s << false << ProxySettings() << QString() << QString() << u"only your shell knows"_s;
}

void tst_CurlPaste::proxyOptions()
{
    QFETCH(QString, options);
    QFETCH(bool, ok);
    QFETCH(ProxySettings, proxy);
    QFETCH(QString, proxySecret);
    QFETCH(QString, proxySecretVariable);
    QFETCH(QString, message);

    const CurlPasteResult result = CurlPaste::parse(
        u"curl -X POST https://rest.zuora.com/v1/connections -H 'apiAccessKeyId: u' -H \"apiSecretAccessKey: $ZUORA_PASSWORD\" "_s
        + options);
    QCOMPARE(result.ok(), ok);
    const QStringList said = ok ? result.warnings : result.errors;
    if (message.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said.join(u'\n')));
    else
        QVERIFY2(said.join(u'\n').contains(message), qPrintable(said.join(u'\n')));
    if (ok)
        QVERIFY(result.profile.settings.proxy == proxy);
    QCOMPARE(result.proxySecret, proxySecret);
    QCOMPARE(result.proxySecretVariable, proxySecretVariable);
    // A proxy password is never part of the profile, nor of any message about it.
    if (!proxySecret.isEmpty()) {
        QVERIFY(!result.warnings.join(u' ').contains(proxySecret));
        QVERIFY(!result.profile.settings.proxy.username.contains(proxySecret));
    }
}

#include "tst_curlpaste.moc"
