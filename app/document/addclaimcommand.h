#pragma once

#include "claim.h"
#include "documentcommand.h"

namespace ClaimLedger {

/// Marks a span as a claim; undo removes it again.
class AddClaimCommand final : public DocumentCommand
{
public:
    AddClaimCommand(ProjectDocument *document, const Claim &claim);

protected:
    bool apply() override;
    bool revert() override;

private:
    Claim m_claim;
};

} // namespace ClaimLedger
