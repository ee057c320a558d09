#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>
#include <QString>

namespace zct {

// How one attempt ended, in the words every face uses: the banner, the profile list, Test all,
// history, the CLI and the exports all name an outcome through these functions and nowhere else.
// Verdict (accepted / rejected / error) is what is stored; Outcome is what is shown, and keeps apart
// what a person must treat differently: try again later, nothing was sent, cancelled.
enum class Outcome {
    Accepted,    // Zuora said yes, by the written rule (ResultClassifier)
    Rejected,    // Zuora said no to these credentials
    TryAgain,    // rate limited or a retryable Zuora code (locking contention ...): not the credentials' fault
    Failed,      // network, TLS, timeout, unexpected answer: no verdict on the credentials
    NotSent,     // refused before sending: no secret at hand, invalid input
    Cancelled    // stopped by the person
};

class OutcomeText final
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)
public:
    static Outcome of(const ConnectionResult &result);
    static QString id(Outcome outcome);          // stable: "accepted", "rejected", "try-again", "error", "not-sent", "cancelled"
    static QString title(Outcome outcome);       // translated, for people: "Accepted", "Try again", ...
    static QString title(const ConnectionResult &result) { return title(of(result)); }

    // Whether the outcome says something about the credentials, so that it may replace a profile's
    // last verdict and enter its history. A missing secret, a keychain outage, bad input and a
    // cancel say nothing about them.
    static bool isVerdict(Outcome outcome) { return outcome != Outcome::NotSent && outcome != Outcome::Cancelled; }
    static bool isVerdict(const ConnectionResult &result) { return isVerdict(of(result)); }

    // The stored verdict's words: "accepted" / "rejected" / "error" (profiles file, history, CSV, JSON).
    static QString verdictId(Verdict verdict);
    static bool verdictFromId(const QString &id, Verdict *verdict);   // false for an unknown id
    static QString verdictTitle(Verdict verdict);                     // translated

    // One way to show how long something took: "14.6 ms" below a second, "2.3 s" from a second on,
    // nothing when it did not happen (negative).
    static QString duration(double milliseconds);
};

} // namespace zct
