// Drives the real main window with QTest key and mouse events against the demo server.
#include "BatchResultsModel.h"
#include "BatchSession.h"
#include "BatchWindow.h"
#include "CookiesModel.h"
#include "CurlCommand.h"
#include "CurlPasteDialog.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "HeadersModel.h"
#include "HistoryModel.h"
#include "ImportDialog.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "PasswordLineEdit.h"
#include "ProfileStore.h"
#include "SensitiveClipboard.h"
#include "TestCertificate.h"
#include "TimingBar.h"
#include "VerdictBanner.h"
#include "ZuoraConnection.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }

template<typename T>
T *child(QWidget *window, const char *name)
{
    T *widget = window->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunInvitesToTheDemo();
    void demoShowsAcceptedThenRejected();
    void typeCredentialsAndTestWithKeyboard();
    void resultTabsAreFilled();
    void escapeCancelsARunningTest();
    void secondTestWhileRunningIsIgnored();
    void closingMidRequestIsSafe();
    void profileCrud();
    void unsavedChangesAreMarked();
    void rememberedSecretComesBackFromTheStore();
    void keychainFailureKeepsTheAppWorking();
    void copyAsCurlIsRedactedUnlessAsked();
    void capsLockWarning();
    void revealPassword();
    void stateIsRestored();
    void corruptedSettingsAreReportedAndKept();
    void everyInputHasAnAccessibleName();
    void tabOrderFollowsTheForm();
    void noSecretOrCookieOnDisk();
    void oauthTokenTab();
    void testAllFillsEveryRow();
    void historyAcrossProfiles();
    void exportThenImport();
    void malformedImportChangesNothing();
    void profileFromPastedCurl();
    void proxySettingsPerProfile();
    void readableInADarkPalette();

private:
    void makeWindow();
    ConnectionResult pressTest();
    void fillForm(const QString &user, const QString &password);
    void toggle(const char *checkBox);

    DemoServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_server.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    m_profiles->load();
    m_history = std::make_unique<HistoryStore>(m_dir->filePath(u"history.json"_s));
    m_history->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    makeWindow();
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->setWindowModified(false);
    m_window.reset();
    m_secrets.reset();
    m_history.reset();
    m_profiles.reset();
    m_dir.reset();
}

void tst_MainWindow::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_history.get(), m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ConnectionResult tst_MainWindow::pressTest()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    if (!shown.wait(15000))
        return {};
    return shown.constLast().first().value<ConnectionResult>();
}

void tst_MainWindow::fillForm(const QString &user, const QString &password)
{
    auto *environment = child<QComboBox>(m_window.get(), "environmentCombo");
    environment->setFocus();
    // "Custom URL…" is the last entry: End selects it.
    QTest::keyClick(environment, Qt::Key_End);
    QCOMPARE(environment->currentData().toString(), QString());
    auto *baseUrl = child<QLineEdit>(m_window.get(), "baseUrlEdit");
    QVERIFY(!baseUrl->isReadOnly());
    baseUrl->selectAll();
    QTest::keyClicks(baseUrl, m_server.baseUrl().toString());
    auto *username = child<QLineEdit>(m_window.get(), "usernameEdit");
    username->clear();
    QTest::keyClicks(username, user);
    auto *passwordEdit = child<QLineEdit>(m_window.get(), "passwordEdit");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

void tst_MainWindow::toggle(const char *checkBox)
{
    // With the keyboard: a check box stretched by its layout does not toggle on a click
    // in the empty space right of its label.
    auto *box = child<QCheckBox>(m_window.get(), checkBox);
    const bool before = box->isChecked();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(box->isChecked(), !before);
}

void tst_MainWindow::firstRunInvitesToTheDemo()
{
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QVERIFY(banner->cause().contains(u"demo"_s));
    QCOMPARE(child<QListView>(m_window.get(), "profileList")->model()->rowCount(), 0);
    QVERIFY(child<QPushButton>(m_window.get(), "demoButton")->hasFocus());
}

void tst_MainWindow::demoShowsAcceptedThenRejected()
{
    QElapsedTimer clock;
    clock.start();
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Accepted"_s);

    // The other demo profile, picked with the mouse, tested with the keyboard.
    auto *list = child<QListView>(m_window.get(), "profileList");
    QModelIndex wrong;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data().toString().contains(u"wrong password"_s))
            wrong = list->model()->index(row, 0);
    }
    QVERIFY(wrong.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(wrong).center());
    const ConnectionResult rejected = pressTest();
    QCOMPARE(rejected.verdict, Verdict::Rejected);
    QCOMPARE(banner->title(), u"Rejected"_s);
    QVERIFY2(banner->cause().contains(u"Authentication failed (90000011)"_s), qPrintable(banner->cause()));
    QVERIFY(banner->hint().contains(u"Wrong user name or password"_s));
    QVERIFY(clock.elapsed() < 10000);
    // Demo profiles are never written to the settings file.
    QVERIFY(m_profiles->profiles().isEmpty());
}

void tst_MainWindow::typeCredentialsAndTestWithKeyboard()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QCOMPARE(child<VerdictBanner>(m_window.get(), "verdictBanner")->title(), u"Accepted"_s);
    QVERIFY(child<QLabel>(m_window.get(), "endpointLabel")->text().contains(u"/v1/connections"_s));
}

void tst_MainWindow::resultTabsAreFilled()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    const QString password = s(demo::kPassword);

    auto *response = child<QPlainTextEdit>(m_window.get(), "responseView");
    QVERIFY(response->toPlainText().contains(u"\"success\": true"_s));
    toggle("rawResponseCheck");
    QVERIFY(response->toPlainText().contains(u"\"success\" : true"_s));   // Zuora's own spacing

    auto *headers = child<QTableView>(m_window.get(), "headersView");
    QVERIFY(headers->model()->rowCount() > 5);
    QVERIFY(HeadersModel::isZuoraHeader(headers->model()->index(0, 0).data().toByteArray()));
    bool sawSetCookieMasked = false;
    for (int row = 0; row < headers->model()->rowCount(); ++row) {
        if (headers->model()->index(row, 0).data().toString() == u"Set-Cookie")
            sawSetCookieMasked = headers->model()->index(row, 1).data().toString().startsWith(u"ZSession=********"_s);
    }
    QVERIFY(sawSetCookieMasked);

    auto *cookies = child<QTableView>(m_window.get(), "cookiesView");
    QCOMPARE(cookies->model()->rowCount(), 1);
    QCOMPARE(cookies->model()->index(0, CookiesModel::Name).data().toString(), u"ZSession"_s);
    const QString masked = cookies->model()->index(0, CookiesModel::Value).data().toString();
    QVERIFY(masked.startsWith(u"••••••••"_s));
    QCOMPARE(cookies->model()->index(0, CookiesModel::Path).data().toString(), u"/"_s);
    QCOMPARE(cookies->model()->index(0, CookiesModel::Secure).data().toString(), u"Yes"_s);
    toggle("revealCookiesCheck");
    const QString revealed = cookies->model()->index(0, CookiesModel::Value).data().toString();
    QCOMPARE(revealed.toUtf8(), m_window->lastResult().sessionCookie()->value());

    auto *timing = child<TimingBar>(m_window.get(), "timingBar");
    QVERIFY(timing->segments().size() >= 2);
    QVERIFY(timing->totalMs() > 0);

    auto *request = child<QPlainTextEdit>(m_window.get(), "requestView");
    QVERIFY(request->toPlainText().startsWith(u"POST "_s));
    QVERIFY(request->toPlainText().contains(u"apiSecretAccessKey: ********"_s));
    QVERIFY(!request->toPlainText().contains(password));

    auto *tabs = child<QTabWidget>(m_window.get(), "resultTabs");
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>(m_window.get(), "tokenTab"))));
    QCOMPARE(child<QTableView>(m_window.get(), "historyView")->model()->rowCount(), 0);   // not a saved profile
}

void tst_MainWindow::escapeCancelsARunningTest()
{
    m_server.setSlowDelayMs(3000);
    fillForm(s(demo::kSlowUser), s(demo::kPassword));
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->connection()->isBusy());
    QVERIFY(child<QPushButton>(m_window.get(), "cancelButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_window.get(), "testButton")->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().value<ConnectionResult>().errorKind, ErrorKind::Cancelled);
    QCOMPARE(child<VerdictBanner>(m_window.get(), "verdictBanner")->title(), u"Error"_s);
    QVERIFY(child<QPushButton>(m_window.get(), "testButton")->isEnabled());
}

void tst_MainWindow::secondTestWhileRunningIsIgnored()
{
    m_server.setSlowDelayMs(500);
    fillForm(s(demo::kSlowUser), s(demo::kPassword));
    QSignalSpy started(m_window->connection(), &ZuoraConnection::started);
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "testButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    QCOMPARE(started.size(), 1);
    QVERIFY(shown.first().first().value<ConnectionResult>().accepted());
}

void tst_MainWindow::closingMidRequestIsSafe()
{
    m_server.setSlowDelayMs(2000);
    fillForm(s(demo::kSlowUser), s(demo::kPassword));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->connection()->isBusy());
    m_window->close();
    m_window.reset();
    QTest::qWait(200);   // a stray reply callback would crash here
    makeWindow();
}

void tst_MainWindow::profileCrud()
{
    auto *list = child<QListView>(m_window.get(), "profileList");
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_profiles->profiles().size(), 1);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_profiles->find(id)->settings.username, s(demo::kUser));
    QCOMPARE(m_profiles->find(id)->settings.baseUrl, m_server.baseUrl().toString());

    // Reload from disk: what was saved is what comes back.
    ProfileStore reread(m_profiles->path());
    QVERIFY(reread.load());
    QCOMPARE(reread.find(id)->settings.username, s(demo::kUser));

    QTest::mouseClick(child<QToolButton>(m_window.get(), "duplicateProfileButton"), Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(m_window->currentProfileId() != id);
    QVERIFY(list->currentIndex().data().toString().contains(u"(copy)"_s));

    // Rename in place with F2, as a keyboard user would.
    QTest::mouseClick(child<QToolButton>(m_window.get(), "renameProfileButton"), Qt::LeftButton);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    static_cast<QLineEdit *>(editor)->selectAll();
    QTest::keyClicks(editor, u"EU production"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_profiles->findByName(u"EU production"_s));

    // Delete asks first; Cancel keeps it, Yes removes it.
    const QString copyId = m_window->currentProfileId();
    QTest::mouseClick(child<QToolButton>(m_window.get(), "deleteProfileButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s));
    QVERIFY(m_profiles->find(copyId));
    QTest::mouseClick(child<QToolButton>(m_window.get(), "deleteProfileButton"), Qt::LeftButton);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!m_profiles->find(copyId));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(m_window->currentProfileId(), id);
}

void tst_MainWindow::unsavedChangesAreMarked()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "usernameEdit"), u"someone"_s);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(child<QListView>(m_window.get(), "profileList")->currentIndex().data().toString().endsWith(u" *"_s));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "saveProfileButton"), Qt::LeftButton);
    QVERIFY(!m_window->isWindowModified());

    // Closing with unsaved changes asks; Cancel keeps the window open.
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "usernameEdit"), u"-else"_s);
    m_window->close();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"unsavedChanges"_s)));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(m_window->isVisible());
}

void tst_MainWindow::rememberedSecretComesBackFromTheStore()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(m_secrets->contains(id));
    QVERIFY(m_profiles->find(id)->rememberSecret);

    m_window.reset();
    makeWindow();
    QCOMPARE(m_window->currentProfileId(), id);   // the last profile is selected again
    auto *passwordEdit = child<QLineEdit>(m_window.get(), "passwordEdit");
    QTRY_COMPARE(passwordEdit->text(), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    QCOMPARE(child<QTableView>(m_window.get(), "historyView")->model()->rowCount(), 1);
    QVERIFY(m_profiles->find(id)->lastVerified.isValid());

    // Unticking forgets it.
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_secrets->contains(id));
}

void tst_MainWindow::keychainFailureKeepsTheAppWorking()
{
    m_secrets->setFailure(SecretStore::Status::NoSession, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    auto *status = m_window->statusBar();
    QTRY_VERIFY(status->currentMessage().contains(u"D-Bus"_s));
    QTRY_VERIFY(!m_profiles->find(id)->rememberSecret);
    QVERIFY(!child<QCheckBox>(m_window.get(), "rememberSecretCheck")->isChecked());
    QVERIFY(!m_secrets->contains(id));
    QVERIFY(pressTest().accepted());   // the typed secret still works
}

void tst_MainWindow::copyAsCurlIsRedactedUnlessAsked()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    m_window->clipboard()->setClearTimeout(300);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyCurlButton"), Qt::LeftButton);
    QVERIFY(clipboard->text().contains(u"$ZUORA_PASSWORD"_s));
    QVERIFY(!clipboard->text().contains(s(demo::kPassword)));
    QVERIFY(!m_window->clipboard()->clearPending());

    toggle("includeSecretCheck");
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyCurlButton"), Qt::LeftButton);
    QVERIFY(clipboard->text().contains(u"Demo-Pass+2026/=&"_s));
    QVERIFY(clipboard->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
    QVERIFY(m_window->clipboard()->clearPending());
    QTRY_VERIFY(!clipboard->text().contains(u"Demo-Pass"_s));
}

void tst_MainWindow::capsLockWarning()
{
    auto *passwordEdit = child<PasswordLineEdit>(m_window.get(), "passwordEdit");
    passwordEdit->setFocus();
    QTest::keyClick(passwordEdit, 'A', Qt::ShiftModifier);
    QVERIFY(!passwordEdit->capsLockWarningShown());
    // An upper-case letter without Shift: what caps lock produces.
    QSignalSpy warning(passwordEdit, &PasswordLineEdit::capsLockWarningChanged);
    QTest::keyClick(passwordEdit, 'B');
    QVERIFY(passwordEdit->capsLockWarningShown());
    QCOMPARE(warning.size(), 1);
    QTest::keyClick(passwordEdit, 'c');
    QVERIFY(!passwordEdit->capsLockWarningShown());
    QTest::keyClick(passwordEdit, 'D');
    QVERIFY(passwordEdit->capsLockWarningShown());
    passwordEdit->clearFocus();   // leaving the field hides the warning
    QVERIFY(!passwordEdit->capsLockWarningShown());
}

void tst_MainWindow::revealPassword()
{
    auto *passwordEdit = child<PasswordLineEdit>(m_window.get(), "passwordEdit");
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    passwordEdit->revealAction()->trigger();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Normal);
    passwordEdit->revealAction()->trigger();
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
}

void tst_MainWindow::stateIsRestored()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString second = m_window->currentProfileId();
    m_window->resize(1000, 860);
    const QSize before = m_window->size();   // the layout's minimum may have raised it
    m_window->close();
    m_window.reset();
    QVERIFY(!m_profiles->windowGeometry().isEmpty());
    QVERIFY(!m_profiles->splitterState().isEmpty());
    ProfileStore reread(m_profiles->path());
    QVERIFY(reread.load());
    QCOMPARE(reread.lastProfileId(), second);
    makeWindow();
    QCOMPARE(m_window->currentProfileId(), second);
    // The offscreen platform has no window manager, so the restored height may differ by the
    // menu bar; the width and "not the 1100x760 default" are what prove the restore.
    QCOMPARE(m_window->width(), before.width());
    QVERIFY(qAbs(m_window->height() - before.height()) <= 60);
    QVERIFY(m_window->size() != QSize(1100, 760));
}

void tst_MainWindow::corruptedSettingsAreReportedAndKept()
{
    m_window.reset();
    const QString path = m_dir->filePath(u"broken.ini"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage("[General]\nschemaVersion=99\n[profiles]\nsize=2\n1\\name=Future\n\x01\x02\xff\xfe");
    file.write(garbage);
    file.close();
    m_profiles = std::make_unique<ProfileStore>(path);
    m_profiles->load();
    QVERIFY(!m_profiles->problem().isEmpty());
    makeWindow();
    m_window->reportStartupProblem(m_profiles->problem());
    QVERIFY(child<VerdictBanner>(m_window.get(), "verdictBanner")->cause().contains(m_profiles->backupPath()));
    QFile backup(m_profiles->backupPath());
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), garbage);
    // And the app works on: a new profile can be made and saved.
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void tst_MainWindow::everyInputHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
        if (!input || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked > 25);
}

void tst_MainWindow::tabOrderFollowsTheForm()
{
    const QStringList expected = {u"environmentCombo"_s, u"baseUrlEdit"_s, u"authModeCombo"_s, u"usernameEdit"_s,
                                  u"passwordEdit"_s, u"rememberSecretCheck"_s, u"entityIdEdit"_s, u"trackIdEdit"_s};
    QWidget *widget = child<QWidget>(m_window.get(), "environmentCombo");
    for (int i = 1; i < expected.size(); ++i) {
        widget = widget->nextInFocusChain();
        while (widget->focusPolicy() == Qt::NoFocus || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
            widget = widget->nextInFocusChain();
        QCOMPARE(widget->objectName(), expected.at(i));
    }
}

void tst_MainWindow::noSecretOrCookieOnDisk()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    fillForm(s(demo::kUser), s(demo::kPassword));
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const ConnectionResult result = pressTest();
    QVERIFY(result.accepted());
    const QByteArray cookie = result.sessionCookie()->value();
    m_window->close();
    m_window.reset();
    int files = 0;
    QStringList roots = {m_dir->path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                         QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)};
    // scripts/test gives the tests a scratch HOME: search all of it then, never a real one.
    if (QDir::homePath().startsWith(QDir::tempPath()))
        roots << QDir::homePath();
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(s(demo::kPassword).toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(cookie), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 2);   // profiles.ini and history.json at least
}

void tst_MainWindow::oauthTokenTab()
{
    fillForm(s(demo::kMultiEntityClientId), s(demo::kClientSecret));
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_End);   // OAuth is the last mode
    QCOMPARE(child<QLabel>(m_window.get(), "usernameLabel")->text(), u"Client &id:"_s);
    QVERIFY(child<QLabel>(m_window.get(), "endpointLabel")->text().contains(u"/oauth/token"_s));
    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    auto *tabs = child<QTabWidget>(m_window.get(), "resultTabs");
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(child<QWidget>(m_window.get(), "tokenTab"))));
    const QString token = child<QLabel>(m_window.get(), "tokenValueLabel")->text();
    QVERIFY(token.contains(u"••••"_s));
    QVERIFY(!token.contains(result.token.accessToken));
    QVERIFY(child<QLabel>(m_window.get(), "tokenExpiryLabel")->text().startsWith(u"In 59:"_s));
    auto *scope = child<QListWidget>(m_window.get(), "scopeList");
    QCOMPARE(scope->count(), result.token.scopeItems.size());
    QVERIFY(!scope->findItems(QString::fromUtf16(demo::kEntityB), Qt::MatchContains).isEmpty());
    // The scope names two entities and none was chosen: the window says so.
    QVERIFY(child<VerdictBanner>(m_window.get(), "verdictBanner")->hint().contains(u"Zuora-Entity-Ids"_s));
    QVERIFY(!child<QPlainTextEdit>(m_window.get(), "requestView")->toPlainText().contains(s(demo::kClientSecret)));
}

void tst_MainWindow::readableInADarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    m_window->setPalette(dark);
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    for (const char16_t *user : {demo::kUser, u"nobody@example.com", demo::kBadGatewayUser}) {
        fillForm(QString::fromUtf16(user), s(demo::kPassword));
        pressTest();
        const double a = luminance(banner->palette().color(QPalette::Window));
        const double b = luminance(banner->palette().color(QPalette::WindowText));
        const double contrast = (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(u"%1: contrast %2"_s.arg(banner->title()).arg(contrast)));
    }
}

void tst_MainWindow::testAllFillsEveryRow()
{
    TestCertificate certificate;
    QVERIFY2(certificate.make(), qPrintable(certificate.error()));
    DemoServer tlsServer;
    QString error;
    QVERIFY(tlsServer.useTls(certificate.certificatePath(), certificate.keyPath(), &error));
    QVERIFY(tlsServer.start(QHostAddress::LocalHost, 0, &error));
    m_server.setSlowDelayMs(3000);

    m_window.reset();
    const auto add = [&](const QString &name, const QString &base, const QString &user, const QString &secret, int timeoutMs = 10000) {
        Profile profile;
        profile.name = name;
        profile.settings.baseUrl = base;
        profile.settings.username = user;
        profile.settings.timeoutMs = timeoutMs;
        profile.rememberSecret = !secret.isEmpty();
        m_profiles->upsert(profile);
        if (!secret.isEmpty())
            m_secrets->writeSecret(profile.id, secret);
        return profile.id;
    };
    const QString base = m_server.baseUrl().toString();
    const QString password = s(demo::kPassword);
    add(u"Accepted"_s, base, s(demo::kUser), password);
    const QString rejectedId = add(u"Rejected"_s, base, s(demo::kUser), u"wrong"_s);
    add(u"Rate limited"_s, base, s(demo::kRateLimitedUser), password);
    add(u"Timeout"_s, base, s(demo::kSlowUser), password, 400);
    add(u"TLS"_s, tlsServer.baseUrl().toString(), s(demo::kUser), password);
    add(u"No secret"_s, base, s(demo::kUser), QString());
    QVERIFY(m_profiles->save());
    QTRY_COMPARE(m_secrets->count(), 5);
    makeWindow();

    QTest::mouseClick(child<QPushButton>(m_window.get(), "testAllButton"), Qt::LeftButton);
    BatchWindow *batch = m_window->batchWindow();
    QVERIFY(batch && batch->isVisible());
    QSignalSpy finished(m_window->batchSession(), &BatchSession::finished);
    QVERIFY(finished.wait(30000));
    const BatchResultsModel *model = m_window->batchSession()->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->doneCount(), 6);
    QHash<QString, int> exitByName;
    for (int row = 0; row < model->rowCount(); ++row)
        exitByName.insert(model->row(row).profile.name, model->row(row).result.exitCode());
    QCOMPARE(exitByName.value(u"Accepted"_s), 0);
    QCOMPARE(exitByName.value(u"Rejected"_s), 1);
    QCOMPARE(exitByName.value(u"Rate limited"_s), 4);
    QCOMPARE(exitByName.value(u"Timeout"_s), 3);
    QCOMPARE(exitByName.value(u"TLS"_s), 3);
    QCOMPARE(exitByName.value(u"No secret"_s), 2);
    QCOMPARE(model->failedCount(), 5);

    // The failures filter and sorting work on the live table.
    auto *view = batch->findChild<QTableView *>(u"resultsView"_s);
    QCOMPARE(view->model()->rowCount(), 6);
    batch->findChild<QCheckBox *>(u"failuresOnlyCheck"_s)->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 5);
    view->sortByColumn(BatchResultsModel::ProfileColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, BatchResultsModel::ProfileColumn).data().toString(), u"No secret"_s);

    // Export: CSV and JSON, with no secret and no cookie value in either.
    const QString csvPath = m_dir->filePath(u"results.csv"_s);
    const QString jsonPath = m_dir->filePath(u"results.json"_s);
    QVERIFY(batch->exportTo(csvPath, false));
    QVERIFY(batch->exportTo(jsonPath, true));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvText = csv.readAll();
    QCOMPARE(csvText.count('\n'), 7);
    QVERIFY(csvText.startsWith("profile,environment,verdict,httpStatus,code"));
    QVERIFY(csvText.contains("Rejected,") && csvText.contains(",401,90000011,"));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray results = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(results.size(), 6);
    for (const QByteArray &text : {csvText, QJsonDocument(results).toJson()}) {
        QVERIFY(!text.contains(password.toUtf8()));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (const QNetworkCookie *cookie = model->row(row).result.sessionCookie())
                QVERIFY(!text.contains(cookie->value()));
        }
    }

    // A failure row opens that profile's full result in the main window.
    int rejectedRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, BatchResultsModel::ProfileColumn).data().toString() == u"Rejected")
            rejectedRow = row;
    }
    QVERIFY(rejectedRow >= 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(rejectedRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentProfileId(), rejectedId);
    QCOMPARE(child<VerdictBanner>(m_window.get(), "verdictBanner")->title(), u"Rejected"_s);
    // And the run left its marks: history and "last tested" per profile.
    QVERIFY(m_profiles->find(rejectedId)->lastTested.isValid());
    QCOMPARE(m_history->entries(rejectedId).size(), 1);
}

void tst_MainWindow::historyAcrossProfiles()
{
    m_window.reset();
    const QStringList names = {u"One"_s, u"Two"_s};
    QStringList ids;
    for (const QString &name : names) {
        Profile profile;
        profile.name = name;
        profile.settings.baseUrl = m_server.baseUrl().toString();
        profile.settings.username = s(demo::kUser);
        m_profiles->upsert(profile);
        ids << profile.id;
    }
    QVERIFY(m_profiles->save());
    ConnectionResult accepted;
    accepted.verdict = Verdict::Accepted;
    accepted.startedAt = QDateTime::currentDateTimeUtc();
    ConnectionResult rejected = accepted;
    rejected.verdict = Verdict::Rejected;
    rejected.errorKind = ErrorKind::Rejected;
    m_history->add(ids.at(0), HistoryStore::entryFor(accepted));
    m_history->add(ids.at(1), HistoryStore::entryFor(rejected));
    m_history->add(ids.at(1), HistoryStore::entryFor(accepted));
    makeWindow();
    auto *view = child<QTableView>(m_window.get(), "historyView");
    QCOMPARE(view->model()->rowCount(), m_history->entries(m_window->currentProfileId()).size());
    toggle("allProfilesHistoryCheck");
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(!view->isColumnHidden(HistoryModel::ProfileColumn));
    auto *filter = child<QComboBox>(m_window.get(), "historyFilterCombo");
    filter->setCurrentIndex(1);   // failures only
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, HistoryModel::ProfileColumn).data().toString(), u"Two"_s);
    filter->setCurrentIndex(2);   // accepted only
    QCOMPARE(view->model()->rowCount(), 2);
}

void tst_MainWindow::exportThenImport()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    fillForm(s(demo::kUser), s(demo::kPassword));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);   // a draft: no user yet
    QCOMPARE(m_profiles->profiles().size(), 2);
    const QString path = m_dir->filePath(u"export.json"_s);
    QVERIFY(m_window->exportProfilesTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QVERIFY(!exported.contains(s(demo::kPassword).toUtf8()));
    QVERIFY(exported.contains(s(demo::kUser).toUtf8()));

    // Both names are taken now: rename one, skip the other.
    m_window->importProfilesFrom(path);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>(u"importDialog"_s)));
    QCOMPARE(dialog->plan().clashes.size(), 2);
    dialog->setChoice(0, ClashChoice::Rename);
    dialog->setChoice(1, ClashChoice::Skip);
    dialog->accept();
    QCOMPARE(m_profiles->profiles().size(), 3);
    QCOMPARE(child<QListView>(m_window.get(), "profileList")->model()->rowCount(), 3);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 added"_s));
}

void tst_MainWindow::malformedImportChangesNothing()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QList<Profile> before = m_profiles->profiles();
    const QString path = m_dir->filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"zuora-credential-tester-profiles","version":1,"profiles":[
  {"name":"Good","baseUrl":"https://rest.zuora.com","authMode":"session","username":"a"},
  {"name":"","baseUrl":"https://rest.zuora.com","authMode":"session","username":"b"},
  {"name":"Plain http","baseUrl":"http://rest.zuora.com","authMode":"session","username":"c"}
]})");
    file.close();
    m_window->importProfilesFrom(path);
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>(u"importDialog"_s)));
    QCOMPARE(dialog->plan().errors.size(), 2);
    auto *problems = dialog->findChild<QListWidget *>(u"problemsList"_s);
    QVERIFY(problems->count() >= 2);
    QVERIFY(problems->item(0)->text().contains(u"line"_s));
    auto *ok = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());   // errors: nothing can be imported by accident
    dialog->reject();
    QCOMPARE(m_profiles->profiles(), before);
}

void tst_MainWindow::profileFromPastedCurl()
{
    ConnectionSettings settings;
    settings.baseUrl = m_server.baseUrl().toString();
    settings.username = s(demo::kUser);
    settings.entityId = s(demo::kEntityA);
    const QString command = CurlCommand::build(settings, s(demo::kPassword), CurlCommand::Secrets::Included);
    m_window->openCurlPaste(command);
    CurlPasteDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CurlPasteDialog *>(u"curlPasteDialog"_s)));
    QVERIFY2(dialog->result().ok(), qPrintable(dialog->result().errors.join(u' ')));
    QVERIFY(dialog->result().hasLiteralSecret());
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberSecretCheck"_s);
    QVERIFY(remember->isEnabled());
    remember->setChecked(true);
    dialog->accept();
    QCOMPARE(m_profiles->profiles().size(), 1);
    const Profile profile = m_profiles->profiles().constFirst();
    QCOMPARE(profile.settings.username, s(demo::kUser));
    QCOMPARE(profile.settings.entityId, s(demo::kEntityA));
    QVERIFY(profile.rememberSecret);
    QTRY_VERIFY(m_secrets->contains(profile.id));
    QFile file(m_profiles->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(s(demo::kPassword).toUtf8()));
    QCOMPARE(m_window->currentProfileId(), profile.id);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), s(demo::kPassword));
    m_window->activateWindow();   // the dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(pressTest().accepted());

    // A command that is not a Zuora login cannot make a profile.
    m_window->openCurlPaste(u"ls -la /"_s);
    QTRY_VERIFY((dialog = m_window->findChild<CurlPasteDialog *>(u"curlPasteDialog"_s)));
    QVERIFY(!dialog->result().ok());
    QVERIFY(!dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->reject();
}

void tst_MainWindow::proxySettingsPerProfile()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    auto *host = child<QLineEdit>(m_window.get(), "proxyHostEdit");
    QVERIFY(!host->isVisible());   // system settings: nothing to fill in
    auto *mode = child<QComboBox>(m_window.get(), "proxyModeCombo");
    mode->setCurrentIndex(mode->findData(int(ProxyMode::Http)));
    QVERIFY(host->isVisible());
    host->setFocus();
    QTest::keyClicks(host, u"proxy.corp.example"_s);
    auto *port = child<QSpinBox>(m_window.get(), "proxyPortSpin");
    port->setValue(8080);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "proxyUserEdit"), u"alice"_s);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "proxyPasswordEdit"), u"proxy-secret-1"_s);
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const ProxySettings saved = m_profiles->find(id)->settings.proxy;
    QCOMPARE(saved.mode, ProxyMode::Http);
    QCOMPARE(saved.host, u"proxy.corp.example"_s);
    QCOMPARE(saved.port, 8080);
    QCOMPARE(saved.username, u"alice"_s);
    QTRY_VERIFY(m_secrets->contains(proxySecretKey(id)));
    QFile file(m_profiles->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("proxy-secret-1"));

    m_window.reset();
    makeWindow();
    QCOMPARE(m_window->currentProfileId(), id);
    QCOMPARE(child<QLineEdit>(m_window.get(), "proxyHostEdit")->text(), u"proxy.corp.example"_s);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "proxyPasswordEdit")->text(), u"proxy-secret-1"_s);
    QCOMPARE(m_window->connection()->proxy().port, 8080);

    // How the attempt went is shown under the verdict: here, that no proxy was used.
    auto *modeAgain = child<QComboBox>(m_window.get(), "proxyModeCombo");
    modeAgain->setCurrentIndex(modeAgain->findData(int(ProxyMode::None)));
    const ConnectionResult direct = pressTest();
    QCOMPARE(direct.verdict, Verdict::Accepted);
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    auto *notes = child<QLabel>(banner, "verdictNotes");
    QVERIFY(notes->isVisible());
    QVERIFY2(banner->notes().contains(u"Direct, without a proxy"_s), qPrintable(banner->notes()));
    banner->showIdle(u"idle"_s);
    QVERIFY(!notes->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
