#pragma once

#include <QLoggingCategory>

namespace zct {
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
} // namespace zct
