// zuora-credential-tester: the desktop app.
#include "AppSettings.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Qt's own strings and ours in the system's language; none when the first choice is English,
// the language of the sources (else LANGUAGE=en:de would give German).
void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    if (locale.uiLanguages().value(0).startsWith(u"en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"zuora-credential-tester"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
}

// The icon theme's (installed: share/icons/hicolor), else the same PNGs built in (resources/zct.qrc).
QIcon applicationIcon()
{
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(u":/icons/%1.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(ZCT_APP_ID), builtIn);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(app);
    QCoreApplication::setOrganizationName(u"ZuoraCredentialTester"_s);
    QCoreApplication::setApplicationName(u"zuora-credential-tester"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCT_VERSION));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Zuora Credential Tester"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ZCT_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tests Zuora REST API credentials."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open on the built-in demo tenant and test it."));
    const QCommandLineOption quitAfter(u"quit-after-shown"_s,
        QCoreApplication::translate("main", "Quit as soon as the window is shown and print the time it took (for benchmarks)."));
    parser.addOptions({demo, quitAfter});
    parser.process(app);

    zct::KeychainSecretStore secrets(QStringLiteral(ZCT_APP_ID));   // its module loads at the first request
    zct::ProfileLibrary library(&secrets);   // the app's profiles.ini and history.json
    library.load();
    zct::AppSettings settings;               // app-state.ini: the window's own state
    settings.migrate(library.store());       // once: what profiles.ini kept of the window

    zct::MainWindow window(&library, &secrets, &settings);
    window.show();
    if (parser.isSet(quitAfter)) {
        QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
        return QApplication::exec();
    }
    window.reportStartupProblem(library.problem());
    if (parser.isSet(demo))
        window.startDemo(true);
    return QApplication::exec();
}
