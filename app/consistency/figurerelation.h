#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ClaimLedger {

/// A relation between figures of one article that the checker found, with its arithmetic.
struct FigureRelation {
    enum class Kind { Sum, Conversion, Change, Percentage };
    enum class Verdict { Holds, DoesNotHold, Unchecked };

    Kind kind = Kind::Sum;
    /// Indices into the candidates checked: for a sum the parts then the total; for a
    /// conversion the figure in the rate's base currency, then its equivalent; for a
    /// change the figure before, the figure after, then the stated change; for a
    /// percentage the part, the whole, then the stated percentage.
    QList<qsizetype> figures;
    Verdict verdict = Verdict::Unchecked;
    /// The calculation as the analyst reads it: "1조 1천억 + 8천억 + 5천억 = 2조 4천억 원 (stated
    /// 2조 4천억 원)", "5조 700억 원 ÷ 42억 달러 = 1,207.14 KRW per USD; ECB 2019-08-20: 1,207.82 (−0.06%)".
    QString calculation;
    /// Why a conversion could not be compared (no date, no rate for the currency or day).
    QString note;
    QString referenceRate; ///< conversions: the ECB cross rate used
    QDate referenceDate;
};

QString relationKindKey(FigureRelation::Kind kind);
QString relationVerdictKey(FigureRelation::Verdict verdict);

} // namespace ClaimLedger
