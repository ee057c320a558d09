#pragma once

#include "ConnectionResult.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace zct {

class BatchRunner;

// The secrets a face has at hand for a run, before the keychain is asked.
struct SecretsAtHand
{
    QHash<QString, QString> secrets;          // by profile id: typed in the form, demo, --password-stdin
    QHash<QString, QString> proxyPasswords;   // by profile id: typed in the form
    QString proxyPasswordForAll;              // zuora-check: ZUORA_PROXY_PASSWORD
    QStringList proxyOverridden;              // profile ids whose proxy came from elsewhere (--proxy): no keychain entry
};

// Why a profile could not be checked before anything was sent.
enum class SecretProblem {
    NotRemembered,     // the profile does not remember its secret and none was at hand
    NotInKeychain,     // it remembers one, but the keychain has no entry (or an empty one)
    KeychainFailed,    // the keychain could not be asked (no session, locked, denied ...)
    ProxyKeychainFailed
};

// Runs saved profiles: the one pipeline behind Test all, Test selected, a profile's own Test from
// its context menu and zuora-check --profile / --all-profiles.
// 1. Each profile's secret is resolved by one set of rules: a secret at hand wins; else the
//    keychain when the profile remembers its secret; else it is not sent. Its proxy password: one at
//    hand, else proxyPasswordForAll, else the keychain when the proxy has a user (none stored: the
//    check runs without, and the proxy says what it wants).
// 2. Profiles without a usable secret get a "not sent" result (ErrorKind::MissingSecret, attempts 0)
//    at once; keychain failures are also announced once per run with keychainProblem().
// 3. The rest run through BatchRunner; every profile gets exactly one resultReady().
class ProfileCheckRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCheckRun)
public:
    using HintFor = std::function<QString(const Profile &, SecretProblem)>;

    explicit ProfileCheckRun(SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileCheckRun() override;

    BatchRunner *runner() const { return m_runner; }   // concurrency, pacing
    // What to tell a person whose profile had no secret; each face knows its own way to give one.
    void setHintForMissingSecret(HintFor hint) { m_hintFor = std::move(hint); }
    bool isRunning() const { return m_running; }
    int total() const { return int(m_profiles.size()); }

    // The one place that builds a result for an attempt that was never sent.
    static ConnectionResult notSent(const ConnectionSettings &settings, ErrorKind kind, const QString &cause,
                                    const QString &hint);
    // The words for a missing secret, the same in every face.
    static QString describe(SecretProblem problem, const QString &keychainSentence = QString());

public Q_SLOTS:
    void start(const QList<zct::Profile> &profiles, const zct::SecretsAtHand &atHand);
    void cancel();

Q_SIGNALS:
    // index: the profile's position in the list given to start().
    void resultReady(int index, const QString &profileId, const zct::ConnectionResult &result);
    void keychainProblem(const QString &sentence);
    void progress(int done, int total);
    void finished();

private:
    void onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void reportNotSent(int index, SecretProblem problem, const QString &keychainSentence = QString());
    void report(int index, const ConnectionResult &result);
    void launchWhenReady();
    void finish();

    SecretStore *m_secrets;
    BatchRunner *m_runner;
    HintFor m_hintFor;
    QList<Profile> m_profiles;
    QList<QString> m_secretFor;        // per profile, held only until the runner has it
    QList<QString> m_proxyPasswordFor;
    QList<bool> m_reported;
    QHash<int, int> m_pendingReads;        // keychain request id -> profile index
    QHash<int, int> m_pendingProxyReads;
    QList<int> m_jobProfile;               // runner job index -> profile index
    int m_done = 0;
    bool m_running = false;
    bool m_keychainAnnounced = false;
};

} // namespace zct
