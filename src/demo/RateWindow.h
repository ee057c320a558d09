#pragma once

#include <QElapsedTimer>

namespace zct {

// A fixed-window request counter that feeds the RateLimit-* headers. It only reports: the demo
// server never refuses a request for being over the limit, so benchmarks can run long.
class RateWindow final
{
public:
    RateWindow(int limit, int windowSeconds);

    void count();
    int limit() const { return m_limit; }
    int remaining() const;
    int secondsToReset() const;

private:
    void restartIfExpired();

    int m_limit;
    int m_windowSeconds;
    int m_used = 0;
    QElapsedTimer m_windowStart;
};

} // namespace zct
