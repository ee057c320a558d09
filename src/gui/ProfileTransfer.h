#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace zct {

class ProfileLibrary;

// Profiles in and out of the app: import (shown before anything changes, then written at once
// by ProfileLibrary), export (every saved profile, never a secret), and a new profile from a
// pasted curl command. Dialogs are window-modal and asynchronous.
class ProfileTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTransfer)
public:
    ProfileTransfer(ProfileLibrary *library, QWidget *window);
    void attach(QAction *importAction, QAction *exportAction, QAction *fromCurlAction);

    void chooseImportFile();
    void importFrom(const QString &path);
    void chooseExportFile();
    bool exportTo(const QString &path, QString *error = nullptr) const;
    void openCurlPaste(const QString &command = QString());

Q_SIGNALS:
    void imported(const QStringList &profileIds);
    // A profile made from a curl command, with the secrets the command carried (for this session).
    void created(const QString &profileId, const QString &secret, const QString &proxySecret);
    void message(const QString &text);   // passing remarks: the status bar
    void notice(const QString &text);    // what must not be missed: the notice bar

private:
    ProfileLibrary *m_library;
    QWidget *m_window;
};

} // namespace zct
