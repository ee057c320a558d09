#include "DisplayText.h"

#include <QList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

enum class Kind { Plain, Control, Format };

Kind kindOf(char16_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return Kind::Control;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c
        || c == 0x2028 || c == 0x2029)
        return Kind::Format;
    return Kind::Plain;
}

// The secret as a JSON string may carry it, without the quotes: escapes as short as possible,
// or with "/" escaped too, or with everything outside ASCII as \uXXXX (either case of hex).
QList<QByteArray> jsonForms(const QString &secret)
{
    QString shortest;   // UTF-8 kept as it is outside ASCII
    QByteArray lower;
    QByteArray upper;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        QByteArray escaped;
        if (u == u'"' || u == u'\\')
            escaped = QByteArray("\\") + char(u);
        else if (u < 0x20 || u >= 0x7f)
            escaped = "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        if (escaped.isEmpty()) {
            shortest += c;
            lower += char(u);
            upper += char(u);
            continue;
        }
        shortest += u < 0x80 ? QString::fromLatin1(escaped) : QString(c);
        lower += escaped;
        upper += escaped.left(2) + escaped.mid(2).toUpper();
    }
    const QByteArray plain = shortest.toUtf8();
    QByteArray slashes = plain;
    slashes.replace("/", "\\/");
    return {plain, slashes, lower, upper};
}

} // namespace

bool DisplayText::needsEscaping(QStringView text)
{
    for (const QChar c : text) {
        if (kindOf(c.unicode()) != Kind::Plain)
            return true;
    }
    return false;
}

QString DisplayText::safe(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (kindOf(c.unicode())) {
        case Kind::Plain:
            out += c;
            break;
        case Kind::Control:
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            break;
        case Kind::Format:
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            break;
        }
    }
    return out;
}

QString DisplayText::maskSecret(const QString &text, const QString &secret)
{
    if (secret.isEmpty() || text.isEmpty())
        return text;
    QString out = text;
    out.replace(secret, Mask.toString());
    // The forms a server may echo it in: percent-encoded (a form or a URL) and JSON-escaped.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        out.replace(encoded, Mask.toString(), Qt::CaseInsensitive);   // %2F or %2f
    return out;
}

QByteArray DisplayText::maskSecret(const QByteArray &bytes, const QString &secret)
{
    if (secret.isEmpty() || bytes.isEmpty())
        return bytes;
    const QByteArray mask = Mask.toLatin1();
    QByteArray out = bytes;
    const QByteArray encoded = QUrl::toPercentEncoding(secret);
    QByteArray lowerHex = encoded;   // %2F as %2f; the secret's own letters as they are
    for (qsizetype i = 0; i + 2 < lowerHex.size(); ++i) {
        if (lowerHex.at(i) == '%') {
            lowerHex[i + 1] = char(QChar::toLower(char16_t(lowerHex.at(i + 1))));
            lowerHex[i + 2] = char(QChar::toLower(char16_t(lowerHex.at(i + 2))));
            i += 2;
        }
    }
    QList<QByteArray> forms{secret.toUtf8(), encoded, lowerHex};
    forms += jsonForms(secret);
    for (const QByteArray &form : std::as_const(forms)) {
        if (!form.isEmpty())
            out.replace(form, mask);
    }
    return out;
}

} // namespace zct
