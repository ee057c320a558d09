#include "ModuleLoader.h"

#include <QDir>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace zct {

namespace {
Q_LOGGING_CATEGORY(lcModules, "zct.modules", QtWarningMsg)
}

QString ModuleLoader::directory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" ZCT_MODULE_DIR_FROM_BIN));
}

QObject *ModuleLoader::instance(const QString &name, QString *error)
{
    const QString path = directory() + u'/' + name;
    QPluginLoader loader(path);
    QObject *root = loader.instance();
    qCDebug(lcModules) << "module" << loader.fileName() << (root ? "loaded" : "not loaded");
    if (!root && error)
        *error = tr("The module %1 cannot be loaded: %2").arg(path, loader.errorString());
    return root;
}

} // namespace zct
