#include "BatchWindow.h"
#include "ui_BatchWindow.h"

#include "BatchResultsModel.h"
#include "BatchSession.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace zct {

BatchWindow::BatchWindow(BatchSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_session(session)
    , m_failures(new QSortFilterProxyModel(this))
    , m_byName(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_failures->setSourceModel(session->model());
    m_failures->setFilterRole(BatchResultsModel::FailedRole);
    m_byName->setSourceModel(m_failures);
    m_byName->setFilterKeyColumn(BatchResultsModel::ProfileColumn);
    m_byName->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byName->setSortRole(BatchResultsModel::SortRole);
    m_ui->resultsView->setModel(m_byName);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->sortByColumn(-1, Qt::AscendingOrder);   // run order until a header is clicked

    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_failures->setFilterFixedString(only ? u"true"_s : QString());
    });
    connect(m_ui->resultFilterEdit, &QLineEdit::textChanged, m_byName, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->resultsView, &QTableView::activated, this, &BatchWindow::openRow);
    connect(m_ui->cancelButton, &QPushButton::clicked, session, &BatchSession::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(session, &BatchSession::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, qMax(1, total));
        m_ui->progressBar->setValue(done);
        updateSummary();
    });
    connect(session, &BatchSession::finished, this, [this] {
        updateSummary();
        m_ui->resultsView->resizeColumnsToContents();   // once: it measures every row
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_session->isRunning())
            m_session->cancel();
        else
            close();
    });
    updateSummary();
}

BatchWindow::~BatchWindow() = default;

void BatchWindow::updateSummary()
{
    const BatchResultsModel *model = m_session->model();
    const int total = model->rowCount();
    const int done = model->doneCount();
    const int failed = model->failedCount();
    const bool running = m_session->isRunning();
    m_ui->cancelButton->setEnabled(running);
    m_ui->exportCsvButton->setEnabled(done > 0);
    m_ui->exportJsonButton->setEnabled(done > 0);
    m_ui->summaryLabel->setText(running ? tr("Testing: %1 of %2 done, %3 failed").arg(done).arg(total).arg(failed)
                                        : tr("%1 tested: %2 accepted, %3 failed").arg(done).arg(done - failed).arg(failed));
}

void BatchWindow::openRow(const QModelIndex &index)
{
    const QModelIndex source = m_failures->mapToSource(m_byName->mapToSource(index));
    const BatchResultsModel::Row &row = m_session->model()->row(source.row());
    if (row.done)
        Q_EMIT openResult(row.profile.id, row.result);
}

bool BatchWindow::exportTo(const QString &path, bool json, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const BatchResultsModel *model = m_session->model();
    file.write(json ? model->toJson() : model->toCsv());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BatchWindow::chooseExportFile(bool json)
{
    auto *dialog = new QFileDialog(this, json ? tr("Export results as JSON") : tr("Export results as CSV"), QString(),
                                   json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &path) {
        QString error;
        if (!exportTo(path, json, &error))
            m_ui->summaryLabel->setText(tr("Could not write %1: %2").arg(path, error));
        else
            m_ui->summaryLabel->setText(tr("Exported to %1").arg(path));
    });
    dialog->open();
}

} // namespace zct
