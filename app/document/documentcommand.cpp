#include "documentcommand.h"

#include "projectdocument.h"

namespace ClaimLedger {

DocumentCommand::DocumentCommand(ProjectDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void DocumentCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    const Status done = m_document->replaying([this] { return apply(); });
    if (!done)
        failed(false, done.error());
}

void DocumentCommand::undo()
{
    const Status done = m_document->replaying([this] { return revert(); });
    if (!done)
        failed(true, done.error());
}

void DocumentCommand::failed(bool undoing, const QString &reason)
{
    setObsolete(true);
    m_document->undoStepFailed(text(), undoing, reason);
}

} // namespace ClaimLedger
