#include "ResultPane.h"
#include "ui_ResultPane.h"

#include "AuthMethod.h"
#include "CertificateView.h"
#include "EntitiesView.h"
#include "CookiesModel.h"
#include "HeadersModel.h"
#include "HistoryPane.h"
#include "JsonHighlighter.h"
#include "Outcome.h"
#include "ProfileLibrary.h"
#include "SensitiveClipboard.h"
#include "ShownText.h"
#include "SupportReport.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

const QString kMask = u"••••••••"_s;

} // namespace

ResultPane::ResultPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultPane>())
    , m_headersModel(new HeadersModel(this))
    , m_cookiesModel(new CookiesModel(this))
{
    Ui::ResultPane &ui = *m_ui;
    ui.setupUi(this);
    // The tab bar is the focus stop (arrows switch tabs), not the tab widget around it.
    ui.resultTabs->setFocusPolicy(Qt::NoFocus);
    ui.resultTabs->tabBar()->setFocusPolicy(Qt::TabFocus);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    ui.responseView->setFont(mono);
    ui.requestView->setFont(mono);
    m_highlighter = new JsonHighlighter(ui.responseView->document(), palette());
    ui.headersView->setModel(m_headersModel);
    ui.cookiesView->setModel(m_cookiesModel);
    for (QTableView *view : {ui.headersView, ui.cookiesView}) {
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setTabKeyNavigation(false);   // Tab leaves the table: arrows move inside it
    }
    ui.headersView->horizontalHeader()->setSectionResizeMode(HeadersModel::Name, QHeaderView::ResizeToContents);
    // Read-only text: Tab moves on instead of being swallowed.
    for (QPlainTextEdit *view : {ui.responseView, ui.requestView}) {
        view->setTabChangesFocus(true);
        view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        view->setFocusPolicy(Qt::StrongFocus);
    }
    ui.scopeList->setFocusPolicy(Qt::StrongFocus);
    connect(ui.rawResponseCheck, &QCheckBox::toggled, this, &ResultPane::showResponseBody);
    connect(ui.revealTokenCheck, &QCheckBox::toggled, this, &ResultPane::showResponseBody);
    connect(ui.revealCookiesCheck, &QCheckBox::toggled, this, [this](bool reveal) {
        m_cookiesModel->setRevealValues(reveal);
        m_headersModel->setRevealSecrets(reveal);
    });
    connect(ui.certificateView, &CertificateView::message, this, &ResultPane::message);
    connect(ui.entitiesView, &EntitiesView::message, this, &ResultPane::message);
    connect(ui.entitiesView, &EntitiesView::useEntityRequested, this, &ResultPane::useEntityRequested);
    // The lookup is asked with the result on screen, whichever check (Test, Test all) made it.
    connect(ui.entitiesView, &EntitiesView::lookupRequested, this, [this] { Q_EMIT entitiesRequested(m_result); });
    connect(ui.copyCookieButton, &QPushButton::clicked, this, &ResultPane::copyCookie);
    connect(ui.copyJsonButton, &QPushButton::clicked, this, &ResultPane::copyJson);
    connect(ui.copyReportButton, &QPushButton::clicked, this, &ResultPane::copyReport);
    connect(ui.copyTokenButton, &QPushButton::clicked, this, &ResultPane::copyToken);
    connect(ui.copyCurlButton, &QPushButton::clicked, this,
            [this] { Q_EMIT copyCurlRequested(m_ui->includeSecretCheck->isChecked()); });
    connect(ui.includeSecretCheck, &QCheckBox::toggled, this, [this](bool include) {
        if (include)
            Q_EMIT message(tr("The next \"Copy as curl\" includes the secret in clear; the clipboard is cleared after 30 s."));
    });
    m_tokenTicker.setInterval(1000);
    connect(&m_tokenTicker, &QTimer::timeout, this, &ResultPane::updateTokenCountdown);
    fill(ConnectionResult{});
}

ResultPane::~ResultPane() = default;

void ResultPane::setUp(ProfileLibrary *library, SensitiveClipboard *clipboard)
{
    m_library = library;
    m_clipboard = clipboard;
    m_ui->certificateView->setUp(clipboard);
}

HistoryPane *ResultPane::historyPane() const
{
    return m_ui->historyPane;
}

void ResultPane::showProfile(const Profile *profile)
{
    m_profileName = profile ? profile->name : QString();
    if (!profile) {
        fill(ConnectionResult{});
        return;
    }
    if (const ConnectionResult *result = m_library->sessionResult(profile->id)) {
        showResult(*result);
        return;
    }
    fill(ConnectionResult{});
    QString text;
    if (profile->lastTested.isValid()) {
        text = tr("Last verdict: %1 on %2. Press Test (Ctrl+Return) to check it now.")
                   .arg(OutcomeText::verdictTitle(profile->lastVerdict),
                        QLocale().toString(profile->lastTested.toLocalTime(), QLocale::ShortFormat));
    } else {
        text = tr("Not tested in this session, nor before. Press Test (Ctrl+Return) to check it.");
    }
    m_ui->verdictBanner->showIdle(text);
}

void ResultPane::showIdle(const QString &text)
{
    fill(ConnectionResult{});
    m_ui->verdictBanner->showIdle(text);
}

void ResultPane::showRunning(const QString &endpoint)
{
    m_ui->verdictBanner->showRunning(endpoint);
}

void ResultPane::showResult(const ConnectionResult &result)
{
    fill(result);
    m_ui->verdictBanner->showResult(result);
}

void ResultPane::fill(const ConnectionResult &result)
{
    Ui::ResultPane &ui = *m_ui;
    m_result = result;
    ui.revealTokenCheck->setChecked(false);
    ui.revealTokenCheck->setVisible(result.token.isValid());
    ui.revealCookiesCheck->setChecked(false);
    showResponseBody();
    m_headersModel->setHeaders(result.responseHeaders);
    m_cookiesModel->setCookies(result.cookies);
    ui.cookiesView->resizeColumnsToContents();
    ui.timingBar->setTimings(result.timings);
    ui.certificateView->showResult(result);
    ui.entitiesView->showResult(result);
    showRequest();
    showToken();
    const bool token = AuthMethod::of(result.settings.authMode).credential == AuthMethod::Credential::AccessToken
        && result.token.isValid();
    ui.resultTabs->setTabEnabled(ui.resultTabs->indexOf(ui.tokenTab), token);
    ui.resultTabs->setTabEnabled(ui.resultTabs->indexOf(ui.cookiesTab), !result.cookies.isEmpty());
    ui.copyCookieButton->setEnabled(result.sessionCookie() != nullptr);
    ui.copyJsonButton->setEnabled(!result.body.isEmpty());
    ui.copyReportButton->setEnabled(result.startedAt.isValid());
}

void ResultPane::showEntities(const EntitiesResult &result)
{
    m_ui->entitiesView->showEntities(result);
}

QString ResultPane::maskedCredentials(QString text) const
{
    // What Zuora issued stays masked; only the token has a reveal of its own (on the Token tab).
    const bool revealToken = m_ui->revealTokenCheck->isChecked();
    for (const QString &issued : m_result.issuedCredentials()) {
        if (!(revealToken && issued == m_result.token.accessToken))
            text.replace(issued, kMask);
    }
    return text;
}

void ResultPane::showResponseBody()
{
    const ConnectionResult &result = m_result;
    const bool raw = m_ui->rawResponseCheck->isChecked();
    QString text;
    if (result.httpStatus > 0)
        text = u"HTTP "_s + QString::number(result.httpStatus) + u' ' + shownText(result.httpReason) + u"\n\n"_s;
    if (!raw && !result.json.isNull())
        text += shownText(QString::fromUtf8(result.json.toJson(QJsonDocument::Indented)));
    else if (!result.body.isEmpty())
        text += shownText(QString::fromUtf8(result.body));
    else if (result.httpStatus > 0)
        text += tr("(empty body)");
    else if (result.startedAt.isValid())
        text += tr("(no answer)");
    // The highlighter only makes sense on JSON; a 100 KB HTML page needs none.
    m_highlighter->setDocument(raw || result.json.isNull() ? nullptr : m_ui->responseView->document());
    m_ui->responseView->setPlainText(maskedCredentials(text));
}

void ResultPane::showRequest()
{
    const SentRequest &request = m_result.request;
    if (request.method.isEmpty()) {
        m_ui->requestView->setPlainText(m_result.cause.isEmpty() ? QString() : tr("Nothing was sent: %1").arg(m_result.cause));
        return;
    }
    QString text = QString::fromLatin1(request.method) + u' ' + request.url.toDisplayString() + u'\n';
    for (const HeaderField &field : request.headers)
        text += QString::fromLatin1(field.name) + u": "_s + QString::fromUtf8(field.value) + u'\n';
    if (!request.body.isEmpty())
        text += u'\n' + QString::fromUtf8(request.body) + u'\n';
    m_ui->requestView->setPlainText(text);
}

void ResultPane::showToken()
{
    Ui::ResultPane &ui = *m_ui;
    const OAuthToken &token = m_result.token;
    ui.scopeList->clear();
    m_tokenTicker.stop();
    if (!token.isValid()) {
        ui.tokenValueLabel->setText(tr("(no token)"));
        ui.tokenExpiryLabel->clear();
        ui.copyTokenButton->setEnabled(false);
        return;
    }
    ui.tokenValueLabel->setText(
        tr("%1 %2 (%n characters)", nullptr, int(token.accessToken.size())).arg(shownText(token.tokenType), kMask));
    ui.copyTokenButton->setEnabled(true);
    for (const QString &item : token.scopeItems) {
        QString text = shownText(item);
        if (text.startsWith(u"entity."))
            text = tr("Entity %1").arg(text.mid(7));
        else if (text.startsWith(u"tenant."))
            text = tr("Tenant %1").arg(text.mid(7));
        else if (text.startsWith(u"user."))
            text = tr("User %1").arg(text.mid(5));
        ui.scopeList->addItem(text);
    }
    m_tokenExpiry = token.expiresIn >= 0 ? m_result.startedAt.addSecs(token.expiresIn) : QDateTime();
    updateTokenCountdown();
    if (m_tokenExpiry.isValid())
        m_tokenTicker.start();
}

void ResultPane::updateTokenCountdown()
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

void ResultPane::copyCookie()
{
    const QNetworkCookie *cookie = m_result.sessionCookie();
    if (!cookie)
        return;
    m_clipboard->copySecret(QString::fromUtf8(cookie->name() + '=' + cookie->value()));
    Q_EMIT message(tr("Copied the session cookie; the clipboard is cleared in 30 s."));
}

void ResultPane::copyReport()
{
    if (!m_result.startedAt.isValid())
        return;
    m_clipboard->copy(SupportReport::build(m_result, {QGuiApplication::applicationDisplayName(), m_profileName,
                                                      QDateTime::currentDateTimeUtc()}));
    Q_EMIT message(tr("Copied the report for support; it holds no secret, cookie value or token."));
}

void ResultPane::copyJson()
{
    if (m_result.body.isEmpty())
        return;
    const QString text = m_result.json.isNull() ? QString::fromUtf8(m_result.body)
                                                : QString::fromUtf8(m_result.json.toJson(QJsonDocument::Indented));
    if (m_result.token.isValid() && m_ui->revealTokenCheck->isChecked()) {
        m_clipboard->copySecret(text);   // it holds the access token, shown in clear on purpose
        Q_EMIT message(tr("Copied the response with the access token; the clipboard is cleared in 30 s."));
        return;
    }
    m_clipboard->copy(maskedCredentials(text));
    Q_EMIT message(m_result.token.isValid() ? tr("Copied the response, the access token masked.") : tr("Copied the response."));
}

void ResultPane::copyToken()
{
    if (!m_result.token.isValid())
        return;
    m_clipboard->copySecret(m_result.token.accessToken);
    Q_EMIT message(tr("Copied the access token; the clipboard is cleared in 30 s."));
}

} // namespace zct
