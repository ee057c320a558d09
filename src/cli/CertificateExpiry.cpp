#include "CertificateExpiry.h"

namespace zct {

std::optional<QDateTime> certificateExpiry(const ConnectionResult &)
{
    // Needs the peer certificate chain captured by ZuoraConnection (the reply's sslConfiguration)
    // into ConnectionResult; see docs/monitoring/README.md, "Certificate expiry".
    return std::nullopt;
}

} // namespace zct
