#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace zct {

// The built-in demo tenant as the faces see it: a loopback server that answers like Zuora,
// started on a free port. Its code lives in the demo module, loaded by load() on first use,
// so that a check of a real tenant never maps QtHttpServer.
class DemoTenant
{
public:
    virtual ~DemoTenant() = default;

    // Listens on 127.0.0.1 on a free port; false with *error set when it cannot.
    virtual bool start(QString *error) = 0;
    // http://127.0.0.1:PORT, no trailing slash; empty before start().
    virtual QUrl baseUrl() const = 0;

    // A new, not yet started demo tenant from the demo module; nullptr with *error set when the
    // module is missing or broken.
    static std::unique_ptr<DemoTenant> load(QString *error);
};

} // namespace zct
