#include "OutputFormat.h"

#include "AuthMethod.h"
#include "CheckmkFormat.h"
#include "JunitFormat.h"
#include "NagiosFormat.h"
#include "PrometheusFormat.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

struct KindName
{
    OutputFormatKind kind;
    const char16_t *name;
};

constexpr KindName kKinds[] = {
    {OutputFormatKind::Human, u"human"},         {OutputFormatKind::Json, u"json"},
    {OutputFormatKind::Nagios, u"nagios"},       {OutputFormatKind::Checkmk, u"checkmk"},
    {OutputFormatKind::Prometheus, u"prometheus"}, {OutputFormatKind::Junit, u"junit"},
};

} // namespace

void OutputFormat::add(const QString &profileName, const QString &environmentLabel, const ConnectionResult &result)
{
    add(CheckedProfile{profileName, environmentLabel, result, result.tls.serverCertificateExpiry()});
}

void OutputFormat::add(CheckedProfile entry)
{
    // Two profiles of one name would be one Prometheus series and one JUnit test case (GitLab keeps
    // the first): the second gets a number.
    QSet<QString> taken;
    for (const CheckedProfile &existing : std::as_const(m_entries))
        taken.insert(existing.profile);
    if (taken.contains(entry.profile)) {
        int n = 2;
        while (taken.contains(u"%1 (%2)"_s.arg(entry.profile).arg(n)))
            ++n;
        entry.profile = u"%1 (%2)"_s.arg(entry.profile).arg(n);
    }
    m_entries << std::move(entry);
}

std::unique_ptr<OutputFormat> OutputFormat::create(OutputFormatKind kind, const MonitoringOptions &options)
{
    switch (kind) {
    case OutputFormatKind::Human:
    case OutputFormatKind::Json: return nullptr;
    case OutputFormatKind::Nagios: return std::make_unique<NagiosFormat>(options);
    case OutputFormatKind::Checkmk: return std::make_unique<CheckmkFormat>(options);
    case OutputFormatKind::Prometheus: return std::make_unique<PrometheusFormat>(options);
    case OutputFormatKind::Junit: return std::make_unique<JunitFormat>(options);
    }
    return nullptr;
}

bool OutputFormat::parseKind(const QString &text, OutputFormatKind *kind)
{
    for (const KindName &entry : kKinds) {
        if (text.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QStringList OutputFormat::kindNames()
{
    QStringList names;
    for (const KindName &entry : kKinds)
        names << QString::fromUtf16(entry.name);
    return names;
}

int OutputFormat::worstExitCode() const
{
    int worst = 0;
    for (const CheckedProfile &entry : m_entries)
        worst = qMax(worst, entry.result.exitCode());
    return worst;
}

QString OutputFormat::decimal(double value, int decimals)
{
    // 'f' never writes an exponent (Nagios perfdata, JUnit's time pattern); QString::number is
    // the C locale whatever LC_NUMERIC says.
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0"_s ? u"0"_s : text;
}

QString OutputFormat::authId(const ConnectionResult &result)
{
    return AuthMethod::of(result.settings.authMode).idString();
}

QStringList OutputFormat::decodedReasons(const ConnectionResult &result)
{
    QStringList lines;
    for (const ZuoraReason &reason : result.reasons) {
        QString line = reason.code.text();
        const QString category = reason.code.categoryName();
        if (!category.isEmpty())
            line += u" ("_s + category + u')';
        if (!reason.message.isEmpty())
            line += u": "_s + reason.message;
        lines << oneLine(line);
    }
    if (lines.isEmpty() && !result.answerMessage.isEmpty())
        lines << oneLine(result.answerMessage);
    return lines;
}

QString OutputFormat::oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line.simplified();
}

} // namespace zct
