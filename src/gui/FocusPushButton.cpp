#include "FocusPushButton.h"

#include <QStyleOptionButton>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace zct {

FocusPushButton::~FocusPushButton() = default;

void FocusPushButton::paintEvent(QPaintEvent *event)
{
    QPushButton::paintEvent(event);
    QStyleOptionButton button;
    initStyleOption(&button);
    if (!hasFocus() || !(button.state & QStyle::State_KeyboardFocusChange))
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect focus;
    focus.initFrom(this);
    focus.rect = style()->subElementRect(QStyle::SE_PushButtonFocusRect, &button, this).adjusted(1, 1, -1, -1);
    focus.backgroundColor = palette().color(QPalette::Button);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    // A second, inner line in the highlight colour: visible on any palette.
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
    painter.drawRect(focus.rect.adjusted(1, 1, -2, -2));
}

} // namespace zct
