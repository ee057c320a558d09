#pragma once

#include "ConnectionResult.h"
#include "EntitiesLookup.h"
#include "Profile.h"
#include "ProfileCheckRun.h"
#include "SecretStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui { class ConnectionFormPane; }

namespace zct {

class SensitiveClipboard;
class ZuoraConnection;

// The request form: a Profile value in (load) and out (profile), bound to the ZuoraConnection
// that runs one attempt at a time, with the secret fields, the unsaved-changes mark and the
// Test / Cancel / Save row. It reads a remembered secret from the keychain itself; it never
// saves: Save asks whoever owns the profiles (saveRequested).
class ConnectionFormPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFormPane)
public:
    explicit ConnectionFormPane(QWidget *parent = nullptr);
    ~ConnectionFormPane() override;

    void setSecretStore(SecretStore *secrets);
    ZuoraConnection *connection() const { return m_connection; }

    // secretAtHand: a demo profile's secret, or one just typed elsewhere (Set secret...).
    // An unsaved edit of this profile made earlier in the session comes back with it.
    void load(const Profile &profile, const QString &secretAtHand = QString());
    void clear();                       // the empty form of a first run
    Profile profile() const;            // the loaded profile with the form's values
    QString profileId() const { return m_loaded.id; }
    QString secret() const;
    QString proxyPassword() const;
    void setSecret(const QString &secret);
    SecretsAtHand secretsAtHand() const;   // what is typed, for a run of saved profiles
    bool isModified() const { return m_modified; }
    void markSaved(const Profile &saved);   // the profile as now stored: no longer modified
    void forgetDraft(const QString &id) { m_drafts.remove(id); }

    // "The profile has unsaved changes": Save, Discard or Cancel; answer(true) for Save,
    // answer(false) for Discard, nothing for Cancel. Window-modal, asynchronous.
    void askToSave(std::function<void(bool save)> answer);

    void test();                        // Test: the form as it is, with the typed secret
    void cancel();
    // The opt-in entities lookup for an accepted result, on this form's connection.
    bool lookupEntities(const ConnectionResult &accepted);
    // Puts an entity id into the form (a change to save, like typing it).
    void setEntityId(const QString &entityId);
    QString copyCurl(SensitiveClipboard *clipboard, bool includeSecret) const;   // returns what to tell
    void focusFirstField();
    void showDuration(double milliseconds);   // how long the shown result took; nothing when < 0

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void testStarted(const QString &endpoint);
    // profileId: the profile on screen when the test started (the person may have moved on).
    void testFinished(const QString &profileId, const zct::ConnectionResult &result);
    void saveRequested();
    void secretLoaded(const QString &profileId);
    void keychainProblem(const QString &sentence);
    void message(const QString &text);
    void entitiesFinished(const zct::EntitiesResult &result);

private:
    void setUpCombos();
    void onEdited();
    void onEnvironmentChosen();
    void onBaseUrlTyped();
    void updateModeLabels();
    void updateEndpointLabel();
    void updateProxyFields();
    void readSecrets(const Profile &profile);
    void onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void onStarted();
    void onFinished(const ConnectionResult &result);
    void generateTrackId();
    void browseCaFile();

    std::unique_ptr<Ui::ConnectionFormPane> m_ui;
    ZuoraConnection *m_connection;
    SecretStore *m_secrets = nullptr;
    Profile m_loaded;                   // as stored; the form's values go on top of it
    QHash<QString, Profile> m_drafts;   // unsaved edits of profiles no longer on screen
    bool m_loading = false;
    bool m_modified = false;   // changed, and saving would keep it (never for a demo profile)
    bool m_changed = false;    // differs from the profile as loaded
    int m_pendingSecretRead = -1;
    int m_pendingProxyRead = -1;
    QString m_testedId;
    double m_shownDuration = -1;        // of the result on screen, shown once no test runs
    QElapsedTimer m_elapsed;
    QTimer m_elapsedTicker;
};

} // namespace zct
