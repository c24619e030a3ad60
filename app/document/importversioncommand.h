#pragma once

#include "article.h"
#include "documentcommand.h"
#include "projectdocument.h"

#include <QByteArray>

namespace ClaimLedger {

/// Adds a new version of an article whose re-imported text changed, with the claims
/// carried to it; undo moves the claims back to where they were, then removes it.
class ImportVersionCommand final : public DocumentCommand
{
public:
    ImportVersionCommand(ProjectDocument *document, const Article &version, const QByteArray &original,
                         const QList<ClaimPlacement> &carried = {}, const QList<ClaimPlacement> &before = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Article m_version;
    QByteArray m_original;
    QList<ClaimPlacement> m_carried;
    QList<ClaimPlacement> m_before;
};

} // namespace ClaimLedger
