#include "BatchReport.h"

#include "DisplayText.h"
#include "Environments.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return BatchReport::tr("ACCEPTED");
    case Verdict::Rejected: return BatchReport::tr("REJECTED");
    case Verdict::Error: return BatchReport::tr("ERROR");
    }
    return BatchReport::tr("ERROR");
}

const char *verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return "\x1b[1;32m";
    case Verdict::Rejected: return "\x1b[1;31m";
    case Verdict::Error: return "\x1b[1;33m";
    }
    return "";
}

QString dash() { return u"-"_s; }

} // namespace

QString BatchReport::environmentOf(const ConnectionResult &result)
{
    const NormalizedUrl base = Environments::normalize(result.settings.baseUrl);
    if (!base.ok())
        return result.settings.baseUrl.trimmed().isEmpty() ? dash() : result.settings.baseUrl.trimmed();
    if (const Environment *environment = Environments::match(base.url))
        return environment->id;
    return base.url.port() > 0 ? u"%1:%2"_s.arg(base.url.host()).arg(base.url.port()) : base.url.host();
}

QString BatchReport::line(const QString &profile, const ConnectionResult &result, bool color)
{
    const QString word = verdictWord(result.verdict).leftJustified(8);
    const QString shown = color ? QString::fromLatin1(verdictColour(result.verdict)) + word + u"\x1b[0m"_s : word;
    return shown + u"  "_s + DisplayText::safe(profile) + u": "_s + DisplayText::safe(result.cause) + u'\n';
}

int BatchReport::worstExitCode(const QList<Row> &rows)
{
    int worst = 0;
    for (const Row &row : rows)
        worst = qMax(worst, row.result.exitCode());
    return worst;
}

QString BatchReport::summary(const QList<Row> &rows)
{
    QList<QStringList> table;
    table << QStringList{tr("Profile"), tr("Environment"), tr("Verdict"), tr("HTTP"), tr("First code"), tr("Duration")};
    int accepted = 0;
    int rejected = 0;
    int errors = 0;
    for (const Row &row : rows) {
        const ConnectionResult &result = row.result;
        QString verdict = verdictWord(result.verdict);
        if (result.verdict == Verdict::Error)
            verdict += u" ("_s + errorKindId(result.errorKind) + u')';
        if (result.attempts > 1)
            verdict += u' ' + tr("after a retry");
        const QString code = result.firstCode();
        const double ms = result.timings.finished;
        table << QStringList{DisplayText::safe(row.profile), DisplayText::safe(environmentOf(result)), verdict,
                             result.httpStatus > 0 ? QString::number(result.httpStatus) : dash(),
                             code.isEmpty() ? dash() : DisplayText::safe(code),
                             ms >= 0 && result.attempts > 0 ? QString::number(qRound(ms)) + u" ms"_s : dash()};
        switch (result.verdict) {
        case Verdict::Accepted: ++accepted; break;
        case Verdict::Rejected: ++rejected; break;
        case Verdict::Error: ++errors; break;
        }
    }
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList &cells : std::as_const(table)) {
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths.at(c), cells.at(c).size());
    }
    QString out;
    for (const QStringList &cells : std::as_const(table)) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        out += text + u'\n';
    }
    out += (rows.size() == 1 ? tr("1 profile: ") : tr("%1 profiles: ").arg(rows.size()))
        + tr("%1 accepted, %2 rejected, %3 with errors; exit code %4 (the worst).")
              .arg(accepted)
              .arg(rejected)
              .arg(errors)
              .arg(worstExitCode(rows))
        + u'\n';
    return out;
}

} // namespace zct
