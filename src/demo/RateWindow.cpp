#include "RateWindow.h"

#include <algorithm>

namespace zct {

RateWindow::RateWindow(int limit, int windowSeconds)
    : m_limit(limit), m_windowSeconds(windowSeconds)
{
}

void RateWindow::count()
{
    restartIfExpired();
    ++m_used;
}

int RateWindow::remaining() const
{
    return std::max(0, m_limit - m_used);
}

int RateWindow::secondsToReset() const
{
    if (!m_windowStart.isValid())
        return m_windowSeconds;
    const qint64 leftMs = qint64(m_windowSeconds) * 1000 - m_windowStart.elapsed();
    return int(std::max<qint64>(0, (leftMs + 999) / 1000));
}

void RateWindow::restartIfExpired()
{
    if (!m_windowStart.isValid() || m_windowStart.elapsed() >= qint64(m_windowSeconds) * 1000) {
        m_windowStart.start();
        m_used = 0;
    }
}

} // namespace zct
