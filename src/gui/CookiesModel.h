#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QNetworkCookie>

namespace zct {

// The cookies of an answer with every attribute; values masked until revealed.
class CookiesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookiesModel)
public:
    enum Column { Name, Value, Domain, Path, Secure, HttpOnly, Expires, ColumnCount };
    explicit CookiesModel(QObject *parent = nullptr);

    void setCookies(const QList<QNetworkCookie> &cookies);
    QList<QNetworkCookie> cookies() const { return m_cookies; }
    void setRevealValues(bool reveal);
    bool revealValues() const { return m_reveal; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QNetworkCookie> m_cookies;
    bool m_reveal = false;
};

} // namespace zct
