#pragma once

#include "ConnectionResult.h"
#include "EntitiesLookup.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui { class ResultPane; }

namespace zct {

class CookiesModel;
class HeadersModel;
class HistoryPane;
class JsonHighlighter;
class ProfileLibrary;
class SensitiveClipboard;
struct Profile;

// The verdict banner and the result tabs for the profile on screen, and only for it: its last
// result of this session (ProfileLibrary::sessionResult), else "Not tested yet" with its last
// verdict from earlier sessions. Secrets in a result (cookie values, the access token) stay
// masked until revealed, in every tab and in what is copied.
class ResultPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultPane)
public:
    explicit ResultPane(QWidget *parent = nullptr);
    ~ResultPane() override;

    void setUp(ProfileLibrary *library, SensitiveClipboard *clipboard);
    HistoryPane *historyPane() const;

    // Shows what belongs to this profile (null: the unsaved form of a first run).
    void showProfile(const Profile *profile);
    // A result of the form that belongs to no saved profile.
    void showResult(const ConnectionResult &result);
    void showRunning(const QString &endpoint);
    void showIdle(const QString &text);
    ConnectionResult shownResult() const { return m_result; }

    void copyJson();
    void copyCookie();
    void copyToken();
    void copyReport();   // SupportReport of the result on screen: no secret in it
    // The answer to entitiesRequested(), shown only if the result it was asked for is still on screen.
    void showEntities(const zct::EntitiesResult &result);

Q_SIGNALS:
    void copyCurlRequested(bool includeSecret);
    void entitiesRequested(const zct::ConnectionResult &accepted);
    void useEntityRequested(const QString &entityId);
    void message(const QString &text);

private:
    void fill(const ConnectionResult &result);
    void showResponseBody();
    void showRequest();
    void showToken();
    void updateTokenCountdown();
    QString maskedCredentials(QString text) const;

    std::unique_ptr<Ui::ResultPane> m_ui;
    ProfileLibrary *m_library = nullptr;
    SensitiveClipboard *m_clipboard = nullptr;
    HeadersModel *m_headersModel;
    CookiesModel *m_cookiesModel;
    JsonHighlighter *m_highlighter = nullptr;
    ConnectionResult m_result;
    QString m_profileName;   // of the profile on screen, for the report
    QTimer m_tokenTicker;
    QDateTime m_tokenExpiry;
};

} // namespace zct
