#pragma once

// Shared by the fuzz targets (tests/fuzz/fuzz_*.cpp): the libFuzzer entry point, a check that
// stops the run on a broken invariant (so it is found like a crash), and a small splitter that
// reads an input as an HTTP message, so seeds stay readable recordings.

#include <QByteArray>
#include <QList>
#include <QPair>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define ZCT_FUZZ_CHECK(condition)                                                              \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (false)

namespace zct::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer is only valid for the call, and ASan should see reads
    // past our copy, not past libFuzzer's.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// "first line\r\nName: value\r\n...\r\n\r\nbody". Bare "\n" line ends are accepted too. An input
// without a blank line is all head and no body.
struct HttpMessage
{
    QByteArray firstLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

inline HttpMessage splitHttp(const QByteArray &input)
{
    HttpMessage message;
    qsizetype headEnd = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd + 4;
    const qsizetype bareEnd = input.indexOf("\n\n");
    if (bareEnd >= 0 && (headEnd < 0 || bareEnd < headEnd)) {
        headEnd = bareEnd;
        bodyStart = bareEnd + 2;
    }
    const QByteArray head = headEnd >= 0 ? input.left(headEnd) : input;
    if (headEnd >= 0)
        message.body = input.mid(bodyStart);
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            message.firstLine = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        message.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return message;
}

} // namespace zct::fuzz
