// zct_demo_module: the demo tenant (DemoServer over QtHttpServer) as a module that
// DemoTenant::load() loads for --demo and the app's demo profiles.
#include "DemoServer.h"
#include "DemoTenantFactory.h"

#include <QObject>

namespace zct {

namespace {

class ServedDemoTenant final : public DemoTenant
{
public:
    bool start(QString *error) override { return m_server.start(QHostAddress::LocalHost, 0, error); }
    QUrl baseUrl() const override { return m_server.baseUrl(); }

private:
    DemoServer m_server;
};

} // namespace

class DemoTenantModule final : public QObject, public DemoTenantFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ZCT_DEMO_TENANT_FACTORY_IID)
    Q_INTERFACES(zct::DemoTenantFactory)
public:
    std::unique_ptr<DemoTenant> createDemoTenant() override { return std::make_unique<ServedDemoTenant>(); }
};

} // namespace zct

#include "DemoTenantModule.moc"
