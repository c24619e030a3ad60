// The HTML extractor, through the article importer as a fetched page reaches it (so
// the page's declared charset and the decoding are exercised too), and directly.

#include "articleimporter.h"
#include "htmlextractor.h"
#include "importcheck.h"

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    Fuzz::checkImported(ArticleImporter::importBytes(bytes, QStringLiteral("page.html"), "text/html",
                                                     QUrl(QStringLiteral("https://news.example/a/1"))));
    const HtmlExtractor::Result extracted = HtmlExtractor::extractUtf8(bytes);
    Fuzz::require(extracted.paragraphs.size() == extracted.kinds.size(), "one kind per paragraph");
    return 0;
}
