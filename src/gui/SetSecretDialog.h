#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;

namespace zct {

class PasswordLineEdit;
class ProfileLibrary;

// "Set secret…": the secret of one profile, typed once, kept in the keychain when Remember is
// ticked (the default), else only for this session's tests.
class SetSecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetSecretDialog)
public:
    SetSecretDialog(const QString &profileName, const QString &secretTitle, bool canRemember, QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;

    // Asks for the secret of a profile; with Remember, the profile remembers it from now on and the
    // keychain gets it (ProfileLibrary reports a keychain failure). onSet gets the secret either way.
    static void ask(ProfileLibrary *library, const QString &profileId, QWidget *parent,
                    std::function<void(const QString &secret)> onSet);

private:
    PasswordLineEdit *m_secret;
    QCheckBox *m_remember;
};

} // namespace zct
