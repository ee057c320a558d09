#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>

namespace zct {

// Turns a parsed HTTP answer into a verdict with one line of cause and one of hint.
// Pure: the same result always gets the same verdict, which keeps the rules testable.
class ResultClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(ResultClassifier)
public:
    static void classifyAnswer(ConnectionResult &result);
    // A SOAP login() answer (zuora-api.md section 8.7): reads the envelope into result.soap and
    // result.reasons, then judges it.
    static void classifySoapAnswer(ConnectionResult &result);
    static void fail(ConnectionResult &result, ErrorKind kind, const QString &cause, const QString &hint);

    // The one written rule for "accepted" (README, "When is a login accepted"):
    //  - session login: HTTP 200, a JSON object, exactly one "success" key (any letter case: the
    //    Actions answers spell it "Success") whose value is the JSON boolean true, no reasons or
    //    errors, and no top-level key repeated;
    //  - OAuth token: HTTP 200, a JSON object with a non-empty string "access_token", "token_type"
    //    bearer in any letter case, no "error" or "error_description", and no top-level key repeated;
    //  - SOAP login(): HTTP 200 and exactly the SOAP 1.1 loginResponse envelope (SoapLogin::parse, no
    //    DTD, nothing else in the body) with a non-empty Session.
    // True when the answer meets it; otherwise *contradiction says in words what stands against it.
    // classifyAnswer() accepts only through this, and the answer fuzzer checks every accepted
    // result against it.
    static bool meetsAcceptRule(const ConnectionResult &result, QString *contradiction = nullptr);

private:
    static QString describeReason(const ZuoraReason &reason);
    static QString sessionContradiction(const ConnectionResult &result);
    static QString tokenContradiction(const ConnectionResult &result);
    static QString soapContradiction(const ConnectionResult &result);
    static QString repeatedKey(const ConnectionResult &result);
};

} // namespace zct
