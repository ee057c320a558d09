// zct-bench-batch: N session-login checks through zct::BatchRunner, for bench/run.
//
//   ZUORA_PASSWORD=... zct-bench-batch --base-url URL [--username NAME] --count N --concurrency C
//                   [--ca-file PEM]
//
// Prints one line ("N checks, A accepted, O other, S s") and exits 0 only if every check
// was accepted. Everything runs on the event loop; nothing blocks.

#include "BatchRunner.h"
#include "ConnectionResult.h"
#include "ConnectionSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

int usage(const QString &message)
{
    printLine(stderr, u"zct-bench-batch: "_s + message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zct-bench-batch"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Runs N session-login checks through zct::BatchRunner; the secret comes from ZUORA_PASSWORD."_s);
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"Base URL of the server."_s, u"URL"_s);
    const QCommandLineOption userOption(u"username"_s, u"API user (default api.demo@example.com)."_s,
                                        u"NAME"_s, u"api.demo@example.com"_s);
    const QCommandLineOption countOption(u"count"_s, u"Number of checks (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s, u"Checks in flight (default 6)."_s,
                                               u"C"_s, u"6"_s);
    const QCommandLineOption caFileOption(u"ca-file"_s, u"Also trust this PEM CA (HTTPS)."_s, u"PEM"_s);
    parser.addOptions({baseUrlOption, userOption, countOption, concurrencyOption, caFileOption});
    parser.process(app);

    if (!parser.isSet(baseUrlOption))
        return usage(u"--base-url is required."_s);
    bool ok = false;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 1)
        return usage(u"--count must be a positive number."_s);
    const int concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 64)
        return usage(u"--concurrency must be between 1 and 64."_s);
    if (!qEnvironmentVariableIsSet("ZUORA_PASSWORD"))
        return usage(u"set ZUORA_PASSWORD."_s);

    zct::ConnectionSettings settings;
    settings.baseUrl = parser.value(baseUrlOption);
    settings.username = parser.value(userOption);
    settings.caFile = parser.value(caFileOption);
    const QString secret = qEnvironmentVariable("ZUORA_PASSWORD");

    QList<zct::CheckJob> jobs;
    jobs.reserve(count);
    for (int i = 0; i < count; ++i) {
        zct::CheckJob job;
        job.label = QString::number(i);
        job.settings = settings;
        job.secret = secret;
        jobs.append(job);
    }

    zct::BatchRunner runner;
    runner.setConcurrency(concurrency);

    int accepted = 0;
    int other = 0;
    QString firstOther;
    QElapsedTimer clock;

    QObject::connect(&runner, &zct::BatchRunner::resultReady, &app,
                     [&](int index, const QString &, const zct::ConnectionResult &result) {
                         if (result.accepted()) {
                             ++accepted;
                         } else {
                             if (other++ == 0)
                                 firstOther = u"check %1: HTTP %2, %3"_s.arg(index).arg(result.httpStatus)
                                                      .arg(result.cause);
                         }
                     });
    QObject::connect(&runner, &zct::BatchRunner::finished, &app, [&] {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        printLine(stdout, u"%1 checks, %2 accepted, %3 other, %4 s"_s.arg(count).arg(accepted).arg(other)
                                  .arg(seconds, 0, 'f', 3));
        if (other > 0)
            printLine(stderr, u"first failure: "_s + firstOther);
        QCoreApplication::exit(accepted == count ? 0 : 1);
    });

    QTimer::singleShot(0, &runner, [&] {
        clock.start();
        runner.start(jobs);
    });
    return app.exec();
}
