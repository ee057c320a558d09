#include "JsonHighlighter.h"

#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zct {

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key.setForeground(palette.color(QPalette::Link));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0x8f, 0xd4, 0x8f) : QColor(0x1f, 0x7a, 0x1f));
    m_number.setForeground(dark ? QColor(0xf0, 0xb0, 0x70) : QColor(0xa0, 0x50, 0x00));
    m_literal.setForeground(dark ? QColor(0xd0, 0x9c, 0xf0) : QColor(0x80, 0x20, 0xa0));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    static const QRegularExpression token(
        uR"re(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)re"_s);
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            const bool isKey = match.capturedLength(2) > 0;
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), isKey ? m_key : m_string);
        } else if (match.capturedLength(3) > 0) {
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        } else if (match.capturedLength(4) > 0) {
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
        }
    }
}

} // namespace zct
