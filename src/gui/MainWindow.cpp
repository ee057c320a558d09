#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppSettings.h"
#include "BatchWindow.h"
#include "ConnectionFormPane.h"
#include "DemoSession.h"
#include "HelpDialogs.h"
#include "HistoryPane.h"
#include "ProfileCheckRun.h"
#include "ProfileLibrary.h"
#include "ProfileListPane.h"
#include "ProfileTransfer.h"
#include "ResultPane.h"
#include "SensitiveClipboard.h"
#include "SetSecretDialog.h"

#include <QCloseEvent>

using namespace Qt::StringLiterals;

namespace zct {

MainWindow::MainWindow(ProfileLibrary *library, SecretStore *secrets, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_library(library)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_clipboard(new SensitiveClipboard(this))
{
    m_ui->setupUi(this);
    m_ui->profileListPane->setUp(library);
    m_ui->connectionFormPane->setSecretStore(secrets);
    m_ui->resultPane->setUp(library, m_clipboard);
    m_ui->resultPane->historyPane()->setUp(library, settings);
    wirePanes();
    wireActions();

    // The results get at least half the height (what a check is for); both give way alike.
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->resultSplitter->setStretchFactor(0, 1);
    m_ui->resultSplitter->setStretchFactor(1, 1);
    if (!settings->windowGeometry().isEmpty())
        restoreGeometry(settings->windowGeometry());
    if (!m_ui->mainSplitter->restoreState(settings->profileSplitter()))
        m_ui->mainSplitter->setSizes({260, 840});
    if (!m_ui->resultSplitter->restoreState(settings->resultSplitter()))
        m_ui->resultSplitter->setSizes({340, 420});

    if (ProfileListPane *list = m_ui->profileListPane; list->allIds().isEmpty()) {
        showProfile(QString());
        m_ui->resultPane->showIdle(tr("No saved profiles yet. Press \"Try the demo tenant\" to see a check against a "
                                      "built-in demo Zuora, or fill in the form for your tenant."));
        findChild<QWidget *>(u"demoButton"_s)->setFocus();
    } else {
        const QString last = settings->lastProfileId();
        list->select(library->contains(last) ? last : list->allIds().constFirst());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::wirePanes()
{
    ProfileListPane *list = m_ui->profileListPane;
    ConnectionFormPane *form = m_ui->connectionFormPane;
    ResultPane *result = m_ui->resultPane;
    connect(list, &ProfileListPane::currentChanged, this, &MainWindow::showProfile);
    connect(list, &ProfileListPane::testRequested, this, &MainWindow::testProfiles);
    connect(list, &ProfileListPane::demoRequested, this, [this] { startDemo(true); });
    connect(list, &ProfileListPane::setSecretRequested, this, &MainWindow::askForSecret);
    connect(list, &ProfileListPane::copyCurlRequested, this, [this, form] { status(form->copyCurl(m_clipboard, false)); });
    connect(list, &ProfileListPane::message, this, &MainWindow::status);
    connect(list, &ProfileListPane::notice, this, &MainWindow::notice);

    connect(form, &ConnectionFormPane::modifiedChanged, this, [this, list, form](bool modified) {
        list->setModified(form->profileId(), modified);
        setWindowModified(modified);
    });
    connect(form, &ConnectionFormPane::testStarted, result, &ResultPane::showRunning);
    connect(form, &ConnectionFormPane::testFinished, this, &MainWindow::onTestFinished);
    connect(form, &ConnectionFormPane::saveRequested, this, &MainWindow::saveProfile);
    connect(form, &ConnectionFormPane::secretLoaded, this, &MainWindow::secretLoaded);
    connect(form, &ConnectionFormPane::keychainProblem, this, &MainWindow::notice);
    connect(form, &ConnectionFormPane::message, this, &MainWindow::status);
    connect(result, &ResultPane::copyCurlRequested, this,
            [this, form](bool include) { status(form->copyCurl(m_clipboard, include)); });
    connect(result, &ResultPane::message, this, &MainWindow::status);
    connect(result, &ResultPane::entitiesRequested, this, [this, form, result](const ConnectionResult &accepted) {
        if (form->lookupEntities(accepted))
            return;
        EntitiesResult refused;
        refused.errorKind = ErrorKind::InvalidInput;
        refused.cause = tr("Not asked: a check is running, or this result brought no session or token.");
        result->showEntities(refused);
    });
    connect(form, &ConnectionFormPane::entitiesFinished, result, &ResultPane::showEntities);
    connect(result, &ResultPane::useEntityRequested, form, &ConnectionFormPane::setEntityId);

    connect(m_library, &ProfileLibrary::outcomeRecorded, this, [this, form, result](const QString &id) {
        if (id == form->profileId())
            result->showProfile(m_library->find(id));
    });
    connect(m_library, &ProfileLibrary::profileChanged, this, &MainWindow::updateTitle);
    connect(m_library, &ProfileLibrary::profileRemoved, form, &ConnectionFormPane::forgetDraft);
    connect(m_library, &ProfileLibrary::saveFailed, this, &MainWindow::notice);
    connect(m_library, &ProfileLibrary::secretProblem, this, [this](const QString &id, const QString &sentence) {
        notice(tr("The secret of \"%1\" was not stored in the keychain (the profile still remembers that it should "
                  "be): %2").arg(m_library->contains(id) ? m_library->find(id)->name : id, sentence));
    });

    auto *transfer = new ProfileTransfer(m_library, this);
    transfer->attach(m_ui->actionImportProfiles, m_ui->actionExportProfiles, m_ui->actionNewFromCurl);
    connect(transfer, &ProfileTransfer::message, this, &MainWindow::status);
    connect(transfer, &ProfileTransfer::notice, this, &MainWindow::notice);
    // An import never throws away the edit on screen: the selection moves only when there is none.
    connect(transfer, &ProfileTransfer::imported, this, [list, form](const QStringList &ids) {
        if (!ids.isEmpty() && !form->isModified())
            list->select(ids.constFirst());
    });
    connect(transfer, &ProfileTransfer::created, this,
            [list, form](const QString &id, const QString &secret, const QString &) {
                list->select(id);
                if (!secret.isEmpty() && form->secret().isEmpty())
                    form->setSecret(secret);   // for this session; the file never has it
            });
}

void MainWindow::wireActions()
{
    ConnectionFormPane *form = m_ui->connectionFormPane;
    ProfileListPane *list = m_ui->profileListPane;
    m_ui->actionTest->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(m_ui->actionTest, &QAction::triggered, form, &ConnectionFormPane::test);
    connect(m_ui->actionCancel, &QAction::triggered, form, &ConnectionFormPane::cancel);
    connect(m_ui->actionTestAll, &QAction::triggered, this, [this, list] { testProfiles(list->allIds()); });
    connect(m_ui->actionTestSelected, &QAction::triggered, this, [this, list] { testProfiles(list->selectedIds()); });
    connect(m_ui->actionNewProfile, &QAction::triggered, this, [list, form] {
        list->addProfile();
        form->focusFirstField();
    });
    connect(m_ui->actionSaveProfile, &QAction::triggered, this, &MainWindow::saveProfile);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopyCurl, &QAction::triggered, this, [this, form] { status(form->copyCurl(m_clipboard, false)); });
    connect(m_ui->actionCopyCookie, &QAction::triggered, m_ui->resultPane, &ResultPane::copyCookie);
    connect(m_ui->actionCopyJson, &QAction::triggered, m_ui->resultPane, &ResultPane::copyJson);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this,
            [this] { makeShortcutsDialog(findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly), this)->open(); });
    connect(m_ui->actionErrorCodes, &QAction::triggered, this, [this] { makeErrorCodesDialog(this)->open(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAboutBox(this); });
}

void MainWindow::showProfile(const QString &id)
{
    const Profile *profile = m_library->find(id);
    if (profile)
        m_ui->connectionFormPane->load(*profile, profile->demo ? m_library->demoSecret(id) : QString());
    else
        m_ui->connectionFormPane->clear();
    m_ui->resultPane->showProfile(profile);
    const ConnectionResult *session = profile ? m_library->sessionResult(id) : nullptr;
    m_ui->connectionFormPane->showDuration(session ? session->timings.finished : -1);
    m_ui->resultPane->historyPane()->setProfile(profile ? id : QString());
    if (profile && !profile->demo)
        m_settings->setLastProfileId(id);
    setWindowModified(m_ui->connectionFormPane->isModified());
    updateTitle();
}

void MainWindow::updateTitle()
{
    const Profile *profile = m_library->find(m_ui->connectionFormPane->profileId());
    setWindowTitle(profile ? tr("%1[*] - Zuora Credential Tester").arg(profile->name) : tr("Zuora Credential Tester[*]"));
}

void MainWindow::onTestFinished(const QString &id, const ConnectionResult &result)
{
    if (m_library->contains(id))
        m_library->recordOutcome(id, result);   // the result pane shows it from there
    else if (m_ui->connectionFormPane->profileId() == id)
        m_ui->resultPane->showResult(result);   // the unsaved form of a first run
    Q_EMIT resultShown(result);
}

void MainWindow::saveProfile()
{
    ConnectionFormPane *form = m_ui->connectionFormPane;
    const Profile *stored = m_library->find(form->profileId());
    if (stored && stored->demo) {
        notice(tr("Demo profiles are not saved: the demo server runs only while this window is open, on a port that "
                  "changes every time. For your own tenant, add a profile (Ctrl+N) and save that."));
        return;
    }
    Profile edited = form->profile();
    const bool wasRemembering = stored && stored->rememberSecret;
    const QString secret = form->secret();
    if (stored) {
        edited.name = stored->name;   // renamed in the list meanwhile: the list's name wins
        if (!m_library->update(edited))
            return;   // saveFailed() has put the reason in the notice bar
    } else {
        edited.id.clear();
        edited.name = m_library->uniqueName(tr("New profile"));
        edited = m_library->add(edited);
        m_ui->profileListPane->select(edited.id);
        form->setSecret(secret);
    }
    if (edited.rememberSecret)
        m_library->storeSecrets(edited.id, secret, form->proxyPassword());
    else if (wasRemembering)
        m_library->forgetSecrets(edited.id);
    form->markSaved(*m_library->find(edited.id));
    if (m_library->saveError().isEmpty())
        status(tr("Profile \"%1\" saved.").arg(edited.name));
}

void MainWindow::testProfiles(const QStringList &ids)
{
    QList<Profile> profiles;
    for (const QString &id : ids) {
        if (const Profile *profile = m_library->find(id))
            profiles << *profile;
    }
    if (profiles.isEmpty())
        return status(tr("No profiles to test."));
    if (!m_batch) {
        m_batch = new BatchWindow(m_library, m_secrets, this);
        connect(m_batch, &BatchWindow::openResult, m_ui->profileListPane, &ProfileListPane::select);
        connect(m_batch, &BatchWindow::openResult, this, &QWidget::activateWindow);
        connect(m_batch, &BatchWindow::setSecretRequested, this, &MainWindow::askForSecret);
        connect(m_batch, &BatchWindow::keychainProblem, this, &MainWindow::notice);
    }
    if (m_batch->isRunning())
        return m_batch->raise();   // one run at a time; its window has Cancel
    SecretsAtHand atHand = m_ui->connectionFormPane->secretsAtHand();   // typed for the one on screen
    atHand.secrets.insert(m_library->demoSecrets());
    m_batch->setVisible(m_batch->isVisible() || profiles.size() > 1);   // one from its menu: shown here
    m_batch->raise();
    m_batch->start(profiles, atHand);
}

void MainWindow::askForSecret(const QString &id)
{
    SetSecretDialog::ask(m_library, id, this, [this, id](const QString &secret) {
        ConnectionFormPane *form = m_ui->connectionFormPane;
        if (form->profileId() == id && !form->isModified())
            form->load(*m_library->find(id), secret);   // Remember may have changed with it
        else if (form->profileId() == id)
            form->setSecret(secret);
        status(tr("The secret of \"%1\" is set.").arg(m_library->find(id)->name));
    });
}

void MainWindow::startDemo(bool testNow)
{
    if (!m_demo)
        m_demo = std::make_unique<DemoSession>(m_library);
    QString error;
    const QString id = m_demo->start(&error);
    if (id.isEmpty())
        return notice(tr("The demo tenant could not start: %1").arg(error));
    m_ui->profileListPane->select(id);
    status(tr("The demo tenant runs on this computer at %1; nothing leaves the machine. Its profiles are not saved.")
               .arg(m_demo->baseUrl()));
    if (testNow)
        m_ui->connectionFormPane->test();
}

void MainWindow::reportStartupProblem(const QString &problem)
{
    if (problem.isEmpty())
        return;
    notice(problem);
    m_ui->resultPane->showIdle(problem);
}

void MainWindow::importProfilesFrom(const QString &path) { findChild<ProfileTransfer *>()->importFrom(path); }
bool MainWindow::exportProfilesTo(const QString &path, QString *error) { return findChild<ProfileTransfer *>()->exportTo(path, error); }
void MainWindow::openCurlPaste(const QString &command) { findChild<ProfileTransfer *>()->openCurlPaste(command); }
ZuoraConnection *MainWindow::connection() const { return m_ui->connectionFormPane->connection(); }
ConnectionResult MainWindow::lastResult() const { return m_ui->resultPane->shownResult(); }
QString MainWindow::currentProfileId() const { return m_ui->connectionFormPane->profileId(); }
void MainWindow::notice(const QString &text) { m_ui->noticeBar->show(text); }
void MainWindow::status(const QString &text) const { m_ui->statusBar->showMessage(text, 10000); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_ui->connectionFormPane->isModified() && !m_closeConfirmed) {
        event->ignore();
        m_ui->connectionFormPane->askToSave([this](bool save) {
            if (save)
                saveProfile();
            m_closeConfirmed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    m_ui->connectionFormPane->cancel();
    if (m_batch)
        m_batch->cancel();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setProfileSplitter(m_ui->mainSplitter->saveState());
    m_settings->setResultSplitter(m_ui->resultSplitter->saveState());
    m_settings->sync();
    m_library->flush();
    event->accept();
}

} // namespace zct
