#include "canonicaltext.h"

#include <QList>

namespace ClaimLedger::CanonicalText {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c == u'\u0085'
        || c == u'\v' || c == u'\f';
}

/// The text's lines, trimmed; "\r\n" counts as one break.
QList<QStringView> trimmedLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isLineBreak(text.at(i)))
            continue;
        lines.append(text.sliced(lineStart, i - lineStart).trimmed());
        if (i + 1 < text.size() && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++i;
        lineStart = i + 1;
    }
    return lines;
}

} // namespace

QString normalize(QStringView raw)
{
    const QString nfc = raw.toString().normalized(QString::NormalizationForm_C);
    const QList<QStringView> lines = trimmedLines(nfc);

    // Text copied from news sites often puts each paragraph on one line with no blank
    // line between them; then every line is a paragraph. Where blank lines do separate
    // paragraphs, the single breaks inside a paragraph are kept as line breaks.
    bool blankLineBetweenText = false;
    bool seenText = false;
    bool blankSinceText = false;
    for (const QStringView line : lines) {
        if (line.isEmpty()) {
            blankSinceText = seenText;
        } else {
            blankLineBetweenText = blankLineBetweenText || blankSinceText;
            seenText = true;
            blankSinceText = false;
        }
    }

    QString result;
    result.reserve(nfc.size());
    bool pendingBlank = false;
    for (const QStringView line : lines) {
        if (line.isEmpty()) {
            pendingBlank = true;
            continue;
        }
        if (!result.isEmpty())
            result += pendingBlank || !blankLineBetweenText ? QStringLiteral("\n\n") : QStringLiteral("\n");
        result += line;
        pendingBlank = false;
    }
    return result;
}

QString assemble(const QStringList &blocks, const QList<TextBlock> &kinds, QList<TextBlock> *structure)
{
    QString text;
    structure->clear();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString normalized = normalize(blocks.at(i));
        if (normalized.isEmpty())
            continue;
        const TextBlock kind = kinds.value(i);
        for (const QStringView part : QStringTokenizer(normalized, u"\n\n")) {
            if (!text.isEmpty())
                text += QStringLiteral("\n\n");
            TextBlock block = kind;
            block.start = text.size();
            text += part;
            block.end = text.size();
            structure->append(block);
        }
    }
    return text;
}

} // namespace ClaimLedger::CanonicalText
