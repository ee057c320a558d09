#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

// One run of a command-line program under test: what it printed and how it ended. The event
// loop keeps turning while it runs, so servers in the test's own thread go on answering.
struct ProgramRun
{
    static constexpr int NotFinished = -1;   // did not start, or was killed at the time limit
    static constexpr int Crashed = -2;

    int exitCode = NotFinished;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;          // standard output as one JSON object
    QList<QJsonObject> lines() const;  // standard output as JSON lines; none if one is not an object

    static ProgramRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                          const QByteArray &stdinData = {}, int timeoutMs = 60000);
};
