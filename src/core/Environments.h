#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zct {

// One of Zuora's published REST environments (zuora-api.md §3).
struct Environment
{
    QString id;          // stable short name used on the command line and in profiles
    QString displayName; // translated, for people
    QUrl baseUrl;        // REST root, no trailing slash
};

// The outcome of turning whatever a person pasted into a REST base URL.
struct NormalizedUrl
{
    QUrl url;            // valid when error is empty
    QStringList notes;   // what was changed and why, to show next to the field
    QString error;       // a sentence when the input cannot be used
    bool ok() const { return error.isEmpty(); }
};

class Environments final
{
    Q_DECLARE_TR_FUNCTIONS(Environments)
public:
    static const QList<Environment> &presets();
    static const Environment *find(const QString &id);
    // The preset whose base URL equals url, or nullptr for a custom URL.
    static const Environment *match(const QUrl &url);

    // Accepts a bare host, a trailing "/v1" or "/v1/connections" or "/oauth/token" or "/",
    // a UI host (apisandbox.zuora.com -> rest.apisandbox.zuora.com), a legacy "/rest" prefix
    // (kept), and refuses user info, unknown schemes and plain http to anything but loopback.
    static NormalizedUrl normalize(const QString &input);

    static bool isLoopbackHost(const QString &host);

    // base + "/v1/connections" or base + "/oauth/token", keeping any path prefix.
    static QUrl endpoint(const QUrl &base, const QString &path);
};

} // namespace zct
