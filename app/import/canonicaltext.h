#pragma once

#include <QString>
#include <QStringView>

namespace ClaimLedger::CanonicalText {

/// The canonical form of an article's text that claims point into: Unicode NFC,
/// '\n' line breaks, no spaces at either end of a line, paragraphs separated by exactly
/// one blank line, nothing blank at either end. A text without any blank line between
/// its lines has one paragraph per line. Importers of every format end here, so
/// offsets mean the same whatever the article was imported from.
QString normalize(QStringView raw);

} // namespace ClaimLedger::CanonicalText
