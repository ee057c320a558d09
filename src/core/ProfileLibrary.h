#pragma once

#include "ConnectionResult.h"
#include "HistoryStore.h"
#include "Profile.h"
#include "ProfileExchange.h"
#include "ProfileStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace zct {

class SecretStore;

// The one owner of the saved profiles, the keychain entries that belong to them, their history and
// their last outcomes. The app's windows and zuora-check are views of it; nothing else writes the
// profiles file or the history file.
//
// Saving: every change of a profile (add, edit, rename, duplicate, delete, import) is written at
// once, atomically; outcomes, which arrive by the hundred in a batch, are written within
// OutcomeSaveDelayMs and always before the library is destroyed. A failed write is reported
// through saveFailed() with the file and the reason, and retried with the next change.
//
// Demo profiles (Profile::demo) live in memory only, with their secret: never written, never in
// the keychain; their results reach the session's history but not the history file.
class ProfileLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileLibrary)
public:
    static constexpr int OutcomeSaveDelayMs = 300;
    enum class Access { ReadWrite, ReadOnly };   // ReadOnly: zuora-check, which never writes

    // Empty paths: the app's default files. secrets: where remembered secrets live (may be null
    // for a reader that never touches the keychain).
    explicit ProfileLibrary(SecretStore *secrets, const QString &profilesPath = QString(),
                            const QString &historyPath = QString(), Access access = Access::ReadWrite,
                            QObject *parent = nullptr);
    ~ProfileLibrary() override;   // writes what is pending

    // Reads both files. False when the profiles file was damaged (problem() says what was done with it).
    bool load();
    QString problem() const;      // a sentence for the user about damaged files, or empty
    QString profilesPath() const { return m_store.path(); }
    QString historyPath() const { return m_history.path(); }
    const ProfileStore &store() const { return m_store; }   // for the v1 migration and window state

    // --- reading ---
    QList<Profile> profiles() const;          // saved ones in file order, then demo ones
    QList<Profile> savedProfiles() const { return m_store.profiles(); }
    const Profile *find(const QString &id) const;
    const Profile *findByName(const QString &name) const;
    bool contains(const QString &id) const { return find(id) != nullptr; }
    bool isDemo(const QString &id) const { return m_demoSecrets.contains(id); }
    QString uniqueName(const QString &wanted) const;

    // --- changing (each saves at once; false when the profile is unknown or the write failed) ---
    // Adds a profile: a fresh id when it has none or its id is taken, a unique name. Returns it.
    Profile add(Profile profile);
    // Takes the profile's name, settings and rememberSecret; its outcomes stay the library's own.
    // Changing the login (URL, mode, user) or the proxy of a remembering profile keeps the secret:
    // the person edited the profile and can type a new one.
    bool update(const Profile &profile);
    bool rename(const QString &id, const QString &name);
    // A copy under "<name> (copy)": same settings, no history, no outcomes, and no secret
    // (rememberSecret off): the copy usually gets another user's secret. Returns it (invalid if unknown).
    Profile duplicate(const QString &id);
    // Removes the profile, its keychain entries and its history.
    bool remove(const QString &id);
    // Applies an import plan as ProfileExchange::apply does, forgets the keychain entries of
    // replaced logins, and saves. The outcome says what happened; saveError() when the write failed.
    ImportOutcome import(const ImportPlan &plan, const ImportChoices &choices);

    // --- demo profiles (memory only) ---
    void addDemo(Profile profile, const QString &secret);
    QString demoSecret(const QString &id) const { return m_demoSecrets.value(id); }
    QHash<QString, QString> demoSecrets() const { return m_demoSecrets; }

    // --- secrets ---
    // The SecretStore keys a profile may own: its login secret, its proxy password.
    static QStringList secretKeys(const QString &profileId);
    // Stores the login secret (and the proxy password when not empty) of a remembering profile
    // in the keychain; a failure comes back as secretProblem() with the keychain's whole sentence,
    // and leaves rememberSecret as it is (an outage is not a choice the person made).
    void storeSecrets(const QString &id, const QString &secret, const QString &proxyPassword);
    // Deletes the keychain entries of a profile that stopped remembering.
    void forgetSecrets(const QString &id);

    // --- outcomes ---
    // Records one attempt's result for a profile: always as its session result; when the outcome
    // says something about the credentials (OutcomeText::isVerdict) also as its last verdict and in
    // its history. Unknown ids are ignored.
    void recordOutcome(const QString &id, const ConnectionResult &result);
    // The last result of this session, or null when it was not tested since the program started.
    const ConnectionResult *sessionResult(const QString &id) const;
    QList<HistoryEntry> history(const QString &id) const;
    QStringList historyProfileIds() const;   // profiles that have history, deleted ones included

    void flush();                 // writes pending outcomes now
    QString saveError() const { return m_saveError; }

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void profilesReset();         // after an import: many may have changed
    void outcomeRecorded(const QString &id);
    // A write failed: "Could not save the profiles to <file>: <reason>". Cleared by the next good write.
    void saveFailed(const QString &message);
    void saved();                 // a write succeeded (after a failure: the problem is gone)
    // The keychain refused to store a secret: the whole sentence from SecretStore::describe().
    void secretProblem(const QString &id, const QString &message);

private:
    bool saveProfiles();
    bool saveAll();
    void reportSave(bool ok, const QString &path, const QString &reason);
    void onSecretWritten(int requestId, const QString &key, int status, const QString &errorText);
    Profile *findMutable(const QString &id);

    SecretStore *m_secrets;
    ProfileStore m_store;
    HistoryStore m_history;
    Access m_access;
    QList<Profile> m_demo;                       // in the order added
    QHash<QString, QString> m_demoSecrets;
    QHash<QString, QList<HistoryEntry>> m_demoHistory;
    QHash<QString, ConnectionResult> m_sessionResults;
    QHash<int, QString> m_pendingWrites;         // keychain request id -> profile id
    QTimer m_outcomeSave;
    QString m_saveError;
};

} // namespace zct
