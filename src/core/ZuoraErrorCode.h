#pragma once

#include <QCoreApplication>
#include <QString>

namespace zct {

// An error code from a Zuora answer, decoded: 8 digits = 6-digit resource + 2-digit category
// (zuora-api.md §4). Symbolic codes of older surfaces (LOCK_COMPETITION, ...) map to a category too.
class ZuoraErrorCode final
{
    Q_DECLARE_TR_FUNCTIONS(ZuoraErrorCode)
public:
    ZuoraErrorCode() = default;
    static ZuoraErrorCode fromNumber(qint64 code);
    // Accepts "90000011" (a number sent as a string) as well as symbolic codes.
    static ZuoraErrorCode fromString(const QString &code);

    QString text() const { return m_text; }          // as received
    bool isNumeric() const { return m_numeric >= 0; }
    qint64 number() const { return m_numeric; }
    int category() const { return m_category; }      // -1 when unknown
    qint64 resource() const { return m_numeric >= 0 ? m_numeric / 100 : -1; }
    bool isAuthentication() const;                    // 8-digit codes starting with 9
    bool isRetryable() const;                         // categories 50, 61, 70, 99

    QString categoryName() const { return categoryName(m_category); }
    QString hint() const;                             // one line: what to do about it

    static QString categoryName(int category);

private:
    QString m_text;
    qint64 m_numeric = -1;
    int m_category = -1;
};

} // namespace zct
