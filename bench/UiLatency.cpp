// How the app behaves with many profiles: runs "Test all" over N profiles against the demo
// server inside the real main window (offscreen) and samples the event loop's latency with a
// 5 ms timer while it runs. Prints one line: profiles, seconds, accepted, latency median/p99/max.
#include "AppSettings.h"
#include "BatchResultsModel.h"
#include "BatchWindow.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileLibrary.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace zct;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;

    DemoServer server;
    server.setRecordRequests(false);
    QString error;
    if (!server.start(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "server: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"profiles.ini"_s));
    profiles.load();
    MemorySecretStore secrets;
    for (int i = 0; i < count; ++i) {
        Profile profile;
        profile.name = u"Tenant %1"_s.arg(i, 4, 10, QLatin1Char('0'));
        profile.settings.baseUrl = server.baseUrl().toString();
        profile.settings.username = QString::fromUtf16(demo::kUser);
        profile.rememberSecret = true;
        profiles.upsert(profile);
        secrets.writeSecret(profile.id, QString::fromUtf16(demo::kPassword));
    }
    profiles.save();
    ProfileLibrary library(&secrets, profiles.path(), dir.filePath(u"history.json"_s));
    library.load();
    AppSettings settings(dir.filePath(u"app-state.ini"_s));

    MainWindow window(&library, &secrets, &settings);
    window.show();
    QList<double> lateness;
    QElapsedTimer clock;
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    sampler.setInterval(5);
    qint64 last = 0;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness << qMax(0.0, (now - last) / 1e6 - 5.0);
        last = now;
    });
    QElapsedTimer run;
    QTimer::singleShot(50, &window, [&] {
        clock.start();
        sampler.start();
        run.start();
        window.findChild<QPushButton *>(u"testAllButton"_s)->click();
        QObject::connect(window.batchWindow(), &BatchWindow::finished, &app, [&] {
            sampler.stop();
            const double seconds = run.nsecsElapsed() / 1e9;
            std::sort(lateness.begin(), lateness.end());
            const auto at = [&](double q) { return lateness.isEmpty() ? 0.0 : lateness.at(qMin(lateness.size() - 1, qsizetype(q * lateness.size()))); };
            const BatchResultsModel *model = window.batchWindow()->model();
            std::printf("%d profiles, %.3f s, %d accepted, event-loop latency median %.2f ms, p99 %.2f ms, max %.2f ms (%lld samples)\n",
                        count, seconds, model->doneCount() - model->failedCount(), at(0.5), at(0.99),
                        lateness.isEmpty() ? 0.0 : lateness.last(), qint64(lateness.size()));
            QCoreApplication::exit(model->failedCount() == 0 ? 0 : 1);
        });
    });
    return QApplication::exec();
}
