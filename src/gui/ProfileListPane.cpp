#include "ProfileListPane.h"
#include "ui_ProfileListPane.h"

#include "Environments.h"
#include "ProfileLibrary.h"
#include "ProfileListModel.h"

#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace zct {

ProfileListPane::ProfileListPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileListPane>())
    , m_filter(new QSortFilterProxyModel(this))
    , m_menu(new QMenu(this))
{
    Ui::ProfileListPane &ui = *m_ui;
    ui.setupUi(this);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::EditRole);
    ui.profileList->setIconSize(QSize(16, 16));
    connect(ui.profileFilterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui.addProfileButton, &QToolButton::clicked, this, &ProfileListPane::addProfile);
    connect(ui.duplicateProfileButton, &QToolButton::clicked, this, &ProfileListPane::duplicateCurrent);
    connect(ui.renameProfileButton, &QToolButton::clicked, this, &ProfileListPane::renameCurrent);
    connect(ui.deleteProfileButton, &QToolButton::clicked, this, &ProfileListPane::confirmDeleteCurrent);
    connect(ui.demoButton, &QPushButton::clicked, this, &ProfileListPane::demoRequested);
    connect(ui.testAllButton, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(allIds()); });
    connect(ui.testSelectedButton, &QPushButton::clicked, this, [this] { Q_EMIT testRequested(selectedIds()); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, ui.profileList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ProfileListPane::confirmDeleteCurrent);

    // The context menu: right click, or the Menu key / Shift+F10 on the focused row.
    m_menu->setObjectName(u"profileContextMenu"_s);
    connect(addAction(m_menu, "actionProfileTest", tr("&Test")), &QAction::triggered, this,
            [this] { Q_EMIT testRequested({currentId()}); });
    connect(addAction(m_menu, "actionProfileDuplicate", tr("&Duplicate")), &QAction::triggered, this,
            &ProfileListPane::duplicateCurrent);
    connect(addAction(m_menu, "actionProfileRename", tr("Rena&me")), &QAction::triggered, this,
            &ProfileListPane::renameCurrent);
    connect(addAction(m_menu, "actionProfileDelete", tr("De&lete…")), &QAction::triggered, this,
            &ProfileListPane::confirmDeleteCurrent);
    m_menu->addSeparator();
    connect(addAction(m_menu, "actionProfileCopyCurl", tr("Copy as c&url")), &QAction::triggered, this,
            [this] { Q_EMIT copyCurlRequested(currentId()); });
    connect(addAction(m_menu, "actionProfileSetSecret", tr("Set &secret…")), &QAction::triggered, this,
            [this] { Q_EMIT setSecretRequested(currentId()); });
    connect(ui.profileList, &QWidget::customContextMenuRequested, this, &ProfileListPane::showContextMenu);
}

ProfileListPane::~ProfileListPane() = default;

QAction *ProfileListPane::addAction(QMenu *menu, const char *name, const QString &text)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

void ProfileListPane::setUp(ProfileLibrary *library)
{
    m_library = library;
    m_model = new ProfileListModel(library, this);
    m_filter->setSourceModel(m_model);
    m_ui->profileList->setModel(m_filter);
    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfileListPane::onCurrentChanged);
    // A removed profile on screen: the neighbour takes its place.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProfileListPane::onCurrentChanged, Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProfileListPane::onCurrentChanged, Qt::QueuedConnection);
}

void ProfileListPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_ui->profileList->indexAt(position);
    if (index.isValid())
        m_ui->profileList->setCurrentIndex(index);
    if (currentId().isEmpty())
        return;
    m_menu->popup(m_ui->profileList->viewport()->mapToGlobal(position));
}

QString ProfileListPane::currentId() const
{
    return m_currentId;
}

void ProfileListPane::onCurrentChanged()
{
    const QModelIndex index = m_ui->profileList->currentIndex();
    const QString id = index.isValid() ? index.data(ProfileListModel::IdRole).toString() : QString();
    if (id == m_currentId && (id.isEmpty() || m_library->contains(id)))
        return;
    m_currentId = id;
    Q_EMIT currentChanged(id);
}

void ProfileListPane::select(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    if (!m_filter->mapFromSource(m_model->index(row)).isValid())
        m_ui->profileFilterEdit->clear();
    m_ui->profileList->setCurrentIndex(m_filter->mapFromSource(m_model->index(row)));
    onCurrentChanged();
}

QStringList ProfileListPane::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_ui->profileList->selectionModel()->selectedRows())
        ids << index.data(ProfileListModel::IdRole).toString();
    return ids;
}

QStringList ProfileListPane::allIds() const
{
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->idAt(row);
    return ids;
}

void ProfileListPane::setModified(const QString &id, bool modified)
{
    m_model->setModified(id, modified);
}

void ProfileListPane::addProfile()
{
    Profile profile;
    profile.name = m_library->uniqueName(tr("New profile"));
    profile.settings.baseUrl = Environments::find(u"us-sandbox-cloud2"_s)->baseUrl.toString();
    select(m_library->add(profile).id);
}

void ProfileListPane::duplicateCurrent()
{
    const Profile *original = m_library->find(currentId());
    if (!original)
        return;
    const bool hadSecret = original->rememberSecret || original->demo;
    const QString originalName = original->name;
    const Profile copy = m_library->duplicate(currentId());
    if (!copy.isValid())
        return;
    select(copy.id);
    Q_EMIT notice(hadSecret ? tr("Made \"%1\" from \"%2\" without its secret: a copy is usually for another user. "
                                  "Type the secret, or use Set secret… in the profile's menu.")
                                   .arg(copy.name, originalName)
                             : tr("Made \"%1\" from \"%2\". It has no secret yet, like the original.").arg(copy.name, originalName));
}

void ProfileListPane::renameCurrent()
{
    const QModelIndex index = m_ui->profileList->currentIndex();
    if (index.isValid())
        m_ui->profileList->edit(index);
}

void ProfileListPane::confirmDeleteCurrent()
{
    const Profile *profile = m_library->find(currentId());
    if (!profile)
        return;
    // Window-modal and asynchronous: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile \"%1\"? Its stored secret and history are deleted too.").arg(profile->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && m_library->remove(id))
            Q_EMIT message(tr("Profile deleted."));
    });
    box->open();
}

} // namespace zct
