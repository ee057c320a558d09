#include "HistoryModel.h"

#include "Outcome.h"
#include "ShownText.h"

#include <QLocale>

namespace zct {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || role != Qt::DisplayRole)
        return {};
    const HistoryEntry &entry = m_items.at(index.row()).entry;
    switch (index.column()) {
    case When: return QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
    case ProfileColumn: return m_items.at(index.row()).profile;
    case VerdictColumn:
        return OutcomeText::verdictTitle(entry.verdict);
    case Status: return entry.httpStatus > 0 ? QVariant(entry.httpStatus) : QVariant(tr("—"));
    case Code: return entry.firstCode;
    case Duration: return entry.durationMs >= 0 ? OutcomeText::duration(entry.durationMs) : tr("—");
    case Summary: return shownText(entry.summary);
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case ProfileColumn: return tr("Profile");
    case VerdictColumn: return tr("Verdict");
    case Status: return tr("HTTP");
    case Code: return tr("Code");
    case Duration: return tr("Duration");
    case Summary: return tr("Cause");
    default: return {};
    }
}

} // namespace zct
