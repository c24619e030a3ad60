#include "addclaimcommand.h"

namespace ClaimLedger {

AddClaimCommand::AddClaimCommand(ProjectDocument *document, const ClaimRecord &record, const QString &text)
    : DocumentCommand(document, text)
    , m_record(record)
{
}

bool AddClaimCommand::apply()
{
    return document()->insertClaim(m_record).ok();
}

bool AddClaimCommand::revert()
{
    return document()->deleteClaim(m_record.claim.id).ok();
}

} // namespace ClaimLedger
