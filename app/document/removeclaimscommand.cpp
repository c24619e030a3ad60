#include "removeclaimscommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

RemoveClaimsCommand::RemoveClaimsCommand(ProjectDocument *document, const QList<ClaimRecord> &records)
    : DocumentCommand(document,
                      records.size() == 1
                          ? QCoreApplication::translate("RemoveClaimsCommand", "Delete Claim")
                          : QCoreApplication::translate("RemoveClaimsCommand", "Delete %1 Claims").arg(records.size()))
    , m_records(records)
{
}

bool RemoveClaimsCommand::apply()
{
    bool ok = true;
    for (const ClaimRecord &record : std::as_const(m_records))
        ok = document()->deleteClaim(record.claim.id).ok() && ok;
    return ok;
}

bool RemoveClaimsCommand::revert()
{
    bool ok = true;
    for (const ClaimRecord &record : std::as_const(m_records))
        ok = document()->insertClaim(record).ok() && ok;
    return ok;
}

} // namespace ClaimLedger
