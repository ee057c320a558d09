// Drives the real main window with QTest key and mouse events against the demo server.
#include "AppSettings.h"
#include "BatchResultsModel.h"
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
#include "ProfileCheckRun.h"
#include "ProfileLibrary.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SensitiveClipboard.h"
#include "TestCertificate.h"
#include "TimingBar.h"
#include "VerdictBanner.h"
#include "ZuoraConnection.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTableWidget>
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
#include <QTreeWidget>
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
    void copyAsCurlIsRedactedUnlessAsked();
    void reportForSupportHoldsNoSecret();
    void capsLockWarning();
    void revealPassword();
    void stateIsRestored();
    void corruptedSettingsAreReportedAndKept();
    void everyInputHasAnAccessibleName();
    void tabOrderFollowsTheForm();
    void noSecretOrCookieOnDisk();
    void oauthTokenTab();
    void soapLoginWithTheKeyboard();
    void entitiesOnlyWhenAsked();
    void demoEditsComeBackWithTheirResult();
    void testAllFillsEveryRow();
    void historyAcrossProfiles();
    void exportThenImport();
    void malformedImportChangesNothing();
    void profileFromPastedCurl();
    void proxySettingsPerProfile();
    void readableInADarkPalette();

    // What a new user saw (issue 9)
    void verdictBelongsToTheProfileOnScreen();
    void sessionProfileNeverShowsAToken();
    void aResultArrivingLateBelongsToItsProfile();
    void duplicateAndImportShowNotTestedYet();
    void importWritesTheProfilesFileAtOnce();
    void importKeepsTheUnsavedEdit();
    void demoProfileIsNeverSaved();
    void accessTokenMaskedUntilRevealed();
    void demoResultsReachHistory();
    void testAllWithoutASecretKeepsTheLastVerdict();
    void savingDuringAnOutageKeepsRemember();
    void mnemonicsAreUnique();
    void tabReachesEveryResultControl();
    void testIsTheDefaultButtonAndShowsFocus();
    void worksAt1024x600();
    void typingInBaseUrlUnderAPresetSwitchesToCustom();
    void proxyPasswordReadByTheCliRule();
    void setSecretFromTheContextMenu();
    void setSecretFromATestAllRow();
    void lockingContentionIsTryAgain();
    void durationsReadTheSameEverywhere();
    void titleNamesTheProfile();
    void exportDialogsSuggestAFileName();
    void helpHasShortcutsAndErrorCodes();
    void verdictIsReadableAsText();
    void labelsKeepTheirTextReadable();
    void textSetFromOutsideMarksTheProfileChanged();
    void serverTextIsShownNotObeyed();

private:
    void makeWindow();
    ConnectionResult pressTest();
    void fillForm(const QString &user, const QString &password);
    void toggle(const char *checkBox);
    QModelIndex rowNamed(const QString &name) const;
    void clickRow(const QString &name);
    QString seedProfile(const QString &name, const QString &user, const QString &secret, bool remember);
    QStringList mnemonicClashes(QWidget *scope, const QList<QAction *> &extra) const;

    // The fixture's view of what the app stored; the tests go through these only.
    const Profile *saved(const QString &id) const { return m_library->find(id); }
    QList<HistoryEntry> historyOf(const QString &id) const { return m_library->history(id); }
    QString profilesPath() const { return m_library->profilesPath(); }
    // A profile as an earlier session left it in the file (outcomes included); no window open.
    QString addSaved(const Profile &profile, const QString &secret)
    {
        if (m_window)
            qFatal("addSaved: close the window first");
        m_library.reset();
        ProfileStore store(m_dir->filePath(u"profiles.ini"_s));
        store.load();
        store.upsert(profile);
        store.save();
        openLibrary();
        if (!secret.isEmpty())
            m_secrets->writeSecret(profile.id, secret);
        return profile.id;
    }
    bool batchRunning() const { return m_window->batchWindow() && m_window->batchWindow()->isRunning(); }
    QString noticeText() const
    {
        auto *notice = m_window->findChild<QLabel *>(u"noticeText"_s);
        return notice ? notice->text() : m_window->statusBar()->currentMessage();
    }
    void importFile(const QString &path)
    {
        m_window->importProfilesFrom(path);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ImportDialog *>(u"importDialog"_s)));
        dialog->accept();
    }

    void openLibrary(const QString &profilesPath = QString());

    DemoServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileLibrary> m_library;
    std::unique_ptr<AppSettings> m_settings;
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
    m_secrets = std::make_unique<MemorySecretStore>();
    openLibrary();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"app-state.ini"_s));
    makeWindow();
}

void tst_MainWindow::openLibrary(const QString &profilesPath)
{
    m_library.reset();
    m_library = std::make_unique<ProfileLibrary>(m_secrets.get(),
                                                 profilesPath.isEmpty() ? m_dir->filePath(u"profiles.ini"_s) : profilesPath,
                                                 m_dir->filePath(u"history.json"_s));
    m_library->load();
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->setWindowModified(false);
    m_window.reset();
    m_library.reset();
    m_settings.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_MainWindow::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_library.get(), m_secrets.get(), m_settings.get());
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
    QVERIFY(m_library->savedProfiles().isEmpty());
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
    // Stopped by the person: a neutral "Cancelled", not an error.
    QCOMPARE(child<VerdictBanner>(m_window.get(), "verdictBanner")->title(), u"Cancelled"_s);
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
    QCOMPARE(m_library->savedProfiles().size(), 1);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved(id)->settings.username, s(demo::kUser));
    QCOMPARE(saved(id)->settings.baseUrl, m_server.baseUrl().toString());

    // Reload from disk: what was saved is what comes back.
    ProfileStore reread(profilesPath());
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
    QTRY_VERIFY(m_library->findByName(u"EU production"_s));

    // Delete asks first; Cancel keeps it, Yes removes it.
    const QString copyId = m_window->currentProfileId();
    QTest::mouseClick(child<QToolButton>(m_window.get(), "deleteProfileButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s));
    QVERIFY(saved(copyId));
    QTest::mouseClick(child<QToolButton>(m_window.get(), "deleteProfileButton"), Qt::LeftButton);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!saved(copyId));
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
    QVERIFY(saved(id)->rememberSecret);

    m_window.reset();
    makeWindow();
    QCOMPARE(m_window->currentProfileId(), id);   // the last profile is selected again
    auto *passwordEdit = child<QLineEdit>(m_window.get(), "passwordEdit");
    QTRY_COMPARE(passwordEdit->text(), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    QCOMPARE(child<QTableView>(m_window.get(), "historyView")->model()->rowCount(), 1);
    QVERIFY(saved(id)->lastVerified.isValid());

    // Unticking forgets it.
    toggle("rememberSecretCheck");
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_secrets->contains(id));
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

void tst_MainWindow::reportForSupportHoldsNoSecret()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    auto *button = child<QPushButton>(m_window.get(), "copyReportButton");
    QVERIFY(!button->isEnabled());   // nothing tested yet: nothing to report
    const ConnectionResult result = pressTest();
    QVERIFY(result.accepted());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const QString report = QGuiApplication::clipboard()->text();
    QVERIFY2(report.contains(u"report for support"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Accepted (exit 0)"_s), qPrintable(report));
    QVERIFY2(report.contains(s(demo::kUser)), qPrintable(report));
    QVERIFY2(report.contains(QString::fromLatin1(result.header("Zuora-Request-Id"))), qPrintable(report));
    QVERIFY2(!report.contains(s(demo::kPassword)), qPrintable(report));
    QVERIFY(result.sessionCookie());
    QVERIFY2(!report.contains(QString::fromLatin1(result.sessionCookie()->value())), qPrintable(report));
    QVERIFY(!m_window->clipboard()->clearPending());   // no secret: an ordinary copy
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
    // The window's state is in app-state.ini, not in the profiles file the CLI reads.
    AppSettings reread(m_settings->path());
    QVERIFY(!reread.windowGeometry().isEmpty());
    QVERIFY(!reread.profileSplitter().isEmpty());
    QVERIFY(!reread.resultSplitter().isEmpty());
    QCOMPARE(reread.lastProfileId(), second);
    QFile profilesFile(profilesPath());
    QVERIFY(profilesFile.open(QIODevice::ReadOnly));
    QVERIFY(!profilesFile.readAll().contains("[window]"));
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
    openLibrary(path);
    QVERIFY(!m_library->problem().isEmpty());
    makeWindow();
    m_window->reportStartupProblem(m_library->problem());
    const QString backupPath = m_library->store().backupPath();
    QVERIFY(child<VerdictBanner>(m_window.get(), "verdictBanner")->cause().contains(backupPath));
    QVERIFY(noticeText().contains(backupPath));
    QFile backup(backupPath);
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), garbage);
    // And the app works on: a new profile can be made and saved.
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QCOMPARE(m_library->savedProfiles().size(), 1);
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
        while (widget->focusPolicy() == Qt::NoFocus || widget->isHidden() || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
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
    QTest::keyClick(mode, Qt::Key_Down);   // OAuth follows the session login
    QCOMPARE(child<QLabel>(m_window.get(), "usernameLabel")->text(), u"Clie&nt id:"_s);
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

// SOAP login() is the third entry; its WSDL version shows only for it, the endpoint moves to the
// SOAP path, and the Session in the answer never appears in the window.
void tst_MainWindow::soapLoginWithTheKeyboard()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    auto *wsdl = child<QLineEdit>(m_window.get(), "wsdlVersionEdit");
    QVERIFY(wsdl->isHidden());
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentData().toInt(), int(AuthMode::SoapLogin));
    QVERIFY(!wsdl->isHidden());
    auto *endpoint = child<QLabel>(m_window.get(), "endpointLabel");
    QVERIFY2(endpoint->text().contains(u"/apps/services/a/115.0"_s), qPrintable(endpoint->text()));
    QTest::keyClick(mode, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), wsdl);
    QTest::keyClicks(wsdl, u"91"_s);
    QTRY_VERIFY2(endpoint->text().contains(u"/apps/services/a/91.0"_s), qPrintable(endpoint->text()));

    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QCOMPARE(result.endpoint.path(), u"/apps/services/a/91.0"_s);
    QVERIFY(!result.soap.session.isEmpty());
    for (const char *name : {"responseView", "requestView"}) {
        const QString text = child<QPlainTextEdit>(m_window.get(), name)->toPlainText();
        QVERIFY2(!text.contains(result.soap.session), name);
        QVERIFY2(!text.contains(s(demo::kPassword)), name);
    }
    QVERIFY(child<QPlainTextEdit>(m_window.get(), "responseView")->toPlainText().contains(u"Session"_s));

    // A version that is not one is refused before sending, with the reason.
    wsdl->selectAll();
    QTest::keyClicks(wsdl, u"latest"_s);
    const ConnectionResult refused = pressTest();
    QCOMPARE(refused.errorKind, ErrorKind::InvalidInput);
    QVERIFY2(refused.cause.contains(u"WSDL"_s), qPrintable(refused.cause));
    QCOMPARE(refused.attempts, 0);
}

// Who the credential is: the entities are asked for only on request, with the token of the result
// on screen, and an entity can be put into the profile; a new result clears the old list.
void tst_MainWindow::entitiesOnlyWhenAsked()
{
    fillForm(s(demo::kMultiEntityClientId), s(demo::kClientSecret));
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);   // OAuth
    const int before = m_server.requestCount();
    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    QCOMPARE(m_server.requestCount(), before + 1);   // the check alone: no lookup unasked

    auto *list = child<QPushButton>(m_window.get(), "listEntitiesButton");
    auto *tree = child<QTreeWidget>(m_window.get(), "entitiesTree");
    auto *use = child<QPushButton>(m_window.get(), "useEntityButton");
    QVERIFY(list->isEnabled());
    QCOMPARE(tree->topLevelItemCount(), 0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QTRY_COMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(m_server.requestCount(), before + 2);   // exactly one more call
    QCOMPARE(QApplication::focusWidget(), tree);      // the keyboard goes on to the list
    QVERIFY(tree->currentItem());                    // the global entity, suggested
    QCOMPARE(tree->currentItem()->text(1), s(demo::kEntityA));
    QVERIFY(child<QLabel>(m_window.get(), "callLabel")->text().contains(u"/v1/entities"_s));
    QVERIFY(!child<QLabel>(m_window.get(), "suggestionLabel")->isHidden());

    // Choose the other entity with the keyboard and put it into the profile.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem()->text(1), s(demo::kEntityB));
    QVERIFY(use->isEnabled());
    use->setFocus();
    QTest::keyClick(use, Qt::Key_Space);
    QCOMPARE(child<QLineEdit>(m_window.get(), "entityIdEdit")->text(), s(demo::kEntityB));
    QVERIFY(!use->isEnabled());
    QCOMPARE(QApplication::focusWidget(), tree);      // not thrown out of the tab
    QVERIFY(child<QLabel>(m_window.get(), "suggestionLabel")->isHidden());   // no stale advice

    // A new result clears the list: it never shows another check's entities.
    fillForm(u"nobody@example.com"_s, u"wrong"_s);
    QVERIFY(!pressTest().accepted());
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(!list->isEnabled());
}

// A demo profile is never saved, yet its edits wait for it like any profile's: back on it, the
// form is the one its result on screen was checked with, not the demo profile as it started.
void tst_MainWindow::demoEditsComeBackWithTheirResult()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    auto *list = child<QListView>(m_window.get(), "profileList");
    const QString demoName = list->currentIndex().data(Qt::EditRole).toString();
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);   // OAuth
    auto *username = child<QLineEdit>(m_window.get(), "usernameEdit");
    username->selectAll();
    QTest::keyClicks(username, s(demo::kMultiEntityClientId));
    auto *password = child<QLineEdit>(m_window.get(), "passwordEdit");
    password->selectAll();
    QTest::keyClicks(password, s(demo::kClientSecret));
    const ConnectionResult token = pressTest();
    QVERIFY2(token.accepted(), qPrintable(token.cause));

    QModelIndex other;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(Qt::EditRole).toString() != demoName)
            other = list->model()->index(row, 0);
    }
    QVERIFY(other.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(other).center());
    QCOMPARE(mode->currentData().toInt(), int(AuthMode::SessionLogin));   // the other profile as it is
    clickRow(demoName);
    QCOMPARE(mode->currentData().toInt(), int(AuthMode::OAuthClientCredentials));
    QCOMPARE(username->text(), s(demo::kMultiEntityClientId));
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Accepted"_s);
    QVERIFY2(banner->cause().contains(u"OAuth token"_s), qPrintable(banner->cause()));
    QVERIFY(m_library->savedProfiles().isEmpty());   // and still nothing written
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
        return addSaved(profile, secret);
    };
    const QString base = m_server.baseUrl().toString();
    const QString password = s(demo::kPassword);
    add(u"Accepted"_s, base, s(demo::kUser), password);
    const QString rejectedId = add(u"Rejected"_s, base, s(demo::kUser), u"wrong"_s);
    add(u"Rate limited"_s, base, s(demo::kRateLimitedUser), password);
    add(u"Timeout"_s, base, s(demo::kSlowUser), password, 400);
    add(u"TLS"_s, tlsServer.baseUrl().toString(), s(demo::kUser), password);
    add(u"No secret"_s, base, s(demo::kUser), QString());
    QTRY_COMPARE(m_secrets->count(), 5);
    makeWindow();

    QTest::mouseClick(child<QPushButton>(m_window.get(), "testAllButton"), Qt::LeftButton);
    BatchWindow *batch = m_window->batchWindow();
    QVERIFY(batch && batch->isVisible());
    QSignalSpy finished(batch, &BatchWindow::finished);
    QVERIFY(finished.wait(30000));
    const BatchResultsModel *model = batch->model();
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
    // What the table shows: the failures only, sorted by profile (header + 5 lines).
    QCOMPARE(csvText.count('\n'), 6);
    QVERIFY2(csvText.split('\n').value(1).startsWith("No secret,"), csvText.constData());
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
    QVERIFY(saved(rejectedId)->lastTested.isValid());
    QCOMPARE(historyOf(rejectedId).size(), 1);
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
        ids << addSaved(profile, QString());
    }
    ConnectionResult accepted;
    accepted.verdict = Verdict::Accepted;
    accepted.startedAt = QDateTime::currentDateTimeUtc();
    ConnectionResult rejected = accepted;
    rejected.verdict = Verdict::Rejected;
    rejected.errorKind = ErrorKind::Rejected;
    m_library.reset();
    HistoryStore history(m_dir->filePath(u"history.json"_s));   // as earlier sessions left it
    history.add(ids.at(0), HistoryStore::entryFor(accepted));
    history.add(ids.at(1), HistoryStore::entryFor(rejected));
    history.add(ids.at(1), HistoryStore::entryFor(accepted));
    QVERIFY(history.save());
    openLibrary();
    makeWindow();
    auto *view = child<QTableView>(m_window.get(), "historyView");
    QCOMPARE(view->model()->rowCount(), historyOf(m_window->currentProfileId()).size());
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
    QCOMPARE(m_library->savedProfiles().size(), 2);
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
    QCOMPARE(m_library->savedProfiles().size(), 3);
    QCOMPARE(child<QListView>(m_window.get(), "profileList")->model()->rowCount(), 3);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 added"_s));
}

void tst_MainWindow::malformedImportChangesNothing()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QList<Profile> before = m_library->savedProfiles();
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
    QCOMPARE(m_library->savedProfiles(), before);
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
    QCOMPARE(m_library->savedProfiles().size(), 1);
    const Profile profile = m_library->savedProfiles().constFirst();
    QCOMPARE(profile.settings.username, s(demo::kUser));
    QCOMPARE(profile.settings.entityId, s(demo::kEntityA));
    QVERIFY(profile.rememberSecret);
    QTRY_VERIFY(m_secrets->contains(profile.id));
    QFile file(profilesPath());
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
    const ProxySettings proxy = saved(id)->settings.proxy;
    QCOMPARE(proxy.mode, ProxyMode::Http);
    QCOMPARE(proxy.host, u"proxy.corp.example"_s);
    QCOMPARE(proxy.port, 8080);
    QCOMPARE(proxy.username, u"alice"_s);
    QTRY_VERIFY(m_secrets->contains(proxySecretKey(id)));
    QFile file(profilesPath());
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

// ---------------------------------------------------------------------------------------------
// What a new user saw (issue 9): one test per defect, each seen failing before the fix.

QModelIndex tst_MainWindow::rowNamed(const QString &name) const
{
    auto *list = m_window->findChild<QListView *>(u"profileList"_s);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(Qt::EditRole).toString() == name)
            return index;
    }
    return {};
}

void tst_MainWindow::clickRow(const QString &name)
{
    auto *list = child<QListView>(m_window.get(), "profileList");
    const QModelIndex index = rowNamed(name);
    QVERIFY2(index.isValid(), qPrintable(name));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(list->currentIndex().data(Qt::EditRole).toString(), name);
}

QString tst_MainWindow::seedProfile(const QString &name, const QString &user, const QString &secret, bool remember)
{
    Profile profile;
    profile.name = name;
    profile.settings.baseUrl = m_server.baseUrl().toString();
    profile.settings.username = user;
    profile.rememberSecret = remember;
    return addSaved(profile, secret);
}

void tst_MainWindow::verdictBelongsToTheProfileOnScreen()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Accepted"_s);
    auto *response = child<QPlainTextEdit>(m_window.get(), "responseView");
    QVERIFY(response->toPlainText().contains(u"\"success\": true"_s));

    // The other demo profile was never tested: it says so, and shows nothing of the first one.
    clickRow(u"Demo tenant: wrong password"_s);
    QCOMPARE(banner->title(), u"Not tested yet"_s);
    QVERIFY(!response->toPlainText().contains(u"success"_s));
    QCOMPARE(child<QTableView>(m_window.get(), "cookiesView")->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(m_window.get(), "copyCookieButton")->isEnabled());

    // Tested, then back and forth: each shows its own.
    QCOMPARE(pressTest().verdict, Verdict::Rejected);
    clickRow(u"Demo tenant"_s);
    QCOMPARE(banner->title(), u"Accepted"_s);
    clickRow(u"Demo tenant: wrong password"_s);
    QCOMPARE(banner->title(), u"Rejected"_s);

    // A new profile was never tested.
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QCOMPARE(banner->title(), u"Not tested yet"_s);
}

void tst_MainWindow::sessionProfileNeverShowsAToken()
{
    m_window.reset();
    Profile oauth;
    oauth.name = u"OAuth client"_s;
    oauth.settings.baseUrl = m_server.baseUrl().toString();
    oauth.settings.authMode = AuthMode::OAuthClientCredentials;
    oauth.settings.username = s(demo::kClientId);
    addSaved(oauth, QString());
    seedProfile(u"Session user"_s, s(demo::kUser), QString(), false);
    makeWindow();
    clickRow(u"OAuth client"_s);
    auto *password = child<QLineEdit>(m_window.get(), "passwordEdit");
    password->setFocus();
    QTest::keyClicks(password, s(demo::kClientSecret));
    QVERIFY(pressTest().accepted());
    QVERIFY(child<QLabel>(m_window.get(), "tokenValueLabel")->text().contains(u"••••"_s));

    clickRow(u"Session user"_s);
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Not tested yet"_s);
    QVERIFY(!banner->title().contains(u"token"_s) && !banner->cause().contains(u"token"_s));
    QVERIFY(!child<QLabel>(m_window.get(), "tokenValueLabel")->text().contains(u"••••"_s));
    auto *tabs = child<QTabWidget>(m_window.get(), "resultTabs");
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>(m_window.get(), "tokenTab"))));
}

void tst_MainWindow::aResultArrivingLateBelongsToItsProfile()
{
    m_window.reset();
    seedProfile(u"Slow tenant"_s, s(demo::kSlowUser), s(demo::kPassword), true);
    seedProfile(u"Other tenant"_s, s(demo::kUser), QString(), false);
    makeWindow();
    m_server.setSlowDelayMs(800);
    clickRow(u"Slow tenant"_s);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), s(demo::kPassword));
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->connection()->isBusy());
    clickRow(u"Other tenant"_s);   // moved on while the first one runs
    QVERIFY(shown.wait(10000));
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Not tested yet"_s);
    QVERIFY(child<QLabel>(m_window.get(), "elapsedLabel")->text().isEmpty());
    QVERIFY(historyOf(m_window->currentProfileId()).isEmpty());
    clickRow(u"Slow tenant"_s);
    QCOMPARE(banner->title(), u"Accepted"_s);
    QVERIFY(!child<QLabel>(m_window.get(), "elapsedLabel")->text().isEmpty());
}

void tst_MainWindow::duplicateAndImportShowNotTestedYet()
{
    m_window.reset();
    const QString id = seedProfile(u"Tested"_s, s(demo::kUser), s(demo::kPassword), true);
    makeWindow();
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QTest::mouseClick(child<QToolButton>(m_window.get(), "duplicateProfileButton"), Qt::LeftButton);
    QVERIFY(m_window->currentProfileId() != id);
    QCOMPARE(banner->title(), u"Not tested yet"_s);
    // And it says what it did with the secret.
    QVERIFY2(noticeText().contains(u"secret"_s), qPrintable(noticeText()));

    const QString path = m_dir->filePath(u"one.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"zuora-credential-tester-profiles","version":1,"profiles":[
  {"name":"Imported","baseUrl":"https://rest.zuora.com","authMode":"session","username":"a"}]})");
    file.close();
    clickRow(u"Tested"_s);
    QCOMPARE(banner->title(), u"Accepted"_s);
    importFile(path);
    clickRow(u"Imported"_s);
    QCOMPARE(banner->title(), u"Not tested yet"_s);
}

void tst_MainWindow::importWritesTheProfilesFileAtOnce()
{
    QVERIFY(!QFile::exists(profilesPath()));   // a first run: no file yet
    const QString path = m_dir->filePath(u"two.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"zuora-credential-tester-profiles","version":1,"profiles":[
  {"name":"Acme","baseUrl":"https://rest.zuora.com","authMode":"session","username":"a"},
  {"name":"Beta","baseUrl":"https://rest.zuora.com","authMode":"session","username":"b"}]})");
    file.close();
    importFile(path);
    // What zuora-check --profile reads: the file itself, before anything else is saved.
    QVERIFY(QFile::exists(profilesPath()));
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QVERIFY(reread.findByName(u"Acme"_s));
    QVERIFY(reread.findByName(u"Beta"_s));
}

void tst_MainWindow::importKeepsTheUnsavedEdit()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    auto *user = child<QLineEdit>(m_window.get(), "usernameEdit");
    user->setFocus();
    QTest::keyClicks(user, u"edited.user"_s);
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir->filePath(u"three.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"zuora-credential-tester-profiles","version":1,"profiles":[
  {"name":"Gamma","baseUrl":"https://rest.zuora.com","authMode":"session","username":"g"}]})");
    file.close();
    importFile(path);
    QCOMPARE(m_window->currentProfileId(), id);
    QCOMPARE(child<QLineEdit>(m_window.get(), "usernameEdit")->text(), u"edited.user"_s);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(rowNamed(u"Gamma"_s).isValid());
}

void tst_MainWindow::demoProfileIsNeverSaved()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "saveProfileButton"), Qt::LeftButton);
    QTest::qWait(50);
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QVERIFY2(reread.profiles().isEmpty(), qPrintable(reread.profiles().value(0).name));
    QCOMPARE(child<QListView>(m_window.get(), "profileList")->model()->rowCount(), 2);
    QVERIFY2(noticeText().contains(u"demo"_s, Qt::CaseInsensitive), qPrintable(noticeText()));
}

void tst_MainWindow::accessTokenMaskedUntilRevealed()
{
    fillForm(s(demo::kClientId), s(demo::kClientSecret));
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);   // OAuth follows the session login
    const ConnectionResult result = pressTest();
    QVERIFY2(result.accepted(), qPrintable(result.cause));
    const QString token = result.token.accessToken;
    QVERIFY(token.size() > 8);
    auto *response = child<QPlainTextEdit>(m_window.get(), "responseView");
    QVERIFY(response->toPlainText().contains(u"access_token"_s));
    QVERIFY(!response->toPlainText().contains(token));
    toggle("rawResponseCheck");
    QVERIFY(!response->toPlainText().contains(token));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "copyJsonButton"), Qt::LeftButton);
    QVERIFY(!QGuiApplication::clipboard()->text().contains(token));
    auto *reveal = m_window->findChild<QCheckBox *>(u"revealTokenCheck"_s);
    QVERIFY(reveal);
    toggle("revealTokenCheck");
    QVERIFY(response->toPlainText().contains(token));
}

void tst_MainWindow::demoResultsReachHistory()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    QTRY_COMPARE(child<QTableView>(m_window.get(), "historyView")->model()->rowCount(), 1);
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QVERIFY(reread.profiles().isEmpty());
}

void tst_MainWindow::testAllWithoutASecretKeepsTheLastVerdict()
{
    m_window.reset();
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto add = [&](const QString &name, bool remember) {
        Profile profile;
        profile.name = name;
        profile.settings.baseUrl = m_server.baseUrl().toString();
        profile.settings.username = s(demo::kUser);
        profile.rememberSecret = remember;
        profile.lastVerdict = Verdict::Accepted;
        profile.lastTested = yesterday;
        profile.lastVerified = yesterday;
        return addSaved(profile, remember ? s(demo::kPassword) : QString());
    };
    const QString noSecret = add(u"No secret"_s, false);
    const QString outage = add(u"Keychain down"_s, true);
    QTRY_VERIFY(m_secrets->contains(outage));
    makeWindow();
    m_secrets->setFailure(SecretStore::Status::Locked, u"The collection is locked"_s);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "testAllButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->batchWindow() && !batchRunning(), 10000);
    QTest::qWait(400);   // outcomes are written in bursts
    for (const QString &id : {noSecret, outage}) {
        QCOMPARE(saved(id)->lastVerdict, Verdict::Accepted);
        QCOMPARE(saved(id)->lastTested, yesterday);
        QVERIFY(historyOf(id).isEmpty());
        const QModelIndex row = rowNamed(saved(id)->name);
        QCOMPARE(row.data(ProfileListModel::LastVerdictRole).toInt(), int(Verdict::Accepted));
    }
    QCOMPARE(child<QTableView>(m_window.get(), "historyView")->model()->rowCount(), 0);
    // The outage is explained once, whole, in the window.
    QVERIFY2(noticeText().contains(SecretStore::describe(SecretStore::Status::Locked, u"The collection is locked"_s)),
             qPrintable(noticeText()));
}

void tst_MainWindow::savingDuringAnOutageKeepsRemember()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    const QString id = m_window->currentProfileId();
    fillForm(s(demo::kUser), s(demo::kPassword));
    toggle("rememberSecretCheck");
    m_secrets->setFailure(SecretStore::Status::NoSession, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const QString sentence = SecretStore::describe(SecretStore::Status::NoSession, u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    QTRY_VERIFY2(noticeText().contains(sentence), qPrintable(noticeText()));
    QTest::qWait(50);
    QVERIFY(saved(id)->rememberSecret);
    QVERIFY(child<QCheckBox>(m_window.get(), "rememberSecretCheck")->isChecked());
    // The whole sentence in the window, not in the status bar.
    auto *notice = m_window->findChild<QWidget *>(u"noticeBar"_s);
    QVERIFY(notice && notice->isVisible());
    ProfileStore reread(profilesPath());
    QVERIFY(reread.load());
    QVERIFY(reread.find(id)->rememberSecret);
    QVERIFY(!m_secrets->contains(id));
    QVERIFY(pressTest().accepted());   // the typed secret still works
}

QStringList tst_MainWindow::mnemonicClashes(QWidget *scope, const QList<QAction *> &extra) const
{
    QHash<QString, QString> seen;
    QStringList clashes;
    const auto note = [&](const QString &text, const QString &who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString letter = key.toString();
        if (seen.contains(letter))
            clashes << u"%1: %2 and %3"_s.arg(letter, seen.value(letter), who);
        else
            seen.insert(letter, who);
    };
    for (QAction *action : extra) {
        if (action->isVisible() && !action->isSeparator())
            note(action->text(), action->objectName().isEmpty() ? action->text() : action->objectName());
    }
    for (QWidget *widget : scope->findChildren<QWidget *>()) {
        if (widget->window() != scope || !widget->isVisibleTo(scope))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text(), label->objectName());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text(), button->objectName());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            note(group->title(), group->objectName());
        else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i), u"tab "_s + bar->tabText(i));
        }
    }
    return clashes;
}

void tst_MainWindow::mnemonicsAreUnique()
{
    auto *tabs = child<QTabWidget>(m_window.get(), "resultTabs");
    auto *mode = child<QComboBox>(m_window.get(), "authModeCombo");
    for (int modeIndex = 0; modeIndex < mode->count(); ++modeIndex) {
        mode->setCurrentIndex(modeIndex);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QStringList clashes = mnemonicClashes(m_window.get(), m_window->menuBar()->actions());
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        }
    }
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        QHash<QString, QString> seen;
        for (QAction *action : menu->actions()) {
            const QKeySequence key = QKeySequence::mnemonic(action->text());
            if (action->isSeparator() || key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key.toString()),
                     qPrintable(u"%1: %2 and %3"_s.arg(menu->title(), seen.value(key.toString()), action->text())));
            seen.insert(key.toString(), action->text());
        }
    }
}

void tst_MainWindow::tabReachesEveryResultControl()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    auto *tabs = child<QTabWidget>(m_window.get(), "resultTabs");
    const QHash<QString, QStringList> wanted = {
        {u"responseTab"_s, {u"rawResponseCheck"_s, u"copyJsonButton"_s, u"responseView"_s}},
        {u"headersTab"_s, {u"headersView"_s}},
        {u"cookiesTab"_s, {u"cookiesView"_s, u"revealCookiesCheck"_s, u"copyCookieButton"_s}},
        {u"requestTab"_s, {u"requestView"_s, u"includeSecretCheck"_s, u"copyCurlButton"_s, u"copyReportButton"_s}},
        {u"historyTab"_s, {u"allProfilesHistoryCheck"_s, u"historyFilterCombo"_s, u"historyView"_s}},
    };
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        tabs->setCurrentWidget(child<QWidget>(m_window.get(), qPrintable(it.key())));
        tabs->tabBar()->setFocus();
        QSet<QString> reached;
        for (int press = 0; press < 80; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget *focus = QApplication::focusWidget())
                reached.insert(focus->objectName());
        }
        for (const QString &name : it.value())
            QVERIFY2(reached.contains(name), qPrintable(it.key() + u": "_s + name + u" not reached"_s));
    }
}

void tst_MainWindow::testIsTheDefaultButtonAndShowsFocus()
{
    auto *test = child<QPushButton>(m_window.get(), "testButton");
    QVERIFY(test->isDefault());
    QCOMPARE(test->focusPolicy(), Qt::StrongFocus);
    auto *previous = child<QWidget>(m_window.get(), "proxyModeCombo");   // the field before it
    previous->setFocus(Qt::TabFocusReason);
    QTest::keyClick(previous, Qt::Key_Tab);
    QTRY_VERIFY(test->hasFocus());
    // Keyboard focus is drawn: the button looks different with it than without it.
    const QImage focused = test->grab().toImage();
    QTest::keyClick(test, Qt::Key_Tab);
    QTRY_VERIFY(!test->hasFocus());
    QVERIFY2(test->grab().toImage() != focused, "focus on the Test button draws nothing");
}

void tst_MainWindow::worksAt1024x600()
{
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(minimum.height() <= 600 - 40 && minimum.width() <= 1024,
             qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    auto *splitter = m_window->findChild<QSplitter *>(u"resultSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->orientation(), Qt::Vertical);
    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY2(sizes.at(1) >= sizes.at(0), qPrintable(u"%1 / %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
    QVERIFY(splitter->isAncestorOf(child<QWidget>(m_window.get(), "resultTabs")));
    QVERIFY(splitter->isAncestorOf(child<QWidget>(m_window.get(), "usernameEdit")));
    m_window->resize(1024, 600);
    QTRY_COMPARE(m_window->height(), 600);
    QVERIFY(m_window->statusBar()->geometry().bottom() < 600);
    auto *scroll = m_window->findChild<QScrollArea *>(u"formScroll"_s);
    QVERIFY(scroll && scroll->isAncestorOf(child<QWidget>(m_window.get(), "usernameEdit")));
}

void tst_MainWindow::typingInBaseUrlUnderAPresetSwitchesToCustom()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    auto *environment = child<QComboBox>(m_window.get(), "environmentCombo");
    QVERIFY(!environment->currentData().toString().isEmpty());   // a preset
    auto *baseUrl = child<QLineEdit>(m_window.get(), "baseUrlEdit");
    baseUrl->setFocus();
    baseUrl->end(false);
    QTest::keyClicks(baseUrl, u"/rest"_s);
    QVERIFY2(baseUrl->text().endsWith(u"/rest"_s), qPrintable(baseUrl->text()));
    QCOMPARE(environment->currentData().toString(), QString());   // Custom URL
    QVERIFY(baseUrl->hasFocus());
}

void tst_MainWindow::proxyPasswordReadByTheCliRule()
{
    m_window.reset();
    Profile profile;
    profile.name = u"Behind a proxy"_s;
    profile.settings.baseUrl = m_server.baseUrl().toString();
    profile.settings.username = s(demo::kUser);
    profile.settings.proxy = ProxySettings{ProxyMode::Http, u"proxy.example"_s, 3128, u"alice"_s};
    profile.rememberSecret = false;   // the login secret is typed each time; the proxy's is stored
    const QString id = addSaved(profile, QString());
    m_secrets->writeSecret(proxySecretKey(id), u"proxy-pass"_s);
    QTRY_VERIFY(m_secrets->contains(proxySecretKey(id)));
    makeWindow();
    QCOMPARE(m_window->currentProfileId(), id);
    QTRY_COMPARE(child<QLineEdit>(m_window.get(), "proxyPasswordEdit")->text(), u"proxy-pass"_s);
}

void tst_MainWindow::setSecretFromTheContextMenu()
{
    m_window.reset();
    const QString id = seedProfile(u"Needs a secret"_s, s(demo::kUser), QString(), false);
    makeWindow();
    auto *action = m_window->findChild<QAction *>(u"actionProfileSetSecret"_s);
    QVERIFY(action);
    QVERIFY(m_window->findChild<QAction *>(u"actionProfileTest"_s));
    QVERIFY(m_window->findChild<QAction *>(u"actionProfileCopyCurl"_s));
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"setSecretDialog"_s)));
    auto *edit = dialog->findChild<QLineEdit *>(u"secretEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, s(demo::kPassword));
    auto *remember = dialog->findChild<QCheckBox *>(u"rememberCheck"_s);
    QVERIFY(remember && remember->isChecked());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(m_secrets->contains(id));
    QVERIFY(saved(id)->rememberSecret);
    QCOMPARE(child<QLineEdit>(m_window.get(), "passwordEdit")->text(), s(demo::kPassword));
    m_window->activateWindow();   // the dialog had the focus
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(pressTest().accepted());
}

void tst_MainWindow::setSecretFromATestAllRow()
{
    m_window.reset();
    const QString id = seedProfile(u"No secret yet"_s, s(demo::kUser), QString(), false);
    makeWindow();
    QTest::mouseClick(child<QPushButton>(m_window.get(), "testAllButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->batchWindow() && !batchRunning(), 10000);
    QWidget *batch = m_window->batchWindow();
    auto *view = batch->findChild<QTableView *>(u"resultsView"_s);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *button = batch->findChild<QPushButton *>(u"setSecretButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"setSecretDialog"_s)));
    auto *edit = dialog->findChild<QLineEdit *>(u"secretEdit"_s);
    QTest::keyClicks(edit, s(demo::kPassword));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(m_secrets->contains(id));
}

void tst_MainWindow::lockingContentionIsTryAgain()
{
    fillForm(s(demo::kLockingUser), s(demo::kPassword));
    pressTest();
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QCOMPARE(banner->title(), u"Try again"_s);
}

void tst_MainWindow::durationsReadTheSameEverywhere()
{
    m_server.setSlowDelayMs(1100);
    fillForm(s(demo::kSlowUser), s(demo::kPassword));
    const ConnectionResult result = pressTest();
    QVERIFY(result.accepted());
    const QString elapsed = child<QLabel>(m_window.get(), "elapsedLabel")->text();
    QVERIFY2(elapsed.endsWith(u" s"_s) && !elapsed.contains(u"ms"_s), qPrintable(elapsed));
    BatchResultsModel model;
    Profile profile;
    profile.name = u"x"_s;
    model.setProfiles({profile});
    ConnectionResult slow;
    slow.timings.finished = 2345.0;
    model.setResult(0, slow);
    QCOMPARE(model.index(0, BatchResultsModel::Duration).data().toString(), u"2.3 s"_s);
}

void tst_MainWindow::titleNamesTheProfile()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QCOMPARE(m_window->windowTitle(), u"New profile[*] - Zuora Credential Tester"_s);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), "usernameEdit"), u"x"_s);
    QVERIFY(m_window->isWindowModified());
}

void tst_MainWindow::exportDialogsSuggestAFileName()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    auto *action = child<QAction>(m_window.get(), "actionExportProfiles");
    action->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()));
    QTRY_VERIFY(!dialog->selectedFiles().isEmpty());
    const QString file = QFileInfo(dialog->selectedFiles().constFirst()).fileName();
    QVERIFY2(file.endsWith(u".json"_s) && file.contains(u"profiles"_s), qPrintable(file));
    dialog->reject();
}

void tst_MainWindow::helpHasShortcutsAndErrorCodes()
{
    auto *shortcuts = m_window->findChild<QAction *>(u"actionKeyboardShortcuts"_s);
    auto *codes = m_window->findChild<QAction *>(u"actionErrorCodes"_s);
    QVERIFY(shortcuts && codes);
    auto *help = child<QMenu>(m_window.get(), "menuHelp");
    QVERIFY(help->actions().contains(shortcuts) && help->actions().contains(codes));
    codes->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"errorCodesDialog"_s)));
    auto *table = dialog->findChild<QTableWidget *>(u"errorCodesTable"_s);
    QVERIFY(table && table->rowCount() >= 10);
    QVERIFY(!table->findItems(u"Locking contention"_s, Qt::MatchContains).isEmpty());
    dialog->close();
    shortcuts->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)));
    auto *list = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
    QVERIFY(list && !list->findItems(u"Ctrl+Return"_s, Qt::MatchContains).isEmpty());
}

void tst_MainWindow::verdictIsReadableAsText()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "demoButton"), Qt::LeftButton);
    QVERIFY(shown.wait(10000));
    const QModelIndex row = rowNamed(u"Demo tenant"_s);
    QVERIFY2(row.data(Qt::AccessibleTextRole).toString().contains(u"Accepted"_s),
             qPrintable(row.data(Qt::AccessibleTextRole).toString()));
    QVERIFY(rowNamed(u"Demo tenant: wrong password"_s).data(Qt::AccessibleTextRole).toString().contains(u"Not tested"_s));
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    QVERIFY(banner->accessibleName().contains(u"Accepted"_s) || banner->accessibleDescription().contains(u"Accepted"_s));
}

void tst_MainWindow::labelsKeepTheirTextReadable()
{
    fillForm(s(demo::kUser), s(demo::kPassword));
    QVERIFY(pressTest().accepted());
    for (const char *name : {"endpointLabel", "tokenValueLabel", "tokenExpiryLabel", "elapsedLabel"})
        QVERIFY2(child<QLabel>(m_window.get(), name)->accessibleName().isEmpty(), name);
    // The History filter has a label, linked as its buddy.
    bool labelled = false;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        labelled = labelled || label->buddy() == child<QWidget>(m_window.get(), "historyFilterCombo");
    QVERIFY(labelled);
}

void tst_MainWindow::textSetFromOutsideMarksTheProfileChanged()
{
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QVERIFY(!m_window->isWindowModified());
    // What a screen reader's "set text" does: QLineEdit::setText, no textEdited.
    child<QLineEdit>(m_window.get(), "usernameEdit")->setText(u"from.assistive.tech"_s);
    QVERIFY(m_window->isWindowModified());
    // A profile loaded by the program is not a change.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "saveProfileButton"), Qt::LeftButton);
    QVERIFY(!m_window->isWindowModified());
    QTest::mouseClick(child<QToolButton>(m_window.get(), "addProfileButton"), Qt::LeftButton);
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::serverTextIsShownNotObeyed()
{
    // A hostile answer: a terminal title sequence and a right-to-left override in its text.
    const QString hostile = u"pwned\x1b]0;owned\x07 \u202Egnp.exe"_s;
    ConnectionResult result;
    result.verdict = Verdict::Rejected;
    result.errorKind = ErrorKind::Rejected;
    result.cause = u"Authentication failed: "_s + hostile;
    result.httpStatus = 401;
    result.httpReason = u"Unauthorized"_s;
    result.body = (u"{\"message\":\""_s + hostile + u"\"}"_s).toUtf8();
    result.responseHeaders = {{"X-Note", hostile.toUtf8()}};
    auto *banner = child<VerdictBanner>(m_window.get(), "verdictBanner");
    banner->showResult(result);
    for (const QString &shown : {banner->cause(), banner->accessibleDescription()}) {
        QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x202E)), qPrintable(shown));
        QVERIFY2(shown.contains(u"\\x1b"_s) && shown.contains(u"\\u202e"_s), qPrintable(shown));
    }
    HeadersModel headers;
    headers.setHeaders(result.responseHeaders);
    const QString value = headers.index(0, HeadersModel::Value).data().toString();
    QVERIFY2(value.contains(u"\\x1b"_s) && !value.contains(QChar(0x1b)), qPrintable(value));
    HistoryModel history;
    history.setItems({HistoryModel::Item{u"p"_s, HistoryStore::entryFor(result)}});
    QVERIFY(!history.index(0, HistoryModel::Summary).data().toString().contains(QChar(0x202E)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
