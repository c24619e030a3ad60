#pragma once

#include "claim.h"
#include "documentcommand.h"

#include <QList>

namespace ClaimLedger {

/// Removes claims; undo restores them with their ids, UUIDs and every field.
class RemoveClaimsCommand final : public DocumentCommand
{
public:
    RemoveClaimsCommand(ProjectDocument *document, const QList<Claim> &claims);

protected:
    bool apply() override;
    bool revert() override;

private:
    QList<Claim> m_claims;
};

} // namespace ClaimLedger
