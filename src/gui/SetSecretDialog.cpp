#include "SetSecretDialog.h"

#include "AuthMethod.h"
#include "PasswordLineEdit.h"
#include "ProfileLibrary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zct {

SetSecretDialog::SetSecretDialog(const QString &profileName, const QString &secretTitle, bool canRemember, QWidget *parent)
    : QDialog(parent)
    , m_secret(new PasswordLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember it in the system keychain"), this))
{
    setObjectName(u"setSecretDialog"_s);
    setWindowTitle(tr("Set secret of \"%1\"").arg(profileName));
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setAccessibleName(secretTitle);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setAccessibleName(tr("Remember the secret in the system keychain"));
    m_remember->setChecked(canRemember);
    m_remember->setEnabled(canRemember);
    auto *label = new QLabel(secretTitle + u':', this);
    label->setBuddy(m_secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(label, m_secret);
    layout->addRow(QString(), m_remember);
    layout->addRow(buttons);
    m_secret->setFocus();
}

QString SetSecretDialog::secret() const
{
    return m_secret->text();
}

bool SetSecretDialog::remember() const
{
    return m_remember->isChecked();
}

void SetSecretDialog::ask(ProfileLibrary *library, const QString &profileId, QWidget *parent,
                          std::function<void(const QString &secret)> onSet)
{
    const Profile *profile = library->find(profileId);
    if (!profile)
        return;
    auto *dialog = new SetSecretDialog(profile->name, AuthMethod::of(profile->settings.authMode).secretTitle(),
                                       !profile->demo, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog, [library, profileId, dialog, onSet = std::move(onSet)] {
        const Profile *profile = library->find(profileId);
        if (!profile)
            return;
        if (dialog->remember()) {
            Profile remembering = *profile;
            remembering.rememberSecret = true;
            library->update(remembering);
            library->storeSecrets(profileId, dialog->secret(), QString());
        }
        onSet(dialog->secret());
    });
    dialog->open();
}

} // namespace zct
