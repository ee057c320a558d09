#pragma once

#include "BatchReport.h"
#include "CommandLine.h"
#include "ConnectionResult.h"
#include "Profile.h"
#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTextStream>

namespace zct {

class BatchRunner;

// zuora-check --profile NAME / --all-profiles: reads the desktop app's profiles, their secrets from
// the keychain (asynchronously), runs the checks through BatchRunner and prints each result as it
// arrives, then (human form, several profiles) a summary table. A profile without a usable secret
// is reported as its own result (ErrorKind::MissingSecret, exit code 2), never skipped.
// Emits finished(exitCode) once: the worst single result, or 2 when nothing could run.
class ProfileRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRun)
public:
    // secrets: where remembered secrets are read from (the keychain in zuora-check).
    ProfileRun(const CheckOptions &options, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileRun() override;

    // profilesPath: the app's profiles.ini (ProfileStore::defaultPath() in zuora-check).
    void start(const QString &profilesPath);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(const QString &message);
    void onSecretRead(int requestId, const QString &key, zct::SecretStore::Status status, const QString &secret,
                      const QString &errorText);
    void reportMissing(int index, const QString &cause, const QString &hint);
    void report(int index, const ConnectionResult &result);
    void startChecks();
    void finish();
    bool secretFromCommandLine(QString *secret, QString *problem) const;

    CheckOptions m_options;
    SecretStore *m_secrets;
    BatchRunner *m_runner = nullptr;
    QList<Profile> m_selected;
    QList<QString> m_jobSecrets;            // per selected profile; empty when missing
    QList<QString> m_jobProxyPasswords;     // per selected profile; empty when none
    QList<bool> m_reported;
    QList<BatchReport::Row> m_rows;         // per selected profile, filled as results arrive
    QHash<int, int> m_pendingReads;         // keychain request id -> selected index
    QHash<int, int> m_pendingProxyReads;    // the same, for proxy passwords
    QHash<int, QString> m_shownSecrets;     // only with --show-secrets
    QList<int> m_jobProfile;                // batch job index -> selected index
    QTextStream m_out;
    bool m_done = false;
};

} // namespace zct
