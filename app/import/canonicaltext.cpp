#include "canonicaltext.h"

#include <QList>

#include <unicode/unorm2.h>

#include <algorithm>

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

QString toNfc(QStringView text)
{
    // QString::normalized() takes quadratic time on long runs after a combining mark
    // (25 s for 1.2 MB of Korean with one); ICU's normalizer is linear. Both work in
    // UTF-16, so the text is handed over without conversion.
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status) || text.size() > INT32_MAX / 4)
        return text.toString().normalized(QString::NormalizationForm_C);
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    // Most text is NFC already: find how much, and normalize only the rest.
    const int32_t normalized = unorm2_spanQuickCheckYes(nfc, source, length, &status);
    if (U_FAILURE(status))
        return text.toString().normalized(QString::NormalizationForm_C);
    if (normalized == length)
        return text.toString();
    QString result;
    // NFC never makes text more than three times longer (Unicode's stated bound).
    result.resize(normalized + qsizetype(length - normalized) * 3);
    auto *target = reinterpret_cast<UChar *>(result.data());
    std::copy(source, source + normalized, target);
    const int32_t written = unorm2_normalize(nfc, source + normalized, length - normalized, target + normalized,
                                             int32_t(result.size()) - normalized, &status);
    if (U_FAILURE(status))
        return text.toString().normalized(QString::NormalizationForm_C);
    result.truncate(normalized + written);
    return result;
}

QString normalize(QStringView raw)
{
    const QString nfc = toNfc(raw);
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
