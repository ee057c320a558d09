#include "ZuoraErrorCode.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace zct {

ZuoraErrorCode ZuoraErrorCode::fromNumber(qint64 code)
{
    ZuoraErrorCode decoded;
    decoded.m_text = QString::number(code);
    if (code >= 0) {
        decoded.m_numeric = code;
        decoded.m_category = int(code % 100);
    }
    return decoded;
}

ZuoraErrorCode ZuoraErrorCode::fromString(const QString &code)
{
    const QString trimmed = code.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber && number >= 0) {
        ZuoraErrorCode decoded = fromNumber(number);
        decoded.m_text = trimmed;
        return decoded;
    }
    // Symbolic codes (SOAP, Actions, some 429 bodies) and the category each belongs to.
    static const QHash<QString, int> symbolic = {
        {u"API_DISABLED"_s, 10},        {u"CANNOT_DELETE"_s, 30},
        {u"DUPLICATE_VALUE"_s, 20},     {u"INVALID_FIELD"_s, 21},
        {u"INVALID_ID"_s, 20},          {u"INVALID_TYPE"_s, 20},
        {u"INVALID_VALUE"_s, 20},       {u"LOCK_COMPETITION"_s, 50},
        {u"MALFORMED_QUERY"_s, 90},     {u"MISSING_REQUIRED_VALUE"_s, 22},
        {u"REQUEST_EXCEEDED_LIMIT"_s, 70}, {u"REQUEST_EXCEEDED_RATE"_s, 70},
        {u"TEMPORARY_ERROR"_s, 61},     {u"TRANSACTION_FAILED"_s, 60},
        {u"TRANSACTION_TERMINATED"_s, 60}, {u"TRANSACTION_TIMEOUT"_s, 61},
        {u"UNKNOWN_ERROR"_s, 60},       {u"INVALID_SESSION"_s, 11},
        {u"INVALID_LOGIN"_s, 11},
    };
    ZuoraErrorCode decoded;
    decoded.m_text = trimmed;
    decoded.m_category = symbolic.value(trimmed.toUpper(), -1);
    return decoded;
}

bool ZuoraErrorCode::isAuthentication() const
{
    if (m_numeric >= 0)
        return m_numeric >= 90000000 && m_numeric <= 99999999;
    return m_category == 10 || m_category == 11;
}

bool ZuoraErrorCode::isRetryable() const
{
    return m_category == 50 || m_category == 61 || m_category == 70 || m_category == 99;
}

QString ZuoraErrorCode::categoryName(int category)
{
    switch (category) {
    case 10: return tr("Permission or access denied");
    case 11: return tr("Authentication failed");
    case 20: return tr("Invalid format or value");
    case 21: return tr("Unknown field in request");
    case 22: return tr("Missing required field");
    case 23: return tr("Missing required parameter");
    case 27: return tr("Invalid query parameter");
    case 30: return tr("Rule restriction");
    case 40: return tr("Not found");
    case 45: return tr("Unsupported request");
    case 50: return tr("Locking contention");
    case 60: return tr("Internal error");
    case 61: return tr("Temporary error");
    case 70: return tr("Request exceeded limit");
    case 90: return tr("Malformed request");
    case 99: return tr("Integration error");
    default: return tr("Unknown category");
    }
}

QString ZuoraErrorCode::hint() const
{
    if (m_numeric == 90000011)
        return tr("Wrong user name or password, or the user has no API access: check both, and that the API user's password has not expired.");
    switch (m_category) {
    case 10:
        return isAuthentication()
            ? tr("The user may not log in here: check its entity (Zuora-Entity-Ids) and its permissions in Zuora.")
            : tr("The tenant or user lacks a permission: ask a Zuora administrator or Zuora Global Support.");
    case 11: return tr("Check the user name and password (or client id and secret) and that the user has API access.");
    case 20: return tr("A value has the wrong format: check the entity id and the other fields.");
    case 21: return tr("The request carries a field Zuora does not know: remove it.");
    case 22: return tr("A required field is missing from the request body.");
    case 23: return tr("A required query parameter is missing.");
    case 27: return tr("A query parameter is invalid.");
    case 30: return tr("A business rule refused the request.");
    case 40: return tr("The resource does not exist: check the base URL and the environment.");
    case 45: return tr("The endpoint does not support this method: check the base URL.");
    case 50: return tr("Locking contention: retry; if it persists, give Zuora Support the Zuora-Request-Id.");
    case 60: return tr("Internal error at Zuora: give Zuora Support the Zuora-Request-Id and process id.");
    case 61: return tr("Temporary error: retry in a moment, then contact Zuora Support.");
    case 70: return tr("Too many requests: wait for the Retry-After time, then retry.");
    case 90: return tr("Malformed request: the JSON sent was not valid.");
    case 99: return tr("An external system (gateway, tax engine) failed: retry later.");
    default: return tr("Look up the code in Zuora's error-code reference.");
    }
}

} // namespace zct
