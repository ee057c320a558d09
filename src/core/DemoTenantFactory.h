#pragma once

#include "DemoTenant.h"

#include <QtPlugin>

#include <memory>

namespace zct {

// What the demo module's root object offers (DemoTenant::load asks for it).
class DemoTenantFactory
{
public:
    virtual ~DemoTenantFactory() = default;
    virtual std::unique_ptr<DemoTenant> createDemoTenant() = 0;
};

} // namespace zct

#define ZCT_DEMO_TENANT_FACTORY_IID "io.github.zct.DemoTenantFactory/1"
Q_DECLARE_INTERFACE(zct::DemoTenantFactory, ZCT_DEMO_TENANT_FACTORY_IID)
