#include "MonitoringOutput.h"

#include "BatchReport.h"
#include "TextfileWriter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace zct {

MonitoringOutput::MonitoringOutput(const CheckOptions &options)
    : m_options(options)
{
    MonitoringOptions monitoring = options.monitoring;
    monitoring.now = QDateTime::currentDateTimeUtc();
    m_format = OutputFormat::create(options.format, monitoring);
}

MonitoringOutput::~MonitoringOutput() = default;

QString MonitoringOutput::environmentOf(const ConnectionResult &result) const
{
    // The demo tenant listens on a new port every run: one label, not a new series each time.
    return m_options.demo ? u"demo"_s : BatchReport::environmentOf(result);
}

void MonitoringOutput::add(const QString &profileName, const ConnectionResult &result)
{
    const QString environment = environmentOf(result);
    m_format->add(profileName.isEmpty() ? environment : profileName, environment, result);
}

int MonitoringOutput::finish()
{
    const OutputFormat::Output output = m_format->finish();
    if (!m_options.textfile.isEmpty()) {
        if (const QString problem = TextfileWriter::write(m_options.textfile, output.text.toUtf8()); !problem.isEmpty()) {
            QTextStream(stderr) << QCoreApplication::applicationName() << u": "_s << problem << u'\n';
            return 2;
        }
        return output.exitCode;
    }
    QTextStream out(stdout);
    out << output.text;
    out.flush();
    return output.exitCode;
}

} // namespace zct
