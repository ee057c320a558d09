#include "ProfileTransfer.h"

#include "CurlPasteDialog.h"
#include "ImportDialog.h"
#include "ProfileLibrary.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace zct {

ProfileTransfer::ProfileTransfer(ProfileLibrary *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
{
    setObjectName(u"profileTransfer"_s);
}

void ProfileTransfer::attach(QAction *importAction, QAction *exportAction, QAction *fromCurlAction)
{
    connect(importAction, &QAction::triggered, this, &ProfileTransfer::chooseImportFile);
    connect(exportAction, &QAction::triggered, this, &ProfileTransfer::chooseExportFile);
    connect(fromCurlAction, &QAction::triggered, this, [this] { openCurlPaste(); });
}

void ProfileTransfer::chooseImportFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Import profiles"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Profile files (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileTransfer::importFrom);
    dialog->open();
}

void ProfileTransfer::importFrom(const QString &path)
{
    const ImportPlan plan = ProfileExchange::parseFile(path, m_library->savedProfiles());
    auto *dialog = new ImportDialog(QFileInfo(path).fileName(), plan, m_window);
    dialog->setObjectName(u"importDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportOutcome outcome = m_library->import(dialog->plan(), dialog->choices());
        if (!outcome.applied) {
            Q_EMIT notice(tr("Nothing was imported: %1").arg(outcome.error));
            return;
        }
        if (!m_library->saveError().isEmpty())
            Q_EMIT notice(tr("The profiles were imported but not saved: %1").arg(m_library->saveError()));
        Q_EMIT message(tr("Imported: %1 added (%2 renamed), %3 replaced, %4 skipped, %5 left out.")
                           .arg(outcome.added)
                           .arg(outcome.renamed)
                           .arg(outcome.replaced)
                           .arg(outcome.skipped)
                           .arg(outcome.leftOut));
        Q_EMIT imported(outcome.profileIds);
    });
    dialog->open();
}

void ProfileTransfer::chooseExportFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Export profiles"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Profile files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(u"zuora-profiles.json"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (exportTo(path, &error))
            Q_EMIT message(tr("Exported %n profiles to %1 (no secrets).", nullptr, int(m_library->savedProfiles().size()))
                               .arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT notice(tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(path), error));
    });
    dialog->open();
}

bool ProfileTransfer::exportTo(const QString &path, QString *error) const
{
    return ProfileExchange::writeFile(path, m_library->savedProfiles(), error);
}

void ProfileTransfer::openCurlPaste(const QString &command)
{
    auto *dialog = new CurlPasteDialog(m_window);
    dialog->setObjectName(u"curlPasteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!command.isEmpty())
        dialog->setCommand(command);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CurlPasteResult pasted = dialog->result();
        Profile profile = pasted.profile;
        profile.name = m_library->uniqueName(profile.name.isEmpty() ? tr("Pasted profile") : profile.name);
        profile.rememberSecret = dialog->rememberSecret();
        profile = m_library->add(profile);
        if (profile.rememberSecret)
            m_library->storeSecrets(profile.id, pasted.hasLiteralSecret() ? pasted.secret : QString(), pasted.proxySecret);
        Q_EMIT created(profile.id, pasted.hasLiteralSecret() ? pasted.secret : QString(), pasted.proxySecret);
        Q_EMIT message(tr("Profile \"%1\" created from the curl command.").arg(profile.name));
    });
    dialog->open();
}

} // namespace zct
