#pragma once

#include "decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimLedger {

/// How a stated figure relates to its value.
enum class Qualifier { Exact, About, AtLeast, AtMost, MoreThan, LessThan, UpTo, Range, Several };

/// "exact", "about", "at least", … as exports and the CLI write them.
QString qualifierKey(Qualifier qualifier);

/// A number with what it counts: "5천억달러" → 500000000000 USD.
struct FigureData {
    Decimal value; ///< for ranges, the low end
    Decimal low; ///< ranges only
    Decimal high; ///< ranges only
    bool isRange = false;
    QString unit; ///< ISO 4217 code, "percent", "count:명", "duration:year", "ratio:배", or "" for a bare number
    Qualifier qualifier = Qualifier::Exact;
    QString counted; ///< the counted noun when one follows: 10만개의 일자리 → 일자리
    int equivalent = -1; ///< index of the figure stated alongside in parentheses
    QString impliedRate; ///< "1420 KRW per USD" when the equivalent converts currencies
};

/// A quotation with the one who said it.
struct QuoteData {
    qsizetype textStart = 0; ///< the quoted words, without the quotation marks
    qsizetype textEnd = 0;
    QString text;
    QString speaker; ///< as written ("머스크 CEO", "그", "He"); empty when unknown
    qsizetype speakerStart = -1;
    qsizetype speakerEnd = -1;
    QString resolvedSpeaker; ///< the named speaker a pronoun refers to, or the speaker
    QString verb; ///< the reporting verb or ending ("말했다", "라면서", "said")
    QString speakerName; ///< the name without titles or parentheses: 머스크 CEO → 머스크
    QString speakerRole; ///< the title or role written with it: CEO, 대통령, chief executive
    QStringList speakerAliases; ///< names given in parentheses: 손 마사요시
    QString speakerKind; ///< "person", "organisation" or "anonymous"
    QString entity; ///< the fullest form of the name in the text (일론 머스크): the entity's key
};

/// A date or day that anchors a claim in time.
struct DateData {
    QString normalized; ///< ISO 8601 as far as known: "2025-01-22", "2025-01", "--01-22", "---22"
    bool relative = false; ///< 전날, yesterday, 지난해 …
};

/// Something in an article that may be a claim, as the detector proposes it. Offsets
/// count UTF-16 code units of the text given to the detector.
struct Candidate {
    enum class Kind { Figure, Quote, Date };

    Kind kind = Kind::Figure;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    double confidence = 0.0;
    FigureData figure;
    QuoteData quote;
    DateData date;
};

QString candidateKindKey(Candidate::Kind kind);

/// A figure's normalized value as the command line and the reader's tooltips show it:
/// "500000000000 USD (exact) = 1420 KRW per USD".
QString figureSummary(const FigureData &figure);

} // namespace ClaimLedger

// Strings, decimals and offsets only: a list of candidates grows by moving memory, not by
// moving each of several hundred thousand candidates one by one.
Q_DECLARE_TYPEINFO(ClaimLedger::FigureData, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ClaimLedger::QuoteData, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ClaimLedger::DateData, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ClaimLedger::Candidate, Q_RELOCATABLE_TYPE);
