#pragma once

#include "candidate.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringView>

namespace ClaimLedger {

/// Proposes candidate claims in an article's canonical text: figures with exact
/// values and units, quotations with their speakers, and dates. Deterministic,
/// without widgets, and fast enough to run whenever an article is opened.
class ClaimDetector final
{
public:
    struct Options {
        /// When known, days and relative dates (22일, 전날) resolve against it.
        QDate published;
    };

    static QList<Candidate> detect(QStringView text, const Options &options);
    static QList<Candidate> detect(QStringView text) { return detect(text, Options{}); }

    /// One candidate as JSON, in the format docs/formats/candidates.md describes.
    static QJsonObject toJson(const Candidate &candidate);
    static QJsonArray toJson(const QList<Candidate> &candidates);
};

} // namespace ClaimLedger
