#pragma once

#include "ConnectionResult.h"

#include <QWidget>

#include <memory>

namespace Ui { class BatchWindow; }
class QSortFilterProxyModel;

namespace zct {

class BatchSession;

// The live table of a "Test all" run: progress, cancel, sorting, a failures filter, export
// to CSV and JSON; a row opens that profile's full result in the main window.
class BatchWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)
public:
    explicit BatchWindow(BatchSession *session, QWidget *parent = nullptr);
    ~BatchWindow() override;

    bool exportTo(const QString &path, bool json, QString *error = nullptr) const;

Q_SIGNALS:
    void openResult(const QString &profileId, const zct::ConnectionResult &result);

private:
    void updateSummary();
    void chooseExportFile(bool json);
    void openRow(const QModelIndex &index);

    std::unique_ptr<Ui::BatchWindow> m_ui;
    BatchSession *m_session;
    QSortFilterProxyModel *m_failures;
    QSortFilterProxyModel *m_byName;
};

} // namespace zct
