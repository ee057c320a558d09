#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace zct {

class DemoTenant;
class ProfileLibrary;

// The demo tenant: a DemoTenant (the demo module, loaded on first use) inside this process on a loopback port that changes every run,
// and two demo profiles for it (accepted, wrong password) in ProfileLibrary, which keeps them in
// memory only: a demo profile is never written, so it never outlives the server it points at.
class DemoSession final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSession)
    Q_DISABLE_COPY_MOVE(DemoSession)
public:
    explicit DemoSession(ProfileLibrary *library);
    ~DemoSession();

    // Starts the server once and adds (or refreshes) both profiles. Returns the accepted
    // profile's id, or an empty string with *error set.
    QString start(QString *error);
    QString baseUrl() const;
    bool isRunning() const { return m_server != nullptr; }

private:
    ProfileLibrary *m_library;
    std::unique_ptr<DemoTenant> m_server;
};

} // namespace zct
