#include "HeadersModel.h"

#include "ResultJson.h"
#include "ShownText.h"

#include <QFont>
#include <QNetworkCookie>

using namespace Qt::StringLiterals;

namespace zct {

HeadersModel::HeadersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool HeadersModel::isZuoraHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower.startsWith("zuora-") || lower.startsWith("ratelimit-") || lower.startsWith("x-ratelimit-")
        || lower.startsWith("concurrency-limit-") || lower == "retry-after" || lower == "www-authenticate";
}

void HeadersModel::setHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    beginResetModel();
    m_headers = headers;
    std::stable_sort(m_headers.begin(), m_headers.end(), [](const auto &a, const auto &b) {
        return isZuoraHeader(a.first) && !isZuoraHeader(b.first);
    });
    endResetModel();
}

void HeadersModel::setRevealSecrets(bool reveal)
{
    if (m_reveal == reveal)
        return;
    m_reveal = reveal;
    if (!m_headers.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_headers.size()) - 1, Value));
}

int HeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return {};
    const auto &header = m_headers.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == Name)
            return shownText(QString::fromLatin1(header.first));
        if (!m_reveal && header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            QStringList masked;
            for (QNetworkCookie cookie : QNetworkCookie::parseCookies(header.second)) {
                cookie.setValue(ResultJson::mask(QString::fromUtf8(cookie.value())).toUtf8());
                masked << QString::fromUtf8(cookie.toRawForm());
            }
            return shownText(masked.join(u'\n'));
        }
        return shownText(QString::fromLatin1(header.second));
    }
    if (role == Qt::FontRole && index.column() == Name && isZuoraHeader(header.first)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Name ? tr("Header") : tr("Value");
}

} // namespace zct
