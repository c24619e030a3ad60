#include "editclaimcommand.h"

#include "projectdocument.h"

namespace ClaimLedger {

EditClaimCommand::EditClaimCommand(ProjectDocument *document, const Claim &before, const Claim &after,
                                   const QString &text)
    : DocumentCommand(document, text)
    , m_before(before)
    , m_after(after)
{
}

Status EditClaimCommand::apply()
{
    return statusOf(document()->replaceClaim(m_after));
}

Status EditClaimCommand::revert()
{
    return statusOf(document()->replaceClaim(m_before));
}

} // namespace ClaimLedger
