#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui { class ProfileListPane; }
class QAction;
class QMenu;
class QSortFilterProxyModel;

namespace zct {

class ProfileLibrary;
class ProfileListModel;

// The profile list: filter, the list (a view of ProfileLibrary), New / Duplicate / Rename /
// Delete, Test all / Test selected, the demo button and a context menu per profile (Test,
// Duplicate, Rename, Delete, Copy as curl, Set secret...). Changes go to the library, which
// saves them; what needs another pane (testing, the curl command) is asked for by signal.
class ProfileListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileListPane)
public:
    explicit ProfileListPane(QWidget *parent = nullptr);
    ~ProfileListPane() override;

    void setUp(ProfileLibrary *library);
    ProfileListModel *model() const { return m_model; }

    QString currentId() const;
    void select(const QString &id);
    QStringList selectedIds() const;
    QStringList allIds() const;
    void setModified(const QString &id, bool modified);

    void addProfile();
    void duplicateCurrent();
    void renameCurrent();
    void confirmDeleteCurrent();

Q_SIGNALS:
    void currentChanged(const QString &id);
    void testRequested(const QStringList &ids);
    void demoRequested();
    void setSecretRequested(const QString &id);
    void copyCurlRequested(const QString &id);
    void message(const QString &text);   // a passing remark
    void notice(const QString &text);    // what must not be missed

private:
    QAction *addAction(QMenu *menu, const char *name, const QString &text);
    void showContextMenu(const QPoint &position);
    void onCurrentChanged();

    std::unique_ptr<Ui::ProfileListPane> m_ui;
    ProfileLibrary *m_library = nullptr;
    ProfileListModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter;
    QMenu *m_menu;
    QString m_currentId;
};

} // namespace zct
