#include "DemoJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

// QJsonDocument knows JSON string escaping; borrow it instead of re-implementing it.
QByteArray quoted(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QByteArray::number(qint64(number));
        return QByteArray::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    default:
        return "null";
    }
}

QByteArray indent(int level)
{
    return QByteArray(level * 2, ' ');
}

QByteArray pretty(const QJsonValue &value, int level);

QByteArray prettyObject(const OrderedJsonObject &object, int level)
{
    if (object.isEmpty())
        return "{ }";
    QByteArray out = "{\n";
    for (qsizetype i = 0; i < object.size(); ++i) {
        out += indent(level + 1) + quoted(object.at(i).first) + " : "
                + pretty(object.at(i).second, level + 1);
        out += i + 1 < object.size() ? ",\n" : "\n";
    }
    return out + indent(level) + '}';
}

OrderedJsonObject ordered(const QJsonObject &object)
{
    OrderedJsonObject fields;
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append({it.key(), it.value()});
    return fields;
}

QByteArray pretty(const QJsonValue &value, int level)
{
    if (value.isObject())
        return prettyObject(ordered(value.toObject()), level);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return "[ ]";
        QByteArray out = "[ ";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pretty(array.at(i), level); // inline arrays add no indent level
            if (i + 1 < array.size())
                out += ", ";
        }
        return out + " ]";
    }
    return scalar(value);
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject())
                                                        : QJsonDocument(value.toArray());
        return document.toJson(QJsonDocument::Compact);
    }
    return scalar(value);
}

} // namespace

QByteArray jacksonPrettyJson(const OrderedJsonObject &object)
{
    return prettyObject(object, 0);
}

QByteArray compactJson(const OrderedJsonObject &object)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < object.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(object.at(i).first) + ':' + compact(object.at(i).second);
    }
    return out + '}';
}

} // namespace zct
