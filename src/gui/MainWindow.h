#pragma once

#include "ConnectionResult.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

namespace Ui { class MainWindow; }

namespace zct {

class AppSettings;
class BatchWindow;
class DemoSession;
class ProfileLibrary;
class SecretStore;
class SensitiveClipboard;
class ZuoraConnection;

// The desktop face as a shell: menus, the panes' layout and the wiring between them. Each pane
// owns one thing (profile list, request form, result of the profile on screen, history) and
// talks to ProfileLibrary; the shell hands a pane's request to the one that can answer it.
// Nothing here keeps profile state of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(ProfileLibrary *library, SecretStore *secrets, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds the demo profiles (memory only) backed by a demo server in this process, selects the
    // accepted one and tests it when asked to.
    void startDemo(bool testNow);
    void reportStartupProblem(const QString &problem);   // shown in the notice bar
    void importProfilesFrom(const QString &path);        // opens the import dialog for this file
    bool exportProfilesTo(const QString &path, QString *error = nullptr);
    void openCurlPaste(const QString &command = QString());

    ZuoraConnection *connection() const;
    ConnectionResult lastResult() const;                 // what the result pane shows
    QString currentProfileId() const;
    SensitiveClipboard *clipboard() const { return m_clipboard; }
    BatchWindow *batchWindow() const { return m_batch; }

Q_SIGNALS:
    void resultShown(const zct::ConnectionResult &result);
    void secretLoaded(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wirePanes();
    void wireActions();
    void showProfile(const QString &id);
    void updateTitle();
    void onTestFinished(const QString &profileId, const ConnectionResult &result);
    void saveProfile();
    void testProfiles(const QStringList &ids);
    void askForSecret(const QString &id);
    void notice(const QString &text);
    void status(const QString &text) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileLibrary *m_library;
    SecretStore *m_secrets;
    AppSettings *m_settings;
    SensitiveClipboard *m_clipboard;
    std::unique_ptr<DemoSession> m_demo;
    BatchWindow *m_batch = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace zct
