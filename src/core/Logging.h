#pragma once

#include <QLoggingCategory>

// Never log a secret, a cookie value or a token through these.
Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcBatch)
