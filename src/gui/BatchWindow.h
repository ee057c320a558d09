#pragma once

#include "ConnectionResult.h"
#include "Profile.h"

#include <QWidget>

#include <memory>

namespace Ui { class BatchWindow; }
class QSortFilterProxyModel;

namespace zct {

class BatchResultsModel;
class ProfileCheckRun;
class ProfileLibrary;
class SecretStore;
struct SecretsAtHand;

// The live table of a Test all / Test selected run on ProfileCheckRun, the pipeline zuora-check
// uses too: progress, cancel, sorting, a failures filter, export to CSV and JSON (what the table
// shows, in its order), and per row: open the full result, or give a profile that had no secret
// its secret. Every result goes to ProfileLibrary, which decides what becomes history.
class BatchWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)
public:
    BatchWindow(ProfileLibrary *library, SecretStore *secrets, QWidget *parent = nullptr);
    ~BatchWindow() override;

    void start(const QList<Profile> &profiles, const SecretsAtHand &atHand);
    bool isRunning() const;
    void cancel();
    BatchResultsModel *model() const { return m_model; }
    ProfileCheckRun *run() const { return m_run; }
    bool exportTo(const QString &path, bool json, QString *error = nullptr) const;

Q_SIGNALS:
    void openResult(const QString &profileId);
    void setSecretRequested(const QString &profileId);
    void keychainProblem(const QString &sentence);
    void finished();

private:
    void updateSummary();
    void updateRowButtons();
    void chooseExportFile(bool json);
    int sourceRow(const QModelIndex &index) const;

    std::unique_ptr<Ui::BatchWindow> m_ui;
    ProfileLibrary *m_library;
    ProfileCheckRun *m_run;
    BatchResultsModel *m_model;
    QSortFilterProxyModel *m_failures;
    QSortFilterProxyModel *m_byName;
};

} // namespace zct
