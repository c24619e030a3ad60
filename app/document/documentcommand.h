#pragma once

#include <QUndoCommand>

namespace ClaimLedger {

class ProjectDocument;

/// Base of every undoable edit. The document applies an edit before pushing its
/// command (so a refused edit never reaches the stack), hence the first redo(),
/// which QUndoStack::push() calls, does nothing.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(ProjectDocument *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;
    ProjectDocument *document() const { return m_document; }

private:
    ProjectDocument *m_document;
    bool m_alreadyApplied = true;
};

} // namespace ClaimLedger
