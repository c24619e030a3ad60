#pragma once

#include <QString>

namespace ClaimLedger {

/// The form of a web address under which two links to the same page compare equal:
/// scheme and host in lower case, default ports, "index" paths and trailing slashes,
/// fragments and tracking parameters (utm_*, fbclid, gclid and the like) dropped,
/// the remaining query parameters sorted. Not a URL to fetch: a key to compare by.
/// Text that is not an http(s) address comes back trimmed, unchanged otherwise.
QString canonicalUrl(const QString &address);

} // namespace ClaimLedger
