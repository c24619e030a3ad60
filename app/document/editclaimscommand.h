#pragma once

#include "claim.h"
#include "documentcommand.h"

#include <QList>

namespace ClaimLedger {

/// Changes the fields of one or many claims (verdict, kind, claimant, wording,
/// rationale, span, priority): one command holding each claim's before and after, done
/// and undone in one transaction. Successive span edits of one claim (a spin box
/// stepped with the arrow keys) merge into one command.
class EditClaimsCommand final : public DocumentCommand
{
public:
    struct Change {
        Claim before;
        Claim after;
    };
    enum class Kind { Fields, Span };

    EditClaimsCommand(ProjectDocument *document, const QList<Change> &changes, const QString &text,
                      Kind kind = Kind::Fields);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Change> m_changes;
    Kind m_kind;
};

} // namespace ClaimLedger
