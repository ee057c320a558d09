#include "BatchWindow.h"
#include "ui_BatchWindow.h"

#include "BatchResultsModel.h"
#include "BatchRunner.h"
#include "ProfileCheckRun.h"
#include "ProfileLibrary.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace zct {

BatchWindow::BatchWindow(ProfileLibrary *library, SecretStore *secrets, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_library(library)
    , m_run(new ProfileCheckRun(secrets, this))
    , m_model(new BatchResultsModel(this))
    , m_failures(new QSortFilterProxyModel(this))
    , m_byName(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"batchWindow"_s);
    m_run->setHintForMissingSecret([](const Profile &, SecretProblem problem) {
        return problem == SecretProblem::KeychainFailed || problem == SecretProblem::ProxyKeychainFailed
            ? tr("Fix the keychain as the notice says, or type the secret in the form and test again.")
            : tr("Select this row and press Set secret…, or type the secret in the form and test again.");
    });
    m_failures->setSourceModel(m_model);
    m_failures->setFilterRole(BatchResultsModel::FailedRole);
    m_byName->setSourceModel(m_failures);
    m_byName->setFilterKeyColumn(BatchResultsModel::ProfileColumn);
    m_byName->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byName->setSortRole(BatchResultsModel::SortRole);
    QTableView *view = m_ui->resultsView;
    view->setModel(m_byName);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    view->sortByColumn(-1, Qt::AscendingOrder);   // run order until a header is clicked

    connect(m_ui->failuresOnlyCheck, &QCheckBox::toggled, this,
            [this](bool only) { m_failures->setFilterFixedString(only ? u"true"_s : QString()); });
    connect(m_ui->resultFilterEdit, &QLineEdit::textChanged, m_byName, &QSortFilterProxyModel::setFilterFixedString);
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const int row = sourceRow(index);
        if (row >= 0 && m_model->row(row).done)
            Q_EMIT openResult(m_model->row(row).profile.id);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BatchWindow::updateRowButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BatchWindow::updateRowButtons);
    connect(m_ui->setSecretButton, &QPushButton::clicked, this, [this] {
        const int row = sourceRow(m_ui->resultsView->currentIndex());
        if (row >= 0)
            Q_EMIT setSecretRequested(m_model->row(row).profile.id);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BatchWindow::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_run, &ProfileCheckRun::resultReady, this, [this](int index, const QString &id, const ConnectionResult &result) {
        m_model->setResult(index, result);
        m_library->recordOutcome(id, result);
    });
    connect(m_run, &ProfileCheckRun::keychainProblem, this, &BatchWindow::keychainProblem);
    connect(m_run, &ProfileCheckRun::progress, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, qMax(1, total));
        m_ui->progressBar->setValue(done);
        updateSummary();
    });
    connect(m_run, &ProfileCheckRun::finished, this, [this] {
        updateSummary();
        m_ui->resultsView->resizeColumnsToContents();   // once: it measures every row
        Q_EMIT finished();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isRunning())
            cancel();
        else
            close();
    });
    updateSummary();
}

BatchWindow::~BatchWindow() = default;

void BatchWindow::start(const QList<Profile> &profiles, const SecretsAtHand &atHand)
{
    m_model->setProfiles(profiles);
    m_ui->progressBar->setRange(0, qMax(1, int(profiles.size())));
    m_ui->progressBar->setValue(0);
    m_run->start(profiles, atHand);
    updateSummary();
}

bool BatchWindow::isRunning() const
{
    return m_run->isRunning();
}

void BatchWindow::cancel()
{
    m_run->cancel();
}

int BatchWindow::sourceRow(const QModelIndex &index) const
{
    return index.isValid() ? m_failures->mapToSource(m_byName->mapToSource(index)).row() : -1;
}

void BatchWindow::updateRowButtons()
{
    const int row = sourceRow(m_ui->resultsView->currentIndex());
    const bool missing = row >= 0 && m_model->row(row).done && m_model->row(row).result.errorKind == ErrorKind::MissingSecret
        && m_library->contains(m_model->row(row).profile.id);
    m_ui->setSecretButton->setEnabled(missing);
}

void BatchWindow::updateSummary()
{
    const int total = m_model->rowCount();
    const int done = m_model->doneCount();
    const int failed = m_model->failedCount();
    const bool running = isRunning();
    m_ui->cancelButton->setEnabled(running);
    m_ui->exportCsvButton->setEnabled(done > 0);
    m_ui->exportJsonButton->setEnabled(done > 0);
    m_ui->summaryLabel->setText(running ? tr("Testing: %1 of %2 done, %3 failed").arg(done).arg(total).arg(failed)
                                        : tr("%1 tested: %2 accepted, %3 failed").arg(done).arg(done - failed).arg(failed));
}

bool BatchWindow::exportTo(const QString &path, bool json, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // What the table shows: its filter and its sort order.
    QList<int> rows;
    for (int row = 0; row < m_byName->rowCount(); ++row)
        rows << sourceRow(m_byName->index(row, 0));
    file.write(json ? m_model->toJson() : m_model->toCsv(rows));
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
    const QString name = u"zuora-check-%1.%2"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s),
                                                      json ? u"json"_s : u"csv"_s);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &path) {
        QString error;
        if (!exportTo(path, json, &error))
            m_ui->summaryLabel->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        else
            m_ui->summaryLabel->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace zct
