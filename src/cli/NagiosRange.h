#pragma once

#include <QCoreApplication>
#include <QString>

namespace zct {

// A threshold in the plugin guidelines' range syntax, [@][start:][end] (monitoring.md section 1):
// "10" alerts outside 0..10, "10:" below 10, "~:10" above 10, "10:20" outside 10..20, "@10:20" inside.
class NagiosRange final
{
    Q_DECLARE_TR_FUNCTIONS(NagiosRange)
public:
    NagiosRange() = default;
    // *error says in words why text is not a range; an empty text is no range (isSet() false).
    static NagiosRange parse(const QString &text, QString *error);

    bool isSet() const { return m_set; }
    bool alerts(double value) const;
    QString text() const { return m_text; }   // as given, for the perfdata warn/crit fields
    // The upper end when the range only says "alert above end" (end, 0:end, ~:end): what a
    // Checkmk metric's warn/crit field can carry. Negative when the range is of another kind.
    double upperOnly() const;

private:
    QString m_text;
    bool m_set = false;
    bool m_inside = false;          // '@': alert inside the range
    bool m_startInfinite = false;   // '~'
    bool m_endInfinite = false;     // "10:"
    double m_start = 0;
    double m_end = 0;
};

} // namespace zct
