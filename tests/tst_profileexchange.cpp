#include "ProfileExchange.h"
#include "ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(zct::ClashChoice)

namespace {

Profile makeProfile(const QString &name, const QString &baseUrl, const QString &user,
                    AuthMode mode = AuthMode::SessionLogin)
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = baseUrl;
    profile.settings.username = user;
    profile.settings.authMode = mode;
    return profile;
}

// A file with the given entries (JSON object texts), one entry per line starting at line 5.
QByteArray fileWith(const QList<QByteArray> &entries, int version = 1)
{
    QByteArray out = "{\n  \"format\": \"zuora-credential-tester-profiles\",\n  \"version\": " + QByteArray::number(version)
        + ",\n  \"profiles\": [\n";
    for (qsizetype i = 0; i < entries.size(); ++i)
        out += "    " + entries.at(i) + (i + 1 < entries.size() ? ",\n" : "\n");
    return out + "  ]\n}\n";
}

const QByteArray kValidA = R"({"name": "Alpha", "baseUrl": "https://rest.apisandbox.zuora.com", "username": "a@example.com"})";
const QByteArray kValidC = R"({"name": "Gamma", "environment": "eu-prod", "authMode": "oauth", "username": "client-c"})";

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProfileExchange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportFormat();
    void exportNeverCarriesSecretsIdsOrHistory();
    void roundTrip_data();
    void roundTrip();
    void writeFileIsAtomic();
    void fileErrors_data();
    void fileErrors();
    void hugeFileRefused();
    void entryErrors_data();
    void entryErrors();
    void malformedFileChangesNothing();
    void applyValidEntriesOnly();
    void lineNumbersFollowTheText();
    void warningsKeepTheEntry();
    void draftWithoutUserRoundTrips();
    void environmentAlone();
    void clashes_data();
    void clashes();
    void replaceForgetsTheSecretOfAnotherLogin();
    void proxyExportAndImport();
    void replaceForgetsTheProxyPasswordOfAnotherProxy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProfileExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProfileExchange::exportFormat()
{
    Profile preset = makeProfile(u"Acme \"EU\""_s, u"https://rest.eu.zuora.com"_s, u"api@acme.example"_s);
    preset.settings.entityId = u"1a2b"_s;
    preset.settings.trackId = u"trace-1"_s;
    Profile custom = makeProfile(u"Proxy"_s, u"https://zuora.internal.example/rest"_s, u"client"_s,
                                 AuthMode::OAuthClientCredentials);
    custom.settings.caFile = u"/etc/ssl/corp-ca.pem"_s;
    custom.settings.timeoutMs = 2500;
    const QByteArray bytes = ProfileExchange::exportProfiles({preset, custom});

    // People read this file: the format comes first, each entry starts with its name.
    QVERIFY(bytes.startsWith("{\n  \"format\": \"zuora-credential-tester-profiles\",\n  \"version\": 1,\n"));
    QVERIFY(bytes.contains("    {\n      \"name\": \"Acme \\\"EU\\\"\",\n      \"baseUrl\""));

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"format").toString(), u"zuora-credential-tester-profiles"_s);
    QCOMPARE(root.value(u"version").toInt(), 1);
    const QJsonArray profiles = root.value(u"profiles").toArray();
    QCOMPARE(profiles.size(), 2);
    const QStringList keys = {u"authMode"_s, u"baseUrl"_s, u"caFile"_s, u"entityId"_s, u"environment"_s,
                              u"name"_s, u"timeoutSeconds"_s, u"trackId"_s, u"username"_s};
    const QJsonObject first = profiles.at(0).toObject();
    QCOMPARE(first.keys(), keys);
    QCOMPARE(first.value(u"name").toString(), preset.name);
    QCOMPARE(first.value(u"environment").toString(), u"eu-prod"_s);
    QCOMPARE(first.value(u"authMode").toString(), u"session"_s);
    QCOMPARE(first.value(u"entityId").toString(), u"1a2b"_s);
    QCOMPARE(first.value(u"trackId").toString(), u"trace-1"_s);
    QCOMPARE(first.value(u"timeoutSeconds").toDouble(), 30.0);
    const QJsonObject second = profiles.at(1).toObject();
    QCOMPARE(second.keys(), keys);
    QVERIFY(second.value(u"environment").isNull());
    QCOMPARE(second.value(u"authMode").toString(), u"oauth"_s);
    QCOMPARE(second.value(u"caFile").toString(), u"/etc/ssl/corp-ca.pem"_s);
    QCOMPARE(second.value(u"timeoutSeconds").toDouble(), 2.5);

    QCOMPARE(ProfileExchange::exportProfiles({}), QByteArray("{\n  \"format\": \"zuora-credential-tester-profiles\",\n"
                                                             "  \"version\": 1,\n  \"profiles\": []\n}\n"));
}

void tst_ProfileExchange::exportNeverCarriesSecretsIdsOrHistory()
{
    Profile profile = makeProfile(u"Acme"_s, u"https://rest.zuora.com"_s, u"api@acme.example"_s);
    profile.rememberSecret = true;
    profile.lastVerified = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    profile.lastTested = profile.lastVerified;
    profile.lastVerdict = Verdict::Accepted;
    const QByteArray bytes = ProfileExchange::exportProfiles({profile});
    QVERIFY(!bytes.contains(profile.id.toUtf8()));
    for (const char *word : {"\"id\"", "remember", "last", "verdict", "secret", "password", "2026", "accepted"})
        QVERIFY2(!bytes.toLower().contains(word), word);
}

void tst_ProfileExchange::roundTrip_data()
{
    QTest::addColumn<QList<Profile>>("profiles");
    Profile session = makeProfile(u"US sandbox"_s, u"https://rest.apisandbox.zuora.com"_s, u"api.user@example.com"_s);
    Profile oauth = makeProfile(u"EU prod OAuth"_s, u"https://rest.eu.zuora.com"_s,
                                u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s, AuthMode::OAuthClientCredentials);
    oauth.settings.entityId = u"1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc"_s;
    Profile legacy = makeProfile(u"Legacy /rest"_s, u"https://api.zuora.com/rest"_s, u"legacy@example.com"_s);
    legacy.settings.trackId = u"run-42"_s;
    legacy.settings.timeoutMs = 2500;
    Profile local = makeProfile(u"Demo on loopback"_s, u"http://127.0.0.1:8080"_s, u"api.demo@example.com"_s);
    local.settings.timeoutMs = 120000;
    Profile unicode = makeProfile(u"Zürich – Prüfung ✓"_s, u"rest.test.eu.zuora.com"_s, u"jürgen@example.ch"_s);
    unicode.settings.caFile = QDir::tempPath();   // a path that exists; only existence is checked
    QTest::newRow("one session profile") << QList<Profile>{session};
    QTest::newRow("all kinds") << QList<Profile>{session, oauth, legacy, local, unicode};
    QTest::newRow("none") << QList<Profile>{};
    Profile soap = makeProfile(u"Quotes SOAP user"_s, u"https://rest.apisandbox.zuora.com"_s, u"quotes@example.com"_s,
                               AuthMode::SoapLogin);
    Profile soapOld = soap;
    soapOld.name = u"SOAP 91"_s;
    soapOld.settings.wsdlVersion = u"91.0"_s;
    soapOld.settings.entityId = u"6337"_s;
    QTest::newRow("SOAP, default and given WSDL version") << QList<Profile>{soap, soapOld, session};

    Profile httpProxy = makeProfile(u"Behind the proxy"_s, u"https://rest.zuora.com"_s, u"u@example.com"_s);
    httpProxy.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.corp.example"_s, 3128, u"jane"_s};
    Profile socksProxy = makeProfile(u"SOCKS"_s, u"https://rest.eu.zuora.com"_s, u"c"_s, AuthMode::OAuthClientCredentials);
    socksProxy.settings.proxy = ProxySettings{ProxyMode::Socks5, u"::1"_s, 1080, QString()};
    Profile direct = makeProfile(u"Direct"_s, u"https://rest.zuora.com"_s, u"d@example.com"_s);
    direct.settings.proxy.mode = ProxyMode::None;
    QTest::newRow("proxies") << QList<Profile>{httpProxy, socksProxy, direct, session};
}

void tst_ProfileExchange::roundTrip()
{
    QFETCH(QList<Profile>, profiles);
    const QString path = m_dir->filePath(u"export.json"_s);
    QString error;
    QVERIFY2(ProfileExchange::writeFile(path, profiles, &error), qPrintable(error));

    const ImportPlan plan = ProfileExchange::parseFile(path, {});
    QVERIFY2(plan.isClean(), qPrintable(plan.errorTexts().join(u'\n')));
    QCOMPARE(plan.entryCount, profiles.size());
    QCOMPARE(plan.entries.size(), profiles.size());
    QVERIFY(plan.clashes.isEmpty());

    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    const ImportOutcome outcome = ProfileExchange::apply(plan, {}, store);
    QVERIFY2(outcome.applied, qPrintable(outcome.error));
    QCOMPARE(outcome.added, profiles.size());
    QCOMPARE(store.profiles().size(), profiles.size());
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &imported = store.profiles().at(i);
        QCOMPARE(imported.name, profiles.at(i).name);
        QVERIFY(imported.settings == profiles.at(i).settings);
        QVERIFY(imported.id != profiles.at(i).id);   // ids are never carried across
        QVERIFY(!imported.rememberSecret);
        QVERIFY(!imported.lastVerified.isValid());
    }
    // And what was imported exports to the same bytes.
    QCOMPARE(ProfileExchange::exportProfiles(store.profiles()), readAll(path));
}

void tst_ProfileExchange::writeFileIsAtomic()
{
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(writeAll(path, "earlier"));
    QString error;
    QVERIFY(!ProfileExchange::writeFile(m_dir->filePath(u"no/such/dir/export.json"_s), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(ProfileExchange::writeFile(path, {makeProfile(u"A"_s, u"https://rest.zuora.com"_s, u"u"_s)}, &error));
    QCOMPARE(readAll(path), ProfileExchange::exportProfiles({makeProfile(u"A"_s, u"https://rest.zuora.com"_s, u"u"_s)}));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"export.json"_s});   // no temporary left behind
}

void tst_ProfileExchange::fileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
    QTest::newRow("not json, with its line") << QByteArray("{\n  \"format\": \"zuora-credential-tester-profiles\",\n  oops\n}")
                                            << u"not valid JSON (line 3"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"no JSON object"_s;
    QTest::newRow("another format") << QByteArray(R"({"format": "something-else", "version": 1, "profiles": []})")
                                    << u"its \"format\" is not"_s;
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "profiles": []})") << u"its \"format\" is not"_s;
    QTest::newRow("no version") << QByteArray(R"({"format": "zuora-credential-tester-profiles", "profiles": []})")
                                << u"no valid \"version\""_s;
    QTest::newRow("version as text") << QByteArray(R"({"format": "zuora-credential-tester-profiles", "version": "1", "profiles": []})")
                                     << u"no valid \"version\""_s;
    QTest::newRow("version 0") << fileWith({}, 0) << u"no valid \"version\""_s;
    QTest::newRow("version 1.5") << QByteArray(R"({"format": "zuora-credential-tester-profiles", "version": 1.5, "profiles": []})")
                                 << u"no valid \"version\""_s;
    QTest::newRow("a future version") << fileWith({kValidA}, 2) << u"newer Zuora Credential Tester (format version 2)"_s;
    QTest::newRow("no profiles") << QByteArray(R"({"format": "zuora-credential-tester-profiles", "version": 1})")
                                 << u"no list of \"profiles\""_s;
    QTest::newRow("profiles not a list") << QByteArray(R"({"format": "zuora-credential-tester-profiles", "version": 1, "profiles": {}})")
                                         << u"no list of \"profiles\""_s;
    QTest::newRow("over 5 MB") << QByteArray(ProfileExchange::MaxFileBytes + 1, ' ') << u"larger than 5 MB"_s;
}

void tst_ProfileExchange::fileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ImportPlan plan = ProfileExchange::parse(bytes, {});
    QVERIFY2(plan.fileError.contains(expected), qPrintable(plan.fileError));
    QVERIFY(!plan.isClean());
    QVERIFY(plan.entries.isEmpty());

    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    store.upsert(makeProfile(u"Kept"_s, u"https://rest.zuora.com"_s, u"u"_s));
    const QList<Profile> before = store.profiles();
    ImportChoices choices;
    choices.applyValidEntriesOnly = true;   // not even this imports from a file that is not usable
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    QVERIFY(!outcome.applied);
    QCOMPARE(outcome.error, plan.fileError);
    QCOMPARE(store.profiles(), before);
}

void tst_ProfileExchange::hugeFileRefused()
{
    const QString path = m_dir->filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ProfileExchange::MaxFileBytes + 1));   // sparse: cheap to make
    file.close();
    const ImportPlan plan = ProfileExchange::parseFile(path, {});
    QVERIFY2(plan.fileError.contains(u"at most 5 MB"_s), qPrintable(plan.fileError));
    QVERIFY(plan.fileError.contains(path));
    QVERIFY(ProfileExchange::parseFile(m_dir->filePath(u"missing.json"_s), {}).fileError.contains(u"cannot be read"_s));
}

void tst_ProfileExchange::entryErrors_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << QByteArray(R"({"baseUrl": "https://rest.zuora.com", "username": "u"})") << u"no name"_s;
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "baseUrl": "https://rest.zuora.com", "username": "u"})") << u"no name"_s;
    QTest::newRow("name a number") << QByteArray(R"({"name": 7, "baseUrl": "https://rest.zuora.com", "username": "u"})")
                                   << u"\"name\" must be text, not a number"_s;
    QTest::newRow("no url") << QByteArray(R"({"name": "B", "username": "u"})") << u"no baseUrl"_s;
    QTest::newRow("bad url") << QByteArray(R"({"name": "B", "baseUrl": "https://exa mple.com", "username": "u"})")
                             << u"spaces"_s;
    QTest::newRow("url a list") << QByteArray(R"({"name": "B", "baseUrl": ["x"], "username": "u"})")
                                << u"\"baseUrl\" must be text, not a list"_s;
    QTest::newRow("plain http to a remote host") << QByteArray(R"({"name": "B", "baseUrl": "http://rest.zuora.com", "username": "u"})")
                                                 << u"Plain http://"_s;
    QTest::newRow("credentials in the url") << QByteArray(R"({"name": "B", "baseUrl": "https://u:p@rest.zuora.com", "username": "u"})")
                                            << u"user name or password"_s;
    QTest::newRow("ftp") << QByteArray(R"({"name": "B", "baseUrl": "ftp://rest.zuora.com", "username": "u"})") << u"ftp"_s;
    QTest::newRow("unknown environment") << QByteArray(R"({"name": "B", "environment": "mars-prod", "username": "u"})")
                                         << u"Unknown environment \"mars-prod\""_s;
    QTest::newRow("environment and url disagree")
        << QByteArray(R"({"name": "B", "environment": "eu-prod", "baseUrl": "https://rest.zuora.com", "username": "u"})")
        << u"make them agree"_s;
    QTest::newRow("environment a number") << QByteArray(R"({"name": "B", "environment": 3, "username": "u"})")
                                          << u"\"environment\" must be text or null"_s;
    // One rule for what may go on the wire (WireText): C1 controls too, as the check itself refuses them.
    QTest::newRow("user name with a C1 control")
        << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "a\u0085b"})") << u"control characters"_s;
    QTest::newRow("WSDL version not a number")
        << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "authMode": "soap", "wsdlVersion": "latest", "username": "u"})")
        << u"\"wsdlVersion\" must be a version number"_s;
    QTest::newRow("unknown auth mode") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "authMode": "basic", "username": "u"})")
                                       << u"Unknown authMode \"basic\""_s;
    QTest::newRow("auth mode a bool") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "authMode": true, "username": "u"})")
                                      << u"\"authMode\" must be text"_s;
    QTest::newRow("username a number") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": 42})")
                                       << u"\"username\" must be text, not a number"_s;
    QTest::newRow("username with a line break") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "a\nb"})")
                                                << u"control characters"_s;
    QTest::newRow("track id with ;") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "trackId": "a;b"})")
                                     << u"track id must not contain ;"_s;
    QTest::newRow("track id too long") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "trackId": ")"
                                                     + QByteArray(65, 'x') + "\"}")
                                       << u"at most 64"_s;
    QTest::newRow("entity id with a tab") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "entityId": "a\tb"})")
                                          << u"entity id"_s;
    QTest::newRow("timeout as text") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "timeoutSeconds": "30"})")
                                     << u"\"timeoutSeconds\" must be a number, not text"_s;
    QTest::newRow("timeout zero") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "timeoutSeconds": 0})")
                                  << u"more than 0"_s;
    QTest::newRow("timeout too long") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "timeoutSeconds": 86400})")
                                      << u"at most 3600"_s;
    QTest::newRow("ca file a number") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "caFile": 1})")
                                      << u"\"caFile\" must be text"_s;
    QTest::newRow("lone surrogate in the name") << QByteArray(R"({"name": "A\ud800", "baseUrl": "https://rest.zuora.com", "username": "u"})")
                                                << u"invalid characters"_s;
    QTest::newRow("lone surrogate in the track id") << QByteArray(R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "trackId": "\udc00"})")
                                                    << u"invalid character"_s;
    QTest::newRow("not an object") << QByteArray(R"("just a name")") << u"It is text, not an object"_s;
    QTest::newRow("null entry") << QByteArray("null") << u"It is null, not an object"_s;
    QTest::newRow("same name as another entry") << QByteArray(R"({"name": "alpha", "baseUrl": "https://rest.zuora.com", "username": "u"})")
                                                << u"Entry 1 (line 5) of this file has the same name"_s;
    const QByteArray head = R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": )";
    QTest::newRow("proxy as text") << head + R"("http://p:3128"})" << u"\"proxy\" must be an object"_s;
    QTest::newRow("proxy without mode") << head + R"({"host": "p", "port": 3128}})" << u"\"mode\" must be"_s;
    QTest::newRow("proxy mode unknown") << head + R"({"mode": "pac"}})" << u"\"mode\" must be"_s;
    QTest::newRow("http proxy without host") << head + R"({"mode": "http", "port": 3128}})" << u"\"host\" must be"_s;
    QTest::newRow("http proxy with empty host") << head + R"({"mode": "http", "host": " ", "port": 3128}})"
                                                << u"Enter the proxy's host"_s;
    QTest::newRow("socks5 proxy without port") << head + R"({"mode": "socks5", "host": "p"}})" << u"from 1 to 65535"_s;
    QTest::newRow("proxy port 0") << head + R"({"mode": "http", "host": "p", "port": 0}})" << u"from 1 to 65535"_s;
    QTest::newRow("proxy port 65536") << head + R"({"mode": "http", "host": "p", "port": 65536}})" << u"from 1 to 65535"_s;
    QTest::newRow("proxy port as text") << head + R"({"mode": "http", "host": "p", "port": "3128"}})" << u"from 1 to 65535"_s;
    QTest::newRow("proxy host with a space") << head + R"({"mode": "http", "host": "p q", "port": 1}})"
                                             << u"not a host name"_s;
    QTest::newRow("proxy user with a colon") << head + R"({"mode": "http", "host": "p", "port": 1, "username": "a:b"}})"
                                             << u"must not contain \":\""_s;
    QTest::newRow("proxy user a number") << head + R"({"mode": "http", "host": "p", "port": 1, "username": 5}})"
                                         << u"\"username\" must be text"_s;
}

void tst_ProfileExchange::entryErrors()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, expected);
    // Entry 2 of 3, on line 6: the valid entries around it stay valid.
    const ImportPlan plan = ProfileExchange::parse(fileWith({kValidA, entry, kValidC}), {});
    QVERIFY(plan.fileError.isEmpty());
    QCOMPARE(plan.entryCount, 3);
    QVERIFY(!plan.errors.isEmpty());
    bool found = false;
    for (const ImportIssue &issue : plan.errors) {
        QCOMPARE(issue.entry, 1);
        QCOMPARE(issue.line, 6);
        QVERIFY(issue.text().startsWith(u"Entry 2 (line 6"_s));
        found = found || issue.message.contains(expected);
    }
    QVERIFY2(found, qPrintable(plan.errorTexts().join(u'\n')));
    QCOMPARE(plan.entries.size(), 2);
    QCOMPARE(plan.entries.at(0).profile.name, u"Alpha"_s);
    QCOMPARE(plan.entries.at(0).line, 5);
    QCOMPARE(plan.entries.at(1).profile.name, u"Gamma"_s);
    QCOMPARE(plan.entries.at(1).line, 7);
}

void tst_ProfileExchange::malformedFileChangesNothing()
{
    const QString storePath = m_dir->filePath(u"profiles.ini"_s);
    ProfileStore store(storePath);
    store.upsert(makeProfile(u"Alpha"_s, u"https://rest.zuora.com"_s, u"old@example.com"_s));
    store.upsert(makeProfile(u"Beta"_s, u"https://rest.eu.zuora.com"_s, u"b@example.com"_s));
    QVERIFY(store.save());
    const QByteArray fileBefore = readAll(storePath);
    const QList<Profile> before = store.profiles();

    const QByteArray bad = R"({"name": "Delta", "baseUrl": "http://rest.zuora.com", "username": "d"})";
    const QByteArray worse = R"({"name": "Epsilon", "baseUrl": "https://rest.zuora.com", "authMode": "saml", "timeoutSeconds": -1})";
    const ImportPlan plan = ProfileExchange::parse(fileWith({kValidA, bad, kValidC, worse}), store.profiles());
    QCOMPARE(plan.errors.size(), 3);   // Delta: http; Epsilon: mode and timeout
    QCOMPARE(plan.entries.size(), 2);
    QCOMPARE(plan.clashes.size(), 1);  // Alpha

    int asked = 0;
    for (const ClashChoice choice : {ClashChoice::Rename, ClashChoice::Replace, ClashChoice::Skip}) {
        ImportChoices choices;
        choices.resolve = [&](const NameClash &) { ++asked; return choice; };
        const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
        QVERIFY(!outcome.applied);
        QVERIFY2(outcome.error.contains(u"2 entries"_s) && outcome.error.contains(u"nothing was imported"_s),
                 qPrintable(outcome.error));
        QCOMPARE(outcome.added + outcome.replaced + outcome.skipped, 0);
    }
    QCOMPARE(asked, 0);   // nobody is asked about clashes in a file that will not be imported
    QCOMPARE(store.profiles(), before);
    QCOMPARE(readAll(storePath), fileBefore);
}

void tst_ProfileExchange::applyValidEntriesOnly()
{
    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    const QByteArray bad = R"({"name": "Delta", "baseUrl": "https://rest.zuora.com", "username": "d", "trackId": "x:y"})";
    const ImportPlan plan = ProfileExchange::parse(fileWith({kValidA, bad, kValidC}), store.profiles());
    ImportChoices choices;
    choices.applyValidEntriesOnly = true;
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    QVERIFY(outcome.applied);
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.leftOut, 1);
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.findByName(u"Alpha"_s));
    QVERIFY(store.findByName(u"Gamma"_s));
    QVERIFY(!store.findByName(u"Delta"_s));
    QCOMPARE(store.findByName(u"Gamma"_s)->settings.baseUrl, u"https://rest.eu.zuora.com"_s);
    QCOMPARE(outcome.profileIds.size(), 2);
}

void tst_ProfileExchange::lineNumbersFollowTheText()
{
    // Irregular layout, braces and escaped quotes inside strings, two entries on one line, and a
    // "profiles" key inside an entry: only the top-level list counts.
    const QByteArray bytes = "{\"version\": 1, \"note\": \"{[ \\\" ]}\",\n"
                             "\"format\": \"zuora-credential-tester-profiles\",\n"
                             "\"profiles\":\n"
                             "[\n"
                             "  {\"name\": \"One {\\\"x\\\"}\", \"baseUrl\": \"rest.zuora.com\", \"username\": \"u\", \"profiles\": [1, 2]},"
                             "  {\"name\": \"Two\", \"username\": \"u\"},\n"
                             "\n"
                             "  {\n"
                             "    \"name\": \"Three\", \"baseUrl\": \"rest.zuora.com\", \"username\": \"u\"\n"
                             "  }\n"
                             "]}\n";
    const ImportPlan plan = ProfileExchange::parse(bytes, {});
    QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
    QCOMPARE(plan.entryCount, 3);
    QCOMPARE(plan.entries.size(), 2);
    QCOMPARE(plan.entries.at(0).line, 5);
    QCOMPARE(plan.entries.at(0).profile.name, u"One {\"x\"}"_s);
    QCOMPARE(plan.entries.at(1).line, 7);
    QCOMPARE(plan.errors.size(), 1);
    QCOMPARE(plan.errors.first().line, 5);
    QCOMPARE(plan.errors.first().text(), u"Entry 2 (line 5, \"Two\"): It has no baseUrl (nor an environment)."_s);
}

void tst_ProfileExchange::draftWithoutUserRoundTrips()
{
    // The app saves a new profile before its user is typed in; what it exports, it imports.
    Profile draft = makeProfile(u"New profile"_s, u"https://rest.apisandbox.zuora.com"_s, QString());
    const ImportPlan plan = ProfileExchange::parse(ProfileExchange::exportProfiles({draft}), {});
    QVERIFY(plan.isClean());
    QCOMPARE(plan.entries.size(), 1);
    QVERIFY(plan.entries.first().profile.settings.username.isEmpty());
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings.first().text().contains(u"no username yet"_s));
}

void tst_ProfileExchange::warningsKeepTheEntry()
{
    const QByteArray entry = R"({"name": "B", "baseUrl": "https://rest.zuora.com", "username": "u", "password": "hunter2",)"
                             R"( "apiSecretAccessKey": "s3cret", "caFile": "/nonexistent/ca.pem", "id": "x", "futureField": 1})";
    const ImportPlan plan = ProfileExchange::parse(fileWith({entry}), {});
    QVERIFY(plan.isClean());
    QCOMPARE(plan.entries.size(), 1);
    QCOMPARE(plan.warnings.size(), 3);
    QStringList texts;
    for (const ImportIssue &issue : plan.warnings) {
        QCOMPARE(issue.line, 5);
        texts << issue.text();
    }
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"\"password\" was ignored"_s), qPrintable(all));
    QVERIFY(all.contains(u"\"apiSecretAccessKey\" was ignored"_s));
    QVERIFY(all.contains(u"/nonexistent/ca.pem does not exist"_s));
    QVERIFY(!all.contains(u"hunter2"_s));

    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    QVERIFY(ProfileExchange::apply(plan, {}, store).applied);
    QVERIFY(store.save());
    const QByteArray saved = readAll(store.path());
    QVERIFY(!saved.contains("hunter2"));
    QVERIFY(!saved.contains("s3cret"));
    QVERIFY(store.profiles().first().id != u"x"_s);
}

void tst_ProfileExchange::environmentAlone()
{
    const ImportPlan plan = ProfileExchange::parse(fileWith({kValidC}), {});
    QVERIFY(plan.isClean());
    const Profile &profile = plan.entries.first().profile;
    QCOMPARE(profile.settings.baseUrl, u"https://rest.eu.zuora.com"_s);
    QCOMPARE(profile.settings.authMode, AuthMode::OAuthClientCredentials);
    QCOMPARE(profile.settings.timeoutMs, 30000);
}

void tst_ProfileExchange::clashes_data()
{
    QTest::addColumn<ClashChoice>("choice");
    QTest::addColumn<QStringList>("names");        // the store's names afterwards, in order
    QTest::addColumn<QString>("alphaUser");        // the user of the profile with the original id
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<int>("skipped");
    QTest::newRow("rename") << ClashChoice::Rename << QStringList{u"alpha"_s, u"Beta"_s, u"Alpha (2)"_s, u"Gamma"_s}
                            << u"old@example.com"_s << 2 << 0 << 0;
    QTest::newRow("replace") << ClashChoice::Replace << QStringList{u"Alpha"_s, u"Beta"_s, u"Gamma"_s}
                             << u"a@example.com"_s << 1 << 1 << 0;
    QTest::newRow("skip") << ClashChoice::Skip << QStringList{u"alpha"_s, u"Beta"_s, u"Gamma"_s}
                          << u"old@example.com"_s << 1 << 0 << 1;
}

void tst_ProfileExchange::clashes()
{
    QFETCH(ClashChoice, choice);
    QFETCH(QStringList, names);
    QFETCH(QString, alphaUser);
    QFETCH(int, added);
    QFETCH(int, replaced);
    QFETCH(int, skipped);
    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    Profile existing = makeProfile(u"alpha"_s, u"https://rest.apisandbox.zuora.com"_s, u"old@example.com"_s);
    existing.lastVerified = QDateTime::currentDateTimeUtc();
    store.upsert(existing);
    store.upsert(makeProfile(u"Beta"_s, u"https://rest.zuora.com"_s, u"b@example.com"_s));

    const ImportPlan plan = ProfileExchange::parse(fileWith({kValidA, kValidC}), store.profiles());
    QVERIFY(plan.isClean());
    QCOMPARE(plan.clashes.size(), 1);
    const NameClash &clash = plan.clashes.first();
    QCOMPARE(clash.importedName, u"Alpha"_s);
    QCOMPARE(clash.existingName, u"alpha"_s);
    QCOMPARE(clash.existingId, existing.id);
    QCOMPARE(clash.line, 5);

    QList<NameClash> asked;
    ImportChoices choices;
    choices.resolve = [&](const NameClash &c) { asked << c; return choice; };
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    QVERIFY(outcome.applied);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().existingId, existing.id);
    QCOMPARE(outcome.added, added);
    QCOMPARE(outcome.replaced, replaced);
    QCOMPARE(outcome.skipped, skipped);
    QStringList actual;
    for (const Profile &profile : store.profiles())
        actual << profile.name;
    QCOMPARE(actual, names);
    const Profile *original = store.find(existing.id);
    QVERIFY(original);
    QCOMPARE(original->settings.username, alphaUser);
    // A replaced profile verified another login: its "last verified" no longer applies.
    QCOMPARE(original->lastVerified.isValid(), choice != ClashChoice::Replace);

    // The same choice as a default policy, without a callback.
    ProfileStore again(m_dir->filePath(u"again.ini"_s));
    again.upsert(existing);
    again.upsert(makeProfile(u"Beta"_s, u"https://rest.zuora.com"_s, u"b@example.com"_s));
    ImportChoices policy;
    policy.defaultChoice = choice;
    QCOMPARE(ProfileExchange::apply(plan, policy, again).added, added);
    QCOMPARE(again.profiles().size(), names.size());
}

void tst_ProfileExchange::replaceForgetsTheSecretOfAnotherLogin()
{
    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    Profile same = makeProfile(u"Alpha"_s, u"https://rest.apisandbox.zuora.com"_s, u"a@example.com"_s);
    same.rememberSecret = true;
    Profile other = makeProfile(u"Gamma"_s, u"https://rest.eu.zuora.com"_s, u"someone-else"_s, AuthMode::OAuthClientCredentials);
    other.rememberSecret = true;
    store.upsert(same);
    store.upsert(other);
    const ImportPlan plan = ProfileExchange::parse(fileWith({R"({"name": "Alpha", "baseUrl": "https://rest.apisandbox.zuora.com", "username": "a@example.com", "trackId": "t"})",
                                                             kValidC}),
                                                   store.profiles());
    ImportChoices choices;
    choices.defaultChoice = ClashChoice::Replace;
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    QVERIFY(outcome.applied);
    QCOMPARE(outcome.replaced, 2);
    QCOMPARE(outcome.secretsToForget, QStringList{other.id});
    QVERIFY(store.find(same.id)->rememberSecret);          // same login: the secret still fits
    QCOMPARE(store.find(same.id)->settings.trackId, u"t"_s);
    QVERIFY(!store.find(other.id)->rememberSecret);        // another client id: it does not
    QCOMPARE(store.find(other.id)->settings.username, u"client-c"_s);
}

void tst_ProfileExchange::proxyExportAndImport()
{
    Profile system = makeProfile(u"System"_s, u"https://rest.zuora.com"_s, u"u"_s);
    Profile http = makeProfile(u"HTTP"_s, u"https://rest.zuora.com"_s, u"u"_s);
    http.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, u"jane"_s};
    Profile direct = makeProfile(u"Direct"_s, u"https://rest.zuora.com"_s, u"u"_s);
    direct.settings.proxy = ProxySettings{ProxyMode::None, u"left.over"_s, 1, u"x"_s};
    const QByteArray bytes = ProfileExchange::exportProfiles({system, http, direct});
    const QJsonArray entries = QJsonDocument::fromJson(bytes).object().value(u"profiles").toArray();
    QVERIFY(!entries.at(0).toObject().contains(u"proxy"));   // the default stays out of the file
    const QJsonObject proxy = entries.at(1).toObject().value(u"proxy").toObject();
    QCOMPARE(proxy.keys(), (QStringList{u"host"_s, u"mode"_s, u"port"_s, u"username"_s}));
    QCOMPARE(proxy.value(u"mode").toString(), u"http"_s);
    QCOMPARE(proxy.value(u"host").toString(), u"proxy.example"_s);
    QCOMPARE(proxy.value(u"port").toInt(), 3128);
    QCOMPARE(proxy.value(u"username").toString(), u"jane"_s);
    QCOMPARE(entries.at(2).toObject().value(u"proxy").toObject(), (QJsonObject{{u"mode"_s, u"none"_s}}));

    // A password next to the proxy is never imported, and never repeated.
    const ImportPlan plan = ProfileExchange::parse(
        fileWith({R"({"name": "P", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": {"mode": "socks5", )"
                  R"("host": "10.0.0.5", "port": 1080, "username": "sam", "password": "pr0xy-s3cret"}})"}),
        {});
    QVERIFY2(plan.isClean(), qPrintable(plan.errorTexts().join(u'\n')));
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings.constFirst().message.contains(u"\"proxy\": \"password\" was ignored"_s));
    QVERIFY(!plan.warnings.constFirst().text().contains(u"pr0xy-s3cret"_s));
    QVERIFY(plan.entries.constFirst().profile.settings.proxy
            == (ProxySettings{ProxyMode::Socks5, u"10.0.0.5"_s, 1080, u"sam"_s}));
    QVERIFY(!ProfileExchange::exportProfiles({plan.entries.constFirst().profile}).contains("pr0xy"));

    // "proxy": null, or a mode alone for system and none.
    const ImportPlan modes = ProfileExchange::parse(
        fileWith({R"({"name": "N", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": null})",
                  R"({"name": "S", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": {"mode": "system"}})",
                  R"({"name": "D", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": {"mode": "none"}})"}),
        {});
    QVERIFY(modes.isClean());
    QCOMPARE(modes.entries.at(0).profile.settings.proxy.mode, ProxyMode::System);
    QCOMPARE(modes.entries.at(1).profile.settings.proxy.mode, ProxyMode::System);
    QCOMPARE(modes.entries.at(2).profile.settings.proxy.mode, ProxyMode::None);
}

void tst_ProfileExchange::replaceForgetsTheProxyPasswordOfAnotherProxy()
{
    ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
    Profile kept = makeProfile(u"Kept"_s, u"https://rest.zuora.com"_s, u"u"_s);
    kept.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, u"jane"_s};
    Profile moved = kept;
    moved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    moved.name = u"Moved"_s;
    store.upsert(kept);
    store.upsert(moved);
    const QByteArray proxy = R"("proxy": {"mode": "http", "host": "proxy.example", "port": 3128, "username": "jane"})";
    const ImportPlan plan = ProfileExchange::parse(
        fileWith({R"({"name": "Kept", "baseUrl": "https://rest.zuora.com", "username": "u", "trackId": "t", )" + proxy + '}',
                  R"({"name": "Moved", "baseUrl": "https://rest.zuora.com", "username": "u", "proxy": {"mode": "http", )"
                  R"("host": "other-proxy.example", "port": 3128, "username": "jane"}})"}),
        store.profiles());
    ImportChoices choices;
    choices.defaultChoice = ClashChoice::Replace;
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    QVERIFY2(outcome.applied, qPrintable(outcome.error));
    QCOMPARE(outcome.proxySecretsToForget, QStringList{proxySecretKey(moved.id)});
    QCOMPARE(proxySecretKey(moved.id), moved.id + u"/proxy"_s);
}

QTEST_GUILESS_MAIN(tst_ProfileExchange)
#include "tst_profileexchange.moc"
