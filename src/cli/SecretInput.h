#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace zct {

// Where zuora-check gets the password or client secret: never from argv. Whatever comes in is
// taken exactly or refused: bytes that are not UTF-8 would be replaced by U+FFFD, and a NUL would
// cut the secret short, so a different secret would be tested and "rejected" reported.
class SecretInput final
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
public:
    // Strict UTF-8, byte for byte (a leading BOM kept): nothing when the bytes are not UTF-8.
    static std::optional<QString> decodeUtf8(const QByteArray &bytes);

    // The first line of standard input, without its line ending. *ok is false, and *error says
    // why, when it cannot be read, is not UTF-8 or holds a NUL.
    static QString readStdinLine(bool *ok, QString *error = nullptr);
    // The secret in an environment variable (ZUORA_PASSWORD, ZUORA_CLIENT_SECRET). Empty with
    // *error set when it is not UTF-8. (An environment value cannot hold a NUL: C ends it there.)
    static QString readEnvironment(const char *name, QString *error);
    // Why the bytes cannot be used as a user name or secret (not UTF-8, a NUL), or empty. what
    // names the source in the sentence ("standard input", "ZUORA_PASSWORD").
    static QString problemWith(const QByteArray &bytes, const QString &what);

    static bool stdinIsTerminal();
    // Asks on the terminal with echo off; the prompt goes to stderr.
    static QString promptHidden(const QString &prompt, bool *ok, QString *error = nullptr);
};

} // namespace zct
