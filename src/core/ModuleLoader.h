#pragma once

#include <QCoreApplication>
#include <QString>

class QObject;

namespace zct {

// The parts that only some runs need live in modules of their own, loaded on first use: the demo
// tenant (QtHttpServer) and the OS keychain (QtKeychain, D-Bus). A plain check then maps none of
// their libraries. Modules are looked for in one place only, next to the program
// (<bin>/../lib/zuora-credential-tester, the same in the build tree and once installed), never
// on a path taken from the environment.
class ModuleLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)
public:
    // The module's root object (owned by Qt's plugin loader, alive until the program ends), or
    // nullptr with *error saying which file could not be loaded and why.
    static QObject *instance(const QString &name, QString *error);
    static QString directory();
};

} // namespace zct
