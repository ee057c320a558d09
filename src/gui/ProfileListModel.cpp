#include "ProfileListModel.h"

#include "Environments.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zct {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProfileListModel::setProfiles(const QList<Profile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    m_modified.clear();
    endResetModel();
}

void ProfileListModel::upsert(const Profile &profile)
{
    const int row = rowOf(profile.id);
    if (row >= 0) {
        m_profiles[row] = profile;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_profiles.size()), int(m_profiles.size()));
    m_profiles << profile;
    endInsertRows();
}

bool ProfileListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    m_modified.remove(id);
    endRemoveRows();
    return true;
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return row;
    }
    return -1;
}

const Profile *ProfileListModel::at(int row) const
{
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

void ProfileListModel::setModified(const QString &id, bool modified)
{
    if (m_modified.contains(id) == modified)
        return;
    if (modified)
        m_modified.insert(id);
    else
        m_modified.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !at(index.row()))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    for (const Profile &other : std::as_const(m_profiles)) {
        if (other.name == name && other.id != m_profiles.at(index.row()).id)
            return false;
    }
    m_profiles[index.row()].name = name;
    Q_EMIT dataChanged(index, index);
    Q_EMIT renamed(m_profiles.at(index.row()).id, name);
    return true;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    const Profile *profile = at(index.row());
    if (!profile)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_modified.contains(profile->id) ? profile->name + u" *"_s : profile->name;
    case Qt::EditRole:
        return profile->name;
    case Qt::ToolTipRole: {
        const NormalizedUrl base = Environments::normalize(profile->settings.baseUrl);
        const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
        QString text = environment ? environment->displayName : profile->settings.baseUrl;
        text += u'\n' + (profile->lastVerified.isValid()
                             ? tr("Last verified %1").arg(QLocale().toString(profile->lastVerified.toLocalTime(), QLocale::ShortFormat))
                             : tr("Never verified"));
        return text;
    }
    case Qt::DecorationRole: {
        if (!profile->lastTested.isValid())
            return QIcon();
        const QStyle *style = QApplication::style();
        switch (profile->lastVerdict) {
        case Verdict::Accepted: return style->standardIcon(QStyle::SP_DialogApplyButton);
        case Verdict::Rejected: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Verdict::Error: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return QIcon();
    }
    case IdRole: return profile->id;
    case LastVerifiedRole: return profile->lastVerified;
    case LastVerdictRole: return int(profile->lastVerdict);
    default: return {};
    }
}

} // namespace zct
