#pragma once

#include "Profile.h"

#include <QAbstractListModel>
#include <QList>

namespace zct {

// The saved profiles for the list on the left: name, environment and a "last verified" mark.
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, LastVerifiedRole, LastVerdictRole };
    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);
    QList<Profile> profiles() const { return m_profiles; }
    void upsert(const Profile &profile);
    bool remove(const QString &id);
    int rowOf(const QString &id) const;
    const Profile *at(int row) const;
    void setModified(const QString &id, bool modified);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in place: refuses an empty name or one another profile already has.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void renamed(const QString &id, const QString &name);

private:
    QList<Profile> m_profiles;
    QSet<QString> m_modified;
};

} // namespace zct
