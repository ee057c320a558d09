#pragma once

#include <QByteArray>
#include <QString>

// The building blocks of answers shaped like the recorded Zuora traffic (zuora-api.md §1.3, §4).
namespace zct::answers {

// {"success" : true} in Jackson's pretty style: exactly the 22 bytes of the recording.
QByteArray acceptedBody();
// {"success" : false, ["processId" : ...,] "reasons" : [ {code, message} ]}, Jackson style.
QByteArray failureBody(qint64 code, const QString &message, const QString &processId = {});
// The same on one line, as the brief error bodies (404, 429) are.
QByteArray compactFailureBody(qint64 code, const QString &message);
// The page a gateway in front of Zuora sends when the application behind it is down.
QByteArray badGatewayPage();

QByteArray httpDateNow();            // RFC 7231 IMF-fixdate, for Expires
QByteArray newRequestId();           // 36-character UUID, for Zuora-Request-Id
QByteArray newSessionToken();        // 256 base64url characters, for the ZSession cookie
QByteArray randomHex(int digits);    // lower case
QByteArray newProcessId();           // 16 upper-case hex digits

inline constexpr char kJsonUtf8[] = "application/json;charset=utf-8";
inline constexpr char kWwwAuthenticate[] =
        "Basic realm=Zuora API, ZSession realm=Zuora API, Bearer realm=Zuora API";

} // namespace zct::answers
