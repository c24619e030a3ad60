#pragma once

#include <QColor>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace ClaimLedger::TestSupport {

/// The character format a QSyntaxHighlighter gave one document position (the last
/// range covering it wins, as when painting), or a default format.
inline QTextCharFormat highlightFormatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    QTextCharFormat found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= offset && offset < range.start + range.length)
            found = range.format;
    }
    return found;
}

/// The background painted at a position, or an invalid colour where none is.
inline QColor backgroundAt(const QTextDocument &document, int position)
{
    const QTextCharFormat format = highlightFormatAt(document, position);
    return format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : QColor();
}

} // namespace ClaimLedger::TestSupport
