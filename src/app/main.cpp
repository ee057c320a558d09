// zuora-credential-tester: the desktop app.
#include "HistoryStore.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ZuoraCredentialTester"_s);
    QCoreApplication::setApplicationName(u"zuora-credential-tester"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCT_VERSION));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Zuora Credential Tester"));
    QGuiApplication::setDesktopFileName(QStringLiteral(ZCT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tests Zuora REST API credentials."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open on the built-in demo tenant and test it."));
    const QCommandLineOption quitAfter(u"quit-after-shown"_s,
        QCoreApplication::translate("main", "Quit as soon as the window is shown and print the time it took (for benchmarks)."));
    parser.addOptions({demo, quitAfter});
    parser.process(app);

    zct::ProfileStore profiles;
    profiles.load();
    zct::HistoryStore history;
    history.load();
    zct::KeychainSecretStore secrets(QStringLiteral(ZCT_APP_ID));

    zct::MainWindow window(&profiles, &history, &secrets);
    window.show();
    if (parser.isSet(quitAfter)) {
        QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
        return QApplication::exec();
    }
    QStringList problems;
    if (!profiles.problem().isEmpty())
        problems << profiles.problem();
    if (!history.problem().isEmpty())
        problems << history.problem();
    window.reportStartupProblem(problems.join(u' '));
    if (parser.isSet(demo))
        window.startDemo(true);
    return QApplication::exec();
}
