#pragma once

#include "ConnectionResult.h"

namespace zct {
class ZuoraConnection;
}

namespace SingleCheck {

// Starts one check and waits for its single result; an empty result when it did not start,
// did not end within waitMs, or reported more than once.
zct::ConnectionResult run(zct::ZuoraConnection &connection, int waitMs = 20000);

} // namespace SingleCheck
