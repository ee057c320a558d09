#include "SingleCheck.h"

#include "ZuoraConnection.h"

#include <QSignalSpy>

namespace SingleCheck {

zct::ConnectionResult run(zct::ZuoraConnection &connection, int waitMs)
{
    QSignalSpy finished(&connection, &zct::ZuoraConnection::finished);
    if (!connection.test())
        return {};
    if (finished.isEmpty() && !finished.wait(waitMs))
        return {};
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<zct::ConnectionResult>();
}

} // namespace SingleCheck
