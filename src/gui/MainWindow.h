#pragma once

#include "ConnectionResult.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui { class MainWindow; }
class QSortFilterProxyModel;

namespace zct {

class BatchSession;
class BatchWindow;
class CookiesModel;
class DemoServer;
class HeadersModel;
class HistoryModel;
class HistoryStore;
class JsonHighlighter;
class ProfileListModel;
class ProfileStore;
class SensitiveClipboard;
class ZuoraConnection;

// The desktop face: profiles on the left, the form bound to a ZuoraConnection on the right,
// the verdict and its details below. It owns no storage; the stores are handed in so that
// tests can give it temporary files and an in-memory secret store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(ProfileStore *profiles, HistoryStore *history, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds the two demo profiles (accepted and rejected) backed by a demo server inside
    // this process, selects the accepted one, and tests it when asked to.
    void startDemo(bool testNow);
    // Shown once the window is up, e.g. a settings file that had to be set aside.
    void reportStartupProblem(const QString &problem);

    // Import: parses the file and opens the dialog that shows errors and name clashes;
    // nothing changes until it is accepted. Export: every saved profile, never a secret.
    void importProfilesFrom(const QString &path);
    bool exportProfilesTo(const QString &path, QString *error = nullptr);
    // Opens the paste dialog, pre-filled when a command is given (tests, drag and drop).
    void openCurlPaste(const QString &command = QString());
    // Shows the store's profiles again (after they changed behind the window), keeping the
    // demo profiles and the current selection.
    void reloadProfileList();

    ZuoraConnection *connection() const { return m_connection; }
    ConnectionResult lastResult() const { return m_lastResult; }
    QString currentProfileId() const { return m_currentId; }
    SensitiveClipboard *clipboard() const { return m_clipboard; }
    BatchWindow *batchWindow() const { return m_batchWindow; }
    BatchSession *batchSession() const { return m_batch; }

Q_SIGNALS:
    void resultShown(const zct::ConnectionResult &result);
    void secretLoaded(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpForm();
    void setUpProfiles();
    void setUpResults();
    void setUpActions();

    void selectProfile(const QString &id);
    void onProfileSelectionChanged();
    void loadProfileIntoForm(const Profile &profile);
    Profile profileFromForm() const;
    void onFormEdited();
    void updateEndpointLabel();
    void updateModeLabels();
    void updateProxyFields();
    void updateModifiedState();

    void addProfile();
    void duplicateProfile();
    void renameProfile();
    void confirmDeleteProfile();
    void deleteProfile(const QString &id);
    void saveProfile();
    bool isEphemeral(const QString &id) const { return m_sessionSecrets.contains(id); }

    void test();
    void cancel();
    void onStarted();
    void onFinished(const ConnectionResult &result);
    void showResult(const ConnectionResult &result);
    void showResponseBody();
    void showRequest(const ConnectionResult &result);
    void showToken(const ConnectionResult &result);
    void updateTokenCountdown();
    void recordOutcome(const QString &profileId, const ConnectionResult &result);
    void refreshHistory();

    void testAll();
    void testSelected();
    void testProfiles(const QList<Profile> &profiles);
    void openBatchResult(const QString &profileId, const ConnectionResult &result);
    void chooseImportFile();
    void newProfileFromCurl();
    void chooseExportFile();

    void copyCurl();
    void copyCookie();
    void copyJson();
    void copyToken();
    void generateTrackId();
    void browseCaFile();
    void showAbout();

    void onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void onSecretWritten(int requestId, const QString &key, SecretStore::Status status, const QString &errorText);
    void showMessage(const QString &text, int timeoutMs = 10000);
    // Outcomes arrive one per check, hundreds in a batch: write them to disk once a burst is
    // over instead of rewriting both files for every result on the UI thread.
    void persistSoon();
    void persistNow();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    HistoryStore *m_history;
    SecretStore *m_secrets;
    ZuoraConnection *m_connection;
    ProfileListModel *m_profileModel;
    QSortFilterProxyModel *m_profileFilter;
    HeadersModel *m_headersModel;
    CookiesModel *m_cookiesModel;
    HistoryModel *m_historyModel;
    JsonHighlighter *m_highlighter = nullptr;
    SensitiveClipboard *m_clipboard;
    std::unique_ptr<DemoServer> m_demoServer;
    BatchSession *m_batch = nullptr;
    BatchWindow *m_batchWindow = nullptr;

    QString m_currentId;
    bool m_loadingForm = false;
    bool m_closeConfirmed = false;
    int m_pendingSecretRead = -1;
    int m_pendingProxySecretRead = -1;
    QHash<QString, QString> m_sessionSecrets;   // demo profiles: never saved anywhere
    ConnectionResult m_lastResult;
    QElapsedTimer m_elapsed;
    QTimer m_elapsedTicker;
    QTimer m_tokenTicker;
    QTimer m_persistTimer;
    QTimer m_historyRefreshTimer;
    QDateTime m_tokenExpiry;
};

} // namespace zct
