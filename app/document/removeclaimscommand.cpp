#include "removeclaimscommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

RemoveClaimsCommand::RemoveClaimsCommand(ProjectDocument *document, const QList<Claim> &claims)
    : DocumentCommand(document,
                      claims.size() == 1
                          ? QCoreApplication::translate("RemoveClaimsCommand", "Delete Claim")
                          : QCoreApplication::translate("RemoveClaimsCommand", "Delete %1 Claims").arg(claims.size()))
    , m_claims(claims)
{
}

bool RemoveClaimsCommand::apply()
{
    bool ok = true;
    for (const Claim &claim : std::as_const(m_claims))
        ok = document()->deleteClaim(claim.id).ok() && ok;
    return ok;
}

bool RemoveClaimsCommand::revert()
{
    bool ok = true;
    for (const Claim &claim : std::as_const(m_claims))
        ok = document()->insertClaim(claim).ok() && ok;
    return ok;
}

} // namespace ClaimLedger
