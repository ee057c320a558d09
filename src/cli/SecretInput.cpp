#include "SecretInput.h"

#include <QStringDecoder>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace zct {

std::optional<QString> SecretInput::decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString SecretInput::problemWith(const QByteArray &bytes, const QString &what)
{
    if (!decodeUtf8(bytes))
        return tr("%1 is not valid UTF-8; its bytes would be changed before sending, so a different secret would be tested. "
                  "Give it in UTF-8.").arg(what);
    if (bytes.contains('\0'))
        return tr("%1 contains a NUL character (byte 0), which would cut the secret short there; nothing was sent.").arg(what);
    return {};
}

QString SecretInput::readStdinLine(bool *ok, QString *error)
{
    // Byte by byte with read(2): a FILE-based readLine stops at a NUL (fgets), which would cut the
    // secret there unseen; and nothing after the line is consumed. A secret is short; the cap keeps
    // a runaway pipe from filling memory.
    QByteArray line;
    *ok = false;
    while (line.size() < 64 * 1024) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        *ok = true;
        if (c == '\n')
            break;
        line += c;
    }
    while (line.endsWith('\r'))
        line.chop(1);
    const QString problem = problemWith(line, tr("The secret on standard input"));
    if (!problem.isEmpty()) {
        *ok = false;
        if (error)
            *error = problem;
        return {};
    }
    return *decodeUtf8(line);
}

QString SecretInput::readEnvironment(const char *name, QString *error)
{
    const QByteArray bytes = qgetenv(name);
    const QString problem = problemWith(bytes, QString::fromLatin1(name));
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    error->clear();
    return *decodeUtf8(bytes);
}

bool SecretInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString SecretInput::promptHidden(const QString &prompt, bool *ok, QString *error)
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
    const QString secret = readStdinLine(ok, error);
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    return secret;
}

} // namespace zct
