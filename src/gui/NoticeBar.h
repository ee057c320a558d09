#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace zct {

// A message the window must not lose: a save that failed, the keychain's whole explanation and
// its fix, a demo profile that cannot be saved. Shown above the panes, word-wrapped and
// selectable, until closed or replaced; the status bar is for passing remarks only.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)
public:
    enum class Kind { Info, Warning };
    explicit NoticeBar(QWidget *parent = nullptr);

    void show(const QString &text, Kind kind = Kind::Warning);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace zct
