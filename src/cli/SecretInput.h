#pragma once

#include <QString>

namespace zct {

// Where zuora-check gets the password or client secret: never from argv.
class SecretInput final
{
public:
    // The first line of standard input, without its line ending.
    static QString readStdinLine(bool *ok);
    static bool stdinIsTerminal();
    // Asks on the terminal with echo off; the prompt goes to stderr.
    static QString promptHidden(const QString &prompt, bool *ok);
};

} // namespace zct
