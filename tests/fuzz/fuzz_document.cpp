// DOCX and ODT import: zip archives of XML read with KArchive and QXmlStreamReader.
// Every input is tried as both, so a mutated archive reaches both readers.

#include "documentimporter.h"
#include "importcheck.h"

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    Fuzz::checkImported(DocumentImporter::importDocx(bytes, QStringLiteral("input.docx")));
    Fuzz::checkImported(DocumentImporter::importOdt(bytes, QStringLiteral("input.odt")));
    return 0;
}
