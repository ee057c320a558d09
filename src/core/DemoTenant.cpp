#include "DemoTenant.h"

#include "DemoTenantFactory.h"
#include "ModuleLoader.h"

#include <QCoreApplication>

namespace zct {

std::unique_ptr<DemoTenant> DemoTenant::load(QString *error)
{
    QObject *root = ModuleLoader::instance(QStringLiteral("zct_demo_module"), error);
    if (!root)
        return nullptr;
    auto *factory = qobject_cast<DemoTenantFactory *>(root);
    if (!factory) {
        if (error)
            *error = QCoreApplication::translate("zct::DemoTenant", "The demo module does not offer a demo tenant.");
        return nullptr;
    }
    return factory->createDemoTenant();
}

} // namespace zct
