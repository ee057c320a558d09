#pragma once

#include <QPushButton>

namespace zct {

// A push button whose keyboard focus shows even when it is the default button: styles such as
// Fusion draw "default" and "focused" alike, so a keyboard user could not tell where focus was.
class FocusPushButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusPushButton)
public:
    using QPushButton::QPushButton;
    ~FocusPushButton() override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace zct
