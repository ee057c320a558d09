#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace zct {

// A JSON object whose keys keep the order they were given in: QJsonObject sorts its keys, but
// Zuora answers "success", "processId", "reasons" in that order and clients may show it raw.
using OrderedJsonObject = QList<std::pair<QString, QJsonValue>>;

// Serialises like Jackson's DefaultPrettyPrinter, which wrote the recorded Zuora answers:
// `"key" : value`, two-space indent, arrays as `[ {` ... `} ]`. No trailing newline.
QByteArray jacksonPrettyJson(const OrderedJsonObject &object);

// One line, no spaces, keys in the given order.
QByteArray compactJson(const OrderedJsonObject &object);

} // namespace zct
