#pragma once

#include <QCoreApplication>
#include <QString>

namespace zct {

// zuora-check --textfile PATH: writes the whole file at once for node_exporter's textfile
// collector, which re-reads it at every scrape and must never see half of it. QSaveFile writes a
// temporary file in the same folder and renames it over the old one; on any failure the old file
// stays as it was.
class TextfileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TextfileWriter)
public:
    // Before the checks run, so that a folder that cannot take the file fails at once: an empty
    // string when it looks writable, else a sentence.
    static QString problemWith(const QString &path);
    // An empty string on success, else a sentence naming the file, the folder and the reason.
    static QString write(const QString &path, const QByteArray &content);
};

} // namespace zct
