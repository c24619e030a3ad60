#pragma once

#include "candidate.h"
#include "dateparser.h"
#include "numeralparser.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

/// Finds figures (numbers with what they count) and dates in a text, Korean and
/// English, in one left-to-right pass. Work is done only where a digit, a currency
/// sign, a Korean or Hanja numeral, or a word that starts a date appears, so the cost
/// grows linearly with the text.
class FigureDetector final
{
public:
    FigureDetector(QStringView text, QDate published);

    /// Figures and dates in text order. Equivalents stated in parentheses are linked.
    QList<Candidate> detect();

private:
    struct Unit {
        QString unit;
        qsizetype end = 0;
        Qualifier qualifier = Qualifier::Exact;
        QString counted;
        bool isDate = false;
    };
    struct Figure {
        qsizetype start = 0;
        qsizetype end = 0;
        Decimal value;
        Decimal high;
        bool isRange = false;
        int lastLargeExponent = -1;
        bool hasScale = false;
        QString unit;
        Qualifier qualifier = Qualifier::Exact;
        QString counted;
        QString dateNormalized; ///< when the "figure" turned out to be a date
        double confidence = 0.0;
    };

    /// What was found at a position: a candidate, or a stretch to pass over (an
    /// identifier, a phone number, a time), or nothing.
    struct Step {
        std::optional<Candidate> candidate;
        qsizetype resume = 0;
    };

    Step scanNumberAt(qsizetype position);
    std::optional<Figure> parseFigure(qsizetype position, bool allowRange);
    std::optional<Unit> unitAfter(qsizetype position, bool isEnglishContext) const;
    Qualifier qualifierBefore(qsizetype *start) const;
    /// Where the spelled digits after a spelled decimal point end (이백점 칠일), or -1.
    qsizetype spelledDecimalEnd(qsizetype position) const;
    /// Where a spelled minus ending at `position` starts (마이너스, 음수; with `english`,
    /// minus too), or -1.
    qsizetype spelledMinusStart(qsizetype position, bool english) const;
    /// True when a tally's noun follows `position` ("7-2 vote", "3-1 win").
    bool tallyFollows(qsizetype position) const;
    /// True when a verb of voting or winning comes before `position` ("voted 7-2").
    bool tallyBefore(qsizetype position) const;
    /// True when the sentence before `position` speaks of weight (pounds, not sterling).
    bool weighedBefore(qsizetype position) const;
    bool spelledNumeralMayStart(qsizetype position) const;
    std::optional<NumeralParser::Numeral> loneSpelledDigit(qsizetype position) const;
    /// A numeral in digits or Hangul, or one spelled digit where one may stand.
    std::optional<NumeralParser::Numeral> koreanNumeralAt(qsizetype position) const;
    /// The fraction whose denominator is `denominator` (…분의 numerator): its value and end.
    std::optional<std::pair<Decimal, qsizetype>> fractionAfter(const NumeralParser::Numeral &denominator) const;
    bool spelledNumeralStandsAlone(const NumeralParser::Numeral &numeral) const;
    /// The cents of "1달러 20센트" after the dollars: their value in the currency and
    /// where they end.
    std::optional<std::pair<Decimal, qsizetype>> minorAmountAfter(qsizetype position, const QString &currency,
                                                                  bool english) const;
    Qualifier qualifierAfter(qsizetype *end) const;
    /// Widens `figure` over the qualifier written after or before it (이상, about).
    void qualify(Figure &figure) const;
    bool isIdentifierContext(qsizetype numberStart) const;
    /// True when digits name something rather than count it: 형사3부(판사 …), 007, 119,
    /// iOS 7.
    bool namesSomething(const Figure &figure, qsizetype numberPosition) const;
    /// The end of 4.19 in "4.19 혁명" (digits from `position` to `monthEnd`, a dot, a
    /// day, an event), or -1.
    qsizetype historicDayEnd(qsizetype position, qsizetype monthEnd) const;
    void linkEquivalents(QList<Candidate> &candidates) const;
    Candidate makeDate(const DateMatch &date) const;
    Candidate makeFigure(const Figure &figure) const;

    QStringView m_text;
    DateParser m_dates;
};

} // namespace ClaimLedger
