#include "AuthMethod.h"

#include "Environments.h"
#include "SoapLogin.h"

namespace zct {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(AuthMethod)
};

} // namespace

const QList<AuthMethod> &AuthMethod::all()
{
    static const QList<AuthMethod> table{
        {AuthMode::SessionLogin, "session", "/v1/connections", "ZUORA_PASSWORD", Credential::SessionCookie},
        {AuthMode::OAuthClientCredentials, "oauth", "/oauth/token", "ZUORA_CLIENT_SECRET", Credential::AccessToken},
        {AuthMode::SoapLogin, "soap", "/apps/services/a", "ZUORA_PASSWORD", Credential::SoapSession},
    };
    return table;
}

const AuthMethod &AuthMethod::of(AuthMode mode)
{
    for (const AuthMethod &method : all()) {
        if (method.mode == mode)
            return method;
    }
    return all().constFirst();
}

const AuthMethod *AuthMethod::fromId(const QString &id)
{
    for (const AuthMethod &method : all()) {
        if (id == QLatin1String(method.id))
            return &method;
    }
    return nullptr;
}

QUrl AuthMethod::endpoint(const QUrl &restBase, const ConnectionSettings &settings) const
{
    if (credential == Credential::SoapSession) {
        const QString version = settings.wsdlVersion.trimmed().isEmpty() ? QString(SoapLogin::DefaultWsdlVersion)
                                                                         : settings.wsdlVersion;
        return SoapLogin::endpoint(restBase, version);
    }
    return Environments::endpoint(restBase, QString::fromLatin1(endpointPath));
}

QString AuthMethod::title() const
{
    switch (mode) {
    case AuthMode::SessionLogin: return Words::tr("Session login (user name and password)");
    case AuthMode::OAuthClientCredentials: return Words::tr("OAuth client credentials (client id and secret)");
    case AuthMode::SoapLogin: return Words::tr("SOAP login() (user name and password)");
    }
    return QString();
}

QString AuthMethod::shortTitle() const
{
    switch (mode) {
    case AuthMode::SessionLogin: return Words::tr("Session login");
    case AuthMode::OAuthClientCredentials: return Words::tr("OAuth token");
    case AuthMode::SoapLogin: return Words::tr("SOAP login");
    }
    return QString();
}

QString AuthMethod::userTitle() const
{
    switch (mode) {
    case AuthMode::SessionLogin: return Words::tr("User name");
    case AuthMode::OAuthClientCredentials: return Words::tr("Client id");
    case AuthMode::SoapLogin: return Words::tr("User name");
    }
    return QString();
}

QString AuthMethod::secretTitle() const
{
    switch (mode) {
    case AuthMode::SessionLogin: return Words::tr("Password");
    case AuthMode::OAuthClientCredentials: return Words::tr("Client secret");
    case AuthMode::SoapLogin: return Words::tr("Password");
    }
    return QString();
}

} // namespace zct
