#pragma once

#include <QLineEdit>

class QAction;

namespace zct {

// A password field with a show/hide action inside it and a caps-lock warning, because a
// failed login caused by caps lock is the cheapest one to prevent.
class PasswordLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordLineEdit)
public:
    explicit PasswordLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }
    bool capsLockWarningShown() const { return m_capsLockWarning; }

Q_SIGNALS:
    void capsLockWarningChanged(bool shown);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setCapsLockWarning(bool shown);

    QAction *m_revealAction = nullptr;
    bool m_capsLockWarning = false;
};

} // namespace zct
