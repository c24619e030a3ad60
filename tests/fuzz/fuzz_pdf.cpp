// PDF import through poppler: text per page, control characters dropped.

#include "documentimporter.h"
#include "importcheck.h"

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const auto imported = DocumentImporter::importPdf(Fuzz::bytesOf(data, size), QStringLiteral("input.pdf"));
    Fuzz::checkImported(imported);
    if (imported) {
        for (QChar c : imported->article.text)
            Fuzz::require(c.unicode() >= 0x20 || c == u'\n' || c == u'\t', "no control characters in PDF text");
    }
    return 0;
}
