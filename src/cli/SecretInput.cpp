#include "SecretInput.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zct {

QString SecretInput::readStdinLine(bool *ok)
{
    QFile in;
    *ok = in.open(stdin, QIODevice::ReadOnly);
    if (!*ok)
        return {};
    // A secret is short; cap what is read so a runaway pipe cannot fill memory.
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool SecretInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString SecretInput::promptHidden(const QString &prompt, bool *ok)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString secret = readStdinLine(ok);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    return secret;
}

} // namespace zct
