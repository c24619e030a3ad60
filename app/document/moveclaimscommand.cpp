#include "moveclaimscommand.h"

namespace ClaimLedger {

MoveClaimsCommand::MoveClaimsCommand(ProjectDocument *document, const QList<ClaimPlacement> &after,
                                     const QList<ClaimPlacement> &before, const QString &text)
    : DocumentCommand(document, text)
    , m_after(after)
    , m_before(before)
{
}

Status MoveClaimsCommand::apply()
{
    return document()->moveClaims(m_after);
}

Status MoveClaimsCommand::revert()
{
    return document()->moveClaims(m_before);
}

} // namespace ClaimLedger
