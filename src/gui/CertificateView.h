#pragma once

#include "ConnectionResult.h"

#include <QStyle>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui { class CertificateView; }

namespace zct {

class SensitiveClipboard;

// The Certificate tab: what the TLS handshake of the result on screen settled (protocol, cipher,
// trust, expiry) and the chain as the server presented it, one certificate's details at a time.
// Without a chain it says why in words (plain http, no handshake, nothing sent) instead of
// showing empty fields.
class CertificateView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateView)
public:
    explicit CertificateView(QWidget *parent = nullptr);
    ~CertificateView() override;

    void setUp(SensitiveClipboard *clipboard);
    // Replaces whatever was shown; an empty result clears the view.
    void showResult(const ConnectionResult &result);
    void copyFingerprint();

Q_SIGNALS:
    void message(const QString &text);

private:
    void showNoCertificate(const QString &text, QStyle::StandardPixmap icon);
    void showSummary(const ConnectionResult &result);
    void showSelectedCertificate();
    void setStatus(QLabel *icon, QLabel *text, QStyle::StandardPixmap pixmap, const QString &iconName,
                   const QString &words);

    std::unique_ptr<Ui::CertificateView> m_ui;
    SensitiveClipboard *m_clipboard = nullptr;
    TlsDetails m_tls;
};

} // namespace zct
