#include "ConnectionFormPane.h"
#include "ui_ConnectionFormPane.h"

#include "AuthMethod.h"
#include "CurlCommand.h"
#include "Environments.h"
#include "Outcome.h"
#include "SensitiveClipboard.h"
#include "SoapLogin.h"
#include "ZuoraConnection.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// "User name" + 'n' -> "User &name": the same key for a field whatever the login kind calls it.
QString withMnemonic(const QString &title, QChar letter)
{
    const qsizetype at = title.indexOf(letter, 0, Qt::CaseInsensitive);
    QString text = title;
    if (at >= 0)
        text.insert(at, u'&');
    return text + u':';
}

} // namespace

ConnectionFormPane::ConnectionFormPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionFormPane>())
    , m_connection(new ZuoraConnection(this))
{
    Ui::ConnectionFormPane &ui = *m_ui;
    ui.setupUi(this);
    ui.formScroll->setFocusPolicy(Qt::NoFocus);   // its fields are the stops, not the area
    setUpCombos();
    // textChanged, not textEdited: text set through the accessibility interface (or pasted by a
    // tool) is a change too; m_loading keeps the program's own loads out.
    ui.wsdlVersionEdit->setPlaceholderText(QString(SoapLogin::DefaultWsdlVersion));
    for (QLineEdit *edit : {ui.baseUrlEdit, ui.usernameEdit, ui.entityIdEdit, ui.trackIdEdit, ui.caFileEdit,
                            ui.proxyHostEdit, ui.proxyUserEdit, ui.wsdlVersionEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionFormPane::onEdited);
    connect(ui.baseUrlEdit, &QLineEdit::textEdited, this, &ConnectionFormPane::onBaseUrlTyped);
    for (QLineEdit *edit : {ui.baseUrlEdit, static_cast<QLineEdit *>(ui.passwordEdit), ui.usernameEdit,
                            ui.entityIdEdit, ui.trackIdEdit})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectionFormPane::test);
    connect(ui.environmentCombo, &QComboBox::currentIndexChanged, this, &ConnectionFormPane::onEnvironmentChosen);
    connect(ui.authModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionFormPane::onEdited);
    connect(ui.proxyModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionFormPane::onEdited);
    connect(ui.timeoutSpin, &QSpinBox::valueChanged, this, &ConnectionFormPane::onEdited);
    connect(ui.proxyPortSpin, &QSpinBox::valueChanged, this, &ConnectionFormPane::onEdited);
    connect(ui.rememberSecretCheck, &QCheckBox::toggled, this, &ConnectionFormPane::onEdited);
    connect(ui.generateTrackIdButton, &QToolButton::clicked, this, &ConnectionFormPane::generateTrackId);
    connect(ui.browseCaFileButton, &QToolButton::clicked, this, &ConnectionFormPane::browseCaFile);
    connect(ui.passwordEdit, &PasswordLineEdit::capsLockWarningChanged, this, [this](bool on) {
        if (on)
            Q_EMIT message(tr("Caps Lock is on."));
    });
    connect(ui.testButton, &QPushButton::clicked, this, &ConnectionFormPane::test);
    connect(ui.cancelButton, &QPushButton::clicked, this, &ConnectionFormPane::cancel);
    connect(ui.saveProfileButton, &QPushButton::clicked, this, &ConnectionFormPane::saveRequested);
    connect(m_connection, &ZuoraConnection::started, this, &ConnectionFormPane::onStarted);
    connect(m_connection, &ZuoraConnection::finished, this, &ConnectionFormPane::onFinished);
    connect(m_connection, &ZuoraConnection::entitiesFinished, this, &ConnectionFormPane::entitiesFinished);
    m_elapsedTicker.setInterval(100);
    connect(&m_elapsedTicker, &QTimer::timeout, this, [this] {
        m_ui->elapsedLabel->setText(OutcomeText::duration(double(m_elapsed.elapsed())));
    });
    clear();
}

ConnectionFormPane::~ConnectionFormPane() = default;

void ConnectionFormPane::setUpCombos()
{
    Ui::ConnectionFormPane &ui = *m_ui;
    for (const Environment &environment : Environments::presets())
        ui.environmentCombo->addItem(environment.displayName, environment.id);
    ui.environmentCombo->addItem(tr("Custom URL…"), QString());
    for (const AuthMethod &method : AuthMethod::all())
        ui.authModeCombo->addItem(method.title(), int(method.mode));
    ui.proxyModeCombo->addItem(tr("System settings"), int(ProxyMode::System));
    ui.proxyModeCombo->addItem(tr("Direct (no proxy)"), int(ProxyMode::None));
    ui.proxyModeCombo->addItem(tr("HTTP proxy"), int(ProxyMode::Http));
    ui.proxyModeCombo->addItem(tr("SOCKS5 proxy"), int(ProxyMode::Socks5));
}

void ConnectionFormPane::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    connect(secrets, &SecretStore::readFinished, this, &ConnectionFormPane::onSecretRead);
}

void ConnectionFormPane::clear()
{
    Profile empty;
    empty.id.clear();
    load(empty);
}

void ConnectionFormPane::load(const Profile &stored, const QString &secretAtHand)
{
    // Edits wait for their profile to come back, a demo profile's too (it is never saved, but
    // the form must still be the one its last result was checked with).
    if (m_changed && !m_loaded.id.isEmpty() && m_loaded.id != stored.id)
        m_drafts.insert(m_loaded.id, profile());
    Ui::ConnectionFormPane &ui = *m_ui;
    m_loading = true;
    m_loaded = stored;
    const Profile shown = m_drafts.value(stored.id, stored);
    const ConnectionSettings &settings = shown.settings;
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
    if (settings.baseUrl.isEmpty())
        environment = Environments::find(u"us-sandbox-cloud2"_s);
    ui.environmentCombo->setCurrentIndex(ui.environmentCombo->findData(environment ? environment->id : QString()));
    ui.baseUrlEdit->setText(environment ? environment->baseUrl.toString() : settings.baseUrl);
    ui.authModeCombo->setCurrentIndex(ui.authModeCombo->findData(int(settings.authMode)));
    ui.usernameEdit->setText(settings.username);
    ui.entityIdEdit->setText(settings.entityId);
    ui.trackIdEdit->setText(settings.trackId);
    ui.wsdlVersionEdit->setText(settings.wsdlVersion);
    ui.caFileEdit->setText(settings.caFile);
    ui.timeoutSpin->setValue(qMax(1, settings.timeoutMs / 1000));
    ui.rememberSecretCheck->setChecked(shown.rememberSecret);
    ui.rememberSecretCheck->setEnabled(!stored.demo);
    ui.rememberSecretCheck->setToolTip(stored.demo ? tr("Demo profiles keep their secret in memory only") : QString());
    const ProxySettings &proxy = settings.proxy;
    ui.proxyModeCombo->setCurrentIndex(ui.proxyModeCombo->findData(int(proxy.mode)));
    ui.proxyHostEdit->setText(proxy.host);
    ui.proxyPortSpin->setValue(proxy.port > 0 ? proxy.port : 3128);
    ui.proxyUserEdit->setText(proxy.username);
    for (PasswordLineEdit *edit : {ui.passwordEdit, ui.proxyPasswordEdit}) {
        edit->clear();
        edit->setRevealed(false);
    }
    ui.passwordEdit->setText(secretAtHand);
    ui.passwordEdit->setPlaceholderText(QString());
    m_loading = false;
    m_pendingSecretRead = m_pendingProxyRead = -1;
    if (!stored.demo && !stored.id.isEmpty())
        readSecrets(shown);
    m_modified = true;   // so that onEdited() reports the state it finds
    onEdited();
}

void ConnectionFormPane::readSecrets(const Profile &profile)
{
    if (!m_secrets)
        return;
    if (profile.rememberSecret && m_ui->passwordEdit->text().isEmpty()) {
        m_pendingSecretRead = m_secrets->readSecret(profile.id);
        m_ui->passwordEdit->setPlaceholderText(tr("Reading from the keychain…"));
    }
    // The same rule as Test all and zuora-check: a proxy with a user may have its password stored,
    // whether or not the login secret is remembered.
    if (profile.settings.proxy.isExplicit() && !profile.settings.proxy.username.isEmpty())
        m_pendingProxyRead = m_secrets->readSecret(proxySecretKey(profile.id));
}

void ConnectionFormPane::onSecretRead(int requestId, const QString &key, SecretStore::Status status,
                                      const QString &secret, const QString &errorText)
{
    if (requestId == m_pendingProxyRead) {
        m_pendingProxyRead = -1;
        if (status == SecretStore::Status::Ok && m_ui->proxyPasswordEdit->text().isEmpty())
            m_ui->proxyPasswordEdit->setText(secret);
        else if (status != SecretStore::Status::Ok && status != SecretStore::Status::NotFound)
            Q_EMIT keychainProblem(SecretStore::describe(status, errorText));
        return;
    }
    if (requestId != m_pendingSecretRead || key != m_loaded.id)
        return;
    m_pendingSecretRead = -1;
    m_ui->passwordEdit->setPlaceholderText(QString());
    if (status == SecretStore::Status::Ok) {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setText(secret);
        Q_EMIT secretLoaded(key);
        return;
    }
    m_ui->passwordEdit->setPlaceholderText(tr("Type the secret: the keychain did not provide it"));
    Q_EMIT keychainProblem(SecretStore::describe(status, errorText));
}

Profile ConnectionFormPane::profile() const
{
    const Ui::ConnectionFormPane &ui = *m_ui;
    Profile profile = m_loaded;
    ConnectionSettings &settings = profile.settings;
    settings.baseUrl = ui.baseUrlEdit->text().trimmed();
    settings.authMode = AuthMode(ui.authModeCombo->currentData().toInt());
    settings.username = ui.usernameEdit->text().trimmed();
    settings.entityId = ui.entityIdEdit->text().trimmed();
    settings.trackId = ui.trackIdEdit->text();
    // Kept as typed: ZuoraConnection::validate says what is wrong with one that is not a version.
    const QString wsdl = ui.wsdlVersionEdit->text().trimmed();
    settings.wsdlVersion = SoapLogin::normalizedVersion(wsdl).isEmpty() ? wsdl : SoapLogin::normalizedVersion(wsdl);
    settings.caFile = ui.caFileEdit->text().trimmed();
    settings.timeoutMs = ui.timeoutSpin->value() * 1000;
    settings.proxy = ProxySettings{ProxyMode(ui.proxyModeCombo->currentData().toInt()), {}, 0, {}};
    if (settings.proxy.isExplicit()) {
        settings.proxy.host = ui.proxyHostEdit->text().trimmed();
        settings.proxy.port = ui.proxyPortSpin->value();
        settings.proxy.username = ui.proxyUserEdit->text().trimmed();
    }
    profile.rememberSecret = ui.rememberSecretCheck->isChecked();
    return profile;
}

QString ConnectionFormPane::secret() const { return m_ui->passwordEdit->text(); }
QString ConnectionFormPane::proxyPassword() const { return m_ui->proxyPasswordEdit->text(); }
void ConnectionFormPane::setSecret(const QString &secret) { m_ui->passwordEdit->setText(secret); }

SecretsAtHand ConnectionFormPane::secretsAtHand() const
{
    SecretsAtHand atHand;
    if (!m_loaded.id.isEmpty() && !secret().isEmpty())
        atHand.secrets.insert(m_loaded.id, secret());
    if (!m_loaded.id.isEmpty() && !proxyPassword().isEmpty())
        atHand.proxyPasswords.insert(m_loaded.id, proxyPassword());
    return atHand;
}

void ConnectionFormPane::markSaved(const Profile &saved)
{
    m_drafts.remove(saved.id);
    m_loaded = saved;
    m_modified = true;
    onEdited();
}

void ConnectionFormPane::onEdited()
{
    if (m_loading)
        return;
    const Profile edited = profile();
    m_connection->setSettings(edited.settings);
    updateModeLabels();
    updateProxyFields();
    updateEndpointLabel();
    m_changed = !m_loaded.id.isEmpty()
        && (!(edited.settings == m_loaded.settings) || edited.rememberSecret != m_loaded.rememberSecret);
    const bool modified = m_changed && !m_loaded.demo;   // a demo profile is never saved
    if (!m_changed)
        m_drafts.remove(m_loaded.id);
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ConnectionFormPane::onEnvironmentChosen()
{
    const Environment *environment = Environments::find(m_ui->environmentCombo->currentData().toString());
    if (!m_loading && environment)
        m_ui->baseUrlEdit->setText(environment->baseUrl.toString());
    if (!m_loading && !environment && !m_ui->baseUrlEdit->hasFocus())
        m_ui->baseUrlEdit->setFocus();
    onEdited();
}

void ConnectionFormPane::onBaseUrlTyped()
{
    // Typing a URL under a preset makes it a custom URL: the field is never silently ignored.
    const Environment *environment = Environments::find(m_ui->environmentCombo->currentData().toString());
    if (!environment || m_ui->baseUrlEdit->text() == environment->baseUrl.toString())
        return;
    const QSignalBlocker blocker(m_ui->environmentCombo);
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(QString()));
    onEdited();
}

void ConnectionFormPane::updateModeLabels()
{
    const AuthMethod &method = AuthMethod::of(AuthMode(m_ui->authModeCombo->currentData().toInt()));
    m_ui->usernameLabel->setText(withMnemonic(method.userTitle(), u'n'));
    m_ui->passwordLabel->setText(withMnemonic(method.secretTitle(), u'r'));
    m_ui->usernameEdit->setAccessibleName(method.userTitle());
    m_ui->passwordEdit->setAccessibleName(method.secretTitle());
    const bool soap = method.credential == AuthMethod::Credential::SoapSession;
    m_ui->wsdlVersionLabel->setVisible(soap);
    m_ui->wsdlVersionEdit->setVisible(soap);
}

void ConnectionFormPane::updateEndpointLabel()
{
    const NormalizedUrl base = Environments::normalize(m_ui->baseUrlEdit->text());
    if (!base.ok()) {
        m_ui->endpointLabel->setText(base.error);
        return;
    }
    const QUrl endpoint = m_connection->resolvedEndpoint();
    QString text = u"POST "_s + endpoint.toDisplayString();
    if (!base.notes.isEmpty())
        text += u"\n"_s + base.notes.join(u' ');
    if (AuthMode(m_ui->authModeCombo->currentData().toInt()) == AuthMode::SoapLogin && SoapLogin::mayBeUnavailable(endpoint))
        text += u"\n"_s + tr("Zuora says its SOAP API is not available in the EU and APAC data centres; a test still "
                             "sends the login and shows what comes back.");
    m_ui->endpointLabel->setText(text);
}

void ConnectionFormPane::updateProxyFields()
{
    const bool explicitProxy = ProxySettings{ProxyMode(m_ui->proxyModeCombo->currentData().toInt()), {}, 0, {}}.isExplicit();
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->proxyHostEdit, m_ui->proxyPortSpin,
                                                           m_ui->proxyUserEdit, m_ui->proxyPasswordEdit})
        field->setVisible(explicitProxy);
}

void ConnectionFormPane::test()
{
    if (m_connection->isBusy())
        return;   // by design: one test at a time; Cancel stops it
    m_connection->setSettings(profile().settings);
    m_connection->setSecret(secret());
    m_connection->setProxyPassword(proxyPassword());
    m_testedId = m_loaded.id;
    m_connection->test();
    m_connection->setSecret(QString());   // the request is built; keep no copy
}

void ConnectionFormPane::cancel()
{
    m_connection->cancel();
}

bool ConnectionFormPane::lookupEntities(const ConnectionResult &accepted)
{
    m_connection->setProxyPassword(m_ui->proxyPasswordEdit->text());
    return m_connection->lookupEntities(accepted);
}

void ConnectionFormPane::setEntityId(const QString &entityId)
{
    m_ui->entityIdEdit->setText(entityId);   // textChanged marks the form modified
}

void ConnectionFormPane::onStarted()
{
    m_ui->testButton->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->busyBar->setVisible(true);
    m_elapsed.start();
    m_elapsedTicker.start();
    m_ui->elapsedLabel->setText(OutcomeText::duration(0));
    Q_EMIT testStarted(u"POST "_s + m_connection->resolvedEndpoint().toDisplayString());
}

void ConnectionFormPane::onFinished(const ConnectionResult &result)
{
    m_elapsedTicker.stop();
    m_ui->busyBar->setVisible(false);
    const bool hadFocus = m_ui->cancelButton->hasFocus();
    m_ui->testButton->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    if (hadFocus)
        m_ui->testButton->setFocus();
    showDuration(m_testedId == m_loaded.id ? result.timings.finished : m_shownDuration);
    Q_EMIT testFinished(m_testedId, result);
}

QString ConnectionFormPane::copyCurl(SensitiveClipboard *clipboard, bool includeSecret) const
{
    const ConnectionSettings settings = profile().settings;
    const QString command = CurlCommand::build(settings, secret(),
                                               includeSecret ? CurlCommand::Secrets::Included : CurlCommand::Secrets::AsVariable,
                                               proxyPassword());
    if (includeSecret) {
        clipboard->copySecret(command);
        return tr("Copied the curl command with the secret; the clipboard is cleared in 30 s.");
    }
    clipboard->copy(command);
    return tr("Copied the curl command; it reads the secret from $%1.")
        .arg(QString::fromLatin1(AuthMethod::of(settings.authMode).secretVariable));
}

void ConnectionFormPane::askToSave(std::function<void(bool save)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"), tr("The profile has unsaved changes."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window());
    box->setObjectName(u"unsavedChanges"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, answer = std::move(answer)] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Save || choice == QMessageBox::Discard)
            answer(choice == QMessageBox::Save);
    });
    box->open();
}

void ConnectionFormPane::showDuration(double milliseconds)
{
    m_shownDuration = milliseconds;
    if (!m_connection->isBusy())   // else the running test's clock ticks there
        m_ui->elapsedLabel->setText(OutcomeText::duration(milliseconds));
}

void ConnectionFormPane::focusFirstField()
{
    m_ui->environmentCombo->setFocus();
}

void ConnectionFormPane::generateTrackId()
{
    m_ui->trackIdEdit->setText(u"zct-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-'
                               + QUuid::createUuid().toString(QUuid::Id128).left(8));
}

void ConnectionFormPane::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Trust a CA certificate"), QString(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_ui->caFileEdit, &QLineEdit::setText);
    dialog->open();
}

} // namespace zct
