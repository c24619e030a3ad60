#include "documentcommand.h"

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
    apply();
}

void DocumentCommand::undo()
{
    revert();
}

} // namespace ClaimLedger
