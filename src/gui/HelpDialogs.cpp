#include "HelpDialogs.h"

#include "ZuoraErrorCode.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// The context lupdate files these strings under.
class HelpDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QDialog *makeTableDialog(const char *name, const QString &title, const QString &intro, QTableWidget *table, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QString::fromLatin1(name));
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    table->setParent(dialog);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setWordWrap(true);
    auto *label = new QLabel(intro, dialog);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(720, 460);
    return dialog;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

QDialog *makeShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(HelpDialogs::tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({HelpDialogs::tr("Keys"), HelpDialogs::tr("What they do")});
    for (QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            addRow(table, {keys.join(u", "_s), action->text().remove(u'&').remove(u"…"_s)});
    }
    addRow(table, {HelpDialogs::tr("Return (in the form)"), HelpDialogs::tr("Test")});
    addRow(table, {HelpDialogs::tr("F2"), HelpDialogs::tr("Rename the selected profile")});
    addRow(table, {HelpDialogs::tr("Delete"), HelpDialogs::tr("Delete the selected profile (asks first)")});
    addRow(table, {HelpDialogs::tr("Menu key, Shift+F10"), HelpDialogs::tr("The profile's menu: Test, Duplicate, Rename, Delete, Copy as curl, Set secret")});
    addRow(table, {HelpDialogs::tr("Ctrl+Tab, Ctrl+Shift+Tab"), HelpDialogs::tr("Next / previous result tab (when the tabs have focus)")});
    addRow(table, {HelpDialogs::tr("Alt + underlined letter"), HelpDialogs::tr("Go to that field or press that button")});
    return makeTableDialog("shortcutsDialog", HelpDialogs::tr("Keyboard shortcuts"),
                           HelpDialogs::tr("Every command is also in the menus; Tab reaches every control."), table, parent);
}

QDialog *makeErrorCodesDialog(QWidget *parent)
{
    auto *table = new QTableWidget(0, 3);
    table->setObjectName(u"errorCodesTable"_s);
    table->setAccessibleName(HelpDialogs::tr("Zuora error codes"));
    table->setHorizontalHeaderLabels({HelpDialogs::tr("Code ends in"), HelpDialogs::tr("Category"), HelpDialogs::tr("What to do")});
    const ZuoraErrorCode wrongPassword = ZuoraErrorCode::fromNumber(90000011);
    addRow(table, {u"90000011"_s, wrongPassword.categoryName(), wrongPassword.hint()});
    for (const int category : {10, 11, 20, 21, 22, 23, 27, 30, 40, 45, 50, 60, 61, 70, 90, 99}) {
        const ZuoraErrorCode code = ZuoraErrorCode::fromNumber(50000000 + category);
        QString hint = code.hint();
        if (code.isRetryable())
            hint += u' ' + HelpDialogs::tr("(shown as \"Try again\": not the credentials' fault)");
        addRow(table, {u"…%1"_s.arg(category, 2, 10, QLatin1Char('0')), code.categoryName(), hint});
    }
    return makeTableDialog("errorCodesDialog", HelpDialogs::tr("Zuora error codes"),
                           HelpDialogs::tr("Zuora's codes have 8 digits: 6 for the resource, then 2 for the category. The category says "
                              "what went wrong; the banner decodes each code of an answer."),
                           table, parent);
}

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(parent, HelpDialogs::tr("About Zuora Credential Tester"),
                       HelpDialogs::tr("Zuora Credential Tester %1\n\nChecks Zuora API credentials with a session login or an OAuth "
                          "token request, and says why they fail.")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace zct
