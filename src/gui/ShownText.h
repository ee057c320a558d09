#pragma once

#include "DisplayText.h"

#include <QStringList>

namespace zct {

// Text that came from a server, made fit for a widget: every line through DisplayText::safe
// (control characters and bidirectional overrides shown as escapes, never obeyed), the line
// breaks kept as line breaks and tabs as spaces, so a body or a multi-line cause still reads.
inline QString shownText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        line.replace(u'\t', QStringLiteral("    "));
        line = DisplayText::safe(line);
    }
    return lines.join(u'\n');
}

} // namespace zct
