#include "HistoryPane.h"
#include "ui_HistoryPane.h"

#include "AppSettings.h"
#include "HistoryModel.h"
#include "ProfileLibrary.h"

#include <QHeaderView>

namespace zct {

HistoryPane::HistoryPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPane>())
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->historyView->setTabKeyNavigation(false);
    m_ui->historyFilterCombo->addItem(tr("All results"), int(AppSettings::HistoryFilter::All));
    m_ui->historyFilterCombo->addItem(tr("Failures only"), int(AppSettings::HistoryFilter::FailuresOnly));
    m_ui->historyFilterCombo->addItem(tr("Accepted only"), int(AppSettings::HistoryFilter::AcceptedOnly));
    // A burst of results (Test all) redraws the table once, not a hundred times.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(200);
    connect(&m_refreshSoon, &QTimer::timeout, this, &HistoryPane::refresh);
}

HistoryPane::~HistoryPane() = default;

void HistoryPane::setUp(ProfileLibrary *library, AppSettings *settings)
{
    m_library = library;
    m_settings = settings;
    const QSignalBlocker blockCheck(m_ui->allProfilesHistoryCheck);
    const QSignalBlocker blockCombo(m_ui->historyFilterCombo);
    m_ui->allProfilesHistoryCheck->setChecked(settings->historyAllProfiles());
    m_ui->historyFilterCombo->setCurrentIndex(m_ui->historyFilterCombo->findData(int(settings->historyFilter())));
    connect(m_ui->allProfilesHistoryCheck, &QCheckBox::toggled, this, [this](bool all) {
        m_settings->setHistoryAllProfiles(all);
        refresh();
    });
    connect(m_ui->historyFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setHistoryFilter(AppSettings::HistoryFilter(m_ui->historyFilterCombo->currentData().toInt()));
        refresh();
    });
    connect(library, &ProfileLibrary::outcomeRecorded, this, &HistoryPane::onOutcome);
    connect(library, &ProfileLibrary::profileRemoved, &m_refreshSoon, qOverload<>(&QTimer::start));
    connect(library, &ProfileLibrary::profilesReset, &m_refreshSoon, qOverload<>(&QTimer::start));
}

void HistoryPane::setProfile(const QString &id)
{
    m_profileId = id;
    refresh();
}

void HistoryPane::onOutcome(const QString &id)
{
    if (id == m_profileId && !m_refreshSoon.isActive())
        refresh();   // the profile on screen: at once
    else
        m_refreshSoon.start();
}

void HistoryPane::refresh()
{
    m_refreshSoon.stop();
    const bool all = m_ui->allProfilesHistoryCheck->isChecked();
    const auto filter = AppSettings::HistoryFilter(m_ui->historyFilterCombo->currentData().toInt());
    QList<HistoryModel::Item> items;
    const QStringList ids = all ? m_library->historyProfileIds() : QStringList{m_profileId};
    for (const QString &id : ids) {
        if (id.isEmpty())
            continue;
        const Profile *profile = m_library->find(id);
        const QString name = profile ? profile->name : tr("(deleted profile)");
        for (const HistoryEntry &entry : m_library->history(id)) {
            const bool accepted = entry.verdict == Verdict::Accepted;
            if ((filter == AppSettings::HistoryFilter::FailuresOnly && accepted)
                || (filter == AppSettings::HistoryFilter::AcceptedOnly && !accepted))
                continue;
            items << HistoryModel::Item{name, entry};
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.entry.when > b.entry.when; });
    m_model->setItems(items);
    m_ui->historyView->setColumnHidden(HistoryModel::ProfileColumn, !all);
}

} // namespace zct
