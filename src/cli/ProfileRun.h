#pragma once

#include "BatchReport.h"
#include "CommandLine.h"
#include "ConnectionResult.h"
#include "MonitoringOutput.h"
#include "Profile.h"
#include "ProfileCheckRun.h"
#include "SecretStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace zct {

class ProfileCheckRun;

// zuora-check --profile NAME / --all-profiles: reads the desktop app's profiles (ProfileLibrary, read
// only), runs them through ProfileCheckRun - the same pipeline as the app's Test all, which resolves
// their secrets - and prints each result as it arrives, then (human form, several profiles) a summary
// table; the monitoring formats print once, at the end (MonitoringOutput). Secrets at hand, before
// the keychain: --password-stdin / the environment for a single --profile, else systemd credentials
// ($CREDENTIALS_DIRECTORY/<profile id>, CredentialDirectory). A profile without a usable secret
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
    void report(int index, const ConnectionResult &result);
    void finish();
    bool secretFromCommandLine(const Profile &profile, QString *secret, QString *problem) const;
    void takeCredentialFiles(SecretsAtHand &atHand) const;
    static QString missingSecretHint(const Profile &profile, SecretProblem problem);

    CheckOptions m_options;
    ProfileCheckRun *m_checks;              // the pipeline the desktop app runs profiles through too
    QList<Profile> m_selected;
    QList<BatchReport::Row> m_rows;         // per selected profile, filled as results arrive
    QHash<int, QString> m_shownSecrets;     // only with --show-secrets
    QTextStream m_out;
    std::unique_ptr<MonitoringOutput> m_monitoring;   // null for human and json
    bool m_done = false;
};

} // namespace zct
