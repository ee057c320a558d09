#include "CredentialDirectory.h"

#include "SecretInput.h"

#include <QDir>
#include <QFile>

namespace zct {

QString CredentialDirectory::path()
{
    return qEnvironmentVariable("CREDENTIALS_DIRECTORY");
}

QString CredentialDirectory::secretFor(const QString &profileId, bool *found, QString *problem)
{
    *found = false;
    const QString folder = path();
    // A profile id is a UUID; anything with a path separator is not one of ours.
    if (folder.isEmpty() || profileId.isEmpty() || profileId.contains(u'/') || profileId.startsWith(u'.'))
        return QString();
    QFile file(QDir(folder).filePath(profileId));
    if (!file.exists())
        return QString();
    *found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The credential file %1 cannot be read: %2.").arg(file.fileName(), file.errorString());
        return QString();
    }
    // A secret is short; a runaway file is not read whole.
    QByteArray secret = file.read(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        *problem = tr("The credential file %1 is empty.").arg(file.fileName());
        return QString();
    }
    // The same rule as for standard input: the exact bytes, or a clear refusal.
    const QString unusable = SecretInput::problemWith(secret, tr("the credential file %1").arg(file.fileName()));
    if (!unusable.isEmpty()) {
        *problem = unusable;
        return QString();
    }
    return *SecretInput::decodeUtf8(secret);
}

} // namespace zct
