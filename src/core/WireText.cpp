#include "WireText.h"

namespace zct {

bool WireText::hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    }
    return false;
}

QByteArray WireText::userAgent()
{
    return QByteArrayLiteral("ZuoraCredentialTester/" ZCT_VERSION);
}

} // namespace zct
