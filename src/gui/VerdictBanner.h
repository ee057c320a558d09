#pragma once

#include "ConnectionResult.h"

#include <QFrame>
#include <QStyle>

class QLabel;

namespace zct {

// The one-glance answer: accepted / rejected / error, with an icon, one line of cause and
// one of hint, then how the attempt went (proxy, extra CA) in smaller print. Colours come from
// the palette, blended, so a dark theme stays readable.
class VerdictBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictBanner)
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void showIdle(const QString &text);
    void showRunning(const QString &text);
    void showResult(const ConnectionResult &result);

    QString title() const;
    QString cause() const;
    QString hint() const;
    QString notes() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad, Warning };
    void apply(Tone tone, QStyle::StandardPixmap icon, const QString &title, const QString &cause, const QString &hint);
    void updateColours();
    void setNotes(const QStringList &notes);

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_notes = nullptr;
    Tone m_tone = Tone::Neutral;
};

} // namespace zct
