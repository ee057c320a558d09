#pragma once

#include "ProfileExchange.h"

#include <QDialog>

#include <memory>

namespace Ui { class ImportDialog; }

namespace zct {

// Shows what an import would do before it does anything: the entries in error with their
// line, and each name clash with a choice of rename, replace or skip.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(const QString &fileName, const ImportPlan &plan, QWidget *parent = nullptr);
    ~ImportDialog() override;

    const ImportPlan &plan() const { return m_plan; }
    ImportChoices choices() const;
    void setChoice(int clashRow, ClashChoice choice);

private:
    void updateOkButton();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportPlan m_plan;
};

} // namespace zct
