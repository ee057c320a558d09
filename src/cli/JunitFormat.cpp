#include "JunitFormat.h"

#include "AuthMethod.h"
#include "Outcome.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

enum class CaseKind { Passed, Failure, Error, Skipped };

CaseKind kindOf(const ConnectionResult &result)
{
    if (result.accepted())
        return CaseKind::Passed;
    if (!OutputFormat::wasSent(result))
        return CaseKind::Skipped;   // not run: secret missing, bad input, cancelled before starting
    switch (result.exitCode()) {
    case 1: return CaseKind::Failure;
    default: return CaseKind::Error;
    }
}

QString caseTime(const ConnectionResult &result)
{
    return OutputFormat::decimal(OutputFormat::wasSent(result) ? OutputFormat::seconds(qMax(0.0, result.timings.finished)) : 0, 3);
}

QString systemOut(const ConnectionResult &result)
{
    // Decoded, never the raw body: an accepted OAuth answer carries the token itself.
    QStringList lines;
    lines << JunitFormat::tr("Outcome: %1 (%2)").arg(OutcomeText::title(result), errorKindId(result.errorKind));
    if (!result.cause.isEmpty())
        lines << JunitFormat::tr("Cause: %1").arg(OutputFormat::oneLine(result.cause));
    for (const QString &reason : OutputFormat::decodedReasons(result))
        lines << JunitFormat::tr("Reason: %1").arg(reason);
    if (!result.hint.isEmpty())
        lines << JunitFormat::tr("Hint: %1").arg(OutputFormat::oneLine(result.hint));
    if (!result.endpoint.isEmpty())
        lines << JunitFormat::tr("Endpoint: %1 (%2)").arg(result.endpoint.toString(), AuthMethod::of(result.settings.authMode).shortTitle());
    if (result.httpStatus > 0)
        lines << JunitFormat::tr("HTTP: %1 %2").arg(result.httpStatus).arg(OutputFormat::oneLine(result.httpReason));
    if (result.attempts > 1)
        lines << JunitFormat::tr("Attempts: %1").arg(result.attempts);
    return lines.join(u'\n') + u'\n';
}

} // namespace

QString JunitFormat::xmlSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t u = c.unicode();
        const bool allowed = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u != 0xFFFE && u != 0xFFFF);
        if (!allowed)
            c = u' ';
    }
    return safe;
}

OutputFormat::Output JunitFormat::finish() const
{
    int failures = 0;
    int errors = 0;
    int skipped = 0;
    double total = 0;
    for (const CheckedProfile &entry : entries()) {
        switch (kindOf(entry.result)) {
        case CaseKind::Passed: break;
        case CaseKind::Failure: ++failures; break;
        case CaseKind::Error: ++errors; break;
        case CaseKind::Skipped: ++skipped; break;
        }
        if (wasSent(entry.result))
            total += seconds(qMax(0.0, entry.result.timings.finished));
    }
    // The run's start: the earliest check.
    QDateTime started = options().now.isValid() ? options().now : QDateTime::currentDateTimeUtc();
    for (const CheckedProfile &entry : entries()) {
        if (entry.result.startedAt.isValid() && entry.result.startedAt < started)
            started = entry.result.startedAt;
    }

    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    const QString count = QString::number(entries().size());
    const QString time = decimal(total, 3);
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"zuora-check"_s);
    xml.writeAttribute(u"tests"_s, count);
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, QString::number(errors));
    xml.writeAttribute(u"time"_s, time);   // no "skipped" here: junit-10.xsd has none on testsuites
    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, u"zuora-check"_s);
    xml.writeAttribute(u"tests"_s, count);
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, QString::number(errors));
    xml.writeAttribute(u"skipped"_s, QString::number(skipped));
    // UTC, written without a zone: the Ant schema's pattern allows none.
    xml.writeAttribute(u"timestamp"_s, started.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    xml.writeAttribute(u"time"_s, time);
    for (const CheckedProfile &entry : entries()) {
        const ConnectionResult &result = entry.result;
        xml.writeStartElement(u"testcase"_s);
        xml.writeAttribute(u"classname"_s, xmlSafe(u"zuora-check."_s + entry.environment));
        xml.writeAttribute(u"name"_s, xmlSafe(entry.profile + u' ' + authId(result)));
        xml.writeAttribute(u"time"_s, caseTime(result));
        const QString message = xmlSafe(oneLine(result.cause));
        switch (kindOf(result)) {
        case CaseKind::Passed: break;
        case CaseKind::Failure:
            xml.writeStartElement(u"failure"_s);
            xml.writeAttribute(u"type"_s, u"rejected"_s);
            xml.writeAttribute(u"message"_s, message);
            xml.writeCharacters(xmlSafe(decodedReasons(result).join(u'\n')));
            xml.writeEndElement();
            break;
        case CaseKind::Error:
            xml.writeStartElement(u"error"_s);
            xml.writeAttribute(u"type"_s, result.exitCode() == 3 ? u"network"_s : u"unexpected"_s);
            xml.writeAttribute(u"message"_s, message);
            xml.writeCharacters(xmlSafe(decodedReasons(result).join(u'\n')));
            xml.writeEndElement();
            break;
        case CaseKind::Skipped:
            xml.writeStartElement(u"skipped"_s);
            xml.writeAttribute(u"message"_s, message);
            xml.writeEndElement();
            break;
        }
        xml.writeTextElement(u"system-out"_s, xmlSafe(systemOut(result)));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return {text, worstExitCode()};
}

} // namespace zct
