#include "CookiesModel.h"

#include "ShownText.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace zct {

CookiesModel::CookiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CookiesModel::setCookies(const QList<QNetworkCookie> &cookies)
{
    beginResetModel();
    m_cookies = cookies;
    endResetModel();
}

void CookiesModel::setRevealValues(bool reveal)
{
    if (m_reveal == reveal)
        return;
    m_reveal = reveal;
    if (!m_cookies.isEmpty())
        Q_EMIT dataChanged(index(0, Value), index(int(m_cookies.size()) - 1, Value));
}

int CookiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cookies.size());
}

int CookiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CookiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cookies.size())
        return {};
    const QNetworkCookie &cookie = m_cookies.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return shownText(QString::fromUtf8(cookie.name()));
        case Value:
            return m_reveal ? shownText(QString::fromUtf8(cookie.value()))
                            : tr("•••••••• (%n characters)", nullptr, int(cookie.value().size()));
        case Domain: return cookie.domain().isEmpty() ? tr("(this host only)") : shownText(cookie.domain());
        case Path: return shownText(cookie.path());
        case Secure: return cookie.isSecure() ? tr("Yes") : tr("No");
        case HttpOnly: return cookie.isHttpOnly() ? tr("Yes") : tr("No");
        case Expires:
            return cookie.isSessionCookie() ? tr("End of session")
                                            : QLocale().toString(cookie.expirationDate().toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Name && cookie.name() == "ZSession") {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == Name && cookie.name() == "ZSession")
        return tr("Zuora's session cookie: send it back as Cookie: ZSession=… on later calls.");
    return {};
}

QVariant CookiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Value: return tr("Value");
    case Domain: return tr("Domain");
    case Path: return tr("Path");
    case Secure: return tr("Secure");
    case HttpOnly: return tr("HttpOnly");
    case Expires: return tr("Expires");
    default: return {};
    }
}

} // namespace zct
