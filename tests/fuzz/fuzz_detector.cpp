// The figure and quote detector on any text: every candidate must lie inside the text
// and quote exactly what is there, since the analyst accepts it as a claim.

#include "claimdetector.h"
#include "fuzzsupport.h"

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QString text = QString::fromUtf8(Fuzz::bytesOf(data, size));
    for (const Candidate &candidate : ClaimDetector::detect(text)) {
        Fuzz::require(candidate.start >= 0 && candidate.start <= candidate.end && candidate.end <= text.size(),
                      "a candidate lies inside the text");
    }
    return 0;
}
