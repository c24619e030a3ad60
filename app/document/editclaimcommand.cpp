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

bool EditClaimCommand::apply()
{
    return document()->replaceClaim(m_after).ok();
}

bool EditClaimCommand::revert()
{
    return document()->replaceClaim(m_before).ok();
}

} // namespace ClaimLedger
