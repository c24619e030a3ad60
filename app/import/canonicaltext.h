#pragma once

#include "article.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ClaimLedger::CanonicalText {

/// The canonical form of an article's text that claims point into: Unicode NFC,
/// '\n' line breaks, no spaces at either end of a line, paragraphs separated by exactly
/// one blank line, nothing blank at either end. A text without any blank line between
/// its lines has one paragraph per line. Importers of every format end here, so
/// offsets mean the same whatever the article was imported from.
QString normalize(QStringView raw);

/// The text in Unicode Normalization Form C, in time linear in its length (ICU).
QString toNfc(QStringView text);

/// Builds the canonical text of blocks read by an importer (paragraphs, headings …,
/// `kinds` giving each one's kind, level and page) and records where each block lands
/// in it. A block that normalizes to several paragraphs becomes several blocks.
QString assemble(const QStringList &blocks, const QList<TextBlock> &kinds, QList<TextBlock> *structure);

} // namespace ClaimLedger::CanonicalText
