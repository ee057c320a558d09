#include "DemoSession.h"

#include "DemoCredentials.h"
#include "DemoTenant.h"
#include "ProfileLibrary.h"

using namespace Qt::StringLiterals;

namespace zct {

DemoSession::DemoSession(ProfileLibrary *library)
    : m_library(library)
{
}

DemoSession::~DemoSession() = default;

QString DemoSession::baseUrl() const
{
    return m_server ? m_server->baseUrl().toString() : QString();
}

QString DemoSession::start(QString *error)
{
    if (!m_server) {
        std::unique_ptr<DemoTenant> server = DemoTenant::load(error);
        if (!server || !server->start(error))
            return {};
        m_server = std::move(server);
    }
    const auto add = [&](const QString &id, const QString &name, const QString &secret) {
        Profile profile;
        profile.id = id;
        profile.name = name;
        profile.demo = true;
        profile.settings.baseUrl = baseUrl();
        profile.settings.username = QString::fromUtf16(demo::kUser);
        m_library->addDemo(profile, secret);
    };
    add(u"demo-rejected"_s, tr("Demo tenant: wrong password"), u"not-the-password"_s);
    add(u"demo-accepted"_s, tr("Demo tenant"), QString::fromUtf16(demo::kPassword));
    return u"demo-accepted"_s;
}

} // namespace zct
