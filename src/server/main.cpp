// zuora-mock-server: the demo Zuora server as a process, for trying the tester by hand and for
// scripts. Prints its base URL as the first line of stdout, then serves until SIGINT/SIGTERM.

#include "DemoServer.h"
#include "DemoUsers.h"
#include "StopSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTime>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kExitUsage = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("zuora-mock-server", text);
}

void printLine(std::FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

int fail(const QString &message)
{
    printLine(stderr, u"zuora-mock-server: "_s + message);
    return kExitUsage;
}

std::optional<QHostAddress> parseHost(const QString &text)
{
    if (text.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

std::optional<int> parseNumber(const QString &text, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > maximum)
        return std::nullopt;
    return value;
}

QString logLine(const QByteArray &method, const QString &path, int status, const QString &principal)
{
    const QString who = principal.isEmpty() ? u"-"_s : principal;
    const QString outcome = status == 0 ? tr("client gone before the slow answer")
                                        : QString::number(status);
    return QTime::currentTime().toString(u"hh:mm:ss.zzz"_s) % u' ' % QString::fromLatin1(method)
            % u' ' % path % u' ' % outcome % u' ' % who;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"zuora-mock-server"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ZCT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("A loopback stand-in for Zuora's authentication endpoints (POST .../v1/connections "
               "and POST .../oauth/token) that answers like the recorded real server. It prints "
               "its base URL on the first line of standard output."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, tr("Port to listen on (default: any free port)."),
                                        tr("N"), u"0"_s);
    const QCommandLineOption hostOption(u"host"_s, tr("Address to listen on (default: 127.0.0.1)."),
                                        tr("ADDR"), u"127.0.0.1"_s);
    const QCommandLineOption certOption(u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate."),
                                        tr("PEM"));
    const QCommandLineOption keyOption(u"tls-key"_s, tr("Unencrypted PEM private key for --tls-cert."),
                                       tr("PEM"));
    const QCommandLineOption usersOption(u"users"_s,
                                         tr("JSON file of users and clients instead of the built-in "
                                            "demo credentials."),
                                         tr("FILE"));
    const QCommandLineOption slowOption(u"slow-ms"_s,
                                        tr("Delay of the slow scenario in milliseconds (default 3000)."),
                                        tr("N"), u"3000"_s);
    const QCommandLineOption quietOption(u"quiet"_s, tr("Do not log each request to standard error."));
    parser.addOptions({portOption, hostOption, certOption, keyOption, usersOption, slowOption,
                       quietOption});

    // parse() rather than process(): process() exits with 1 on a bad option, we promise 2.
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + u'\n' + tr("Try --help."));
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    const auto port = parseNumber(parser.value(portOption), 65535);
    if (!port)
        return fail(tr("--port needs a number from 0 to 65535, not \"%1\"").arg(parser.value(portOption)));
    const auto host = parseHost(parser.value(hostOption));
    if (!host)
        return fail(tr("--host needs an IP address, not \"%1\"").arg(parser.value(hostOption)));
    const auto slowMs = parseNumber(parser.value(slowOption), 24 * 3600 * 1000);
    if (!slowMs)
        return fail(tr("--slow-ms needs a number of milliseconds, not \"%1\"").arg(parser.value(slowOption)));
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return fail(tr("--tls-cert and --tls-key go together"));

    QString error;
    std::optional<zct::DemoUsers> users = zct::DemoUsers::builtIn();
    if (parser.isSet(usersOption)) {
        users = zct::DemoUsers::fromJsonFile(parser.value(usersOption), &error);
        if (!users)
            return fail(error);
    }

    zct::DemoServer server(*users);
    server.setSlowDelayMs(*slowMs);
    if (parser.isSet(certOption)
        && !server.useTls(parser.value(certOption), parser.value(keyOption), &error)) {
        return fail(error);
    }
    zct::StopSignals stopSignals;
    if (!stopSignals.install(&error))
        return fail(error);
    if (!server.start(*host, quint16(*port), &error))
        return fail(error);

    const bool quiet = parser.isSet(quietOption);
    if (!quiet) {
        QObject::connect(&server, &zct::DemoServer::requestAnswered, &app,
                         [](const QByteArray &method, const QString &path, int status,
                            const QString &principal) {
                             printLine(stderr, logLine(method, path, status, principal));
                         });
    }
    QObject::connect(&stopSignals, &zct::StopSignals::stopRequested, &app, [quiet](int signalNumber) {
        if (!quiet)
            printLine(stderr, tr("Stopping on signal %1").arg(signalNumber));
        QCoreApplication::quit();
    });

    printLine(stdout, server.baseUrl().toString());
    return app.exec();
}
