#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zct {

ImportDialog::ImportDialog(const QString &fileName, const ImportPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_plan(plan)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    if (!plan.fileError.isEmpty()) {
        m_ui->summaryLabel->setText(tr("%1 cannot be imported: %2").arg(fileName, plan.fileError));
    } else {
        m_ui->summaryLabel->setText(tr("%1: %2 profiles, %3 valid, %4 with errors, %5 names already in use. "
                                       "Secrets are never in such a file: type or remember them after the import.")
                                        .arg(fileName)
                                        .arg(plan.entryCount)
                                        .arg(plan.entries.size())
                                        .arg(plan.errors.size())
                                        .arg(plan.clashes.size()));
    }
    for (const ImportIssue &issue : plan.errors)
        m_ui->problemsList->addItem(tr("Error: %1").arg(issue.text()));
    for (const ImportIssue &issue : plan.warnings)
        m_ui->problemsList->addItem(tr("Note: %1").arg(issue.text()));
    const bool problems = m_ui->problemsList->count() > 0;
    m_ui->problemsLabel->setVisible(problems);
    m_ui->problemsList->setVisible(problems);
    m_ui->validOnlyCheck->setVisible(!plan.errors.isEmpty() && !plan.entries.isEmpty());

    m_ui->clashTable->setRowCount(int(plan.clashes.size()));
    m_ui->clashTable->verticalHeader()->hide();
    m_ui->clashTable->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < plan.clashes.size(); ++row) {
        const NameClash &clash = plan.clashes.at(row);
        m_ui->clashTable->setItem(row, 0, new QTableWidgetItem(tr("%1 (line %2)").arg(clash.importedName, QString::number(clash.line))));
        auto *choice = new QComboBox(m_ui->clashTable);
        choice->setAccessibleName(tr("What to do with %1").arg(clash.importedName));
        choice->addItem(tr("Import under a new name"), int(ClashChoice::Rename));
        choice->addItem(tr("Replace the existing profile"), int(ClashChoice::Replace));
        choice->addItem(tr("Skip it"), int(ClashChoice::Skip));
        m_ui->clashTable->setCellWidget(row, 1, choice);
    }
    const bool clashes = !plan.clashes.isEmpty();
    m_ui->clashesLabel->setVisible(clashes);
    m_ui->clashTable->setVisible(clashes);
    m_ui->clashTable->resizeColumnsToContents();

    connect(m_ui->validOnlyCheck, &QCheckBox::toggled, this, &ImportDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::updateOkButton()
{
    // A file with errors changes nothing unless the user explicitly takes the valid part.
    const bool possible = m_plan.fileError.isEmpty() && !m_plan.entries.isEmpty()
        && (m_plan.errors.isEmpty() || m_ui->validOnlyCheck->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(possible);
}

void ImportDialog::setChoice(int clashRow, ClashChoice choice)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_ui->clashTable->cellWidget(clashRow, 1)))
        combo->setCurrentIndex(combo->findData(int(choice)));
}

ImportChoices ImportDialog::choices() const
{
    ImportChoices choices;
    QHash<int, ClashChoice> byEntry;
    for (int row = 0; row < m_plan.clashes.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_ui->clashTable->cellWidget(row, 1));
        byEntry.insert(m_plan.clashes.at(row).entry, combo ? ClashChoice(combo->currentData().toInt()) : ClashChoice::Skip);
    }
    choices.resolve = [byEntry](const NameClash &clash) { return byEntry.value(clash.entry, ClashChoice::Skip); };
    choices.applyValidEntriesOnly = m_ui->validOnlyCheck->isChecked();
    return choices;
}

} // namespace zct
