#pragma once

#include <QByteArray>
#include <QtGlobal>

// What this process uses, from /proc/self: for load tests and benchmarks that report memory and
// check that nothing leaks.
namespace ProcessStatus {

// kB from /proc/self/status: "VmRSS" (now) or "VmHWM" (peak so far); -1 when unreadable.
qint64 statusKb(const QByteArray &field);

// Entries in /proc/self/fd.
int openFileDescriptors();

} // namespace ProcessStatus
