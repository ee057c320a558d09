#include "SensitiveClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace zct {

SensitiveClipboard::SensitiveClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SensitiveClipboard::clearIfStillOurs);
}

void SensitiveClipboard::copy(const QString &text)
{
    m_timer.stop();
    m_secretText.clear();
    QGuiApplication::clipboard()->setText(text);
}

void SensitiveClipboard::copySecret(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    // The hint KDE's Klipper and KeePassXC-style managers honour: do not record this.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_secretText = text;
    m_timer.start(m_clearMs);
}

void SensitiveClipboard::clearIfStillOurs()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secretText)
        clipboard->clear();
    m_secretText.clear();
    Q_EMIT cleared();
}

} // namespace zct
