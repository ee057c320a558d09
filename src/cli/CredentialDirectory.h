#pragma once

#include <QCoreApplication>
#include <QString>

namespace zct {

// Secrets for unattended runs: systemd credentials (LoadCredential=PROFILE-ID:/path in the unit).
// systemd gives the service a private folder in $CREDENTIALS_DIRECTORY with one file per
// credential; zuora-check reads the file named after each profile's id, before the keychain.
// Nothing ever comes from argv, the environment lines of a unit or the profiles file.
class CredentialDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(CredentialDirectory)
public:
    // $CREDENTIALS_DIRECTORY, or empty when the process was not given credentials.
    static QString path();
    // The secret for this profile id, without a trailing line end; empty (and *found false) when
    // there is no such file. *problem says why a file that is there could not be read.
    static QString secretFor(const QString &profileId, bool *found, QString *problem);
};

} // namespace zct
