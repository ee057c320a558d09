#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QPair>

namespace zct {

// Response headers as a table, Zuora's own (Zuora-*, RateLimit-*, Concurrency-Limit-*,
// Retry-After, WWW-Authenticate) first; Set-Cookie values masked unless revealed.
class HeadersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersModel)
public:
    enum Column { Name, Value, ColumnCount };
    explicit HeadersModel(QObject *parent = nullptr);

    void setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    void setRevealSecrets(bool reveal);
    static bool isZuoraHeader(const QByteArray &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_reveal = false;
};

} // namespace zct
