#include "CertificateView.h"
#include "ui_CertificateView.h"

#include "Environments.h"
#include "SensitiveClipboard.h"
#include "ShownText.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr int IconSize = 16;

QString isoDate(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString isoDateTime(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QString();
}

bool failedBeforeSending(const ConnectionResult &result)
{
    return result.errorKind == ErrorKind::InvalidInput || result.errorKind == ErrorKind::MissingSecret;
}

} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CertificateView>())
{
    Ui::CertificateView &ui = *m_ui;
    ui.setupUi(this);
    ui.fingerprintEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ui.chainView->setSelectionMode(QAbstractItemView::SingleSelection);
    ui.chainView->header()->setStretchLastSection(false);
    ui.chainView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui.chainView->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui.chainView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Long names wrap instead of widening the pane.
    for (QLabel *label : {ui.subjectLabel, ui.issuerLabel, ui.alternativeNamesLabel})
        label->setMinimumWidth(120);
    connect(ui.chainView, &QTreeWidget::currentItemChanged, this, &CertificateView::showSelectedCertificate);
    connect(ui.copyFingerprintButton, &QPushButton::clicked, this, &CertificateView::copyFingerprint);
    showResult(ConnectionResult{});
}

CertificateView::~CertificateView() = default;

void CertificateView::setUp(SensitiveClipboard *clipboard)
{
    m_clipboard = clipboard;
}

void CertificateView::showResult(const ConnectionResult &result)
{
    Ui::CertificateView &ui = *m_ui;
    m_tls = result.tls;
    // Whatever the previous result showed goes first, so nothing of it can outlive it.
    ui.chainView->clear();
    showSelectedCertificate();

    const QUrl url = result.endpoint.isValid() ? result.endpoint : result.request.url;
    if (!result.startedAt.isValid() && result.errorKind == ErrorKind::None) {
        showNoCertificate(tr("Nothing tested yet: the certificate the server presents shows here after a test over https."),
                          QStyle::SP_MessageBoxInformation);
    } else if (failedBeforeSending(result)) {
        showNoCertificate(tr("No certificate: nothing was sent, so no connection was made."),
                          QStyle::SP_MessageBoxInformation);
    } else if (url.scheme() == u"http"_s) {
        showNoCertificate(Environments::isLoopbackHost(url.host())
                              ? tr("No TLS: this check used plain http to a loopback address, so there is no certificate.")
                              : tr("No TLS: this check used plain http, so there is no certificate."),
                          QStyle::SP_MessageBoxInformation);
    } else if (m_tls.chain.isEmpty()) {
        QString text;
        if (result.errorKind == ErrorKind::Cancelled)
            text = tr("No certificate was received: the check was cancelled before the TLS handshake.");
        else if (result.errorKind == ErrorKind::Tls)
            text = tr("No certificate was received: the TLS handshake failed before the server presented one.");
        else if (m_tls.encrypted)
            text = tr("The connection was encrypted, but the server's certificate was not recorded.");
        else
            text = tr("No certificate was received: the connection failed before the TLS handshake.");
        showNoCertificate(text, QStyle::SP_MessageBoxWarning);
    } else {
        showSummary(result);
        for (const CertificateDetails &certificate : std::as_const(m_tls.chain)) {
            auto *item = new QTreeWidgetItem(ui.chainView, {shownText(certificate.subjectCommonName()),
                                                            shownText(certificate.issuerCommonName()),
                                                            isoDate(certificate.notAfter)});
            item->setToolTip(0, shownText(certificate.subject));
            item->setToolTip(1, shownText(certificate.issuer));
        }
        ui.chainView->setCurrentItem(ui.chainView->topLevelItem(0));
        ui.certificatePages->setCurrentWidget(ui.certificatePage);
    }
}

void CertificateView::showNoCertificate(const QString &text, QStyle::StandardPixmap icon)
{
    Ui::CertificateView &ui = *m_ui;
    setStatus(ui.noCertificateIcon, ui.noCertificateLabel, icon,
              icon == QStyle::SP_MessageBoxWarning ? tr("Warning") : tr("Information"), text);
    for (QLabel *label : {ui.connectionLabel, ui.trustLabel, ui.expiryLabel, ui.trustIcon, ui.expiryIcon})
        label->clear();
    ui.certificatePages->setCurrentWidget(ui.noCertificatePage);
}

void CertificateView::showSummary(const ConnectionResult &result)
{
    Ui::CertificateView &ui = *m_ui;
    if (m_tls.protocol.isEmpty() && m_tls.cipher.isEmpty())
        ui.connectionLabel->setText(tr("Not negotiated: the handshake did not complete"));
    else if (m_tls.cipher.isEmpty())
        ui.connectionLabel->setText(m_tls.protocol);
    else
        ui.connectionLabel->setText(tr("%1, cipher %2").arg(m_tls.protocol.isEmpty() ? tr("TLS") : m_tls.protocol,
                                                            m_tls.cipher));

    if (!result.tlsErrors.isEmpty()) {
        setStatus(ui.trustIcon, ui.trustLabel, QStyle::SP_MessageBoxCritical, tr("Error"),
                  tr("Not trusted: %1").arg(shownText(result.tlsErrors.join(u' '))));
    } else if (result.errorKind == ErrorKind::Tls) {
        setStatus(ui.trustIcon, ui.trustLabel, QStyle::SP_MessageBoxCritical, tr("Error"),
                  tr("Not trusted: the TLS handshake failed. %1").arg(shownText(result.cause)));
    } else if (m_tls.trustedOnlyThroughExtraCa) {
        setStatus(ui.trustIcon, ui.trustLabel, QStyle::SP_MessageBoxWarning, tr("Warning"),
                  tr("Warning: trusted only through this profile's extra CA file, not by the system: "
                     "typical of a TLS-inspecting proxy."));
    } else {
        setStatus(ui.trustIcon, ui.trustLabel, QStyle::SP_DialogApplyButton, tr("Trusted"),
                  tr("Trusted by this computer's certificate authorities."));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 days = m_tls.daysUntilExpiry(now).value_or(0);
    const QString until = isoDate(m_tls.chain.constFirst().notAfter);
    if (days < 0 || now >= m_tls.chain.constFirst().notAfter) {
        setStatus(ui.expiryIcon, ui.expiryLabel, QStyle::SP_MessageBoxCritical, tr("Error"),
                  tr("Expired: the server certificate stopped being valid on %1.").arg(until));
    } else if (m_tls.expiresSoon(now)) {
        setStatus(ui.expiryIcon, ui.expiryLabel, QStyle::SP_MessageBoxWarning, tr("Warning"),
                  tr("Warning: the server certificate expires in %n day(s), on %1: renew it before logins start failing.",
                     nullptr, int(days))
                      .arg(until));
    } else {
        setStatus(ui.expiryIcon, ui.expiryLabel, QStyle::SP_DialogApplyButton, tr("Valid"),
                  tr("The server certificate is valid for %n more day(s), until %1.", nullptr, int(days)).arg(until));
    }
}

void CertificateView::showSelectedCertificate()
{
    Ui::CertificateView &ui = *m_ui;
    const int row = ui.chainView->currentItem() ? ui.chainView->indexOfTopLevelItem(ui.chainView->currentItem()) : -1;
    const bool selected = row >= 0 && row < m_tls.chain.size();
    const CertificateDetails certificate = selected ? m_tls.chain.at(row) : CertificateDetails{};
    ui.detailsBox->setTitle(!selected  ? tr("Selected certificate")
                            : row == 0 ? tr("Server certificate")
                                       : tr("Certificate %1 of %2").arg(row + 1).arg(m_tls.chain.size()));
    ui.subjectLabel->setText(shownText(certificate.subject));
    ui.issuerLabel->setText(shownText(certificate.issuer));
    ui.alternativeNamesLabel->setText(!selected ? QString()
                                      : certificate.alternativeNames.isEmpty()
                                          ? tr("None")
                                          : shownText(certificate.alternativeNames.join(u", "_s)));
    ui.validFromLabel->setText(isoDateTime(certificate.notBefore));
    ui.validUntilLabel->setText(isoDateTime(certificate.notAfter));
    QString key;
    if (selected) {
        const QString type = certificate.keyType == u"unknown"_s ? tr("Unknown type") : certificate.keyType;
        key = certificate.keyBits > 0 ? tr("%1, %2 bits").arg(type).arg(certificate.keyBits) : type;
    }
    ui.keyLabel->setText(key);
    ui.selfSignedLabel->setText(!selected ? QString()
                                : certificate.selfSigned ? tr("Yes: it is its own issuer")
                                                         : tr("No"));
    ui.fingerprintEdit->setText(certificate.sha256);
    ui.fingerprintEdit->setCursorPosition(0);
    ui.copyFingerprintButton->setEnabled(selected && !certificate.sha256.isEmpty());
}

void CertificateView::copyFingerprint()
{
    const QString fingerprint = m_ui->fingerprintEdit->text();
    if (!m_clipboard || fingerprint.isEmpty())
        return;
    m_clipboard->copy(fingerprint);
    Q_EMIT message(tr("Copied the SHA-256 fingerprint of %1.").arg(m_ui->chainView->currentItem()->text(0)));
}

void CertificateView::setStatus(QLabel *icon, QLabel *text, QStyle::StandardPixmap pixmap, const QString &iconName,
                                const QString &words)
{
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(IconSize, IconSize));
    icon->setAccessibleName(iconName);
    text->setText(words);
}

} // namespace zct
