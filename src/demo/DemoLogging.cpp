#include "DemoLogging.h"

namespace zct {
// Quiet unless asked for (QT_LOGGING_RULES="zct.demo.debug=true"): zuora-mock-server prints its
// own request log, and test output should not drown in ours.
Q_LOGGING_CATEGORY(lcDemo, "zct.demo", QtInfoMsg)
} // namespace zct
