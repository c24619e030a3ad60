#pragma once

// What every importer promises of the article it returns, checked on every input:
// claims point into the text by offset, so the text must already be canonical (the
// same when normalized again) and every block must lie inside it, in order.

#include "canonicaltext.h"
#include "fuzzsupport.h"
#include "importedarticle.h"
#include "result.h"

namespace ClaimLedger::Fuzz {

inline void checkImported(const ClaimLedger::Result<ImportedArticle> &imported)
{
    if (!imported) {
        require(!imported.error().isEmpty(), "a refusal says why");
        return;
    }
    const Article &article = imported->article;
    require(CanonicalText::normalize(article.text) == article.text, "the imported text is canonical");
    qsizetype previousEnd = 0;
    for (const TextBlock &block : article.structure) {
        require(block.start >= previousEnd, "blocks are in order and do not overlap");
        require(block.start <= block.end, "a block does not end before it starts");
        require(block.end <= article.text.size(), "a block lies inside the text");
        previousEnd = block.end;
    }
}

} // namespace ClaimLedger::Fuzz
