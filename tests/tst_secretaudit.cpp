// The secrets audit: full flows through the desktop window (in this process, with the real
// keychain) and zuora-check (as processes), with distinctive secrets, then a search for each
// secret, session cookie and OAuth token everywhere they must not be: every file under the test
// HOME (XDG dirs and TMPDIR included), the log with every zct.* category on, the clipboard, the
// window's texts, every captured stdout and stderr, and the command lines of running processes.
//
// Runs only under tests/run-with-keyring.sh (a throw-away HOME and a private, unlocked
// gnome-keyring): it writes profiles and keychain entries where the real app would.
// The test functions build on one another and run in order.
#include "BatchResultsModel.h"
#include "AppSettings.h"
#include "BatchResultsModel.h"
#include "BatchWindow.h"
#include "BatchWindow.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileLibrary.h"
#include "ProfileStore.h"
#include "RecordingRelay.h"
#include "ZuoraConnection.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMimeData>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

const QString kBin = QStringLiteral(ZCT_BIN_DIR);

// The secrets: distinctive, and with the characters that encodings change (+ / = &).
const QString kPassword = u"Audit-Secret-7f3a+/=&"_s;
const QString kClientSecret = u"Audit-Client-9b2e+/=&amp"_s;
const QString kWrongPassword = u"Audit-Wrong-4c1d+/=&"_s;
// The public demo secrets (src/demo/DemoCredentials.h): documented, yet never printed either.
const QString kDemoPassword = u"Demo-Pass+2026/=&"_s;
const QString kDemoClientSecret = u"s3cr+t/with=and&amp"_s;

const QString kUser = u"audit.user@example.com"_s;
const QString kWrongUser = u"audit.wrong@example.com"_s;
const QString kSlowUser = u"audit.slow@example.com"_s;
const QString kClientId = u"a0d17a3c-5e2b-4c1d-9f8e-7a6b5c4d3e2f"_s;

const QString kSessionProfile = u"Audit session"_s;
const QString kOAuthProfile = u"Audit OAuth"_s;
const QString kWrongProfile = u"Audit wrong password"_s;
const QString kSoapProfile = u"Audit SOAP"_s;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Needle
{
    QString label;
    QByteArray bytes;
};

// The forms in which a secret could end up somewhere: as typed, its distinctive front (which
// survives percent-, JSON- or shell-escaping), percent-encoded, in base64, in UTF-16.
QList<Needle> needlesForSecret(const QString &label, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<Needle> needles = {{label, utf8},
                             {label + u" (percent-encoded)"_s, QUrl::toPercentEncoding(secret)},
                             {label + u" (base64)"_s, utf8.toBase64()},
                             {label + u" (UTF-16)"_s, QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                                 secret.size() * 2)}};
    const qsizetype special = utf8.indexOf('+');
    if (special > 8)
        needles << Needle{label + u" (its front)"_s, utf8.left(special)};
    return needles;
}

struct Haystack
{
    QString where;
    QByteArray bytes;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment checkEnvironment(const QList<QPair<QString, QString>> &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"ZUORA_PASSWORD"_s);
    env.remove(u"ZUORA_CLIENT_SECRET"_s);
    env.insert(u"NO_COLOR"_s, u"1"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"zct.*=true"_s);
    for (const auto &pair : extra)
        env.insert(pair.first, pair.second);
    return env;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

} // namespace

class tst_SecretAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void searchFindsEveryForm();
    void desktopFlow();
    void desktopFlowAfterRestart();
    void commandLineFlows_data();
    void commandLineFlows();
    void showSecretsIsTheOnlyWayOut();
    void noSecretInAnyCommandLine();
    void nothingFoundAnywhere();

private:
    Run runCheck(const QStringList &arguments, const QByteArray &stdinData,
                 const QList<QPair<QString, QString>> &environment);
    void makeWindow();
    void saveNewProfile(const QString &name, AuthMode mode, const QString &user, const QString &secret);
    ConnectionResult pressTest();
    void selectProfile(const QString &name);
    void snapshotClipboard(const QString &when);
    void snapshotWindowTexts(const QString &when);
    QList<Needle> needles() const;
    static QStringList search(const QList<Needle> &needles, const QString &where, const QByteArray &bytes);
    static QStringList searchCookieShaped(const QString &where, const QByteArray &bytes);

    QString m_home;
    std::unique_ptr<QTemporaryDir> m_input;   // the server's users file: outside HOME, not audited
    QProcess m_server;
    QString m_serverUrl;
    RecordingRelay m_relay;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProfileLibrary> m_profiles;   // the app's own files in HOME
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QList<Haystack> m_captured;
    QList<QByteArray> m_clientCookies;   // as the clients saw them (ConnectionResult), besides the relay's
    QList<QByteArray> m_clientTokens;
    int m_cliRuns = 0;
};

void tst_SecretAudit::initTestCase()
{
    // Never against a real HOME or keyring: the flows save profiles and secrets.
    if (qEnvironmentVariable("ZCT_TEST_KEYRING") != u"1")
        QFAIL("Run through tests/run-with-keyring.sh (ctest does): the audit writes into HOME and the keyring.");
    m_home = QDir::homePath();
    QVERIFY2(QDir::tempPath().startsWith(m_home), qPrintable(QDir::tempPath()));   // main() moved TMPDIR into HOME

    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"zct.*=true"_s);
    QCoreApplication::setOrganizationName(u"ZuoraCredentialTester"_s);
    QCoreApplication::setApplicationName(u"zuora-credential-tester"_s);

    // zuora-mock-server with our own users; its users file is test input, kept outside HOME.
    m_input = std::make_unique<QTemporaryDir>(qEnvironmentVariable("ZCT_AUDIT_OUTSIDE_TMP") + u"/zct-audit-input-XXXXXX"_s);
    QVERIFY(m_input->isValid());
    QVERIFY(!m_input->path().startsWith(m_home));
    const QString usersPath = m_input->filePath(u"users.json"_s);
    QFile users(usersPath);
    QVERIFY(users.open(QIODevice::WriteOnly));
    const QJsonObject usersJson{
        {u"users"_s, QJsonArray{QJsonObject{{u"username"_s, kUser}, {u"password"_s, kPassword}},
                                QJsonObject{{u"username"_s, kWrongUser}, {u"password"_s, kPassword}},
                                QJsonObject{{u"username"_s, kSlowUser}, {u"password"_s, kPassword},
                                            {u"scenario"_s, u"slow"_s}}}},
        {u"clients"_s, QJsonArray{QJsonObject{{u"clientId"_s, kClientId}, {u"clientSecret"_s, kClientSecret}}}}};
    users.write(QJsonDocument(usersJson).toJson());
    users.close();

    m_server.setProgram(kBin + u"/zuora-mock-server"_s);
    // Not --quiet: its request log is audited too.
    m_server.setArguments({u"--users"_s, usersPath, u"--slow-ms"_s, u"2500"_s});
    m_server.setProcessEnvironment(checkEnvironment({}));
    m_server.start();
    QVERIFY(m_server.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    m_serverUrl = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(m_serverUrl.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_serverUrl));
    QVERIFY(m_relay.start(QUrl(m_serverUrl)));

    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral(ZCT_APP_ID));
    m_profiles = std::make_unique<ProfileLibrary>(m_secrets.get());
    QVERIFY(m_profiles->profilesPath().startsWith(m_home));
    QCOMPARE(m_profiles->profilesPath(), ProfileStore::defaultPath());   // where zuora-check looks
    m_profiles->load();
    m_settings = std::make_unique<AppSettings>();
}

void tst_SecretAudit::cleanupTestCase()
{
    if (m_window)
        m_window->setWindowModified(false);
    m_window.reset();
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }
    qInstallMessageHandler(g_previousHandler);
}

QStringList tst_SecretAudit::search(const QList<Needle> &needles, const QString &where, const QByteArray &bytes)
{
    QStringList hits;
    for (const Needle &needle : needles) {
        if (!needle.bytes.isEmpty() && bytes.contains(needle.bytes))
            hits << where + u": "_s + needle.label;
    }
    return hits;
}

QStringList tst_SecretAudit::searchCookieShaped(const QString &where, const QByteArray &bytes)
{
    // Session cookies this test cannot know (those of --demo, made inside zuora-check) are 256
    // base64url characters: nothing else printed or saved looks like that.
    static const QRegularExpression cookieShaped(u"[A-Za-z0-9_-]{200,}"_s);
    const QRegularExpressionMatch match = cookieShaped.match(QString::fromLatin1(bytes));
    return match.hasMatch() ? QStringList{where + u": something shaped like a session cookie ("_s
                                          + match.captured().left(8) + u"…)"_s}
                            : QStringList();
}

QList<Needle> tst_SecretAudit::needles() const
{
    QList<Needle> all;
    all += needlesForSecret(u"the password"_s, kPassword);
    all += needlesForSecret(u"the client secret"_s, kClientSecret);
    all += needlesForSecret(u"the wrong password"_s, kWrongPassword);
    all += needlesForSecret(u"the demo password"_s, kDemoPassword);
    all += needlesForSecret(u"the demo client secret"_s, kDemoClientSecret);
    QList<QByteArray> cookies = m_relay.cookieValues() + m_clientCookies;
    QList<QByteArray> tokens = m_relay.accessTokens() + m_clientTokens;
    for (const QByteArray &cookie : std::as_const(cookies)) {
        all << Needle{u"a session cookie (%1…)"_s.arg(QString::fromLatin1(cookie.left(8))), cookie};
        if (cookie.size() > 48)   // a cut-off one is a leak too
            all << Needle{u"the front of a session cookie (%1…)"_s.arg(QString::fromLatin1(cookie.left(8))), cookie.left(32)};
    }
    for (const QByteArray &token : std::as_const(tokens))
        all << Needle{u"an OAuth token (%1…)"_s.arg(QString::fromLatin1(token.left(6))), token};
    for (const QByteArray &session : m_relay.soapSessions())
        all << Needle{u"a SOAP session (%1…)"_s.arg(QString::fromLatin1(session.left(6))), session};
    return all;
}

void tst_SecretAudit::searchFindsEveryForm()
{
    // The search itself: each way a secret may be written is found.
    const QList<Needle> secretNeedles = needlesForSecret(u"s"_s, kPassword);
    const QString utf16 = kPassword;
    const QList<QByteArray> written = {
        "x=" + kPassword.toUtf8() + ";",
        "apiSecretAccessKey: " + QUrl::toPercentEncoding(kPassword),
        QJsonDocument(QJsonObject{{u"p"_s, kPassword}}).toJson(),
        "Authorization: Basic " + kPassword.toUtf8().toBase64(),
        QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2),
        "curl -H 'apiSecretAccessKey: Audit-Secret-7f3a\\+/=&'",
    };
    for (const QByteArray &bytes : written)
        QVERIFY2(!search(secretNeedles, u"sample"_s, bytes).isEmpty(), bytes.constData());
    QVERIFY(search(secretNeedles, u"sample"_s, "Audit-Secret-7f3 and ******** only").isEmpty());
    const QByteArray cookie = "ZSession=" + QByteArray(256, 'x') + "; Path=/";
    QVERIFY(!searchCookieShaped(u"sample"_s, cookie).isEmpty());
    QVERIFY(searchCookieShaped(u"sample"_s, "ZSession=******** (256 chars) 26aebc3e-5a92-4f4d-a35f-c94219072630").isEmpty());
}

void tst_SecretAudit::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_secrets.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ConnectionResult tst_SecretAudit::pressTest()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    if (!shown.wait(20000))
        return {};
    const ConnectionResult result = shown.constLast().first().value<ConnectionResult>();
    if (const QNetworkCookie *cookie = result.sessionCookie())
        m_clientCookies << cookie->value();
    if (result.token.isValid())
        m_clientTokens << result.token.accessToken.toLatin1();
    return result;
}

void tst_SecretAudit::saveNewProfile(const QString &name, AuthMode mode, const QString &user, const QString &secret)
{
    QWidget *window = m_window.get();
    QTest::mouseClick(child<QToolButton>(window, "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    QVERIFY(!id.isEmpty());

    QTest::mouseClick(child<QToolButton>(window, "renameProfileButton"), Qt::LeftButton);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, name);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_profiles->findByName(name));

    auto *environment = child<QComboBox>(window, "environmentCombo");
    environment->setFocus();
    QTest::keyClick(environment, Qt::Key_End);   // "Custom URL…"
    auto *baseUrl = child<QLineEdit>(window, "baseUrlEdit");
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, m_relay.baseUrl().toString());
    if (mode != AuthMode::SessionLogin) {
        auto *authMode = child<QComboBox>(window, "authModeCombo");
        authMode->setFocus();
        QTest::keyClick(authMode, Qt::Key_Home);
        for (int i = authMode->findData(int(mode)); i > 0; --i)
            QTest::keyClick(authMode, Qt::Key_Down);
        QCOMPARE(authMode->currentData().toInt(), int(mode));
    }
    auto *username = child<QLineEdit>(window, "usernameEdit");
    username->clear();
    QTest::keyClicks(username, user);
    auto *password = child<QLineEdit>(window, "passwordEdit");
    password->clear();
    QTest::keyClicks(password, secret);
    auto *remember = child<QCheckBox>(window, "rememberSecretCheck");
    if (!remember->isChecked()) {
        remember->setFocus();
        QTest::keyClick(remember, Qt::Key_Space);
    }
    QVERIFY(remember->isChecked());

    QSignalSpy written(m_secrets.get(), &SecretStore::writeFinished);
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.constLast().at(1).toString(), id);
    QCOMPARE(written.constLast().at(2).value<SecretStore::Status>(), SecretStore::Status::Ok);
    QVERIFY(m_profiles->find(id)->rememberSecret);
}

void tst_SecretAudit::selectProfile(const QString &name)
{
    auto *list = child<QListView>(m_window.get(), "profileList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data().toString().startsWith(name)) {
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(u"no profile "_s + name));
}

void tst_SecretAudit::snapshotClipboard(const QString &when)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    for (const QString &format : mime->formats())
        m_captured << Haystack{u"the clipboard (%1, %2)"_s.arg(when, format), mime->data(format)};
    m_captured << Haystack{u"the clipboard (%1, text)"_s.arg(when), QGuiApplication::clipboard()->text().toUtf8()};
}

void tst_SecretAudit::snapshotWindowTexts(const QString &when)
{
    // What the window shows. The password field holds the secret by design (masked): not searched.
    QByteArray texts;
    const QList<QWidget *> windows = {m_window.get(), m_window->batchWindow()};
    for (QWidget *window : windows) {
        if (!window)
            continue;
        for (QLabel *label : window->findChildren<QLabel *>())
            texts += label->text().toUtf8() + '\n' + label->toolTip().toUtf8() + '\n';
        for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
            if (edit->objectName() != u"passwordEdit")
                texts += edit->text().toUtf8() + '\n';
        }
        for (QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>())
            texts += edit->toPlainText().toUtf8() + '\n';
        for (QTextEdit *edit : window->findChildren<QTextEdit *>())
            texts += edit->toPlainText().toUtf8() + '\n';
        for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts += index.data(Qt::DisplayRole).toString().toUtf8() + '\t'
                        + index.data(Qt::ToolTipRole).toString().toUtf8() + '\t';
                }
            }
        }
    }
    m_captured << Haystack{u"the window's texts (%1)"_s.arg(when), texts};
}

void tst_SecretAudit::desktopFlow()
{
    makeWindow();
    saveNewProfile(kSessionProfile, AuthMode::SessionLogin, kUser, kPassword);
    const ConnectionResult accepted = pressTest();
    QVERIFY2(accepted.accepted(), qPrintable(accepted.cause));
    QVERIFY(accepted.sessionCookie());
    QVERIFY(m_relay.cookieValues().contains(accepted.sessionCookie()->value()));   // the relay saw what the app got

    saveNewProfile(kOAuthProfile, AuthMode::OAuthClientCredentials, kClientId, kClientSecret);
    const ConnectionResult token = pressTest();
    QVERIFY2(token.accepted(), qPrintable(token.cause));
    QVERIFY(token.token.isValid());
    QVERIFY(m_relay.accessTokens().contains(token.token.accessToken.toLatin1()));

    saveNewProfile(kWrongProfile, AuthMode::SessionLogin, kWrongUser, kWrongPassword);
    QCOMPARE(pressTest().verdict, Verdict::Rejected);

    // SOAP login(): its Session travels in the body, not in a cookie, and must stay out of sight too.
    saveNewProfile(kSoapProfile, AuthMode::SoapLogin, kUser, kPassword);
    const ConnectionResult soap = pressTest();
    QVERIFY2(soap.accepted(), qPrintable(soap.cause));
    QVERIFY(!soap.soap.session.isEmpty());
    QVERIFY(m_relay.soapSessions().contains(soap.soap.session.toUtf8()));
    snapshotWindowTexts(u"after a SOAP login"_s);

    // Copy as curl, without the secret (the default).
    selectProfile(kSessionProfile);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), kPassword);
    QVERIFY(!child<QCheckBox>(m_window.get(), "includeSecretCheck")->isChecked());
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyCurlButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"$ZUORA_PASSWORD"_s));
    snapshotClipboard(u"copy as curl"_s);
    selectProfile(kOAuthProfile);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), kClientSecret);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyCurlButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"$ZUORA_CLIENT_SECRET"_s));
    snapshotClipboard(u"copy as curl, OAuth"_s);
    selectProfile(kSoapProfile);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), kPassword);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyCurlButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"$ZUORA_PASSWORD"_s));
    snapshotClipboard(u"copy as curl, SOAP"_s);

    // Test all: the secrets come from the keychain; then both exports of the results.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "testAllButton"), Qt::LeftButton);
    QVERIFY(m_window->batchWindow());
    QSignalSpy finished(m_window->batchWindow(), &BatchWindow::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->batchWindow()->model()->doneCount(), 4);   // session, OAuth, wrong password, SOAP
    QCOMPARE(m_window->batchWindow()->model()->failedCount(), 1);
    QDir(m_home).mkpath(u"exports"_s);
    QVERIFY(m_window->batchWindow()->exportTo(m_home + u"/exports/results.csv"_s, false));
    QVERIFY(m_window->batchWindow()->exportTo(m_home + u"/exports/results.json"_s, true));
    QString error;
    QVERIFY2(m_window->exportProfilesTo(m_home + u"/exports/profiles.json"_s, &error), qPrintable(error));

    // History of every profile, shown.
    auto *allHistory = child<QCheckBox>(m_window.get(), "allProfilesHistoryCheck");
    allHistory->setFocus();
    QTest::keyClick(allHistory, Qt::Key_Space);
    QVERIFY(child<QAbstractItemView>(m_window.get(), "historyView")->model()->rowCount() >= 6);
    snapshotWindowTexts(u"after test all"_s);

    m_window->close();
    m_window.reset();   // writes the history and profiles
    snapshotClipboard(u"window closed"_s);
}

void tst_SecretAudit::desktopFlowAfterRestart()
{
    // A new start: the last profile comes back with its secret from the keychain.
    makeWindow();
    selectProfile(kSessionProfile);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), kPassword, 10000);
    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    snapshotWindowTexts(u"after a restart"_s);
    m_window->close();
    m_window.reset();
}

Run tst_SecretAudit::runCheck(const QStringList &arguments, const QByteArray &stdinData,
                              const QList<QPair<QString, QString>> &environment)
{
    // Waits with an event loop: the relay lives on this thread.
    QProcess process;
    process.setProcessEnvironment(checkEnvironment(environment));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kBin + u"/zuora-check"_s, arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_SecretAudit::commandLineFlows_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stdinText");
    QTest::addColumn<QString>("passwordEnv");
    QTest::addColumn<QString>("clientSecretEnv");
    QTest::addColumn<int>("exitCode");

    const QString base = u"BASE"_s;   // replaced by the relay's URL
    const QString none;
    QTest::newRow("--password-stdin --json") << QStringList{u"--base-url"_s, base, u"--username"_s, kUser, u"--password-stdin"_s, u"--json"_s}
                                             << kPassword << none << none << 0;
    QTest::newRow("ZUORA_PASSWORD, human") << QStringList{u"--base-url"_s, base, u"--username"_s, kUser}
                                           << none << kPassword << none << 0;
    QTest::newRow("wrong password, human") << QStringList{u"--base-url"_s, base, u"--username"_s, kWrongUser, u"--password-stdin"_s}
                                           << kWrongPassword << none << none << 1;
    QTest::newRow("wrong password --json") << QStringList{u"--base-url"_s, base, u"--username"_s, kWrongUser, u"--password-stdin"_s, u"--json"_s}
                                           << kWrongPassword << none << none << 1;
    QTest::newRow("oauth --json") << QStringList{u"--base-url"_s, base, u"--oauth"_s, u"--client-id"_s, kClientId, u"--json"_s}
                                  << none << none << kClientSecret << 0;
    QTest::newRow("oauth, human") << QStringList{u"--base-url"_s, base, u"--oauth"_s, u"--client-id"_s, kClientId, u"--password-stdin"_s}
                                  << kClientSecret << none << none << 0;
    QTest::newRow("--profile, keychain") << QStringList{u"--profile"_s, kSessionProfile} << none << none << none << 0;
    QTest::newRow("--profile --json, keychain") << QStringList{u"--profile"_s, kOAuthProfile, u"--json"_s} << none << none << none << 0;
    QTest::newRow("--all-profiles") << QStringList{u"--all-profiles"_s} << none << none << none << 1;
    QTest::newRow("--all-profiles --json") << QStringList{u"--all-profiles"_s, u"--json"_s, u"--concurrency"_s, u"3"_s}
                                           << none << none << none << 1;
    QTest::newRow("--demo") << QStringList{u"--demo"_s} << none << none << none << 0;
    QTest::newRow("--demo --json") << QStringList{u"--demo"_s, u"--json"_s} << none << none << none << 0;
    QTest::newRow("--demo --oauth --json") << QStringList{u"--demo"_s, u"--oauth"_s, u"--json"_s} << none << none << none << 0;
    QTest::newRow("--demo, wrong user") << QStringList{u"--demo"_s, u"--username"_s, u"someone@example.com"_s} << none << none << none << 1;
    // The monitoring formats (issue 12); nagios exits with the plugin's states. The textfile lands in
    // HOME, which is searched whole at the end.
    QTest::newRow("wrong password --format nagios") << QStringList{u"--base-url"_s, base, u"--username"_s, kWrongUser, u"--password-stdin"_s, u"--format"_s, u"nagios"_s}
                                                    << kWrongPassword << none << none << 2;
    QTest::newRow("oauth --format nagios") << QStringList{u"--base-url"_s, base, u"--oauth"_s, u"--client-id"_s, kClientId, u"--format"_s, u"nagios"_s}
                                           << none << none << kClientSecret << 0;
    QTest::newRow("oauth --format prometheus") << QStringList{u"--base-url"_s, base, u"--oauth"_s, u"--client-id"_s, kClientId, u"--format"_s, u"prometheus"_s}
                                               << none << none << kClientSecret << 0;
    QTest::newRow("--all-profiles --format nagios") << QStringList{u"--all-profiles"_s, u"--format"_s, u"nagios"_s} << none << none << none << 2;
    QTest::newRow("--all-profiles --format checkmk") << QStringList{u"--all-profiles"_s, u"--format"_s, u"checkmk"_s} << none << none << none << 1;
    QTest::newRow("--all-profiles --format prometheus --textfile")
        << QStringList{u"--all-profiles"_s, u"--format"_s, u"prometheus"_s, u"--textfile"_s, u"AUDIT_HOME/zuora_check.prom"_s} << none << none << none << 1;
    QTest::newRow("--all-profiles --format junit") << QStringList{u"--all-profiles"_s, u"--format"_s, u"junit"_s} << none << none << none << 1;
}

void tst_SecretAudit::commandLineFlows()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stdinText);
    QFETCH(QString, passwordEnv);
    QFETCH(QString, clientSecretEnv);
    QFETCH(int, exitCode);

    arguments.replaceInStrings(u"BASE"_s, m_relay.baseUrl().toString());
    arguments.replaceInStrings(u"AUDIT_HOME"_s, m_home);
    QList<QPair<QString, QString>> environment;
    if (!passwordEnv.isEmpty())
        environment << qMakePair(u"ZUORA_PASSWORD"_s, passwordEnv);
    if (!clientSecretEnv.isEmpty())
        environment << qMakePair(u"ZUORA_CLIENT_SECRET"_s, clientSecretEnv);
    const Run run = runCheck(arguments, stdinText.isEmpty() ? QByteArray() : stdinText.toUtf8() + '\n', environment);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1\n"_s.arg(run.exitCode) + QString::fromUtf8(run.out + run.err)));
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    m_captured << Haystack{u"zuora-check %1: stdout"_s.arg(name), run.out}
               << Haystack{u"zuora-check %1: stderr"_s.arg(name), run.err};
    ++m_cliRuns;
    // Debug logging was on: the log went to stderr and is part of what is searched.
    if (!arguments.contains(u"--demo"_s))
        QVERIFY2(run.err.contains("zct.connection"), run.err.constData());
}

void tst_SecretAudit::showSecretsIsTheOnlyWayOut()
{
    // The control: asked to, zuora-check does print the secret and the cookie the relay
    // recorded, so the needles are the real ones and the search would find them.
    const QList<QByteArray> before = m_relay.cookieValues();
    const Run run = runCheck({u"--base-url"_s, m_relay.baseUrl().toString(), u"--username"_s, kUser,
                              u"--password-stdin"_s, u"--json"_s, u"--show-secrets"_s},
                             kPassword.toUtf8() + '\n', {});
    QCOMPARE(run.exitCode, 0);
    QList<QByteArray> fresh = m_relay.cookieValues();
    for (const QByteArray &old : before)
        fresh.removeAll(old);
    QCOMPARE(fresh.size(), 1);
    QVERIFY(!search(needlesForSecret(u"the password"_s, kPassword), u"--show-secrets"_s, run.out).isEmpty());
    QVERIFY(run.out.contains(fresh.constFirst()));
    // Not added to what is searched: showing secrets there is what was asked for.
}

void tst_SecretAudit::noSecretInAnyCommandLine()
{
    // A check that stays alive (the slow user, 2.5 s): read its command line and environment
    // while it runs, after it has read the secret from standard input and sent it.
    QProcess process;
    process.setProcessEnvironment(checkEnvironment({}));
    QSignalSpy finished(&process, &QProcess::finished);
    const int connectionsBefore = m_relay.connectionCount();
    process.start(kBin + u"/zuora-check"_s, {u"--base-url"_s, m_relay.baseUrl().toString(), u"--username"_s, kSlowUser,
                                             u"--password-stdin"_s, u"--json"_s});
    QVERIFY(process.waitForStarted(10000));
    process.write(kPassword.toUtf8() + '\n');   // standard input stays open
    QTRY_VERIFY_WITH_TIMEOUT(m_relay.connectionCount() > connectionsBefore, 10000);
    QCOMPARE(process.state(), QProcess::Running);
    const QList<Needle> secrets = needlesForSecret(u"the password"_s, kPassword);
    QStringList hits;
    QByteArray checkCommandLine;
    for (const QPair<qint64, QString> &which : {qMakePair(process.processId(), u"zuora-check"_s),
                                                qMakePair(m_server.processId(), u"zuora-mock-server"_s)}) {
        for (const char *file : {"cmdline", "environ"}) {
            QFile proc(u"/proc/%1/%2"_s.arg(which.first).arg(QString::fromLatin1(file)));
            QVERIFY2(proc.open(QIODevice::ReadOnly), qPrintable(proc.fileName()));
            const QByteArray content = proc.readAll();
            QVERIFY(!content.isEmpty());
            if (which.second == u"zuora-check" && qstrcmp(file, "cmdline") == 0)
                checkCommandLine = content;
            hits += search(needles(), u"/proc of %1 (%2)"_s.arg(which.second, QString::fromLatin1(file)), content);
            hits += search(secrets, u"/proc of %1 (%2)"_s.arg(which.second, QString::fromLatin1(file)), content);
        }
    }
    QVERIFY(checkCommandLine.contains("--password-stdin"));   // it is the right process
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitCode(), 0);
    m_captured << Haystack{u"zuora-check slow: stdout"_s, process.readAllStandardOutput()}
               << Haystack{u"zuora-check slow: stderr"_s, process.readAllStandardError()};
}

void tst_SecretAudit::nothingFoundAnywhere()
{
    QVERIFY2(m_cliRuns >= 14, "run the whole test: the audit searches what the flows left");
    const QList<Needle> all = needles();
    const int cookies = int(m_relay.cookieValues().size());
    const int tokens = int(m_relay.accessTokens().size());
    QVERIFY2(cookies >= 10, qPrintable(QString::number(cookies)));
    QVERIFY2(tokens >= 4, qPrintable(QString::number(tokens)));

    QStringList hits;
    // Every file under HOME, which holds the XDG directories, TMPDIR and the keyring files.
    QStringList roots = {m_home};
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                 "XDG_RUNTIME_DIR", "TMPDIR"}) {
        const QString dir = qEnvironmentVariable(variable);
        if (!dir.isEmpty() && !dir.startsWith(m_home))
            roots << dir;
    }
    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).isFile())
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits << path + u": cannot be read, so not audited"_s;
                continue;
            }
            files << QDir(m_home).relativeFilePath(path);
            const QByteArray content = file.readAll();
            hits += search(all, path, content);
            if (!path.contains(u"/keyrings/"_s))   // encrypted: random bytes
                hits += searchCookieShaped(path, content);
        }
    }
    for (const QString &expected : {u"profiles.ini"_s, u"history.json"_s, u"login.keyring"_s, u"results.csv"_s,
                                    u"results.json"_s, u"profiles.json"_s}) {
        QVERIFY2(std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return f.endsWith(expected); }),
                 qPrintable(expected + u" not among: "_s + files.join(u", "_s)));
    }

    // The log of this process (every zct.* category on), and the mock server's request log.
    QByteArray log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log.join(u'\n').toUtf8();
    }
    QVERIFY2(log.contains("zct.connection: checking") && log.contains("zct.keychain"), log.constData());
    hits += search(all, u"the log"_s, log);
    hits += searchCookieShaped(u"the log"_s, log);
    const QByteArray serverLog = m_server.readAllStandardError() + m_server.readAllStandardOutput();
    QVERIFY(serverLog.contains(kUser.toUtf8()));   // it does log each request
    hits += search(all, u"zuora-mock-server's log"_s, serverLog);

    snapshotClipboard(u"at the end"_s);
    for (const Haystack &haystack : std::as_const(m_captured)) {
        hits += search(all, haystack.where, haystack.bytes);
        hits += searchCookieShaped(haystack.where, haystack.bytes);
    }

    qInfo("searched %lld files under HOME (%s), %lld log lines, %lld captured outputs and snapshots, for %lld needles "
          "(%d session cookies, %d tokens, 5 secrets in 5 forms each): %lld hits",
          qlonglong(files.size()), qPrintable(files.join(u", "_s)), qlonglong(g_log.size()), qlonglong(m_captured.size()),
          qlonglong(all.size()), cookies, tokens, qlonglong(hits.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

int main(int argc, char *argv[])
{
    // Temporary files land under the test HOME too, where the audit searches; the users file of
    // the server goes to the original temporary directory, outside it.
    // Only in the throw-away HOME of run-with-keyring.sh (initTestCase refuses to run elsewhere).
    if (qEnvironmentVariable("ZCT_TEST_KEYRING") == u"1") {
        const QByteArray outside = qEnvironmentVariableIsEmpty("TMPDIR") ? QByteArray("/tmp") : qgetenv("TMPDIR");
        qputenv("ZCT_AUDIT_OUTSIDE_TMP", outside);
        const QByteArray inside = QDir::homePath().toLocal8Bit() + "/tmp";
        QDir().mkpath(QString::fromLocal8Bit(inside));
        qputenv("TMPDIR", inside);
    }
    qputenv("QT_LOGGING_RULES", "zct.*=true");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_SecretAudit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretaudit.moc"
