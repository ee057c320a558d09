#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "BatchSession.h"
#include "BatchWindow.h"
#include "CookiesModel.h"
#include "CurlPasteDialog.h"
#include "CurlCommand.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "Environments.h"
#include "HeadersModel.h"
#include "HistoryModel.h"
#include "HistoryStore.h"
#include "ImportDialog.h"
#include "JsonHighlighter.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SensitiveClipboard.h"
#include "ZuoraConnection.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

const char *const kDemoAcceptedId = "demo-accepted";
const char *const kDemoRejectedId = "demo-rejected";

} // namespace

MainWindow::MainWindow(ProfileStore *profiles, HistoryStore *history, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_profiles(profiles)
    , m_history(history)
    , m_secrets(secrets)
    , m_connection(new ZuoraConnection(this))
    , m_profileModel(new ProfileListModel(this))
    , m_profileFilter(new QSortFilterProxyModel(this))
    , m_headersModel(new HeadersModel(this))
    , m_cookiesModel(new CookiesModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_clipboard(new SensitiveClipboard(this))
{
    m_ui->setupUi(this);
    setUpForm();
    setUpProfiles();
    setUpResults();
    setUpActions();

    m_persistTimer.setSingleShot(true);
    m_persistTimer.setInterval(300);
    connect(&m_persistTimer, &QTimer::timeout, this, [this] {
        m_profiles->save();
        m_history->save();
    });
    m_historyRefreshTimer.setSingleShot(true);
    m_historyRefreshTimer.setInterval(200);
    connect(&m_historyRefreshTimer, &QTimer::timeout, this, &MainWindow::refreshHistory);
    connect(m_connection, &ZuoraConnection::started, this, &MainWindow::onStarted);
    connect(m_connection, &ZuoraConnection::finished, this, &MainWindow::onFinished);
    connect(m_secrets, &SecretStore::readFinished, this, &MainWindow::onSecretRead);
    connect(m_secrets, &SecretStore::writeFinished, this, &MainWindow::onSecretWritten);

    if (!m_profiles->windowGeometry().isEmpty())
        restoreGeometry(m_profiles->windowGeometry());
    if (!m_profiles->splitterState().isEmpty())
        m_ui->mainSplitter->restoreState(m_profiles->splitterState());
    else
        m_ui->mainSplitter->setSizes({260, 840});

    m_profileModel->setProfiles(m_profiles->profiles());
    if (m_profileModel->rowCount() == 0) {
        m_ui->verdictBanner->showIdle(tr("No saved profiles yet. Press \"Try the demo tenant\" to see a check "
                                         "against a built-in demo Zuora, or fill in the form for your tenant."));
        m_ui->demoButton->setFocus();
        loadProfileIntoForm(Profile{});
    } else {
        const QString last = m_profiles->lastProfileId();
        selectProfile(m_profileModel->rowOf(last) >= 0 ? last : m_profileModel->at(0)->id);
    }
}

MainWindow::~MainWindow()
{
    persistNow();
}

void MainWindow::persistSoon()
{
    if (!m_persistTimer.isActive())
        m_persistTimer.start();
}

void MainWindow::persistNow()
{
    if (!m_persistTimer.isActive())
        return;
    m_persistTimer.stop();
    m_profiles->save();
    m_history->save();
}

void MainWindow::setUpForm()
{
    Ui::MainWindow &ui = *m_ui;
    for (const Environment &environment : Environments::presets())
        ui.environmentCombo->addItem(environment.displayName, environment.id);
    ui.environmentCombo->addItem(tr("Custom URL…"), QString());
    ui.proxyModeCombo->addItem(tr("System settings"), int(ProxyMode::System));
    ui.proxyModeCombo->addItem(tr("Direct (no proxy)"), int(ProxyMode::None));
    ui.proxyModeCombo->addItem(tr("HTTP proxy"), int(ProxyMode::Http));
    ui.proxyModeCombo->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
    connect(ui.proxyModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        onFormEdited();
    });
    for (QLineEdit *edit : {ui.proxyHostEdit, ui.proxyUserEdit})
        connect(edit, &QLineEdit::textEdited, this, &MainWindow::onFormEdited);
    connect(ui.proxyPortSpin, &QSpinBox::valueChanged, this, &MainWindow::onFormEdited);
    ui.authModeCombo->addItem(tr("Session login (user name and password)"), int(AuthMode::SessionLogin));
    ui.authModeCombo->addItem(tr("OAuth client credentials (client id and secret)"), int(AuthMode::OAuthClientCredentials));

    connect(ui.environmentCombo, &QComboBox::currentIndexChanged, this, [this] {
        const Environment *environment = Environments::find(m_ui->environmentCombo->currentData().toString());
        m_ui->baseUrlEdit->setReadOnly(environment != nullptr);
        if (environment && !m_loadingForm)
            m_ui->baseUrlEdit->setText(environment->baseUrl.toString());
        if (!environment && !m_loadingForm)
            m_ui->baseUrlEdit->setFocus();
        onFormEdited();
    });
    for (QLineEdit *edit : {ui.baseUrlEdit, ui.usernameEdit, ui.entityIdEdit, ui.trackIdEdit, ui.caFileEdit})
        connect(edit, &QLineEdit::textEdited, this, &MainWindow::onFormEdited);
    for (QLineEdit *edit : {ui.baseUrlEdit, static_cast<QLineEdit *>(ui.passwordEdit), ui.usernameEdit, ui.entityIdEdit, ui.trackIdEdit})
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::test);
    connect(ui.authModeCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onFormEdited);
    connect(ui.timeoutSpin, &QSpinBox::valueChanged, this, &MainWindow::onFormEdited);
    connect(ui.rememberSecretCheck, &QCheckBox::toggled, this, &MainWindow::onFormEdited);
    connect(ui.generateTrackIdButton, &QToolButton::clicked, this, &MainWindow::generateTrackId);
    connect(ui.browseCaFileButton, &QToolButton::clicked, this, &MainWindow::browseCaFile);
    connect(ui.passwordEdit, &PasswordLineEdit::capsLockWarningChanged, this, [this](bool on) {
        if (on)
            showMessage(tr("Caps Lock is on."), 4000);
    });

    connect(ui.testButton, &QPushButton::clicked, this, &MainWindow::test);
    connect(ui.cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(ui.saveProfileButton, &QPushButton::clicked, this, &MainWindow::saveProfile);
    m_elapsedTicker.setInterval(100);
    connect(&m_elapsedTicker, &QTimer::timeout, this, [this] {
        m_ui->elapsedLabel->setText(tr("%1 s").arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1));
    });
}

void MainWindow::setUpProfiles()
{
    Ui::MainWindow &ui = *m_ui;
    m_profileFilter->setSourceModel(m_profileModel);
    m_profileFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_profileFilter->setFilterRole(Qt::EditRole);
    ui.profileList->setModel(m_profileFilter);
    ui.profileList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    ui.profileList->setIconSize(QSize(16, 16));
    connect(ui.profileFilterEdit, &QLineEdit::textChanged, m_profileFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui.profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onProfileSelectionChanged);
    connect(ui.addProfileButton, &QToolButton::clicked, this, &MainWindow::addProfile);
    connect(ui.duplicateProfileButton, &QToolButton::clicked, this, &MainWindow::duplicateProfile);
    connect(ui.renameProfileButton, &QToolButton::clicked, this, &MainWindow::renameProfile);
    connect(ui.deleteProfileButton, &QToolButton::clicked, this, &MainWindow::confirmDeleteProfile);
    connect(ui.demoButton, &QPushButton::clicked, this, [this] { startDemo(true); });
    ui.profileList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(ui.testAllButton, &QPushButton::clicked, this, &MainWindow::testAll);
    connect(ui.testSelectedButton, &QPushButton::clicked, this, &MainWindow::testSelected);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, ui.profileList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &MainWindow::confirmDeleteProfile);
    connect(m_profileModel, &ProfileListModel::renamed, this, [this](const QString &id, const QString &name) {
        if (isEphemeral(id))
            return;
        if (const Profile *saved = m_profiles->find(id)) {
            Profile renamed = *saved;
            renamed.name = name;
            m_profiles->upsert(renamed);
            m_profiles->save();
        }
    });
}

void MainWindow::setUpResults()
{
    Ui::MainWindow &ui = *m_ui;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui.responseView->setFont(mono);
    ui.requestView->setFont(mono);
    m_highlighter = new JsonHighlighter(ui.responseView->document(), palette());
    ui.headersView->setModel(m_headersModel);
    ui.cookiesView->setModel(m_cookiesModel);
    ui.historyView->setModel(m_historyModel);
    for (QTableView *view : {ui.headersView, ui.cookiesView, ui.historyView}) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    ui.headersView->horizontalHeader()->setSectionResizeMode(HeadersModel::Name, QHeaderView::ResizeToContents);
    connect(ui.rawResponseCheck, &QCheckBox::toggled, this, &MainWindow::showResponseBody);
    connect(ui.revealCookiesCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        m_cookiesModel->setRevealValues(reveal);
        m_headersModel->setRevealSecrets(reveal);
    });
    connect(ui.copyCookieButton, &QPushButton::clicked, this, &MainWindow::copyCookie);
    connect(ui.copyCurlButton, &QPushButton::clicked, this, &MainWindow::copyCurl);
    connect(ui.copyJsonButton, &QPushButton::clicked, this, &MainWindow::copyJson);
    connect(ui.copyTokenButton, &QPushButton::clicked, this, &MainWindow::copyToken);
    connect(ui.includeSecretCheck, &QCheckBox::toggled, this, [this](bool include) {
        if (include)
            showMessage(tr("The next \"Copy as curl\" includes the secret in clear; the clipboard is cleared after 30 s."));
    });
    ui.historyFilterCombo->addItems({tr("All results"), tr("Failures only"), tr("Accepted only")});
    connect(ui.allProfilesHistoryCheck, &QCheckBox::toggled, this, &MainWindow::refreshHistory);
    connect(ui.historyFilterCombo, &QComboBox::currentIndexChanged, this, &MainWindow::refreshHistory);
    m_tokenTicker.setInterval(1000);
    connect(&m_tokenTicker, &QTimer::timeout, this, &MainWindow::updateTokenCountdown);
    ui.tokenValueLabel->setText(tr("(no token yet)"));
}

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    ui.actionTest->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(ui.actionTest, &QAction::triggered, this, &MainWindow::test);
    connect(ui.actionCancel, &QAction::triggered, this, &MainWindow::cancel);
    connect(ui.actionTestAll, &QAction::triggered, this, &MainWindow::testAll);
    connect(ui.actionTestSelected, &QAction::triggered, this, &MainWindow::testSelected);
    connect(ui.actionImportProfiles, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(ui.actionNewFromCurl, &QAction::triggered, this, &MainWindow::newProfileFromCurl);
    connect(ui.actionExportProfiles, &QAction::triggered, this, &MainWindow::chooseExportFile);
    ui.actionCancel->setEnabled(false);
    connect(ui.actionSaveProfile, &QAction::triggered, this, &MainWindow::saveProfile);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionCopyCurl, &QAction::triggered, this, &MainWindow::copyCurl);
    connect(ui.actionCopyCookie, &QAction::triggered, this, &MainWindow::copyCookie);
    connect(ui.actionCopyJson, &QAction::triggered, this, &MainWindow::copyJson);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

// --- profiles -------------------------------------------------------------------------

void MainWindow::selectProfile(const QString &id)
{
    const int row = m_profileModel->rowOf(id);
    if (row < 0)
        return;
    m_profileFilter->setFilterFixedString(QString());
    m_ui->profileFilterEdit->clear();
    const QModelIndex index = m_profileFilter->mapFromSource(m_profileModel->index(row));
    m_ui->profileList->setCurrentIndex(index);
    if (m_currentId != id)   // setCurrentIndex does not signal when the index is already current
        onProfileSelectionChanged();
}

void MainWindow::onProfileSelectionChanged()
{
    const QModelIndex index = m_profileFilter->mapToSource(m_ui->profileList->currentIndex());
    const Profile *profile = m_profileModel->at(index.row());
    if (!profile || profile->id == m_currentId)
        return;
    m_currentId = profile->id;
    m_profiles->setLastProfileId(isEphemeral(profile->id) ? QString() : profile->id);
    loadProfileIntoForm(*profile);
    refreshHistory();
}

void MainWindow::loadProfileIntoForm(const Profile &profile)
{
    Ui::MainWindow &ui = *m_ui;
    m_loadingForm = true;
    const ConnectionSettings &settings = profile.settings;
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
    if (settings.baseUrl.isEmpty())
        environment = Environments::find(u"us-sandbox-cloud2"_s);
    ui.environmentCombo->setCurrentIndex(ui.environmentCombo->findData(environment ? environment->id : QString()));
    ui.baseUrlEdit->setText(environment ? environment->baseUrl.toString() : settings.baseUrl);
    ui.baseUrlEdit->setReadOnly(environment != nullptr);
    ui.authModeCombo->setCurrentIndex(ui.authModeCombo->findData(int(settings.authMode)));
    ui.usernameEdit->setText(settings.username);
    ui.entityIdEdit->setText(settings.entityId);
    ui.trackIdEdit->setText(settings.trackId);
    ui.caFileEdit->setText(settings.caFile);
    ui.timeoutSpin->setValue(qMax(1, settings.timeoutMs / 1000));
    ui.rememberSecretCheck->setChecked(profile.rememberSecret);
    const ProxySettings &proxy = settings.proxy;
    ui.proxyModeCombo->setCurrentIndex(ui.proxyModeCombo->findData(int(proxy.mode)));
    ui.proxyHostEdit->setText(proxy.host);
    ui.proxyPortSpin->setValue(proxy.port > 0 ? proxy.port : 3128);
    ui.proxyUserEdit->setText(proxy.username);
    ui.proxyPasswordEdit->clear();
    ui.proxyPasswordEdit->setRevealed(false);
    ui.passwordEdit->clear();
    ui.passwordEdit->setRevealed(false);
    ui.rememberSecretCheck->setEnabled(!isEphemeral(profile.id));
    m_loadingForm = false;

    if (isEphemeral(profile.id)) {
        ui.passwordEdit->setText(m_sessionSecrets.value(profile.id));
    } else if (profile.rememberSecret) {
        m_pendingSecretRead = m_secrets->readSecret(profile.id);
        ui.passwordEdit->setPlaceholderText(tr("Reading from the keychain…"));
        if (proxy.isExplicit() && !proxy.username.isEmpty())
            m_pendingProxySecretRead = m_secrets->readSecret(proxySecretKey(profile.id));
    } else {
        ui.passwordEdit->setPlaceholderText(QString());
    }
    m_connection->setSettings(profileFromForm().settings);
    updateModeLabels();
    updateProxyFields();
    updateEndpointLabel();
    updateModifiedState();
}

void MainWindow::updateProxyFields()
{
    const bool explicitProxy = ProxyMode(m_ui->proxyModeCombo->currentData().toInt()) == ProxyMode::Http
        || ProxyMode(m_ui->proxyModeCombo->currentData().toInt()) == ProxyMode::Socks5;
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->proxyHostEdit, m_ui->proxyPortSpin, m_ui->proxyUserEdit,
                                                           m_ui->proxyPasswordEdit})
        field->setVisible(explicitProxy);
}

Profile MainWindow::profileFromForm() const
{
    const Ui::MainWindow &ui = *m_ui;
    Profile profile;
    if (const Profile *current = m_profileModel->at(m_profileModel->rowOf(m_currentId)))
        profile = *current;
    else
        profile.id.clear();
    ConnectionSettings &settings = profile.settings;
    settings.baseUrl = ui.baseUrlEdit->text().trimmed();
    settings.authMode = AuthMode(ui.authModeCombo->currentData().toInt());
    settings.username = ui.usernameEdit->text().trimmed();
    settings.entityId = ui.entityIdEdit->text().trimmed();
    settings.trackId = ui.trackIdEdit->text();
    settings.caFile = ui.caFileEdit->text().trimmed();
    settings.timeoutMs = ui.timeoutSpin->value() * 1000;
    settings.proxy.mode = ProxyMode(ui.proxyModeCombo->currentData().toInt());
    if (settings.proxy.isExplicit()) {
        settings.proxy.host = ui.proxyHostEdit->text().trimmed();
        settings.proxy.port = ui.proxyPortSpin->value();
        settings.proxy.username = ui.proxyUserEdit->text().trimmed();
    } else {
        settings.proxy = ProxySettings{settings.proxy.mode, {}, 0, {}};
    }
    profile.rememberSecret = ui.rememberSecretCheck->isChecked();
    return profile;
}

void MainWindow::onFormEdited()
{
    if (m_loadingForm)
        return;
    const Profile edited = profileFromForm();
    m_connection->setSettings(edited.settings);
    if (!edited.id.isEmpty())
        m_profileModel->upsert(edited);
    updateModeLabels();
    updateEndpointLabel();
    updateModifiedState();
}

void MainWindow::updateModeLabels()
{
    const bool oauth = AuthMode(m_ui->authModeCombo->currentData().toInt()) == AuthMode::OAuthClientCredentials;
    m_ui->usernameLabel->setText(oauth ? tr("Client &id:") : tr("User &name:"));
    m_ui->passwordLabel->setText(oauth ? tr("Client &secret:") : tr("&Password:"));
    m_ui->usernameEdit->setAccessibleName(oauth ? tr("Client id") : tr("User name"));
    m_ui->passwordEdit->setAccessibleName(oauth ? tr("Client secret") : tr("Password"));
}

void MainWindow::updateEndpointLabel()
{
    const NormalizedUrl base = Environments::normalize(m_ui->baseUrlEdit->text());
    if (!base.ok()) {
        m_ui->endpointLabel->setText(base.error);
        return;
    }
    QString text = u"POST "_s + m_connection->resolvedEndpoint().toDisplayString();
    if (!base.notes.isEmpty())
        text += u"\n"_s + base.notes.join(u' ');
    m_ui->endpointLabel->setText(text);
}

void MainWindow::updateModifiedState()
{
    const Profile *saved = m_profiles->find(m_currentId);
    const Profile edited = profileFromForm();
    const bool modified = !m_currentId.isEmpty() && !isEphemeral(m_currentId)
        && (!saved || !(saved->settings == edited.settings) || saved->rememberSecret != edited.rememberSecret);
    m_profileModel->setModified(m_currentId, modified);
    setWindowModified(modified);
}

void MainWindow::addProfile()
{
    Profile profile;
    profile.name = m_profiles->uniqueName(tr("New profile"));
    profile.settings.baseUrl = Environments::find(u"us-sandbox-cloud2"_s)->baseUrl.toString();
    m_profiles->upsert(profile);
    m_profiles->save();
    m_profileModel->upsert(profile);
    selectProfile(profile.id);
    m_ui->environmentCombo->setFocus();
}

void MainWindow::duplicateProfile()
{
    if (m_currentId.isEmpty())
        return;
    Profile copy = profileFromForm();
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = m_profiles->uniqueName(tr("%1 (copy)").arg(m_profileModel->at(m_profileModel->rowOf(m_currentId))->name));
    copy.rememberSecret = false;   // secrets are not copied; type it once for the copy
    copy.lastVerified = {};
    copy.lastTested = {};
    m_profiles->upsert(copy);
    m_profiles->save();
    m_profileModel->upsert(copy);
    selectProfile(copy.id);
}

void MainWindow::renameProfile()
{
    const QModelIndex index = m_ui->profileList->currentIndex();
    if (index.isValid())
        m_ui->profileList->edit(index);
}

void MainWindow::confirmDeleteProfile()
{
    const Profile *profile = m_profileModel->at(m_profileModel->rowOf(m_currentId));
    if (!profile)
        return;
    // Window-modal and asynchronous: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile \"%1\"? Its stored secret and history are deleted too.").arg(profile->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            deleteProfile(id);
    });
    box->open();
}

void MainWindow::deleteProfile(const QString &id)
{
    const int row = m_profileModel->rowOf(id);
    if (row < 0)
        return;
    if (!isEphemeral(id)) {
        const Profile *saved = m_profiles->find(id);
        if (saved && saved->rememberSecret) {
            m_secrets->deleteSecret(id);
            m_secrets->deleteSecret(proxySecretKey(id));
        }
        m_profiles->remove(id);
        m_profiles->save();
        m_history->removeProfile(id);
        m_history->save();
    }
    m_sessionSecrets.remove(id);
    m_profileModel->remove(id);
    m_currentId.clear();
    if (m_profileModel->rowCount() > 0)
        selectProfile(m_profileModel->at(qMin(row, m_profileModel->rowCount() - 1))->id);
    else
        loadProfileIntoForm(Profile{});
    showMessage(tr("Profile deleted."));
}

void MainWindow::saveProfile()
{
    Profile profile = profileFromForm();
    if (profile.id.isEmpty() || isEphemeral(profile.id)) {
        // Saving the unsaved form (or a demo profile) makes a new saved profile of it.
        const QString base = profile.id.isEmpty() ? tr("New profile") : profile.name;
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        profile.name = m_profiles->uniqueName(base);
        profile.lastVerified = {};
        profile.lastTested = {};
        m_profileModel->upsert(profile);
    }
    const QString secret = m_ui->passwordEdit->text();
    const QString proxyPassword = m_ui->proxyPasswordEdit->text();
    if (profile.rememberSecret && !secret.isEmpty())
        m_secrets->writeSecret(profile.id, secret);
    else if (!profile.rememberSecret)
        m_secrets->deleteSecret(profile.id);
    if (profile.rememberSecret && profile.settings.proxy.isExplicit() && !proxyPassword.isEmpty())
        m_secrets->writeSecret(proxySecretKey(profile.id), proxyPassword);
    else if (!profile.rememberSecret || !profile.settings.proxy.isExplicit())
        m_secrets->deleteSecret(proxySecretKey(profile.id));
    m_profiles->upsert(profile);
    if (!m_profiles->save())
        showMessage(tr("Could not save the profiles to %1.").arg(m_profiles->path()));
    else
        showMessage(tr("Profile \"%1\" saved.").arg(profile.name), 4000);
    selectProfile(profile.id);
    updateModifiedState();
}

// --- testing --------------------------------------------------------------------------

void MainWindow::test()
{
    if (m_connection->isBusy())
        return;   // by design: one test at a time; Cancel stops it
    m_connection->setSettings(profileFromForm().settings);
    m_connection->setSecret(m_ui->passwordEdit->text());
    m_connection->setProxyPassword(m_ui->proxyPasswordEdit->text());
    m_connection->test();
    m_connection->setSecret(QString());   // the request is built; keep no copy
}

void MainWindow::cancel()
{
    m_connection->cancel();
}

void MainWindow::onStarted()
{
    Ui::MainWindow &ui = *m_ui;
    ui.testButton->setEnabled(false);
    ui.actionTest->setEnabled(false);
    ui.cancelButton->setEnabled(true);
    ui.actionCancel->setEnabled(true);
    ui.busyBar->setVisible(true);
    m_elapsed.start();
    m_elapsedTicker.start();
    ui.elapsedLabel->setText(tr("0.0 s"));
    ui.verdictBanner->showRunning(u"POST "_s + m_connection->resolvedEndpoint().toDisplayString());
}

void MainWindow::onFinished(const ConnectionResult &result)
{
    Ui::MainWindow &ui = *m_ui;
    m_elapsedTicker.stop();
    ui.busyBar->setVisible(false);
    ui.testButton->setEnabled(true);
    ui.actionTest->setEnabled(true);
    ui.cancelButton->setEnabled(false);
    ui.actionCancel->setEnabled(false);
    ui.elapsedLabel->setText(result.timings.finished >= 0 ? tr("%1 ms").arg(result.timings.finished, 0, 'f', 1) : QString());
    showResult(result);
    recordOutcome(m_currentId, result);
}

void MainWindow::showResult(const ConnectionResult &result)
{
    m_lastResult = result;
    Ui::MainWindow &ui = *m_ui;
    ui.verdictBanner->showResult(result);
    showResponseBody();
    m_headersModel->setHeaders(result.responseHeaders);
    m_cookiesModel->setCookies(result.cookies);
    ui.revealCookiesCheck->setChecked(false);
    ui.cookiesView->resizeColumnsToContents();
    ui.timingBar->setTimings(result.timings);
    showRequest(result);
    showToken(result);
    const bool oauth = result.settings.authMode == AuthMode::OAuthClientCredentials;
    ui.resultTabs->setTabEnabled(ui.resultTabs->indexOf(ui.tokenTab), oauth);
    ui.resultTabs->setTabEnabled(ui.resultTabs->indexOf(ui.cookiesTab), !result.cookies.isEmpty());
    ui.copyCookieButton->setEnabled(result.sessionCookie() != nullptr);
    ui.actionCopyCookie->setEnabled(result.sessionCookie() != nullptr);
    Q_EMIT resultShown(result);
}

void MainWindow::showResponseBody()
{
    const ConnectionResult &result = m_lastResult;
    QString text;
    if (result.httpStatus > 0)
        text = u"HTTP "_s + QString::number(result.httpStatus) + u' ' + result.httpReason + u"\n\n"_s;
    if (!m_ui->rawResponseCheck->isChecked() && !result.json.isNull())
        text += QString::fromUtf8(result.json.toJson(QJsonDocument::Indented));
    else if (!result.body.isEmpty())
        text += QString::fromUtf8(result.body);
    else if (result.httpStatus > 0)
        text += tr("(empty body)");
    else
        text += tr("(no answer)");
    // The highlighter only makes sense on JSON; a 100 KB HTML page needs none.
    m_highlighter->setDocument(m_ui->rawResponseCheck->isChecked() || result.json.isNull() ? nullptr
                                                                                            : m_ui->responseView->document());
    m_ui->responseView->setPlainText(text);
}

void MainWindow::showRequest(const ConnectionResult &result)
{
    const SentRequest &request = result.request;
    if (request.method.isEmpty()) {
        m_ui->requestView->setPlainText(tr("Nothing was sent: %1").arg(result.cause));
        return;
    }
    QString text = QString::fromLatin1(request.method) + u' ' + request.url.toDisplayString() + u'\n';
    for (const HeaderField &field : request.headers)
        text += QString::fromLatin1(field.name) + u": "_s + QString::fromUtf8(field.value) + u'\n';
    if (!request.body.isEmpty())
        text += u'\n' + QString::fromUtf8(request.body) + u'\n';
    m_ui->requestView->setPlainText(text);
}

void MainWindow::showToken(const ConnectionResult &result)
{
    Ui::MainWindow &ui = *m_ui;
    const OAuthToken &token = result.token;
    ui.scopeList->clear();
    m_tokenTicker.stop();
    if (!token.isValid()) {
        ui.tokenValueLabel->setText(tr("(no token)"));
        ui.tokenExpiryLabel->clear();
        ui.copyTokenButton->setEnabled(false);
        return;
    }
    ui.tokenValueLabel->setText(tr("%1 •••••••• (%n characters)", nullptr, int(token.accessToken.size())).arg(token.tokenType));
    ui.copyTokenButton->setEnabled(true);
    for (const QString &item : token.scopeItems) {
        QString text = item;
        if (item.startsWith(u"entity."))
            text = tr("Entity %1").arg(item.mid(7));
        else if (item.startsWith(u"tenant."))
            text = tr("Tenant %1").arg(item.mid(7));
        else if (item.startsWith(u"user."))
            text = tr("User %1").arg(item.mid(5));
        ui.scopeList->addItem(text);
    }
    m_tokenExpiry = token.expiresIn >= 0 ? result.startedAt.addSecs(token.expiresIn) : QDateTime();
    updateTokenCountdown();
    if (m_tokenExpiry.isValid())
        m_tokenTicker.start();
}

void MainWindow::updateTokenCountdown()
{
    if (!m_tokenExpiry.isValid()) {
        m_ui->tokenExpiryLabel->setText(tr("No expiry given"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_tokenExpiry);
    if (left <= 0) {
        m_ui->tokenExpiryLabel->setText(tr("Expired at %1").arg(QLocale().toString(m_tokenExpiry.toLocalTime().time())));
        m_tokenTicker.stop();
        return;
    }
    m_ui->tokenExpiryLabel->setText(tr("In %1:%2 (at %3)")
                                        .arg(left / 60)
                                        .arg(left % 60, 2, 10, QLatin1Char('0'))
                                        .arg(QLocale().toString(m_tokenExpiry.toLocalTime().time(), QLocale::ShortFormat)));
}

void MainWindow::recordOutcome(const QString &profileId, const ConnectionResult &result)
{
    if (profileId.isEmpty() || result.errorKind == ErrorKind::InvalidInput || result.errorKind == ErrorKind::Cancelled)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto stamp = [&](Profile &profile) {
        profile.lastTested = now;
        profile.lastVerdict = result.verdict;
        if (result.accepted())
            profile.lastVerified = now;
    };
    if (const Profile *shown = m_profileModel->at(m_profileModel->rowOf(profileId))) {
        Profile copy = *shown;
        stamp(copy);
        m_profileModel->upsert(copy);
    }
    if (isEphemeral(profileId))
        return;
    // Only the outcome is written; unsaved edits of the form stay unsaved.
    if (const Profile *saved = m_profiles->find(profileId)) {
        Profile copy = *saved;
        stamp(copy);
        m_profiles->upsert(copy);
    }
    m_history->add(profileId, HistoryStore::entryFor(result));
    persistSoon();
    if (profileId == m_currentId && !(m_batch && m_batch->isRunning()))
        refreshHistory();   // a single check: show it at once, also after an earlier batch
    else if (!m_historyRefreshTimer.isActive())
        m_historyRefreshTimer.start();
}

void MainWindow::refreshHistory()
{
    const bool all = m_ui->allProfilesHistoryCheck->isChecked();
    const int filter = m_ui->historyFilterCombo->currentIndex();   // 0 all, 1 failures, 2 accepted
    QList<HistoryModel::Item> items;
    const QStringList ids = all ? m_history->profileIds() : QStringList{m_currentId};
    for (const QString &id : ids) {
        if (id.isEmpty())
            continue;
        const Profile *profile = m_profiles->find(id);
        const QString name = profile ? profile->name : tr("(deleted profile)");
        for (const HistoryEntry &entry : m_history->entries(id)) {
            const bool accepted = entry.verdict == Verdict::Accepted;
            if ((filter == 1 && accepted) || (filter == 2 && !accepted))
                continue;
            items << HistoryModel::Item{name, entry};
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.entry.when > b.entry.when; });
    m_historyModel->setItems(items);
    m_ui->historyView->setColumnHidden(HistoryModel::ProfileColumn, !all);
}

// --- many profiles ------------------------------------------------------------------------

void MainWindow::testAll()
{
    testProfiles(m_profileModel->profiles());
}

void MainWindow::testSelected()
{
    QList<Profile> chosen;
    const QModelIndexList rows = m_ui->profileList->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Profile *profile = m_profileModel->at(m_profileFilter->mapToSource(index).row()))
            chosen << *profile;
    }
    testProfiles(chosen);
}

void MainWindow::testProfiles(const QList<Profile> &profiles)
{
    if (profiles.isEmpty()) {
        showMessage(tr("No profiles to test."));
        return;
    }
    if (!m_batch) {
        m_batch = new BatchSession(m_secrets, this);
        connect(m_batch, &BatchSession::resultReady, this, &MainWindow::recordOutcome);
        m_batchWindow = new BatchWindow(m_batch, this);
        m_batchWindow->setObjectName(u"batchWindow"_s);
        connect(m_batchWindow, &BatchWindow::openResult, this, &MainWindow::openBatchResult);
    }
    if (m_batch->isRunning()) {
        m_batchWindow->raise();
        return;   // one run at a time; its window has Cancel
    }
    // Secrets at hand: demo profiles, and what is typed for the profile on screen.
    QHash<QString, QString> known = m_sessionSecrets;
    if (!m_currentId.isEmpty() && !m_ui->passwordEdit->text().isEmpty())
        known.insert(m_currentId, m_ui->passwordEdit->text());
    QHash<QString, QString> knownProxy;
    if (!m_currentId.isEmpty() && !m_ui->proxyPasswordEdit->text().isEmpty())
        knownProxy.insert(m_currentId, m_ui->proxyPasswordEdit->text());
    m_batchWindow->show();
    m_batchWindow->raise();
    m_batch->start(profiles, known, knownProxy);
}

void MainWindow::openBatchResult(const QString &profileId, const ConnectionResult &result)
{
    selectProfile(profileId);
    showResult(result);
    activateWindow();
    raise();
}

// --- import and export ------------------------------------------------------------------

void MainWindow::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import profiles"), QString(), tr("Profile files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::importProfilesFrom);
    dialog->open();
}

void MainWindow::importProfilesFrom(const QString &path)
{
    const ImportPlan plan = ProfileExchange::parseFile(path, m_profiles->profiles());
    auto *dialog = new ImportDialog(QFileInfo(path).fileName(), plan, this);
    dialog->setObjectName(u"importDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportOutcome outcome = ProfileExchange::apply(dialog->plan(), dialog->choices(), *m_profiles);
        if (!outcome.applied) {
            showMessage(tr("Nothing was imported: %1").arg(outcome.error), 0);
            return;
        }
        // A replaced profile's stored secret belonged to the old profile.
        for (const QString &id : outcome.secretsToForget)
            m_secrets->deleteSecret(id);
        for (const QString &key : outcome.proxySecretsToForget)
            m_secrets->deleteSecret(key);
        reloadProfileList();
        if (!outcome.profileIds.isEmpty())
            selectProfile(outcome.profileIds.constFirst());
        showMessage(tr("Imported: %1 added (%2 renamed), %3 replaced, %4 skipped, %5 left out.")
                        .arg(outcome.added)
                        .arg(outcome.renamed)
                        .arg(outcome.replaced)
                        .arg(outcome.skipped)
                        .arg(outcome.leftOut),
                    0);
    });
    dialog->open();
}

void MainWindow::newProfileFromCurl()
{
    openCurlPaste();
}

void MainWindow::openCurlPaste(const QString &command)
{
    auto *dialog = new CurlPasteDialog(this);
    dialog->setObjectName(u"curlPasteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!command.isEmpty())
        dialog->setCommand(command);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CurlPasteResult pasted = dialog->result();
        Profile profile = pasted.profile;
        profile.name = m_profiles->uniqueName(profile.name.isEmpty() ? tr("Pasted profile") : profile.name);
        profile.rememberSecret = dialog->rememberSecret();
        m_profiles->upsert(profile);
        m_profiles->save();
        if (profile.rememberSecret && pasted.hasLiteralSecret())
            m_secrets->writeSecret(profile.id, pasted.secret);
        if (profile.rememberSecret && !pasted.proxySecret.isEmpty())
            m_secrets->writeSecret(proxySecretKey(profile.id), pasted.proxySecret);
        m_profileModel->upsert(profile);
        selectProfile(profile.id);
        if (pasted.hasLiteralSecret() && m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setText(pasted.secret);   // for this session; the file never has it
        if (!pasted.proxySecret.isEmpty() && m_ui->proxyPasswordEdit->text().isEmpty())
            m_ui->proxyPasswordEdit->setText(pasted.proxySecret);
        showMessage(tr("Profile \"%1\" created from the curl command.").arg(profile.name));
    });
    dialog->open();
}

void MainWindow::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export profiles"), QString(), tr("Profile files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportProfilesTo(path, &error))
            showMessage(tr("Exported %n profiles to %1 (no secrets).", nullptr, int(m_profiles->profiles().size())).arg(path));
        else
            showMessage(tr("Could not export to %1: %2").arg(path, error), 0);
    });
    dialog->open();
}

bool MainWindow::exportProfilesTo(const QString &path, QString *error)
{
    return ProfileExchange::writeFile(path, m_profiles->profiles(), error);
}

void MainWindow::reloadProfileList()
{
    QList<Profile> list = m_profiles->profiles();
    for (const Profile &shown : m_profileModel->profiles()) {
        if (isEphemeral(shown.id))
            list << shown;
    }
    const QString current = m_currentId;
    m_profileModel->setProfiles(list);
    m_currentId.clear();
    if (m_profileModel->rowOf(current) >= 0)
        selectProfile(current);
    else if (m_profileModel->rowCount() > 0)
        selectProfile(m_profileModel->at(0)->id);
}

// --- clipboard and helpers --------------------------------------------------------------

void MainWindow::copyCurl()
{
    const bool include = m_ui->includeSecretCheck->isChecked();
    const QString command = CurlCommand::build(profileFromForm().settings, m_ui->passwordEdit->text(),
                                               include ? CurlCommand::Secrets::Included : CurlCommand::Secrets::AsVariable,
                                               m_ui->proxyPasswordEdit->text());
    if (include) {
        m_clipboard->copySecret(command);
        showMessage(tr("Copied the curl command with the secret; the clipboard is cleared in 30 s."));
    } else {
        m_clipboard->copy(command);
        showMessage(tr("Copied the curl command; it reads the secret from $%1.")
                        .arg(m_connection->authMode() == AuthMode::OAuthClientCredentials ? u"ZUORA_CLIENT_SECRET"_s
                                                                                          : u"ZUORA_PASSWORD"_s));
    }
}

void MainWindow::copyCookie()
{
    const QNetworkCookie *cookie = m_lastResult.sessionCookie();
    if (!cookie)
        return;
    m_clipboard->copySecret(QString::fromUtf8(cookie->name() + '=' + cookie->value()));
    showMessage(tr("Copied the session cookie; the clipboard is cleared in 30 s."));
}

void MainWindow::copyJson()
{
    if (m_lastResult.body.isEmpty())
        return;
    const QString text = m_lastResult.json.isNull() ? QString::fromUtf8(m_lastResult.body)
                                                    : QString::fromUtf8(m_lastResult.json.toJson(QJsonDocument::Indented));
    if (m_lastResult.token.isValid())
        m_clipboard->copySecret(text);   // it holds the access token
    else
        m_clipboard->copy(text);
    showMessage(tr("Copied the response."), 4000);
}

void MainWindow::copyToken()
{
    if (!m_lastResult.token.isValid())
        return;
    m_clipboard->copySecret(m_lastResult.token.accessToken);
    showMessage(tr("Copied the access token; the clipboard is cleared in 30 s."));
}

void MainWindow::generateTrackId()
{
    const QString id = u"zct-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_ui->trackIdEdit->setText(id);
    onFormEdited();
}

void MainWindow::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Trust a CA certificate"), QString(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_ui->caFileEdit->setText(path);
        onFormEdited();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Zuora Credential Tester"),
                                tr("Zuora Credential Tester %1\n\nChecks Zuora REST API credentials with a session login "
                                   "or an OAuth token request, and says why they fail.")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showMessage(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::reportStartupProblem(const QString &problem)
{
    if (problem.isEmpty())
        return;
    showMessage(problem, 0);
    m_ui->verdictBanner->showIdle(problem);
}

// --- secrets ------------------------------------------------------------------------------

void MainWindow::onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                              const QString &errorText)
{
    if (requestId == m_pendingProxySecretRead) {
        m_pendingProxySecretRead = -1;
        if (key == proxySecretKey(m_currentId) && status == SecretStore::Status::Ok
            && m_ui->proxyPasswordEdit->text().isEmpty())
            m_ui->proxyPasswordEdit->setText(secret);
        return;
    }
    if (requestId != m_pendingSecretRead)
        return;
    m_pendingSecretRead = -1;
    m_ui->passwordEdit->setPlaceholderText(QString());
    if (key != m_currentId)
        return;   // the user moved on
    if (status == SecretStore::Status::Ok) {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setText(secret);
        Q_EMIT secretLoaded(key);
        return;
    }
    m_ui->passwordEdit->setPlaceholderText(tr("Type the secret: the keychain did not provide it"));
    showMessage(SecretStore::describe(status, errorText), 0);
}

void MainWindow::onSecretWritten(int, const QString &writtenKey, SecretStore::Status status, const QString &errorText)
{
    if (status == SecretStore::Status::Ok)
        return;
    const QString key = writtenKey.endsWith(u"/proxy"_s) ? writtenKey.chopped(6) : writtenKey;
    // Never fall back to clear text: the profile simply stops remembering the secret.
    if (const Profile *saved = m_profiles->find(key)) {
        Profile copy = *saved;
        copy.rememberSecret = false;
        m_profiles->upsert(copy);
        m_profiles->save();
        m_profileModel->upsert(copy);
        if (key == m_currentId) {
            m_loadingForm = true;
            m_ui->rememberSecretCheck->setChecked(false);
            m_loadingForm = false;
        }
    }
    showMessage(tr("The secret was not stored: %1").arg(SecretStore::describe(status, errorText)), 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool modified = isWindowModified();
    if (modified && !m_closeConfirmed) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                    tr("The profile has unsaved changes."),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box->setObjectName(u"unsavedChanges"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box] {
            const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
            if (choice == QMessageBox::Cancel || choice == QMessageBox::NoButton)
                return;
            if (choice == QMessageBox::Save)
                saveProfile();
            m_closeConfirmed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        box->open();
        return;
    }
    m_connection->cancel();
    m_persistTimer.stop();
    m_profiles->setWindowGeometry(saveGeometry());
    m_profiles->setSplitterState(m_ui->mainSplitter->saveState());
    m_profiles->save();
    m_history->save();
    event->accept();
}

// --- demo ---------------------------------------------------------------------------------

void MainWindow::startDemo(bool testNow)
{
    if (!m_demoServer) {
        m_demoServer = std::make_unique<DemoServer>();
        QString error;
        if (!m_demoServer->start(QHostAddress::LocalHost, 0, &error)) {
            showMessage(tr("The demo tenant could not start: %1").arg(error), 0);
            m_demoServer.reset();
            return;
        }
    }
    const QString base = m_demoServer->baseUrl().toString();
    const auto makeProfile = [&](const char *id, const QString &name, const QString &user, const QString &secret) {
        Profile profile;
        profile.id = QString::fromLatin1(id);
        profile.name = name;
        profile.settings.baseUrl = base;
        profile.settings.username = user;
        m_sessionSecrets.insert(profile.id, secret);
        m_profileModel->upsert(profile);
    };
    makeProfile(kDemoRejectedId, tr("Demo tenant: wrong password"), QString::fromUtf16(demo::kUser), u"not-the-password"_s);
    makeProfile(kDemoAcceptedId, tr("Demo tenant"), QString::fromUtf16(demo::kUser), QString::fromUtf16(demo::kPassword));
    m_currentId.clear();
    selectProfile(QString::fromLatin1(kDemoAcceptedId));
    showMessage(tr("The demo tenant runs on this computer at %1; nothing leaves the machine.").arg(base), 0);
    if (testNow)
        test();
}

} // namespace zct
