#include "StartLimiter.h"

#include <algorithm>

namespace zct {

StartLimiter::StartLimiter(int perWindow, int windowMs)
    : m_perWindow(perWindow)
    , m_windowMs(windowMs)
{
}

void StartLimiter::setLimit(int perWindow, int windowMs)
{
    m_perWindow = perWindow;
    m_windowMs = windowMs;
}

void StartLimiter::forgetBefore(QList<qint64> &starts, qint64 nowMs) const
{
    // A start at t counts against every window that contains t, i.e. until t + windowMs.
    qsizetype expired = 0;
    while (expired < starts.size() && starts.at(expired) + m_windowMs <= nowMs)
        ++expired;
    starts.remove(0, expired);
}

qint64 StartLimiter::delayFor(const QString &key, qint64 nowMs)
{
    if (!isLimited())
        return 0;
    const auto found = m_starts.find(key);
    if (found == m_starts.end())
        return 0;
    QList<qint64> &starts = found.value();
    forgetBefore(starts, nowMs);
    if (starts.size() < m_perWindow)
        return 0;
    // The window is full: the next start may happen when the one perWindow places back leaves it.
    return starts.at(starts.size() - m_perWindow) + m_windowMs - nowMs;
}

void StartLimiter::recordStart(const QString &key, qint64 nowMs)
{
    insertStart(key, nowMs, nowMs);
}

qint64 StartLimiter::reserveStart(const QString &key, qint64 nowMs)
{
    const qint64 at = nowMs + delayFor(key, nowMs);
    insertStart(key, at, nowMs);
    return at;
}

void StartLimiter::insertStart(const QString &key, qint64 atMs, qint64 nowMs)
{
    if (!isLimited())
        return;
    QList<qint64> &starts = m_starts[key];
    forgetBefore(starts, nowMs);   // by the present: a booked start must not expire those before it
    // Kept in order: a start made now may follow a booked one that is already due.
    starts.insert(std::upper_bound(starts.begin(), starts.end(), atMs) - starts.begin(), atMs);
}

bool StartLimiter::hasRoomNow(const QString &key, qint64 nowMs)
{
    if (!isLimited())
        return true;
    const auto found = m_starts.find(key);
    if (found == m_starts.end())
        return true;
    forgetBefore(found.value(), nowMs);
    const auto due = std::upper_bound(found->cbegin(), found->cend(), nowMs);
    return due - found->cbegin() < m_perWindow;
}

qint64 StartLimiter::reserveStartAfterDue(const QString &key, qint64 nowMs)
{
    if (!isLimited())
        return nowMs;
    QList<qint64> &starts = m_starts[key];
    forgetBefore(starts, nowMs);
    const qsizetype due = std::upper_bound(starts.cbegin(), starts.cend(), nowMs) - starts.cbegin();
    const qint64 at = due < m_perWindow ? nowMs : starts.at(due - m_perWindow) + m_windowMs;
    insertStart(key, at, nowMs);
    return at;
}

void StartLimiter::withdrawStart(const QString &key, qint64 atMs)
{
    const auto found = m_starts.find(key);
    if (found == m_starts.end())
        return;
    const qsizetype index = found->indexOf(atMs);
    if (index >= 0)
        found->removeAt(index);
}

} // namespace zct
