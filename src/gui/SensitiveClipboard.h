#pragma once

#include <QObject>
#include <QTimer>

namespace zct {

// Copies text to the clipboard. Text holding a secret is marked for clipboard managers
// (x-kde-passwordManagerHint) so they do not keep it, and is cleared after a timeout unless
// something else was copied meanwhile.
class SensitiveClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SensitiveClipboard)
public:
    static constexpr int DefaultClearMs = 30000;
    explicit SensitiveClipboard(QObject *parent = nullptr);

    void copy(const QString &text);
    void copySecret(const QString &text);
    void setClearTimeout(int ms) { m_clearMs = ms; }
    bool clearPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared();

private:
    void clearIfStillOurs();

    QTimer m_timer;
    QString m_secretText;
    int m_clearMs = DefaultClearMs;
};

} // namespace zct
