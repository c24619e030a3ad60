#include "addclaimcommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

AddClaimCommand::AddClaimCommand(ProjectDocument *document, const Claim &claim)
    : DocumentCommand(document, QCoreApplication::translate("AddClaimCommand", "Mark Claim"))
    , m_claim(claim)
{
}

bool AddClaimCommand::apply()
{
    // Restored under the same id and UUID, so later commands that name it still apply.
    return document()->insertClaim(m_claim).ok();
}

bool AddClaimCommand::revert()
{
    return document()->deleteClaim(m_claim.id).ok();
}

} // namespace ClaimLedger
