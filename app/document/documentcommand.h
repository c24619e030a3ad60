#pragma once

#include "result.h"

#include <QUndoCommand>

namespace ClaimLedger {

class ProjectDocument;

/// Base of every undoable edit. The document applies an edit before pushing its
/// command (so a refused edit never reaches the stack), hence the first redo(),
/// which QUndoStack::push() calls, does nothing.
///
/// An undo or redo that cannot be saved (the file became read-only, the disk is
/// full) must not leave the stack saying the file changed when it did not: the
/// command becomes obsolete, which makes QUndoStack drop it, and the document reports
/// the failure and clears the rest of the history, which no longer matches the file.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(ProjectDocument *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    ProjectDocument *document() const { return m_document; }

    /// The outcome of a document call as a Status, its value dropped.
    template<typename T>
    static Status statusOf(const Result<T> &result)
    {
        if (result.ok())
            return {};
        return Error{result.error()};
    }

private:
    void failed(bool undoing, const QString &reason);

    ProjectDocument *m_document;
    bool m_alreadyApplied = true;
};

} // namespace ClaimLedger
