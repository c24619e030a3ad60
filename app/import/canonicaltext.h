#pragma once

#include <QString>
#include <QStringView>

namespace ClaimLedger::CanonicalText {

/// The canonical form of an article's text that claims point into: Unicode NFC,
/// '\n' line breaks, no trailing spaces on a line, paragraphs separated by exactly one
/// blank line, no blank lines at either end. Importers of every format end here, so
/// offsets mean the same whatever the article was imported from.
QString normalize(QStringView raw);

} // namespace ClaimLedger::CanonicalText
