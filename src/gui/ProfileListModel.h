#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QStringList>

namespace zct {

class ProfileLibrary;
struct Profile;

// The profile list on the left: a view of ProfileLibrary, one row per profile (saved ones, then
// demo ones), with its name, an unsaved-changes mark and its last verdict as an icon and as text
// (tooltip and the accessible name a screen reader reads).
class ProfileListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListModel)
public:
    enum Role { IdRole = Qt::UserRole + 1, LastVerifiedRole, LastVerdictRole, VerdictTextRole };
    explicit ProfileListModel(ProfileLibrary *library, QObject *parent = nullptr);

    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }
    QString idAt(int row) const { return m_ids.value(row); }
    const Profile *at(int row) const;
    void setModified(const QString &id, bool modified);
    // "Accepted, 3 Dec 14:02" / "Not tested yet": the row's verdict in words.
    QString verdictText(const Profile &profile) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in place, through the library: refuses an empty name or one another profile has.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reset();
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);

    ProfileLibrary *m_library;
    QStringList m_ids;
    QSet<QString> m_modified;
};

} // namespace zct
