#include "TextfileWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace zct {

QString TextfileWriter::problemWith(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (path.isEmpty() || file.fileName().isEmpty())
        return tr("--textfile needs a file name, e.g. /var/lib/prometheus/node-exporter/zuora_check.prom.");
    if (!QFileInfo(folder).isDir())
        return tr("Cannot write %1: the folder %2 does not exist.").arg(path, folder);
    if (file.isDir())
        return tr("Cannot write %1: it is a folder.").arg(path);
    // access() asks the kernel, so root, ACLs and read-only mounts are judged as the write will be.
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return tr("Cannot write %1: the folder %2 is not writable for this user (%3).")
            .arg(path, folder, QString::fromLocal8Bit(strerror(errno)));
    return QString();
}

QString TextfileWriter::write(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    // Without QIODevice::Text: line ends stay \n everywhere (node_exporter rejects \r\n).
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1 in the folder %2: %3; the previous file is left as it was.")
            .arg(path, QFileInfo(path).absolutePath(), file.errorString());
    if (file.write(content) != content.size() || !file.commit())
        return tr("Cannot write %1: %2; the previous file is left as it was.").arg(path, file.errorString());
    return QString();
}

} // namespace zct
