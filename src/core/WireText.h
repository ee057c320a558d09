#pragma once

#include <QByteArray>
#include <QStringView>

namespace zct {

// What may travel in a request this tool makes: one rule for every header value and form field
// (a login's user name and secret, an entity or track id, a proxy user, an imported profile's
// fields), and the User-Agent every request sends.
class WireText final
{
public:
    // C0 controls, DEL and C1 (U+0080..U+009F): none belongs in a header value or a form field.
    static bool hasControlCharacters(QStringView text);
    static QByteArray userAgent();   // "ZuoraCredentialTester/<version>"
};

} // namespace zct
