#pragma once

#include "ConnectionResult.h"   // ErrorKind, SentRequest, HeaderField, ZuoraReason, Timings

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace zct {

// What to ask after an accepted check, and with which credential (zuora-api.md §9.2, §9.3, §8.4, §9.6).
struct EntitiesQuery
{
    enum class Credential {
        SessionCookie,   // the ZSession cookie of POST /v1/connections: sent as  Cookie: ZSession=<value>
        SoapSession,     // the Session of SOAP login():                  sent as  Authorization: ZSession <value>
        BearerToken      // an OAuth access_token:                        sent as  Authorization: Bearer <value>
    };

    QUrl restBase;                  // the REST root with any path prefix (https://rest.zuora.com, .../rest); no /v1
    Credential credential = Credential::SessionCookie;
    QByteArray credentialValue;     // in clear; never logged, never in the result
    QString username;               // the login name; needed for a session cookie or SOAP session (the path
                                    // of accessible-entities), unused with a token (the username is unknown)
    QString entityId;               // sent as Zuora-Entity-Ids, as given, only when not empty
    QString trackId;                // sent as Zuora-Track-Id when not empty
    int timeoutMs = 30000;
    QSslConfiguration tls;          // for https: the check's trust. A null configuration: the defaults
                                    // (TLS 1.2 or later, peer verified against the system's authorities).
                                    // Qt reuses a connection to the same host and port whatever its TLS
                                    // settings: on the check's manager, pass the check's own trust.
};

// One entity as Zuora lists it (GETEntitiesType). All strings, as sent: pass them through
// DisplayText::safe before showing them.
struct ZuoraEntity
{
    QString id;            // 32 characters in REST answers; headerEntityId() gives the Zuora-Entity-Ids form
    QString name;
    QString displayName;
    QString status;        // "Provisioned" or "Unprovisioned"
    QString parentId;      // a null QString when the answer has null (or no parentId): the global entity
    QString tenantId;
    QString locale;
    QString timezone;

    bool isGlobal() const { return parentId.isNull(); }
};

// How one lookup ended. A plain value: copy freely. The credential never appears in it.
struct EntitiesResult
{
    bool ok = false;                    // HTTP 200, "success" the JSON boolean true, a well-formed list
    ErrorKind errorKind = ErrorKind::None;
    QString cause;                      // one sentence: what happened (server text made safe)
    QString hint;                       // one sentence: what to do; may be empty on success
    bool notMultiEntity = false;        // HTTP 404: probably a tenant without Multi-entity (not confirmed, §9.7)

    bool sent = false;                  // false: refused before sending (ErrorKind::InvalidInput)
    SentRequest request;                // method, URL and headers as sent; the credential is ********
    QDateTime startedAt;
    Timings timings;                    // from start(); timings.finished is the elapsed time
    double elapsedMs() const { return timings.finished; }

    int httpStatus = 0;
    QString httpReason;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray contentType;
    QByteArray body;                    // at most the body limit
    bool credentialEchoed = false;      // the answer carried the credential; masked wherever it was
    QString redirectTarget;             // Location of a 3xx, never followed
    QStringList tlsErrors;              // certificate problems, in words

    QString processId;
    QList<ZuoraReason> reasons;         // from an error body, each code decoded (ZuoraErrorCode)
    QList<ZuoraEntity> entities;        // only when ok

    QString firstCode() const { return reasons.isEmpty() ? QString() : reasons.first().code.text(); }
};

// An explicit, opt-in look-up of the entities a credential can reach, made after an accepted
// check and never on its own. Exactly one read-only GET, on the caller's network manager (the
// check's own, so the same proxy, trust and perhaps the same connection serve it):
//   session cookie or SOAP session:  GET <restBase>/v1/users/<username, percent-encoded>/accessible-entities
//   OAuth token:                     GET <restBase>/v1/entities
// No redirect is followed, no cookie is stored or loaded, nothing is cached. Never POST/PUT/DELETE.
class EntitiesLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntitiesLookup)
public:
    static constexpr qint64 kDefaultBodyLimit = 1024 * 1024;

    // The manager is not owned. If it goes away mid-request, the lookup ends as a network failure.
    explicit EntitiesLookup(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EntitiesLookup() override;   // mid-request: aborts without reporting

    // Starts the lookup; false (nothing happens) while one runs or without a manager. Input that
    // cannot be sent (no credential, no username for a session, a control character in a header
    // value, a base URL that is not http(s), plain http to anything but loopback) ends in
    // finished() with ErrorKind::InvalidInput and sent false, from the event loop.
    bool start(const EntitiesQuery &query);
    // Stops a running lookup; finished() reports ErrorKind::Cancelled.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    qint64 bodyLimit() const { return m_bodyLimit; }

    // The URL start() would ask; invalid when the query has no usable base.
    static QUrl endpointFor(const EntitiesQuery &query);

    // The query for the credential an accepted check obtained: the session cookie or SOAP session
    // with the login name, or the OAuth token; the profile's entity and track id; the check's
    // timeout. Nothing when the check was not accepted or brought no credential. The caller adds
    // the check's TLS trust.
    static std::optional<EntitiesQuery> queryAfter(const ConnectionResult &accepted);

    // A 32-character entity id (REST answers) as the hyphenated 8-4-4-4-12 form Zuora-Entity-Ids
    // needs (§9.1); the hyphenated form is returned as it is. Anything else: an empty string.
    static QString headerEntityId(const QString &id);

    // For "a multi-entity user, no entity id chosen: offer to put one into the profile". Suggests
    // nothing (an empty string) when the lookup failed, when an entity id is already chosen, or when
    // the list has fewer than two entities. Otherwise the global entity (parentId null) in the
    // Zuora-Entity-Ids form, as the default choice; the UI still lets the person pick. When the
    // list holds no global entity, the single entity whose parent is not in the list, if there is
    // exactly one. Unprovisioned entities are never suggested.
    static QString suggestedEntityId(const EntitiesResult &result, const QString &currentEntityId);

Q_SIGNALS:
    void finished(const zct::EntitiesResult &result);

private:
    void abortWith(ErrorKind kind);
    void fail(ErrorKind kind, const QString &cause, const QString &hint);
    void finishEarly(const QString &cause);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void judgeTransportFailure(QNetworkReply::NetworkError error, const QString &errorString);
    void judgeAnswer();
    void judgeEntities();
    void maskEchoedCredential();
    void report();
    double elapsed() const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    EntitiesQuery m_query;
    EntitiesResult m_result;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    ErrorKind m_abortKind = ErrorKind::None;
    int m_connectionsStarted = 0;
    qint64 m_bodyLimit = kDefaultBodyLimit;
};

} // namespace zct

Q_DECLARE_METATYPE(zct::EntitiesResult)
