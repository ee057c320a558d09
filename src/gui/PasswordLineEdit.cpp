#include "PasswordLineEdit.h"

#include <QAction>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// An eye, drawn in the palette's text colour so it fits light and dark themes; crossed out
// when pressing it would hide the password.
QIcon eyeIcon(const QPalette &palette, bool crossed)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const double unit = size / 16.0;
        QPen pen(palette.color(QPalette::Text), 1.3 * unit);
        painter.setPen(pen);
        QPainterPath outline;
        outline.moveTo(1.5 * unit, 8 * unit);
        outline.quadTo(8 * unit, 1 * unit, 14.5 * unit, 8 * unit);
        outline.quadTo(8 * unit, 15 * unit, 1.5 * unit, 8 * unit);
        painter.drawPath(outline);
        painter.setBrush(palette.color(QPalette::Text));
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 2.2 * unit, 2.2 * unit);
        if (crossed)
            painter.drawLine(QPointF(2.5 * unit, 13.5 * unit), QPointF(13.5 * unit, 2.5 * unit));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

PasswordLineEdit::PasswordLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    // A password field must not offer its content to input-method history or completion.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_revealAction = addAction(eyeIcon(palette(), false), QLineEdit::TrailingPosition);
    m_revealAction->setCheckable(true);
    m_revealAction->setObjectName(u"revealPasswordAction"_s);
    m_revealAction->setText(tr("Show password"));
    m_revealAction->setToolTip(tr("Show or hide the password"));
    connect(m_revealAction, &QAction::toggled, this, &PasswordLineEdit::setRevealed);
}

void PasswordLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealAction->setChecked(revealed);
    m_revealAction->setText(revealed ? tr("Hide password") : tr("Show password"));
    m_revealAction->setIcon(eyeIcon(palette(), revealed));
}

void PasswordLineEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit::keyPressEvent(event);
    // Without a portable caps-lock query, infer it from letters: an upper-case letter typed
    // without Shift (or lower-case with Shift) means caps lock is on.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isLetter() && text.at(0).toUpper() != text.at(0).toLower()) {
        const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
        setCapsLockWarning(text.at(0).isUpper() != shift);
    }
}

void PasswordLineEdit::focusOutEvent(QFocusEvent *event)
{
    setCapsLockWarning(false);
    QLineEdit::focusOutEvent(event);
}

void PasswordLineEdit::setCapsLockWarning(bool shown)
{
    if (m_capsLockWarning == shown)
        return;
    m_capsLockWarning = shown;
    setToolTip(shown ? tr("Caps Lock is on") : QString());
    if (shown && isVisible())
        QToolTip::showText(mapToGlobal(QPoint(0, height())), tr("Caps Lock is on"), this);
    Q_EMIT capsLockWarningChanged(shown);
}

} // namespace zct
