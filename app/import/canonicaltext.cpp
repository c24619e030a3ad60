#include "canonicaltext.h"

#include <QStringList>

namespace ClaimLedger::CanonicalText {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
        || c == u'\u0085' || c == u'\v' || c == u'\f';
}

} // namespace

QString normalize(QStringView raw)
{
    const QString nfc = raw.toString().normalized(QString::NormalizationForm_C);

    QString result;
    result.reserve(nfc.size());
    qsizetype pendingBlankLines = 0;
    bool atStart = true;
    qsizetype lineStart = 0;
    const qsizetype size = nfc.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && !isLineBreak(nfc.at(i)))
            continue;
        const QStringView line = QStringView(nfc).sliced(lineStart, i - lineStart).trimmed();
        if (line.isEmpty()) {
            ++pendingBlankLines;
        } else {
            if (!atStart)
                result += pendingBlankLines > 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            result += line;
            atStart = false;
            pendingBlankLines = 0;
        }
        // "\r\n" is one break, not two.
        if (i + 1 < size && nfc.at(i) == u'\r' && nfc.at(i + 1) == u'\n')
            ++i;
        lineStart = i + 1;
    }
    return result;
}

} // namespace ClaimLedger::CanonicalText
