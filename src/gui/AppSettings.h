#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace zct {

class ProfileStore;

// The desktop app's own state: window geometry, splitter positions, the last profile on screen
// and small UI choices. Machine-local and never read by zuora-check, so it lives in a file of its
// own (app-state.ini next to profiles.ini), apart from the profiles the CLI shares.
//
// Versioned: version 0 is "no file yet"; migrate() brings older state in, and is a no-op once done.
// Version 1 took the [window] group and lastProfileId that profiles.ini kept until then.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    static constexpr int Version = 1;

    // path: the INI file; empty = QStandardPaths' AppConfigLocation/app-state.ini
    explicit AppSettings(const QString &path = QString());
    static QString defaultPath();

    // Takes what an older profiles file kept of the window, once; true when something was taken.
    bool migrate(const ProfileStore &oldStore);
    int version() const;
    QString path() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray profileSplitter() const;          // profile list | form and results
    void setProfileSplitter(const QByteArray &state);
    QByteArray resultSplitter() const;           // form over results
    void setResultSplitter(const QByteArray &state);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    enum class HistoryFilter { All, FailuresOnly, AcceptedOnly };
    HistoryFilter historyFilter() const;
    void setHistoryFilter(HistoryFilter filter);
    bool historyAllProfiles() const;
    void setHistoryAllProfiles(bool all);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings;
};

} // namespace zct
