#pragma once

#include "ConnectionResult.h"
#include "Profile.h"

#include <QAbstractTableModel>
#include <QList>

namespace zct {

// One row per profile of a "Test all" run, filled in live as results arrive. Rows keep
// the whole result so that a failure can be opened in full.
class BatchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsModel)
public:
    enum Column { ProfileColumn, Environment, VerdictColumn, Status, Code, Category, Duration, When, Cause, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, FailedRole, ProfileIdRole };

    struct Row
    {
        Profile profile;
        bool done = false;
        ConnectionResult result;
        QDateTime when;
    };

    explicit BatchResultsModel(QObject *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);
    void setResult(int row, const ConnectionResult &result);
    const Row &row(int index) const { return m_rows.at(index); }
    int doneCount() const { return m_done; }
    int failedCount() const { return m_failed; }

    // CSV with a header line, one line per row (in the given order of row indexes: what the
    // table shows, filtered and sorted; empty = every row in run order), fields quoted as
    // RFC 4180 says; no secret, no cookie value, no token: the table's columns plus the cause.
    QByteArray toCsv(const QList<int> &rows = {}) const;
    // A JSON array of the results in the zuora-check --json shape, secrets masked.
    QByteArray toJson() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
    int m_done = 0;
    int m_failed = 0;
};

} // namespace zct
