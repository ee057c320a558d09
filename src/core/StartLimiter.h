#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace zct {

// A rolling-window limit on how many attempts may start per key (a host) within any window of
// windowMs milliseconds. It only answers "how long to wait"; the caller waits on a timer.
// Zuora caps logins at 100 per minute per IP address (zuora-api.md §5), failed ones included;
// the default stays well under, leaving room for whatever else this machine sends.
class StartLimiter final
{
public:
    static constexpr int DefaultPerWindow = 80;
    static constexpr int DefaultWindowMs = 60000;

    explicit StartLimiter(int perWindow = DefaultPerWindow, int windowMs = DefaultWindowMs);

    // perWindow <= 0 or windowMs <= 0 turns the limit off.
    void setLimit(int perWindow, int windowMs);
    int perWindow() const { return m_perWindow; }
    int windowMs() const { return m_windowMs; }
    bool isLimited() const { return m_perWindow > 0 && m_windowMs > 0; }

    // Milliseconds from nowMs until a start for key is allowed; 0 when it is allowed now.
    // nowMs comes from one monotonic clock that the caller keeps for the limiter's lifetime.
    qint64 delayFor(const QString &key, qint64 nowMs);
    void recordStart(const QString &key, qint64 nowMs);
    // Books the next free start for key and returns when it is (>= nowMs). A booked start counts
    // like a made one, so whoever asks next is given the slot after it; withdraw it if it is not
    // used (a cancelled wait), so that it does not hold up others.
    qint64 reserveStart(const QString &key, qint64 nowMs);
    void withdrawStart(const QString &key, qint64 atMs);
    // Whether a start may happen now counting only starts made or due by nowMs, not those booked
    // for later: for a booked start whose time has come (those booked after it must not push it
    // back; they are checked again when their own time comes).
    bool hasRoomNow(const QString &key, qint64 nowMs);
    // Books the first start the starts made or due by nowMs allow, ahead of those booked for
    // later (they are checked again when their time comes): for a booked start that found no
    // room because an earlier one came late, so that it is not sent to the back of the queue.
    qint64 reserveStartAfterDue(const QString &key, qint64 nowMs);
    void clear() { m_starts.clear(); }

private:
    void forgetBefore(QList<qint64> &starts, qint64 nowMs) const;
    void insertStart(const QString &key, qint64 atMs, qint64 nowMs);

    int m_perWindow;
    int m_windowMs;
    QHash<QString, QList<qint64>> m_starts;   // per key, ascending; only those inside the window
};

} // namespace zct
