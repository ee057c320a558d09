#include "NagiosRange.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// C locale only: plugins are run with LC_NUMERIC=C (Icinga) and a threshold is never "2,5".
bool readNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.toDouble(&ok);   // QString::toDouble is locale-independent
    return ok && std::isfinite(*value);
}

} // namespace

NagiosRange NagiosRange::parse(const QString &text, QString *error)
{
    NagiosRange range;
    const QString given = text.trimmed();
    if (given.isEmpty())
        return range;
    const auto invalid = [&](const QString &why) {
        *error = tr("\"%1\" is not a threshold range: %2 Use [@][start:][end], e.g. 2, 2:, ~:2, 1:2 or @1:2 (seconds).")
                     .arg(given, why);
        return NagiosRange();
    };
    QString rest = given;
    if (rest.startsWith(u'@')) {
        range.m_inside = true;
        rest.remove(0, 1);
    }
    const qsizetype colon = rest.indexOf(u':');
    if (rest.indexOf(u':', colon + 1) > colon && colon >= 0)
        return invalid(tr("it has more than one colon."));
    QString startText = colon >= 0 ? rest.left(colon) : u"0"_s;
    const QString endText = colon >= 0 ? rest.mid(colon + 1) : rest;
    if (startText.isEmpty())
        startText = u"0"_s;
    if (startText == u"~"_s)
        range.m_startInfinite = true;
    else if (!readNumber(startText, &range.m_start))
        return invalid(tr("the start \"%1\" is not a number.").arg(startText));
    if (endText.isEmpty()) {
        if (colon < 0)
            return invalid(tr("it has no end."));
        range.m_endInfinite = true;
    } else if (!readNumber(endText, &range.m_end)) {
        return invalid(tr("the end \"%1\" is not a number.").arg(endText));
    }
    if (!range.m_startInfinite && !range.m_endInfinite && range.m_start > range.m_end)
        return invalid(tr("the start is greater than the end."));
    range.m_text = given;
    range.m_set = true;
    return range;
}

bool NagiosRange::alerts(double value) const
{
    if (!m_set)
        return false;
    const bool inside = (m_startInfinite || value >= m_start) && (m_endInfinite || value <= m_end);
    return m_inside ? inside : !inside;
}

double NagiosRange::upperOnly() const
{
    if (!m_set || m_inside || m_endInfinite)
        return -1;
    if (!m_startInfinite && m_start > 0)
        return -1;
    return m_end;
}

} // namespace zct
