#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace zct {

// Profiles and UI state in QSettings (INI format), under a versioned schema with a
// migration path. Never a secret: see SecretStore.
//
// Schema v2 (current):
//   [General] schemaVersion=2, lastProfileId=<id>
//   [profiles] size=N, 1\id=..., 1\name=..., 1\baseUrl=..., 1\authMode=session|oauth, 1\username=...,
//              1\entityId, 1\trackId, 1\caFile, 1\timeoutMs, 1\rememberSecret, 1\lastVerified (ISO 8601 UTC),
//              1\lastTested, 1\lastVerdict=accepted|rejected|error,
//              optional (added later, no version bump: an older file lacks them and means System):
//              1\proxyMode=system|none|http|socks5, 1\proxyHost, 1\proxyPort (1..65535), 1\proxyUser;
//              written only when the proxy is not the default (System). An unknown proxyMode skips
//              the profile like an unknown authMode. The proxy password is a secret: it lives in the
//              SecretStore under proxySecretKey(id), "<id>/proxy", never here.
//   [window] geometry=<bytes>, splitter=<bytes>
// Schema v1 (the first public format, migrated on load): no schemaVersion key; group "Profiles" with
//   child groups named after the profile: url=..., user=..., entity=..., oauth=true|false, remember=true|false.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    static constexpr int SchemaVersion = 2;

    // path: the INI file; empty = QStandardPaths' AppConfigLocation/profiles.ini
    explicit ProfileStore(const QString &path = QString());

    // Where the desktop app keeps its profiles, whatever the running program's own name:
    // <GenericConfigLocation>/ZuoraCredentialTester/zuora-credential-tester/profiles.ini, the same
    // file as the default above inside the app. zuora-check reads the app's profiles from here.
    static QString defaultPath();

    // What load() does with a file it cannot use: the app moves it aside so that it can start
    // afresh; a reader that never saves (zuora-check) leaves it where it is.
    enum class OnDamage { MoveAside, Leave };

    // Reads the file. A corrupted or unreadable file is moved aside to "<file>.corrupt-<UTC timestamp>"
    // and the store starts empty; problem() then says so in a sentence for the user.
    // Returns false only then (what was saved could not be used); true for a missing file, a good
    // one, or one where single bad entries were skipped (problem() says how many). A v1 file is
    // migrated in memory; load() itself never rewrites the file: the next save() writes v2.
    bool load(OnDamage onDamage = OnDamage::MoveAside);
    bool save() const;            // atomically (QSaveFile semantics: a crash never leaves half a file)
    QString saveError() const { return m_saveError; }   // why the last save() failed, for the user
    QString problem() const { return m_problem; }
    QString backupPath() const { return m_backupPath; }
    QString path() const { return m_path; }
    int loadedSchemaVersion() const { return m_loadedVersion; }   // 0 when the file did not exist

    QList<Profile> profiles() const { return m_profiles; }
    const Profile *find(const QString &id) const;
    const Profile *findByName(const QString &name) const { return findByName(m_profiles, name); }
    // An exact match wins; otherwise names are matched the way a person reads them (case aside,
    // surrounding spaces aside). Also for lists that are not this store's (an import plan).
    static const Profile *findByName(const QList<Profile> &profiles, const QString &name);
    void upsert(const Profile &profile);   // replaces by id, else appends
    bool remove(const QString &id);
    QString uniqueName(const QString &wanted) const;   // "Name", "Name (2)", ...

    QString lastProfileId() const { return m_lastProfileId; }
    void setLastProfileId(const QString &id) { m_lastProfileId = id; }
    QByteArray windowGeometry() const { return m_geometry; }
    void setWindowGeometry(const QByteArray &geometry) { m_geometry = geometry; }
    QByteArray splitterState() const { return m_splitter; }
    void setSplitterState(const QByteArray &state) { m_splitter = state; }

    // Renames a damaged file to "<path>.corrupt-<yyyyMMddTHHmmssZ>" (bytes untouched) and returns
    // the new path, or an empty string when it could not be moved. Shared with HistoryStore.
    static QString moveAside(const QString &path);

private:
    bool setAside(const QString &reason);
    bool readCurrent(QSettings &settings, int *skipped);
    void readVersion1(QSettings &settings, int *skipped);

    QString m_path;
    QString m_problem;
    QString m_backupPath;
    int m_loadedVersion = 0;
    QList<Profile> m_profiles;
    QString m_lastProfileId;
    QByteArray m_geometry;
    QByteArray m_splitter;
    mutable QString m_saveError;
    OnDamage m_onDamage = OnDamage::MoveAside;
};

} // namespace zct
