#include "offlinetextdocument.h"

namespace ClaimLedger {

QVariant OfflineTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace ClaimLedger
