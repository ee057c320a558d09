#include "TimingBar.h"

#include "Outcome.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

const int kBarHeight = 28;
const int kMargin = 8;

QColor segmentColour(int index, const QPalette &palette)
{
    // Hues spread around the wheel, lightness following the palette so dark themes work.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl((200 + index * 67) % 360, 150, dark ? 110 : 150);
}

QString ms(double value)
{
    return OutcomeText::duration(value);   // the one way durations read, here as everywhere
}

} // namespace

TimingBar::TimingBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timing of the request phases"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TimingBar::setTimings(const Timings &timings)
{
    m_segments.clear();
    m_total = timings.finished;
    double previous = 0;
    const auto add = [&](const QString &label, double at) {
        if (at < 0 || at < previous)
            return;
        m_segments << Segment{label, previous, at};
        previous = at;
    };
    // Qt reports when connecting starts, not when it ends, so the connect time is folded
    // into whichever phase comes next.
    const bool tls = timings.tlsDone >= 0;
    const bool sent = timings.requestSent >= 0;
    add(tr("Queue and DNS lookup"), timings.connecting);
    add(tr("Connect and TLS handshake"), timings.tlsDone);
    add(tls ? tr("Send request") : tr("Connect and send"), timings.requestSent);
    add(tls || sent ? tr("Wait for Zuora") : tr("Connect, send and wait"), timings.firstByte);
    add(timings.firstByte >= 0 ? tr("Read answer") : tr("Until it failed (no answer)"), timings.finished);
    QStringList description;
    for (const Segment &segment : std::as_const(m_segments))
        description << segment.label + u' ' + ms(segment.endMs - segment.startMs);
    setAccessibleDescription(description.join(u", "));
    setToolTip(description.join(u'\n'));
    updateGeometry();
    update();
}

QSize TimingBar::sizeHint() const
{
    const int lineHeight = fontMetrics().height();
    return {480, kMargin * 3 + kBarHeight + lineHeight * int(qMax<qsizetype>(1, m_segments.size()) + 1)};
}

QSize TimingBar::minimumSizeHint() const
{
    return {200, kMargin * 2 + kBarHeight + fontMetrics().height()};
}

void TimingBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect bar(kMargin, kMargin, width() - 2 * kMargin, kBarHeight);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(bar, 4, 4);
    if (m_total <= 0 || m_segments.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignCenter, tr("No timings yet"));
        return;
    }

    const double scale = bar.width() / m_total;
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        QRectF piece(bar.left() + segment.startMs * scale, bar.top(),
                     qMax(1.0, (segment.endMs - segment.startMs) * scale), bar.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(segmentColour(i, palette()));
        painter.drawRect(piece);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRoundedRect(bar, 4, 4);

    // The legend: a swatch, the phase, its duration and where it ended.
    const int lineHeight = fontMetrics().height();
    int y = bar.bottom() + kMargin;
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        painter.setPen(Qt::NoPen);
        painter.setBrush(segmentColour(i, palette()));
        painter.drawRect(QRect(kMargin, y + 3, lineHeight - 6, lineHeight - 6));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(kMargin + lineHeight, y, width(), lineHeight), Qt::AlignVCenter,
                         tr("%1: %2 (at %3)").arg(segment.label, ms(segment.endMs - segment.startMs), ms(segment.endMs)));
        y += lineHeight;
    }
    painter.drawText(QRect(kMargin + lineHeight, y, width(), lineHeight), Qt::AlignVCenter, tr("Total: %1").arg(ms(m_total)));
}

} // namespace zct
