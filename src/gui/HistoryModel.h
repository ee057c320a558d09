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
    enum Column { When, VerdictColumn, Status, Code, Duration, Summary, ColumnCount };
    explicit HistoryModel(QObject *parent = nullptr);
    void setEntries(const QList<HistoryEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace zct
