#pragma once

// The credentials the demo server knows out of the box (DemoUsers::builtIn()). They are public on
// purpose: the README lists them so anyone can try the tester without a Zuora tenant.
// Every scenario user shares kPassword; the multi-entity client shares kClientSecret.
namespace zct::demo {

// Session login (POST .../v1/connections) and SOAP login() (POST .../apps/services/a/<version>)
inline constexpr char16_t kUser[] = u"api.demo@example.com";                 // accepted, one entity (kEntityA)
inline constexpr char16_t kPassword[] = u"Demo-Pass+2026/=&";                // deliberately contains + / = &
inline constexpr char16_t kMultiEntityUser[] = u"multi.entity@example.com";  // must send Zuora-Entity-Ids (kEntityA or kEntityB)
inline constexpr char16_t kRateLimitedUser[] = u"rate.limited@example.com";  // 429 + Retry-After: 2
inline constexpr char16_t kLockingUser[] = u"locking@example.com";           // 200 {"success":false, reasons code 90000050}
inline constexpr char16_t kBadGatewayUser[] = u"bad.gateway@example.com";    // 502 text/html page
inline constexpr char16_t kSlowUser[] = u"slow@example.com";                 // correct answer after slowDelayMs (default 3000)
inline constexpr char16_t kApiDisabledUser[] = u"api.disabled@example.com";  // REST: refused like a wrong password; SOAP: LoginFault API_DISABLED

inline constexpr char16_t kEntityA[] = u"1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc";
inline constexpr char16_t kEntityB[] = u"c92ed977-510c-4c48-9b51-8d5e848671e9";

// OAuth client credentials (POST .../oauth/token)
inline constexpr char16_t kClientId[] = u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f";            // one entity (kEntityA)
inline constexpr char16_t kClientSecret[] = u"s3cr+t/with=and&amp";                       // contains + / = &
inline constexpr char16_t kMultiEntityClientId[] = u"0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c"; // scope lists kEntityA and kEntityB

} // namespace zct::demo
