#pragma once

#include "CurlPaste.h"

#include <QDialog>

#include <memory>

namespace Ui { class CurlPasteDialog; }

namespace zct {

// Paste a curl command, see at once what profile it makes (and what is wrong with it), then
// create it. A secret found in the command never goes to the settings file: it is remembered
// in the keychain only when asked, else used for this session only.
class CurlPasteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlPasteDialog)
public:
    explicit CurlPasteDialog(QWidget *parent = nullptr);
    ~CurlPasteDialog() override;

    void setCommand(const QString &command);
    CurlPasteResult result() const { return m_result; }
    bool rememberSecret() const;

private:
    void reparse();

    std::unique_ptr<Ui::CurlPasteDialog> m_ui;
    CurlPasteResult m_result;
};

} // namespace zct
