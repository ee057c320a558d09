#include "CertificateExpiry.h"

namespace zct {

std::optional<QDateTime> certificateExpiry(const ConnectionResult &result)
{
    if (result.tls.chain.isEmpty() || !result.tls.chain.constFirst().notAfter.isValid())
        return std::nullopt;
    return result.tls.chain.constFirst().notAfter;
}

} // namespace zct
