#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace zct {

// Colours keys, strings, numbers and literals in pretty-printed JSON. Colours are derived
// from the palette's link and text colours so they stay readable on dark themes.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)
public:
    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace zct
