#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui { class HistoryPane; }

namespace zct {

class AppSettings;
class HistoryModel;
class ProfileLibrary;

// Recent results of the profile on screen, or of every profile, from ProfileLibrary (demo
// profiles' results too, kept in memory); the filter is remembered in AppSettings.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)
public:
    explicit HistoryPane(QWidget *parent = nullptr);
    ~HistoryPane() override;

    void setUp(ProfileLibrary *library, AppSettings *settings);
    void setProfile(const QString &id);
    void refresh();

private:
    void onOutcome(const QString &id);

    std::unique_ptr<Ui::HistoryPane> m_ui;
    ProfileLibrary *m_library = nullptr;
    AppSettings *m_settings = nullptr;
    HistoryModel *m_model;
    QString m_profileId;
    QTimer m_refreshSoon;
};

} // namespace zct
