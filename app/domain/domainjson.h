#pragma once

#include "article.h"
#include "claim.h"

#include <QJsonObject>

namespace ClaimLedger {

/// JSON records of the domain objects, used by the change log and exchange formats.
/// Keys are stable; an article's record leaves out its text, which can be large.
QJsonObject toJson(const Claim &claim);
QJsonObject toJson(const Article &article);

} // namespace ClaimLedger
