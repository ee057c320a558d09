#pragma once

#include "CaFile.h"
#include "ConnectionResult.h"
#include "ConnectionSettings.h"
#include "EntitiesLookup.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <QNetworkProxy>
#include <QNetworkReply>

class QAuthenticator;
class QNetworkAccessManager;

namespace zct {

class EntitiesLookup;
class ProxyFactory;

// The model behind the form: holds the inputs of one check, runs one attempt at a time
// with QNetworkAccessManager, never blocks, and reports a ConnectionResult.
class ZuoraConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZuoraConnection)
    Q_PROPERTY(QString baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
    Q_PROPERTY(zct::AuthMode authMode READ authMode WRITE setAuthMode NOTIFY authModeChanged)
    Q_PROPERTY(QString username READ username WRITE setUsername NOTIFY usernameChanged)
    Q_PROPERTY(QString entityId READ entityId WRITE setEntityId NOTIFY entityIdChanged)
    Q_PROPERTY(QString trackId READ trackId WRITE setTrackId NOTIFY trackIdChanged)
    Q_PROPERTY(QString wsdlVersion READ wsdlVersion WRITE setWsdlVersion NOTIFY wsdlVersionChanged)
    Q_PROPERTY(QString caFile READ caFile WRITE setCaFile NOTIFY caFileChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutMsChanged)
    Q_PROPERTY(QUrl resolvedEndpoint READ resolvedEndpoint NOTIFY resolvedEndpointChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    static constexpr qint64 DefaultBodyLimit = 4 * 1024 * 1024;

    explicit ZuoraConnection(QObject *parent = nullptr);
    ~ZuoraConnection() override;

    QString baseUrl() const { return m_settings.baseUrl; }
    void setBaseUrl(const QString &url);
    AuthMode authMode() const { return m_settings.authMode; }
    void setAuthMode(AuthMode mode);
    QString username() const { return m_settings.username; }
    void setUsername(const QString &username);
    QString entityId() const { return m_settings.entityId; }
    void setEntityId(const QString &entityId);
    QString trackId() const { return m_settings.trackId; }
    void setTrackId(const QString &trackId);
    QString wsdlVersion() const { return m_settings.wsdlVersion; }   // SOAP only; empty for the default
    void setWsdlVersion(const QString &version);
    QString caFile() const { return m_settings.caFile; }
    void setCaFile(const QString &path);
    int timeoutMs() const { return m_settings.timeoutMs; }
    void setTimeoutMs(int ms);
    ProxySettings proxy() const { return m_settings.proxy; }
    void setProxy(const ProxySettings &proxy);

    ConnectionSettings settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings);

    // The password or client secret. Deliberately not a property: it must never be
    // enumerated, bound or saved along with the others.
    void setSecret(const QString &secret) { m_secret = secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // The proxy's password, for the user name in proxy(); not a property for the same reason.
    // Answers the proxy's first authentication request of an attempt; a saved profile keeps it in
    // the SecretStore under proxySecretKey(profile id). Each attempt uses the value set when it starts.
    void setProxyPassword(const QString &password) { m_proxyPassword = password; }
    bool hasProxyPassword() const { return !m_proxyPassword.isEmpty(); }

    QUrl resolvedEndpoint() const;
    bool isBusy() const { return m_reply != nullptr; }
    ConnectionResult lastResult() const { return m_result; }

    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }

    // On (the default): a server that echoes the secret back gets it masked in the result itself
    // (ConnectionResult::maskEchoedSecret), so nothing shown, saved or exported carries it. Off only
    // for an explicit reveal (zuora-check --show-secrets).
    void setMaskEchoedSecret(bool mask) { m_maskEchoedSecret = mask; }

    enum class ConnectionReuse {
        Never,              // every attempt opens its own connection (the default)
        WhenTrustMatches    // same host and same trust settings may share one (batches)
    };
    void setConnectionReuse(ConnectionReuse policy) { m_reusePolicy = policy; }

    // Reasons the inputs cannot be sent, in words; empty when they can.
    static QString validate(const ConnectionSettings &settings, const QString &secret);
    static QString validateTrackId(const QString &trackId);

public Q_SLOTS:
    // Starts one attempt; returns false (and does nothing) while one is running.
    bool test();
    void cancel();
    // After an accepted check, and only when asked: the one read-only call that lists the entities
    // the credential reaches (EntitiesLookup), with the session or token that check obtained,
    // through its proxy and trust. False (nothing sent) unless that check was accepted with a
    // credential and nothing runs here.
    bool lookupEntities(const ConnectionResult &accepted);
    bool isLookingUpEntities() const;

Q_SIGNALS:
    void started();
    void finished(const zct::ConnectionResult &result);
    void entitiesFinished(const zct::EntitiesResult &result);
    void baseUrlChanged();
    void authModeChanged();
    void usernameChanged();
    void entityIdChanged();
    void trackIdChanged();
    void wsdlVersionChanged();
    void caFileChanged();
    void timeoutMsChanged();
    void proxyChanged();
    void resolvedEndpointChanged();
    void busyChanged();

private:
    void onReadyRead();
    void onMetaData();
    void onSslErrors(const QList<QSslError> &errors);
    void captureTls(QNetworkReply *reply);
    void onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    bool completeProxyFailure(QNetworkReply::NetworkError error);
    void onReplyFinished();
    void abortWith(ErrorKind kind);
    void finishEarly(ErrorKind kind, const QString &cause, const QString &hint);
    void recordRequest(const QByteArray &method, const QUrl &url, const QList<HeaderField> &headers, const QByteArray &body);
    void completeTransportFailure(QNetworkReply::NetworkError error);
    double elapsedMs() const;
    // For https: TLS 1.2+, verification on, no session resumption, the extra CA file added.
    static QSslConfiguration tlsConfiguration(const QString &caFile);
    static QSslConfiguration tlsConfiguration(const QList<QSslCertificate> &extraCa);
    // validate() with the CA file as the attempt read it.
    static QString validate(const ConnectionSettings &settings, const QString &secret, const CaFile &ca);

    ConnectionSettings m_settings;
    CaFile m_attemptCa;               // the extra CA file, read once per attempt: validated, trusted, described
    QString m_secret;
    QString m_proxyPassword;
    QString m_attemptSecret;          // the secret the running attempt sent, to mask its echo; cleared when it ends
    bool m_maskEchoedSecret = true;
    QString m_attemptProxyPassword;   // the value for the running attempt; cleared when it ends
    bool m_attemptProxyPasswordGiven = false;
    int m_proxyAuthRequests = 0;      // in the running attempt
    int m_connectionsStarted = 0;     // in the running attempt; a second one means Qt is about to resend
    bool m_proxyCredentialsAnswered = false;
    QNetworkProxy m_route;            // the running attempt's proxy (NoProxy when direct)
    QNetworkAccessManager *m_nam = nullptr;
    ProxyFactory *m_proxyFactory = nullptr;   // owned by m_nam
    EntitiesLookup *m_entities = nullptr;     // made on the first lookupEntities()
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    ConnectionResult m_result;
    QList<QSslError> m_sslErrors;
    ErrorKind m_abortKind = ErrorKind::None;
    qint64 m_bodyLimit = DefaultBodyLimit;
    ConnectionReuse m_reusePolicy = ConnectionReuse::Never;
    QString m_lastTrustKey;
};

} // namespace zct
