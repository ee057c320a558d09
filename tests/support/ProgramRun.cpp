#include "ProgramRun.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

QJsonObject ProgramRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> ProgramRun::lines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};   // a line that is not a JSON object breaks the contract: no lines at all
        objects << document.object();
    }
    return objects;
}

ProgramRun ProgramRun::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                           const QByteArray &stdinData, int timeoutMs)
{
    ProgramRun result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : Crashed;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
