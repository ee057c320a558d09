#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace zct {

// A profile's extra CA file as one attempt sees it: ZuoraConnection reads it once per attempt and
// validates, trusts and describes that one reading; its certificates are parsed once per content
// (OpenSSL 3 takes about a millisecond to decode a PEM certificate, so a batch of a thousand
// checks parsing their file each time spent seconds there).
struct CaFile
{
    static constexpr qint64 MaxBytes = 1024 * 1024;

    bool readable = false;
    bool tooLarge = false;
    QByteArray digest;                    // SHA-256 (hex) of the bytes read; empty when unreadable
    QList<QSslCertificate> certificates;  // the PEM certificates in it, in order

    // Reads the file now (so a changed file is never mistaken for the old one: the parsed
    // certificates are kept by the digest of the bytes, not by the path).
    static CaFile read(const QString &path);
};

} // namespace zct
