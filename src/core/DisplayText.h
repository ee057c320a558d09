#pragma once

#include <QString>
#include <QStringView>

namespace zct {

// Server-supplied text (reason messages, the HTTP reason phrase, header names and values, cookie
// names, redirect targets, certificate names) made safe to show to a person. A terminal obeys
// ESC and C1 sequences (ESC]0;...BEL retitles it, ESC[2J clears it) and bidirectional overrides
// reorder what is read, so both are shown as escapes instead of acting:
//   C0 controls (U+0000..U+001F, line breaks and tabs included), DEL and C1 (U+0080..U+009F)
//       -> \xNN, for example ESC -> \x1b, BEL -> \x07, NEL -> \x85
//   bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), the
//   marks U+200E, U+200F, U+061C, and the separators U+2028, U+2029
//       -> \uNNNN, for example U+202E -> \u202e
//   a backslash stays a backslash: the escapes are for reading, not for parsing back.
// JSON output keeps the exact text: JSON escaping is enough there.
class DisplayText final
{
public:
    static QString safe(QStringView text);
    // True when safe() would change the text.
    static bool needsEscaping(QStringView text);

    // The text with every occurrence of a known secret replaced by ******** (for a server that
    // echoes the password or client secret back), also percent-encoded, and in raw bytes also as
    // a JSON string would carry it. Every occurrence, however short the secret: not printing it
    // matters more than a tidy line. An empty secret changes nothing.
    static QString maskSecret(const QString &text, const QString &secret);
    static QByteArray maskSecret(const QByteArray &bytes, const QString &secret);
    static constexpr QStringView Mask = u"********";
};

} // namespace zct
