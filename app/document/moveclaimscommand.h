#pragma once

#include "documentcommand.h"
#include "projectdocument.h"

#include <QList>

namespace ClaimLedger {

/// Moves claims to other versions of their articles (a claim left on an earlier
/// version placed by hand on the current text); undo puts them back.
class MoveClaimsCommand final : public DocumentCommand
{
public:
    MoveClaimsCommand(ProjectDocument *document, const QList<ClaimPlacement> &after,
                      const QList<ClaimPlacement> &before, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<ClaimPlacement> m_after;
    QList<ClaimPlacement> m_before;
};

} // namespace ClaimLedger
