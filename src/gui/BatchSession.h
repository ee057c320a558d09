#pragma once

#include "ConnectionResult.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>

namespace zct {

class BatchResultsModel;
class BatchRunner;

// One "Test all" / "Test selected" run: gathers each profile's secret (typed, demo or from
// the keychain, asynchronously), reports profiles without one as such, runs the rest through
// BatchRunner and fills the results model as answers arrive.
class BatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSession)
public:
    explicit BatchSession(SecretStore *secrets, QObject *parent = nullptr);
    ~BatchSession() override;

    BatchResultsModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }
    void setConcurrency(int concurrency);

    // knownSecrets: secrets at hand by profile id (typed in the form, demo profiles); the
    // others come from the keychain when the profile remembers its secret.
    // knownProxySecrets: proxy passwords at hand by profile id; the others come from the
    // keychain for profiles with an explicit proxy user that remember their secrets.
    void start(const QList<Profile> &profiles, const QHash<QString, QString> &knownSecrets,
               const QHash<QString, QString> &knownProxySecrets = {});
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void resultReady(const QString &profileId, const zct::ConnectionResult &result);
    void finished();

private:
    void onSecretRead(int requestId, const QString &key, SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void reportWithoutSecret(int row, const QString &cause, const QString &hint);
    void launchWhenReady();
    void finishRow(int row, const ConnectionResult &result);

    SecretStore *m_secrets;
    BatchResultsModel *m_model;
    BatchRunner *m_runner;
    QHash<int, int> m_pendingReads;      // keychain request id -> row
    QHash<int, QString> m_secretsByRow;  // held only until the runner has them
    QHash<int, int> m_pendingProxyReads; // keychain request id -> row
    QHash<int, QString> m_proxySecretsByRow;
    QList<int> m_jobRows;                // runner job index -> row
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace zct
