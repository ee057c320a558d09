#include "ProfileListModel.h"

#include "Environments.h"
#include "Outcome.h"
#include "ProfileLibrary.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zct {

ProfileListModel::ProfileListModel(ProfileLibrary *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(library, &ProfileLibrary::profileAdded, this, &ProfileListModel::onAdded);
    connect(library, &ProfileLibrary::profileChanged, this, &ProfileListModel::onChanged);
    connect(library, &ProfileLibrary::outcomeRecorded, this, &ProfileListModel::onChanged);
    connect(library, &ProfileLibrary::profileRemoved, this, &ProfileListModel::onRemoved);
    connect(library, &ProfileLibrary::profilesReset, this, &ProfileListModel::reset);
    reset();
}

void ProfileListModel::reset()
{
    beginResetModel();
    m_ids.clear();
    for (const Profile &profile : m_library->profiles())
        m_ids << profile.id;
    QSet<QString> kept;
    for (const QString &id : std::as_const(m_modified)) {
        if (m_ids.contains(id))
            kept.insert(id);
    }
    m_modified = kept;
    endResetModel();
}

void ProfileListModel::onAdded(const QString &id)
{
    if (m_ids.contains(id))
        return onChanged(id);
    // Saved profiles come before demo ones: insert where the library lists it.
    const QList<Profile> all = m_library->profiles();
    int row = 0;
    while (row < all.size() && all.at(row).id != id)
        ++row;
    row = qMin(row, int(m_ids.size()));
    beginInsertRows({}, row, row);
    m_ids.insert(row, id);
    endInsertRows();
}

void ProfileListModel::onChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void ProfileListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_modified.remove(id);
    endRemoveRows();
}

const Profile *ProfileListModel::at(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_library->find(m_ids.at(row)) : nullptr;
}

void ProfileListModel::setModified(const QString &id, bool modified)
{
    if (m_modified.contains(id) == modified)
        return;
    if (modified)
        m_modified.insert(id);
    else
        m_modified.remove(id);
    onChanged(id);
}

QString ProfileListModel::verdictText(const Profile &profile) const
{
    if (!profile.lastTested.isValid())
        return tr("Not tested yet");
    return tr("%1, %2").arg(OutcomeText::verdictTitle(profile.lastVerdict),
                            QLocale().toString(profile.lastTested.toLocalTime(), QLocale::ShortFormat));
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Profile *profile = at(index.row());
    if (role != Qt::EditRole || !profile)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == profile->name)
        return false;
    const Profile *other = m_library->findByName(name);
    if (other && other->id != profile->id)
        return false;
    return m_library->rename(profile->id, name);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
    case Qt::AccessibleTextRole: {
        QString text = tr("%1: %2").arg(profile->name, verdictText(*profile));
        if (m_modified.contains(profile->id))
            text += tr(" (unsaved changes)");
        return text;
    }
    case VerdictTextRole:
        return verdictText(*profile);
    case Qt::ToolTipRole: {
        const NormalizedUrl base = Environments::normalize(profile->settings.baseUrl);
        const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
        QString text = environment ? environment->displayName : profile->settings.baseUrl;
        text += u'\n' + tr("Last verdict: %1").arg(verdictText(*profile));
        if (profile->lastVerified.isValid())
            text += u'\n' + tr("Last verified %1").arg(QLocale().toString(profile->lastVerified.toLocalTime(), QLocale::ShortFormat));
        if (profile->demo)
            text += u'\n' + tr("Demo profile: kept in memory only");
        return text;
    }
    case Qt::DecorationRole: {
        if (!profile->lastTested.isValid()) {
            // Not tested: a blank of the same size keeps the names aligned with the tested ones.
            QPixmap blank(16, 16);
            blank.fill(Qt::transparent);
            return QIcon(blank);
        }
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
