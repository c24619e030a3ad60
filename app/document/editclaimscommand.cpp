#include "editclaimscommand.h"

#include "projectdocument.h"

namespace ClaimLedger {

namespace {
/// QUndoStack merges only commands with the same id; span edits have one, others none.
constexpr int SpanEditId = 0x5350414e;
} // namespace

EditClaimsCommand::EditClaimsCommand(ProjectDocument *document, const QList<Change> &changes, const QString &text,
                                     Kind kind)
    : DocumentCommand(document, text)
    , m_changes(changes)
    , m_kind(kind)
{
}

int EditClaimsCommand::id() const
{
    return m_kind == Kind::Span && m_changes.size() == 1 ? SpanEditId : -1;
}

bool EditClaimsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditClaimsCommand *>(other);
    if (!next || next->id() != id() || next->m_changes.size() != 1
        || next->m_changes.constFirst().after.id != m_changes.constFirst().after.id)
        return false;
    // Undo goes back to before the first step.
    m_changes.first().after = next->m_changes.constFirst().after;
    return true;
}

Status EditClaimsCommand::apply()
{
    QList<Claim> after;
    for (const Change &change : std::as_const(m_changes))
        after.append(change.after);
    return document()->replaceClaims(after);
}

Status EditClaimsCommand::revert()
{
    QList<Claim> before;
    for (const Change &change : std::as_const(m_changes))
        before.append(change.before);
    return document()->replaceClaims(before);
}

} // namespace ClaimLedger
