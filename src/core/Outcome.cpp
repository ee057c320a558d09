#include "Outcome.h"

using namespace Qt::StringLiterals;

namespace zct {

Outcome OutcomeText::of(const ConnectionResult &result)
{
    if (result.verdict == Verdict::Accepted)
        return Outcome::Accepted;
    switch (result.errorKind) {
    case ErrorKind::MissingSecret:
    case ErrorKind::InvalidInput:
        return Outcome::NotSent;
    case ErrorKind::Cancelled:
        return Outcome::Cancelled;
    case ErrorKind::RateLimited:
        return Outcome::TryAgain;
    default:
        break;
    }
    // Zuora's retryable categories (locking contention 50, 61, 70, 99) say "later", not "wrong".
    for (const ZuoraReason &reason : result.reasons) {
        if (reason.code.isRetryable())
            return Outcome::TryAgain;
    }
    return result.verdict == Verdict::Rejected ? Outcome::Rejected : Outcome::Failed;
}

QString OutcomeText::id(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted: return u"accepted"_s;
    case Outcome::Rejected: return u"rejected"_s;
    case Outcome::TryAgain: return u"try-again"_s;
    case Outcome::Failed: return u"error"_s;
    case Outcome::NotSent: return u"not-sent"_s;
    case Outcome::Cancelled: return u"cancelled"_s;
    }
    return u"error"_s;
}

QString OutcomeText::title(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted: return tr("Accepted");
    case Outcome::Rejected: return tr("Rejected");
    case Outcome::TryAgain: return tr("Try again");
    case Outcome::Failed: return tr("Error");
    case Outcome::NotSent: return tr("Not sent");
    case Outcome::Cancelled: return tr("Cancelled");
    }
    return tr("Error");
}

QString OutcomeText::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return u"accepted"_s;
    case Verdict::Rejected: return u"rejected"_s;
    case Verdict::Error: return u"error"_s;
    }
    return u"error"_s;
}

bool OutcomeText::verdictFromId(const QString &id, Verdict *verdict)
{
    for (const Verdict candidate : {Verdict::Accepted, Verdict::Rejected, Verdict::Error}) {
        if (id == verdictId(candidate)) {
            *verdict = candidate;
            return true;
        }
    }
    return false;
}

QString OutcomeText::verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted: return tr("Accepted");
    case Verdict::Rejected: return tr("Rejected");
    case Verdict::Error: return tr("Error");
    }
    return tr("Error");
}

QString OutcomeText::duration(double milliseconds)
{
    if (milliseconds < 0)
        return QString();
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds, 0, 'f', 1);
    return tr("%1 s").arg(milliseconds / 1000.0, 0, 'f', 1);
}

} // namespace zct
