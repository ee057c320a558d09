#pragma once

#include "HistoryStore.h"

#include <QAbstractTableModel>

namespace zct {

// One profile's recent results: time, verdict, HTTP status, first code, duration.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Column { When, ProfileColumn, VerdictColumn, Status, Code, Duration, Summary, ColumnCount };
    struct Item
    {
        QString profile;   // the profile's name, for the all-profiles view
        HistoryEntry entry;
    };
    explicit HistoryModel(QObject *parent = nullptr);
    void setItems(const QList<Item> &items);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Item> m_items;
};

} // namespace zct
