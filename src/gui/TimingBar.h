#pragma once

#include "ConnectionResult.h"

#include <QWidget>

namespace zct {

// The phases of one attempt drawn as one horizontal bar (connect, TLS, send, wait, read),
// each segment as wide as its share of the total, with a legend underneath.
class TimingBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingBar)
public:
    struct Segment
    {
        QString label;
        double startMs;
        double endMs;
    };

    explicit TimingBar(QWidget *parent = nullptr);
    void setTimings(const Timings &timings);
    QList<Segment> segments() const { return m_segments; }
    double totalMs() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Segment> m_segments;
    double m_total = -1;
};

} // namespace zct
