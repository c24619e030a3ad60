#include "article.h"

namespace ClaimLedger {

QList<TextBlock> paragraphBlocks(const QString &canonical)
{
    QList<TextBlock> structure;
    qsizetype start = 0;
    while (start < canonical.size()) {
        qsizetype end = canonical.indexOf(QStringLiteral("\n\n"), start);
        if (end < 0)
            end = canonical.size();
        TextBlock block;
        block.start = start;
        block.end = end;
        structure.append(block);
        start = end + 2;
    }
    return structure;
}

} // namespace ClaimLedger
