#include "addclaimcommand.h"

namespace ClaimLedger {

AddClaimCommand::AddClaimCommand(ProjectDocument *document, const ClaimRecord &record, const QString &text)
    : DocumentCommand(document, text)
    , m_record(record)
{
}

Status AddClaimCommand::apply()
{
    return statusOf(document()->insertClaim(m_record));
}

Status AddClaimCommand::revert()
{
    return statusOf(document()->deleteClaim(m_record.claim.id));
}

} // namespace ClaimLedger
