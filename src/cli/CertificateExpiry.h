#pragma once

#include "ConnectionResult.h"

#include <QDateTime>

#include <optional>

namespace zct {

// When the server's (leaf) certificate of this attempt stops being valid, if the attempt saw one.
// ConnectionResult does not carry the peer certificate yet: until it does, this knows nothing, and
// every format leaves the certificate out (no perfdata item, no sample) rather than guess.
std::optional<QDateTime> certificateExpiry(const ConnectionResult &result);

} // namespace zct
