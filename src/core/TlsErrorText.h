#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QStringList>

namespace zct {

// Certificate problems in words a person can act on: self-signed, expired, wrong host, untrusted.
class TlsErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(TlsErrorText)
public:
    static QString describe(const QSslError &error, const QString &host);
    static QStringList describeAll(const QList<QSslError> &errors, const QString &host);
    static QString hintFor(const QList<QSslError> &errors);
    // A handshake that failed before any certificate was judged, from the TLS library's text:
    // the cause in words first, the library's own reason kept after it for support.
    static QString describeHandshake(const QString &where, const QString &libraryText);
    static QString handshakeHint(const QString &libraryText);
};

} // namespace zct
