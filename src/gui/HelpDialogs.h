#pragma once

#include <QList>

class QAction;
class QDialog;
class QWidget;

namespace zct {

// Help > Keyboard shortcuts: every shortcut of the window's actions and of the panes.
QDialog *makeShortcutsDialog(const QList<QAction *> &actions, QWidget *parent);
// Help > Zuora error codes: what each category of Zuora's 8-digit codes means and what to do
// (ZuoraErrorCode, the table of zuora-api.md section 4).
QDialog *makeErrorCodesDialog(QWidget *parent);
// Help > About.
void showAboutBox(QWidget *parent);

} // namespace zct
