#include "CurlPasteDialog.h"
#include "ui_CurlPasteDialog.h"

#include "Environments.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zct {

CurlPasteDialog::CurlPasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CurlPasteDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create profile"));
    m_ui->commandEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->commandEdit, &QPlainTextEdit::textChanged, this, &CurlPasteDialog::reparse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reparse();
}

CurlPasteDialog::~CurlPasteDialog() = default;

void CurlPasteDialog::setCommand(const QString &command)
{
    m_ui->commandEdit->setPlainText(command);
}

bool CurlPasteDialog::rememberSecret() const
{
    return (m_result.hasLiteralSecret() || !m_result.proxySecret.isEmpty()) && m_ui->rememberSecretCheck->isChecked();
}

void CurlPasteDialog::reparse()
{
    const QString command = m_ui->commandEdit->toPlainText();
    m_result = command.trimmed().isEmpty() ? CurlPasteResult{} : CurlPaste::parse(command);
    QStringList lines;
    if (command.trimmed().isEmpty()) {
        lines << tr("Nothing pasted yet.");
    } else if (m_result.ok()) {
        const Profile &profile = m_result.profile;
        const bool oauth = profile.settings.authMode == AuthMode::OAuthClientCredentials;
        lines << tr("Profile \"%1\": %2 at %3 as %4.")
                     .arg(profile.name, oauth ? tr("OAuth client credentials") : tr("session login"),
                          profile.settings.baseUrl, profile.settings.username);
        if (!profile.settings.entityId.isEmpty())
            lines << tr("Entity id: %1").arg(profile.settings.entityId);
        if (m_result.hasLiteralSecret())
            lines << tr("The command contains the secret itself: it will not be written to the settings file.");
        else if (!m_result.secretVariable.isEmpty())
            lines << tr("The secret comes from $%1: type it in the form.").arg(m_result.secretVariable);
    } else {
        for (const QString &error : std::as_const(m_result.errors))
            lines << tr("Error: %1").arg(error);
    }
    for (const QString &warning : std::as_const(m_result.warnings))
        lines << tr("Note: %1").arg(warning);
    m_ui->previewLabel->setText(lines.join(u'\n'));
    m_ui->rememberSecretCheck->setEnabled(m_result.hasLiteralSecret() || !m_result.proxySecret.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!command.trimmed().isEmpty() && m_result.ok());
}

} // namespace zct
