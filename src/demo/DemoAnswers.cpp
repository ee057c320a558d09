#include "DemoAnswers.h"

#include "DemoJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace zct::answers {

namespace {

QJsonArray reasons(qint64 code, const QString &message)
{
    return QJsonArray{QJsonObject{{u"code"_s, double(code)}, {u"message"_s, message}}};
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

} // namespace

QByteArray acceptedBody()
{
    return jacksonPrettyJson({{u"success"_s, true}});
}

QByteArray failureBody(qint64 code, const QString &message, const QString &processId)
{
    OrderedJsonObject body{{u"success"_s, false}};
    if (!processId.isEmpty())
        body.append({u"processId"_s, processId});
    body.append({u"reasons"_s, reasons(code, message)});
    return jacksonPrettyJson(body);
}

QByteArray compactFailureBody(qint64 code, const QString &message)
{
    return compactJson({{u"success"_s, false}, {u"reasons"_s, reasons(code, message)}});
}

QByteArray badGatewayPage()
{
    return "<html><head><title>502 Bad Gateway</title></head>\r\n"
           "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
}

QByteArray httpDateNow()
{
    // The C locale keeps English day and month names whatever the machine's language.
    return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
            .toLatin1();
}

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray newSessionToken()
{
    return randomBytes(192).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomHex(int digits)
{
    return randomBytes((digits + 1) / 2).toHex().left(digits);
}

QByteArray newProcessId()
{
    return randomHex(16).toUpper();
}

} // namespace zct::answers
