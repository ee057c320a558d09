#include "VerdictBanner.h"

#include "Outcome.h"
#include "ShownText.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_notes(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Verdict"));
    m_title->setObjectName(u"verdictTitle"_s);
    m_cause->setObjectName(u"verdictCause"_s);
    m_hint->setObjectName(u"verdictHint"_s);
    m_notes->setObjectName(u"verdictNotes"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_title->setFont(bold);
    QFont small = m_notes->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_notes->setFont(small);
    m_notes->setVisible(false);
    for (QLabel *label : {m_cause, m_hint, m_notes}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_cause->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    m_notes->setTextFormat(Qt::PlainText);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 4, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_cause, 1, 1);
    layout->addWidget(m_hint, 2, 1);
    layout->addWidget(m_notes, 3, 1);
    layout->setColumnStretch(1, 1);
    showIdle(tr("Choose or enter a tenant, then press Test (Ctrl+Return)."));
}

QString VerdictBanner::title() const { return m_title->text(); }
QString VerdictBanner::cause() const { return m_cause->text(); }
QString VerdictBanner::hint() const { return m_hint->text(); }
QString VerdictBanner::notes() const { return m_notes->text(); }

void VerdictBanner::showIdle(const QString &text)
{
    apply(Tone::Neutral, QStyle::SP_MessageBoxInformation, tr("Not tested yet"), text, QString());
}

void VerdictBanner::showRunning(const QString &text)
{
    apply(Tone::Neutral, QStyle::SP_BrowserReload, tr("Testing…"), text, QString());
}

void VerdictBanner::showResult(const ConnectionResult &result)
{
    // The words and the tone come from the outcome: "Try again" (amber) is not "Rejected" (red),
    // and nothing sent or a cancel is neutral, not an error.
    const Outcome outcome = OutcomeText::of(result);
    const QString title = OutcomeText::title(outcome);
    switch (outcome) {
    case Outcome::Accepted: apply(Tone::Good, QStyle::SP_DialogApplyButton, title, result.cause, result.hint); break;
    case Outcome::Rejected: apply(Tone::Bad, QStyle::SP_MessageBoxCritical, title, result.cause, result.hint); break;
    case Outcome::TryAgain: apply(Tone::Warning, QStyle::SP_BrowserReload, title, result.cause, result.hint); break;
    case Outcome::Failed: apply(Tone::Warning, QStyle::SP_MessageBoxWarning, title, result.cause, result.hint); break;
    case Outcome::NotSent: apply(Tone::Neutral, QStyle::SP_MessageBoxInformation, title, result.cause, result.hint); break;
    case Outcome::Cancelled: apply(Tone::Neutral, QStyle::SP_MediaStop, title, result.cause, result.hint); break;
    }
    // How the attempt went (proxy or direct, an extra CA trusted): what support asks first.
    setNotes(result.notes);
}

void VerdictBanner::setNotes(const QStringList &notes)
{
    m_notes->setText(shownText(notes.join(u'\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void VerdictBanner::apply(Tone tone, QStyle::StandardPixmap icon, const QString &title, const QString &cause,
                          const QString &hint)
{
    m_tone = tone;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(32, 32));
    m_title->setText(title);
    m_cause->setText(shownText(cause));   // may quote a server's words
    m_hint->setText(shownText(hint));
    m_hint->setVisible(!hint.isEmpty());
    setNotes({});
    setAccessibleDescription(title + u": "_s + m_cause->text());
    updateColours();
}

void VerdictBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColours();
}

void VerdictBanner::updateColours()
{
    // Tint the palette's own window colour instead of hard-coding one, so text keeps the
    // palette's contrast on light and dark themes alike.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QColor tint;
    switch (m_tone) {
    case Tone::Neutral: tint = base.color(QPalette::Highlight); break;
    case Tone::Good: tint = QColor(0x2e, 0xa0, 0x43); break;
    case Tone::Bad: tint = QColor(0xd0, 0x30, 0x30); break;
    case Tone::Warning: tint = QColor(0xe0, 0x9a, 0x10); break;
    }
    QPalette palette = base;
    palette.setColor(QPalette::Window, blend(base.color(QPalette::Window), tint, m_tone == Tone::Neutral ? 0.08 : 0.22));
    setPalette(palette);
}

} // namespace zct
