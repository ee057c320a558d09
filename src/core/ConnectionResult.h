#pragma once

#include "ConnectionSettings.h"
#include "SoapLogin.h"
#include "TlsDetails.h"
#include "ZuoraErrorCode.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QNetworkCookie>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zct {

enum class Verdict { Accepted, Rejected, Error };

// Why an attempt did not end in "accepted". Each kind maps onto one exit code.
enum class ErrorKind {
    None,
    Rejected,           // Zuora said no: 401/403 or success:false        -> 1
    InvalidInput,       // refused before sending                         -> 2
    HostNotFound,       //                                                 -> 3
    ConnectionRefused,  //                                                 -> 3
    Network,            // reset, unreachable                              -> 3
    Proxy,              // the proxy: unreachable, refused the login, ...  -> 3
    Tls,                // certificate or handshake failure                -> 3
    Timeout,            //                                                 -> 3
    Cancelled,          //                                                 -> 3
    Redirect,           // the server redirected; not followed             -> 4
    RateLimited,        // 429                                             -> 4
    ServerError,        // 5xx with a Zuora answer                         -> 4
    NotZuora,           // HTML or other non-JSON page                     -> 4
    EmptyBody,          // nothing to judge                                -> 4
    BodyTooLarge,       // over the cap                                    -> 4
    UnexpectedAnswer,   // JSON of no known shape, or an odd status        -> 4
    MissingSecret       // a saved profile's secret is not at hand (not    -> 2
                        // remembered, not in the keychain, keychain failed); nothing was sent
};

QString errorKindId(ErrorKind kind);   // stable identifier used in JSON
QString errorKindName(ErrorKind kind); // the same, in words for people (translated)
int exitCodeFor(Verdict verdict, ErrorKind kind);

struct ZuoraReason
{
    ZuoraErrorCode code;
    QString message;
};

// What an OAuth token answer contained; scope split into its items.
struct OAuthToken
{
    QString accessToken;
    QString tokenType;
    qint64 expiresIn = -1;
    QString scope;
    QStringList scopeItems;
    QString userId;
    QString tenantId;
    QStringList entityIds;
    QStringList services;
    QString jti;
    bool isValid() const { return !accessToken.isEmpty(); }
};

// Milliseconds from the start of the attempt; -1 where the phase did not happen
// (a reused connection has no connect, plain http has no TLS).
struct Timings
{
    double connecting = -1;
    double tlsDone = -1;
    double requestSent = -1;
    double firstByte = -1;
    double finished = -1;
};

struct HeaderField
{
    QByteArray name;
    QByteArray value;
    bool sensitive = false;   // value is masked; the clear value is never stored here
};

struct SentRequest
{
    QByteArray method;
    QUrl url;
    QList<HeaderField> headers;
    QByteArray body;          // with secrets masked
};

enum class AnswerShape {
    None,            // no answer (network error) or empty body
    CommonResponse,  // {success, processId, reasons[{code, message}]}
    SuccessErrors,   // {Success, Errors[{Code, Message}]} (Actions / CRUD)
    Message,         // {"message": ...} or {"code": ..., "message": ...}
    OAuthToken,      // {access_token, ...}
    OAuthError,      // {error, error_description}
    UnknownJson,
    Html,
    NotJson
};
QString answerShapeId(AnswerShape shape);

// One attempt, everything a person or a script wants to see. A plain value: copy freely.
struct ConnectionResult
{
    ConnectionSettings settings;
    QUrl endpoint;
    QStringList notes;                 // normalisation notes and warnings
    QString proxy;                     // the proxy used, "http://host:port" or "socks5://host:port"
                                       // (never a user name or password); empty when direct
    int attempts = 1;                  // requests sent for this result: 2 after a 429 retried once
                                       // (BatchRunner), 0 when nothing was sent
    QDateTime startedAt;
    SentRequest request;

    int httpStatus = 0;
    QString httpReason;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray body;
    QByteArray contentType;

    AnswerShape shape = AnswerShape::None;   // JSON answers; SOAP ones are read into `soap`
    QJsonDocument json;
    QStringList jsonKeys;              // the top-level object's keys as sent, in order, repeats kept:
                                       // QJsonDocument keeps only the last of a repeated key
    int successValue = -1;             // -1 absent, 0 false, 1 true
    QString processId;
    QList<ZuoraReason> reasons;
    QString answerMessage;             // "message" / "error_description" shapes
    OAuthToken token;
    SoapLoginAnswer soap;              // SOAP login(): what the envelope said (its Session is a secret)
    QList<QNetworkCookie> cookies;
    QStringList tlsErrors;             // certificate problems, in words
    TlsDetails tls;                    // what the TLS handshake settled (chain, protocol, cipher); empty for plain http
    QString redirectTarget;

    Timings timings;
    bool secretEchoed = false;         // the answer carried the secret itself; masked (maskEchoedSecret)

    Verdict verdict = Verdict::Error;
    ErrorKind errorKind = ErrorKind::None;
    QString cause;                     // one line: what happened
    QString hint;                      // one line: what to do

    bool accepted() const { return verdict == Verdict::Accepted; }
    int exitCode() const { return exitCodeFor(verdict, errorKind); }
    QByteArray header(const QByteArray &name) const;   // case-insensitive, first match
    const QNetworkCookie *sessionCookie() const;       // ZSession, if set
    QString firstCode() const;
    // What Zuora issued that must be masked wherever the answer is shown: the OAuth token, the SOAP
    // Session, the session cookie's value. Empty when nothing was issued.
    QStringList issuedCredentials() const;

    // Replaces the password or client secret wherever the server echoed it (body and its parsed
    // form, headers, reasons, reason phrase, cookies, redirect target, cause, hint, notes) with
    // ********, and sets secretEchoed when it found any. ZuoraConnection does this before it
    // reports, so everything shown, saved or exported from a result is already masked.
    void maskEchoedSecret(const QString &secret);
};

} // namespace zct

Q_DECLARE_METATYPE(zct::ConnectionResult)
