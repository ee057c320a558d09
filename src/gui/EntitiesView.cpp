#include "EntitiesView.h"
#include "ui_EntitiesView.h"

#include "Outcome.h"

#include <QHeaderView>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;

namespace zct {

namespace {
constexpr int IdRole = Qt::UserRole + 1;   // the Zuora-Entity-Ids form of the row's entity
}

QString EntitiesView::entityCount(qsizetype count)
{
    return count == 1 ? tr("1 entity") : tr("%1 entities").arg(count);
}

EntitiesView::EntitiesView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntitiesView>())
{
    m_ui->setupUi(this);
    m_ui->entitiesTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->listEntitiesButton, &QPushButton::clicked, this, &EntitiesView::requestLookup);
    connect(m_ui->useEntityButton, &QPushButton::clicked, this, &EntitiesView::useSelectedEntity);
    connect(m_ui->entitiesTree, &QTreeWidget::currentItemChanged, this, &EntitiesView::updateUseButton);
    showResult(ConnectionResult{});
}

EntitiesView::~EntitiesView() = default;

void EntitiesView::showResult(const ConnectionResult &result)
{
    m_waiting = false;
    m_available = EntitiesLookup::queryAfter(result).has_value();
    m_profileEntityId = result.settings.entityId.trimmed();
    m_ui->entitiesTree->clear();
    m_ui->entitiesTree->setEnabled(false);
    m_ui->suggestionLabel->clear();
    m_ui->suggestionLabel->hide();
    m_ui->listEntitiesButton->setEnabled(m_available);
    if (m_available) {
        const QUrl url = EntitiesLookup::endpointFor(*EntitiesLookup::queryAfter(result));
        m_ui->callLabel->setText(tr("Press List entities to ask Zuora once: GET %1").arg(url.toDisplayString()));
    } else if (result.startedAt.isValid()) {
        m_ui->callLabel->setText(tr("Only an accepted check has a session or token to ask with."));
    } else {
        m_ui->callLabel->setText(tr("Test first: the list is asked for with the session or token of an accepted check."));
    }
    updateUseButton();
}

void EntitiesView::requestLookup()
{
    if (!m_available || m_waiting)
        return;
    m_waiting = true;   // the button stays where the focus is; a second press is ignored until the answer
    m_ui->callLabel->setText(tr("Asking Zuora for the entities…"));
    Q_EMIT lookupRequested();
}

void EntitiesView::showEntities(const EntitiesResult &result)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_ui->listEntitiesButton->setEnabled(m_available);
    const QString call = result.sent ? tr("%1 %2 (%3)").arg(QString::fromLatin1(result.request.method),
                                                            result.request.url.toDisplayString(),
                                                            OutcomeText::duration(result.timings.finished))
                                     : QString();
    if (!result.ok) {
        m_ui->callLabel->setText(call.isEmpty() ? result.cause : tr("%1: %2").arg(call, result.cause));
        m_ui->suggestionLabel->setText(result.hint);
        m_ui->suggestionLabel->setVisible(!result.hint.isEmpty());
        Q_EMIT message(tr("The entities were not listed: %1").arg(result.cause));
        return;
    }
    m_ui->callLabel->setText(tr("%1: %2").arg(call, entityCount(result.entities.size())));
    m_ui->entitiesTree->setEnabled(true);
    for (const ZuoraEntity &entity : result.entities) {
        const QString headerId = EntitiesLookup::headerEntityId(entity.id);
        auto *item = new QTreeWidgetItem(m_ui->entitiesTree);
        item->setText(0, entity.displayName.isEmpty() ? entity.name : entity.displayName);
        item->setText(1, headerId.isEmpty() ? entity.id : headerId);
        item->setText(2, entity.status);
        item->setText(3, entity.isGlobal() ? tr("(global)") : EntitiesLookup::headerEntityId(entity.parentId));
        item->setData(0, IdRole, headerId);
    }
    const QString suggested = EntitiesLookup::suggestedEntityId(result, m_profileEntityId);
    if (!suggested.isEmpty()) {
        m_ui->suggestionLabel->setText(tr("This credential reaches %n entities and the profile names none: later "
                                          "calls must send Zuora-Entity-Ids. Choose one and press Use in the profile.",
                                          nullptr, int(result.entities.size())));
        m_ui->suggestionLabel->show();
        for (int i = 0; i < m_ui->entitiesTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->entitiesTree->topLevelItem(i);
            if (item->data(0, IdRole).toString() == suggested)
                m_ui->entitiesTree->setCurrentItem(item);
        }
    }
    Q_EMIT message(tr("Listed: %1.").arg(entityCount(result.entities.size())));
    updateUseButton();
    if (m_ui->listEntitiesButton->hasFocus())
        m_ui->entitiesTree->setFocus();   // on to the list, where the choice is made
}

void EntitiesView::useSelectedEntity()
{
    const QTreeWidgetItem *item = m_ui->entitiesTree->currentItem();
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    if (id.isEmpty())
        return;
    m_profileEntityId = id;
    m_ui->entitiesTree->setFocus();   // the button is about to be disabled: keep the focus in the tab
    m_ui->suggestionLabel->hide();    // an entity is chosen now
    updateUseButton();
    Q_EMIT useEntityRequested(id);
    Q_EMIT message(tr("Entity %1 is now the form's entity id.").arg(id));
}

void EntitiesView::updateUseButton()
{
    const QTreeWidgetItem *item = m_ui->entitiesTree->currentItem();
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    m_ui->useEntityButton->setEnabled(!id.isEmpty() && id != m_profileEntityId);
}

} // namespace zct
