#pragma once

#include "candidate.h"
#include "exchangerates.h"
#include "figurerelation.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace ClaimLedger {

/// Finds relations between the figures of one article and whether each holds, in exact
/// decimal arithmetic over the intervals the figures' wording allows (FigureInterval):
/// - a sum: parts listed together (1조 1천억 원, 8천억 원, 5천억 원) and the total of their
///   unit stated elsewhere (총 2조 4천억 원): one they add up to holds; one named as the
///   total that they come within a quarter of without adding up to does not;
/// - a conversion: a figure and its equivalent in another currency stated beside it
///   (42억 달러(약 5조 700억 원)), whose implied rate is compared with the ECB reference rate
///   of the publication date; within 5% it holds. A conversion said to be at the rate of
///   its time (당시 환율, at the time's rate) is taken as stated and not compared.
/// - a change: in one sentence, a stated change (31% 줄었다, rose 12%, 13.5 percentage
///   points, 두 배) and the two amounts it is between (A에서 B로, from A to B), in the
///   stated change's terms.
/// - a percentage: a share stated with its part and its whole (41만 명의 약 12%, 9% of its
///   $304 million, 18,420 of 31,050 voters … 65%, 전체의 35%인 496가구).
/// Bounded: at most 2,000 figures of an article are looked at.
class FigureChecker final
{
public:
    FigureChecker(QStringView text, const QList<Candidate> &candidates, QDate published,
                  const ExchangeRates &rates = ExchangeRates::builtIn());

    QList<FigureRelation> check() const;

private:
    QList<FigureRelation> conversions() const;
    QList<FigureRelation> sums() const;
    QList<FigureRelation> changes() const;
    /// Shares stated with their part and whole; `found` gives the totals of sums.
    QList<FigureRelation> percentages(const QList<FigureRelation> &found) const;
    /// The sentence holding `position`: its start and end.
    std::pair<qsizetype, qsizetype> sentenceAround(qsizetype position) const;
    /// +1 when the words speak of a rise, −1 of a fall, 0 when of neither or both.
    static int directionIn(QStringView words);
    bool historicalConversion(qsizetype position) const;
    /// The figures checked: not ranges or orders of magnitude, at most 2,000.
    QList<qsizetype> figureIndices() const;
    /// True when words beside the figure name it a total (총, a total of, split among).
    bool namedAsTotal(const Candidate &figure) const;
    /// True when `next` follows `previous` in one enumeration.
    bool listedTogether(const Candidate &previous, const Candidate &next) const;
    static bool sameFamily(const QString &a, const QString &b);
    static bool comparableUnits(const QString &a, const QString &b);
    static bool openEnded(const FigureData &figure);

    QStringView m_text;
    const QList<Candidate> &m_candidates;
    QDate m_published;
    const ExchangeRates &m_rates;
};

} // namespace ClaimLedger
