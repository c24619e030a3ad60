#pragma once

#include "candidate.h"
#include "decimal.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

/// A number written with a native Korean word and what it counts: 두 사람, 한 번,
/// 세 가지, 하나, 서른을, 두어 번.
struct NativeNumber {
    qsizetype start = 0;
    qsizetype end = 0;
    Decimal value;
    QString unit; ///< "count:사람", "count" alone, or "duration:month" for 한 달
    QString counted;
    Qualifier qualifier = Qualifier::Exact;
};

/// Reads a native Korean number at a word start, or nothing. Native numbers are also
/// ordinary words (한 = did, 네 = your, 열 = open), so each needs a counter or a noun
/// after it, or a particle where it stands alone.
std::optional<NativeNumber> parseNativeNumber(QStringView text, qsizetype position);

} // namespace ClaimLedger
