#include "snapshot.h"

#include <QCryptographicHash>

namespace ClaimLedger {

bool Snapshot::hashMatches() const
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == sha256;
}

} // namespace ClaimLedger
