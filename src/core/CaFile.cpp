#include "CaFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace zct {

CaFile CaFile::read(const QString &path)
{
    CaFile ca;
    if (path.isEmpty())
        return ca;
    const QFileInfo info(path);
    if (!info.isFile())
        return ca;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ca;
    ca.readable = true;
    if (file.size() > MaxBytes) {
        ca.tooLarge = true;
        return ca;
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    ca.digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    static QMutex mutex;
    static QHash<QByteArray, QList<QSslCertificate>> parsed;   // by digest; a handful of files at most
    const QMutexLocker lock(&mutex);
    const auto known = parsed.constFind(ca.digest);
    if (known != parsed.constEnd()) {
        ca.certificates = *known;
        return ca;
    }
    ca.certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (parsed.size() >= 64)
        parsed.clear();
    parsed.insert(ca.digest, ca.certificates);
    return ca;
}

} // namespace zct
