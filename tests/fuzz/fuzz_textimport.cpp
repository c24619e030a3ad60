// Encoding detection and plain-text import: any bytes, with or without a charset a
// server might declare (the first byte chooses one, so the fuzzer explores both).

#include "importcheck.h"
#include "textimporter.h"

#include <iterator>

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray charsets[] = {{}, "utf-8", "euc-kr", "shift_jis", "windows-1252", "utf-16", "bogus"};
    QByteArray bytes = ClaimLedger::Fuzz::bytesOf(data, size);
    QByteArray declared;
    if (!bytes.isEmpty()) {
        declared = charsets[uchar(bytes.at(0)) % std::size(charsets)];
        bytes.remove(0, 1);
    }
    ClaimLedger::Fuzz::checkImported(
        ClaimLedger::TextImporter::importBytes(bytes, QStringLiteral("input.txt"), declared));
    return 0;
}
