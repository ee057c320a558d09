#pragma once

#include "ConnectionResult.h"

#include <QDateTime>

#include <optional>

namespace zct {

// When the server's (leaf) certificate of this attempt stops being valid, if the attempt saw one.
// Nothing for plain http or when no handshake got that far: every format then leaves the
// certificate out (no perfdata item, no sample) rather than guess.
std::optional<QDateTime> certificateExpiry(const ConnectionResult &result);

} // namespace zct
