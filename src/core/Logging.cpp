#include "Logging.h"

Q_LOGGING_CATEGORY(lcConnection, "zct.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBatch, "zct.batch", QtWarningMsg)
