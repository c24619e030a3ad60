#include "figurechecker.h"

#include "figureinterval.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace ClaimLedger {

namespace {

constexpr qsizetype maxFigures = 2000;

bool isCurrency(const QString &unit)
{
    return unit.size() == 3 && std::all_of(unit.cbegin(), unit.cend(), [](QChar c) { return c.isUpper(); });
}

Decimal magnitudeOf(const Decimal &value)
{
    return value.isNegative() ? -value : value;
}

// Units of amounts that parts, wholes and changes are made of: not shares, ratios, dates,
// ordinals or durations.
bool isAmount(const QString &unit)
{
    return !unit.startsWith(QLatin1StringView("percent")) && !unit.startsWith(QLatin1StringView("ratio"))
        && unit != QLatin1StringView("date") && unit != QLatin1StringView("ordinal")
        && !unit.startsWith(QLatin1StringView("duration"));
}

// Units that parts of a total share: one currency, one physical unit, or counts (English
// counts name the kind of thing: 21,700 sedans and 19,900 vans make 48,300 vehicles).
bool addsUp(const QString &part, const QString &total)
{
    if (part == total)
        return !total.isEmpty() && isAmount(total);
    const bool countTotal = total.startsWith(QLatin1StringView("count:"));
    return countTotal && (part.startsWith(QLatin1StringView("count:")) || part.isEmpty());
}

QString plain(const Decimal &value, int maxDecimals = 4)
{
    // Digits grouped for reading, in the one notation the calculation is written in:
    // 2400000000000 → 2,400,000,000,000; 1207.1428 → 1,207.1428.
    const QString text = value.toString();
    const qsizetype point = text.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(text.size() - point - 1);
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || std::abs(number) >= 1e15)
        return text;
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number, 'f', std::min(decimals, maxDecimals));
}

} // namespace

QString relationKindKey(FigureRelation::Kind kind)
{
    switch (kind) {
    case FigureRelation::Kind::Sum:
        return QStringLiteral("sum");
    case FigureRelation::Kind::Conversion:
        return QStringLiteral("conversion");
    case FigureRelation::Kind::Change:
        return QStringLiteral("change");
    case FigureRelation::Kind::Percentage:
        return QStringLiteral("percentage");
    }
    return {};
}

QString relationVerdictKey(FigureRelation::Verdict verdict)
{
    switch (verdict) {
    case FigureRelation::Verdict::Holds:
        return QStringLiteral("holds");
    case FigureRelation::Verdict::DoesNotHold:
        return QStringLiteral("does not hold");
    case FigureRelation::Verdict::Unchecked:
        return QStringLiteral("unchecked");
    }
    return {};
}

FigureChecker::FigureChecker(QStringView text, const QList<Candidate> &candidates, QDate published,
                             const ExchangeRates &rates)
    : m_text(text)
    , m_candidates(candidates)
    , m_published(published)
    , m_rates(rates)
{
}

QList<FigureRelation> FigureChecker::check() const
{
    QList<FigureRelation> relations = sums();
    relations.append(conversions());
    relations.append(changes());
    relations.append(percentages(relations));
    std::sort(relations.begin(), relations.end(), [this](const FigureRelation &a, const FigureRelation &b) {
        return m_candidates.at(a.figures.constFirst()).start < m_candidates.at(b.figures.constFirst()).start;
    });
    return relations;
}

bool FigureChecker::historicalConversion(qsizetype position) const
{
    const auto [start, end] = sentenceAround(position);
    const QStringView sentence = m_text.sliced(start, end - start);
    static constexpr std::array<QStringView, 8> cues{u"당시 환율",          u"당시 기준",
                                                     u"당시 가치",          u"at the time",
                                                     u"then exchange rate", u"at the rate of the time",
                                                     u"at then-current",    u"at that time's"};
    return std::any_of(cues.cbegin(), cues.cend(), [&](QStringView cue) { return sentence.contains(cue); });
}

QList<FigureRelation> FigureChecker::conversions() const
{
    QList<FigureRelation> relations;
    const qsizetype count = std::min<qsizetype>(m_candidates.size(), maxFigures);
    for (qsizetype i = 0; i < count; ++i) {
        const Candidate &first = m_candidates.at(i);
        const int j = first.figure.equivalent;
        if (first.kind != Candidate::Kind::Figure || j < 0 || j >= m_candidates.size())
            continue;
        const Candidate &second = m_candidates.at(j);
        if (!isCurrency(first.figure.unit) || !isCurrency(second.figure.unit) || first.figure.unit == second.figure.unit
            || first.figure.value.isZero() || second.figure.value.isZero() || historicalConversion(first.start))
            continue;
        // The rate is stated per unit of the dearer currency: the smaller amount's.
        const bool firstIsBase = first.figure.value < second.figure.value;
        const Candidate &base = firstIsBase ? first : second;
        const Candidate &quote = firstIsBase ? second : first;
        FigureRelation relation;
        relation.kind = FigureRelation::Kind::Conversion;
        relation.figures = {firstIsBase ? i : qsizetype(j), firstIsBase ? qsizetype(j) : i};
        const Decimal implied = quote.figure.value.dividedBy(base.figure.value, 6);
        const QString rateUnit = QStringLiteral("%1 per %2").arg(quote.figure.unit, base.figure.unit);
        relation.calculation = QStringLiteral("%1 ÷ %2 = %3 %4").arg(quote.text, base.text, plain(implied), rateUnit);
        if (!m_published.isValid()) {
            relation.note = QCoreApplication::translate(
                "FigureChecker", "The article has no full publication date, so no reference rate is compared.");
        } else if (const auto reference = m_rates.rate(base.figure.unit, quote.figure.unit, m_published)) {
            relation.referenceRate = reference->value.toString();
            relation.referenceDate = reference->date;
            const Decimal deviation = implied.dividedBy(reference->value, 6) + Decimal::fromInteger(-1);
            const Decimal percent = deviation.shifted(2);
            const Decimal magnitude = magnitudeOf(percent);
            relation.calculation
                += QStringLiteral("; ECB %1: %2 (%3%4%)")
                       .arg(reference->date.toString(Qt::ISODate), plain(reference->value),
                            percent.isNegative() ? QStringLiteral("−") : QStringLiteral("+"), plain(magnitude, 2));
            // Within 5% of the reference rate, 5% included.
            relation.verdict = Decimal::fromInteger(5) < magnitude ? FigureRelation::Verdict::DoesNotHold
                                                                   : FigureRelation::Verdict::Holds;
        } else {
            relation.note
                = QCoreApplication::translate("FigureChecker", "The ECB table has no %1 per %2 rate on or before %3.")
                      .arg(quote.figure.unit, base.figure.unit, m_published.toString(Qt::ISODate));
        }
        relations.append(relation);
    }
    return relations;
}

QList<qsizetype> FigureChecker::figureIndices() const
{
    QList<qsizetype> figures;
    for (qsizetype i = 0; i < m_candidates.size() && figures.size() < maxFigures; ++i) {
        const Candidate &candidate = m_candidates.at(i);
        if (candidate.kind == Candidate::Kind::Figure && !candidate.figure.isRange
            && candidate.figure.qualifier != Qualifier::Several)
            figures.append(i);
    }
    return figures;
}

bool FigureChecker::namedAsTotal(const Candidate &figure) const
{
    // 총 2조 4천억 원, a total of $1.46 billion, "The 420 new posts will be split among".
    static constexpr std::array<QStringView, 10> before{u"총 ",       u"총",        u"모두 ",     u"합계 ",
                                                        u"전체 ",     u"total of ", u"in total ", u"altogether ",
                                                        u"combined ", u"a total "};
    static constexpr std::array<QStringView, 8> after{u" split",  u" divided",  u" 나뉜",       u" 나눠",
                                                      u"에 달한", u" in total", u" altogether", u" in all"};
    for (const QStringView word : before)
        if (figure.start >= word.size() && m_text.sliced(figure.start - word.size(), word.size()) == word)
            return true;
    const QStringView rest = m_text.sliced(figure.end, std::min<qsizetype>(40, m_text.size() - figure.end));
    for (const QStringView word : after)
        if (rest.contains(word))
            return true;
    return false;
}

bool FigureChecker::sameFamily(const QString &a, const QString &b)
{
    // One unit, or English counts of kinds of one thing (21,700 sedans, 19,900 vans).
    const auto englishCount = [](const QString &unit) {
        return unit.startsWith(QLatin1StringView("count:")) && unit.size() > 6 && unit.at(6).unicode() < 128;
    };
    return a == b || (englishCount(a) && englishCount(b));
}

bool FigureChecker::comparableUnits(const QString &a, const QString &b)
{
    // A bare number compares with any amount (184 of "420 new posts").
    return a.isEmpty() || b.isEmpty() || sameFamily(a, b);
}

bool FigureChecker::openEnded(const FigureData &figure)
{
    return figure.qualifier == Qualifier::MoreThan || figure.qualifier == Qualifier::AtLeast
        || figure.qualifier == Qualifier::LessThan || figure.qualifier == Qualifier::UpTo
        || figure.qualifier == Qualifier::AtMost;
}

bool FigureChecker::listedTogether(const Candidate &previous, const Candidate &next) const
{
    // An enumeration: close, in one paragraph, joined by a comma, 와/과, "and" or a dot
    // (412가구, 596가구; $538 million for schools, $412 million for police and …). A
    // change (21억 5천만 달러에서 17억 달러로) lists no parts.
    if (next.start - previous.end > 120)
        return false;
    const QStringView gap = m_text.sliced(previous.end, next.start - previous.end);
    // One sentence: parts of one total are listed in one breath.
    if (gap.contains(u'\n') || gap.contains(u". ") || gap.contains(u"。") || gap.contains(u"? ") || gap.contains(u"! ")
        || gap.contains(u"에서") || gap.contains(u" from ") || gap.contains(u" to "))
        return false;
    // Korean lists clauses too: 반도체가 17억 달러로 가장 많았고 자동차 부품 11억 5천만 달러.
    static constexpr std::array<QStringView, 11> separators{u",", u"、", u"·",      u"와 ", u"과 ", u" and ",
                                                            u";", u"및", u"그리고", u"고 ", u"며 "};
    return std::any_of(separators.cbegin(), separators.cend(),
                       [&](QStringView separator) { return gap.contains(separator); });
}

QList<FigureRelation> FigureChecker::sums() const
{
    // Parts are listed together (1조 1천억 원, 8천억 원, 5천억 원; $538 million for …, $412
    // million for …); their total is stated elsewhere in the article, most often in the
    // lead. A listed run that adds up to a figure of its unit is a sum that holds; one
    // that comes within a quarter of a figure named as the total (총, a total of, split
    // among) without adding up to it is a sum that does not.
    const QList<qsizetype> figures = figureIndices();
    // Each figure's interval once: the loops below compare every run with every figure.
    QHash<qsizetype, FigureInterval> intervals;
    for (const qsizetype index : figures)
        intervals.insert(index, FigureInterval::of(m_candidates.at(index).figure));
    QList<FigureRelation> relations;
    QSet<qsizetype> inRelation;
    const auto relate = [&](const QList<qsizetype> &parts, qsizetype total, bool holds) {
        Decimal exact;
        QStringList texts;
        for (const qsizetype part : parts) {
            exact = exact + m_candidates.at(part).figure.value;
            texts.append(m_candidates.at(part).text);
            inRelation.insert(part);
        }
        const Candidate &stated = m_candidates.at(total);
        FigureRelation relation;
        relation.kind = FigureRelation::Kind::Sum;
        relation.verdict = holds ? FigureRelation::Verdict::Holds : FigureRelation::Verdict::DoesNotHold;
        relation.figures = parts;
        relation.figures.append(total);
        relation.calculation
            = QStringLiteral("%1 = %2 %3 (stated: %4)")
                  .arg(texts.join(QStringLiteral(" + ")), plain(exact), stated.figure.unit, stated.text);
        relations.append(relation);
    };
    for (qsizetype first = 0; first < figures.size(); ++first) {
        if (inRelation.contains(figures.at(first)))
            continue;
        const Candidate &start = m_candidates.at(figures.at(first));
        if ((!addsUp(start.figure.unit, start.figure.unit) && !start.figure.unit.isEmpty()) || openEnded(start.figure))
            continue;
        // The run of figures of one unit listed from here.
        QList<qsizetype> run{figures.at(first)};
        for (qsizetype k = first + 1; k < figures.size() && run.size() < 8; ++k) {
            const Candidate &next = m_candidates.at(figures.at(k));
            if (!sameFamily(next.figure.unit, start.figure.unit))
                continue; // 전용 84㎡ 596가구: the area between counts is no part
            if (openEnded(next.figure))
                break; // "more than 20 countries" bounds no sum
            if (!listedTogether(m_candidates.at(run.constLast()), next))
                break;
            run.append(figures.at(k));
        }
        if (run.size() < 2)
            continue;
        // The longest listed run from here that adds up to a figure of its unit; of the
        // figures it adds up to, the nearest in value (a total, not "nearly $1.5 billion").
        bool found = false;
        for (qsizetype length = run.size(); length >= 2 && !found; --length) {
            const QList<qsizetype> parts = run.first(length);
            Decimal exact;
            Decimal largest;
            FigureInterval sum;
            for (qsizetype k = 0; k < parts.size(); ++k) {
                const FigureData &part = m_candidates.at(parts.at(k)).figure;
                exact = exact + part.value;
                largest = k == 0 || largest < part.value ? part.value : largest;
                sum = k == 0 ? intervals.value(parts.at(k)) : sum + intervals.value(parts.at(k));
            }
            qsizetype best = -1;
            Decimal bestDistance;
            for (const qsizetype candidate : figures) {
                const Candidate &total = m_candidates.at(candidate);
                // Bare parts (184 at Northbank, 153 at …) make a count: "420 new posts".
                const bool unitFits = start.figure.unit.isEmpty()
                    ? total.figure.unit.startsWith(QLatin1StringView("count:"))
                    : addsUp(start.figure.unit, total.figure.unit);
                if (parts.contains(candidate) || !unitFits || !(largest < total.figure.value)
                    || !sum.meets(intervals.value(candidate)))
                    continue;
                const Decimal distance = magnitudeOf(total.figure.value + -exact);
                // Equal totals (the headline's and the lead's): the one named as the total,
                // then the nearest before the list.
                const auto away = [&](qsizetype index) { return std::abs(m_candidates.at(index).start - start.start); };
                const bool closer = best < 0 || distance < bestDistance
                    || (distance == bestDistance
                        && (namedAsTotal(total) != namedAsTotal(m_candidates.at(best)) ? namedAsTotal(total)
                                                                                       : away(candidate) < away(best)));
                if (closer) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                relate(parts, best, true);
                found = true;
            }
        }
        if (found || run.size() < 3)
            continue;
        // Within a quarter of a figure named as the total, and not adding up to it.
        Decimal exact;
        for (const qsizetype part : std::as_const(run))
            exact = exact + m_candidates.at(part).figure.value;
        for (const qsizetype candidate : figures) {
            const Candidate &total = m_candidates.at(candidate);
            const bool unitFits = start.figure.unit.isEmpty()
                ? total.figure.unit.startsWith(QLatin1StringView("count:"))
                : total.figure.unit == start.figure.unit;
            if (run.contains(candidate) || !unitFits || !namedAsTotal(total))
                continue;
            const Decimal low = total.figure.value * Decimal::fromInteger(75).shifted(-2);
            const Decimal high = total.figure.value * Decimal::fromInteger(125).shifted(-2);
            if (!(exact < low) && !(high < exact)) {
                relate(run, candidate, false);
                break;
            }
        }
    }
    return relations;
}

std::pair<qsizetype, qsizetype> FigureChecker::sentenceAround(qsizetype position) const
{
    qsizetype start = position;
    while (start > 0 && position - start < 400 && m_text.at(start - 1) != u'\n'
           && !((m_text.at(start - 1) == u'.' || m_text.at(start - 1) == u'?' || m_text.at(start - 1) == u'!')
                && start < m_text.size() && m_text.at(start).isSpace()))
        --start;
    qsizetype end = position;
    while (end < m_text.size() && end - position < 400 && m_text.at(end) != u'\n'
           && !((m_text.at(end) == u'.' || m_text.at(end) == u'?' || m_text.at(end) == u'!')
                && (end + 1 >= m_text.size() || m_text.at(end + 1).isSpace())))
        ++end;
    return {start, end};
}

int FigureChecker::directionIn(QStringView words)
{
    // +1 for a rise, −1 for a fall, 0 when the words say neither or both.
    static constexpr std::array<QStringView, 16> rises{u"증가", u"늘",   u"상승",  u"올랐",  u"오른",     u"확대",
                                                       u"급증", u"rise", u"rose",  u"up ",   u"increase", u"jump",
                                                       u"grew", u"gain", u"climb", u"higher"};
    static constexpr std::array<QStringView, 16> falls{u"감소",    u"줄",   u"하락",   u"내렸",  u"내린",     u"축소",
                                                       u"급감",    u"fell", u"fall",   u"down ", u"decrease", u"drop",
                                                       u"decline", u"cut",  u"shrank", u"lower"};
    const auto any = [words](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [words](QStringView w) { return words.contains(w, Qt::CaseInsensitive); });
    };
    const bool rise = any(rises);
    const bool fall = any(falls);
    return rise == fall ? 0 : (rise ? 1 : -1);
}

QList<FigureRelation> FigureChecker::changes() const
{
    // Within one sentence: a stated change (31%, 13.5 percentage points, 두 배) with a word
    // of rising or falling, and two figures of one unit, the one before and the one after
    // (A에서 B로, from A to B, rises 12% to B, from A; else in the order written).
    const QList<qsizetype> figures = figureIndices();
    QList<FigureRelation> relations;
    for (const qsizetype s : figures) {
        const Candidate &stated = m_candidates.at(s);
        const QString &unit = stated.figure.unit;
        const bool percent = unit == QLatin1StringView("percent");
        const bool points = unit == QLatin1StringView("percentage-point");
        const bool times = unit.startsWith(QLatin1StringView("ratio:")) && unit != QLatin1StringView("ratio:fraction");
        if (!percent && !points && !times)
            continue;
        const auto [from, to] = sentenceAround(stated.start);
        // The word after the stated change ("31% 줄었다", "12% higher"), else the one before it.
        int direction = directionIn(m_text.sliced(stated.end, std::min<qsizetype>(30, to - stated.end)));
        if (direction == 0) {
            const qsizetype lookBack = std::max(from, stated.start - 30);
            direction = directionIn(m_text.sliced(lookBack, stated.start - lookBack));
        }
        if (direction == 0 && !times)
            continue;
        // The amounts compared: figures of one unit in the sentence, not the stated change.
        QList<qsizetype> amounts;
        for (const qsizetype k : figures) {
            const Candidate &figure = m_candidates.at(k);
            if (k == s || figure.start < from || figure.end > to)
                continue;
            // Durations and ordinals may change too (3년에서 5년으로); shares, ratios and dates not.
            const QString &amountUnit = figure.figure.unit;
            const bool comparable = points
                ? amountUnit == QLatin1StringView("percent")
                : (isAmount(amountUnit) || amountUnit.startsWith(QLatin1StringView("duration"))
                   || amountUnit == QLatin1StringView("ordinal"));
            if (comparable)
                amounts.append(k);
        }
        // The amount before and the amount after: two figures of one unit, or the
        // detector's range "A에서 B" (40억 달러에서 50억 달러로), split at its connector.
        FigureData dataA;
        FigureData dataB;
        QString textA;
        QString textB;
        QList<qsizetype> ends;
        if (amounts.size() == 2) {
            const QString &unitA = m_candidates.at(amounts[0]).figure.unit;
            const QString &unitB = m_candidates.at(amounts[1]).figure.unit;
            if (!comparableUnits(unitA, unitB))
                continue;
            qsizetype before = amounts[0];
            qsizetype after = amounts[1];
            const auto marked = [this](const Candidate &figure, QStringView beforeWord, QStringView afterWord) {
                return (figure.start >= beforeWord.size()
                        && m_text.sliced(figure.start - beforeWord.size(), beforeWord.size()) == beforeWord)
                    || (!afterWord.isEmpty() && m_text.sliced(figure.end).startsWith(afterWord));
            };
            if (marked(m_candidates.at(amounts[1]), u"from ", u"에서")
                || marked(m_candidates.at(amounts[0]), u"to ", u""))
                std::swap(before, after); // rises 12% to $297 million, from $281 million
            dataA = m_candidates.at(before).figure;
            dataB = m_candidates.at(after).figure;
            textA = m_candidates.at(before).text;
            textB = m_candidates.at(after).text;
            ends = {before, after};
        } else if (amounts.isEmpty()) {
            for (qsizetype k = 0; k < m_candidates.size() && ends.isEmpty(); ++k) {
                const Candidate &range = m_candidates.at(k);
                // 40억 달러에서 50억 달러, from 40.5% to 52.5%.
                qsizetype connector = range.text.indexOf(QStringLiteral("에서 "));
                qsizetype connectorSize = 3;
                if (connector < 0 && range.start >= 5 && m_text.sliced(range.start - 5, 5) == u"from ") {
                    connector = range.text.indexOf(QStringLiteral(" to "));
                    connectorSize = 4;
                }
                const bool unitFits = points ? range.figure.unit == QLatin1StringView("percent")
                                             : !range.figure.unit.startsWith(QLatin1StringView("percent"));
                if (range.kind != Candidate::Kind::Figure || !range.figure.isRange || range.start < from
                    || range.end > to || connector < 0 || !unitFits)
                    continue;
                dataA = range.figure;
                dataA.isRange = false;
                dataA.qualifier = Qualifier::Exact;
                dataA.value = range.figure.low;
                dataB = dataA;
                dataB.value = range.figure.high;
                textA = range.text.left(connector);
                textB = range.text.mid(connector + connectorSize);
                ends = {k, k};
            }
            if (ends.isEmpty())
                continue;
        } else {
            continue;
        }
        const FigureInterval a = FigureInterval::of(dataA);
        const FigureInterval b = FigureInterval::of(dataB);
        if (!a.low || !a.high || !b.low || !b.high || a.low->isNegative() || a.low->isZero())
            continue; // open-ended or not positive: no change to compute
        // The change the amounts allow, as an interval, in the stated change's terms.
        FigureInterval allowed;
        const Decimal hundred = Decimal::fromInteger(100);
        const Decimal one = Decimal::fromInteger(1);
        QString formula;
        const Decimal &va = dataA.value;
        const Decimal &vb = dataB.value;
        if (points) {
            allowed.low = *b.low + -*a.high;
            allowed.high = *b.high + -*a.low;
            formula = QStringLiteral("%1 − %2 = %3 points").arg(textB, textA, plain(vb + -va, 2));
        } else if (times) {
            allowed = b.over(a);
            formula = QStringLiteral("%1 ÷ %2 = %3 times").arg(textB, textA, plain(vb.dividedBy(va, 6), 2));
        } else {
            // A rise is after ÷ before − 1; a fall 1 − after ÷ before; in percent.
            const FigureInterval ratio = b.over(a);
            const Decimal &low = *ratio.low;
            const Decimal &high = *ratio.high;
            if (direction > 0) {
                allowed.low = (low + -one) * hundred;
                allowed.high = (high + -one) * hundred;
            } else {
                allowed.low = (one + -high) * hundred;
                allowed.high = (one + -low) * hundred;
            }
            const Decimal exact
                = direction > 0 ? (vb.dividedBy(va, 8) + -one) * hundred : (one + -vb.dividedBy(va, 8)) * hundred;
            formula
                = QStringLiteral("%1 → %2: %3 %4%")
                      .arg(textA, textB, direction > 0 ? QStringLiteral("+") : QStringLiteral("−"), plain(exact, 2));
        }
        FigureRelation relation;
        relation.kind = FigureRelation::Kind::Change;
        relation.figures = {ends[0], ends[1], s};
        relation.verdict = allowed.meets(FigureInterval::of(stated.figure)) ? FigureRelation::Verdict::Holds
                                                                            : FigureRelation::Verdict::DoesNotHold;
        relation.calculation = formula + QStringLiteral(" (stated: %1)").arg(stated.text);
        relations.append(relation);
    }
    return relations;
}

QList<FigureRelation> FigureChecker::percentages(const QList<FigureRelation> &found) const
{
    // A share stated beside its part and its whole:
    // - 41만 명의 약 12%, 9% of its $304 million: the whole is named with the percentage, the
    //   part is the other amount of its unit in the sentence;
    // - 18,420 of 31,050 voters …, or more than 65%: "A of B" names both;
    // - 전체의 35%인 496가구, 30% of the deal: the part follows, the whole is the total of
    //   its unit that a sum found.
    const QList<qsizetype> figures = figureIndices();
    QSet<qsizetype> usedInChanges;
    QHash<QString, qsizetype> totals; // unit → the total of a sum that holds
    for (const FigureRelation &relation : found) {
        if (relation.kind == FigureRelation::Kind::Change)
            usedInChanges.insert(relation.figures.constLast());
        if (relation.kind == FigureRelation::Kind::Sum && relation.verdict == FigureRelation::Verdict::Holds)
            totals.insert(m_candidates.at(relation.figures.constLast()).figure.unit, relation.figures.constLast());
    }
    QList<FigureRelation> relations;
    for (const qsizetype p : figures) {
        const Candidate &share = m_candidates.at(p);
        if (share.figure.unit != QLatin1StringView("percent") || usedInChanges.contains(p))
            continue;
        const auto [from, to] = sentenceAround(share.start);
        qsizetype part = -1;
        qsizetype whole = -1;
        const QStringView before = m_text.sliced(from, share.start - from);
        const QStringView after = m_text.sliced(share.end, to - share.end);
        QList<qsizetype> amounts;
        for (const qsizetype k : figures) {
            const Candidate &figure = m_candidates.at(k);
            if (k != p && figure.start >= from && figure.end <= to && isAmount(figure.figure.unit))
                amounts.append(k);
        }
        for (const qsizetype k : std::as_const(amounts)) {
            const Candidate &figure = m_candidates.at(k);
            const QStringView between = figure.end <= share.start ? m_text.sliced(figure.end, share.start - figure.end)
                                                                  : m_text.sliced(share.end, figure.start - share.end);
            // 41만 명의 약 12% (before, with 의); 9% of its $304 million (after, with of).
            const bool namesWhole = figure.end <= share.start
                ? (between == u"의 " || between == u"의")
                : (between == u" of its " || between == u" of the " || between == u" of ");
            if (namesWhole)
                whole = k;
            else if (figure.start >= share.end && (between == u"인 " || between == u"에 해당하는 "))
                part = k; // 전체의 35%인 496가구
        }
        // 18,420 of 31,050 voters: the part and the whole named together.
        for (qsizetype i = 0; i + 1 < amounts.size() && part < 0 && whole < 0; ++i) {
            const Candidate &a = m_candidates.at(amounts.at(i));
            const Candidate &b = m_candidates.at(amounts.at(i + 1));
            if (m_text.sliced(a.end, b.start - a.end) == u" of ") {
                part = amounts.at(i);
                whole = amounts.at(i + 1);
            }
        }
        if (whole >= 0 && part < 0) {
            for (const qsizetype k : std::as_const(amounts)) {
                if (k != whole && sameFamily(m_candidates.at(k).figure.unit, m_candidates.at(whole).figure.unit)) {
                    if (part >= 0) {
                        part = -2; // two candidates for the part: say nothing
                        break;
                    }
                    part = k;
                }
            }
        }
        const bool ofTheTotal = before.endsWith(u"전체의 ") || before.endsWith(u"전체의")
            || after.startsWith(u" of the total") || after.startsWith(u" of the deal") || after.startsWith(u" of all");
        if (part >= 0 && whole < 0 && ofTheTotal)
            whole = totals.value(m_candidates.at(part).figure.unit, -1);
        if (part < 0 || whole < 0 || part == whole)
            continue;
        const Candidate &partFigure = m_candidates.at(part);
        const Candidate &wholeFigure = m_candidates.at(whole);
        if (!comparableUnits(partFigure.figure.unit, wholeFigure.figure.unit))
            continue;
        const FigureInterval a = FigureInterval::of(partFigure.figure);
        const FigureInterval b = FigureInterval::of(wholeFigure.figure);
        if (!a.low || !a.high || !b.low || !b.high || b.low->isNegative() || b.low->isZero())
            continue;
        const Decimal hundred = Decimal::fromInteger(100);
        FigureInterval allowed = a.over(b);
        allowed.low = *allowed.low * hundred;
        allowed.high = *allowed.high * hundred;
        const Decimal exact = partFigure.figure.value.dividedBy(wholeFigure.figure.value, 8) * hundred;
        FigureRelation relation;
        relation.kind = FigureRelation::Kind::Percentage;
        relation.figures = {part, whole, p};
        relation.verdict = allowed.meets(FigureInterval::of(share.figure)) ? FigureRelation::Verdict::Holds
                                                                           : FigureRelation::Verdict::DoesNotHold;
        relation.calculation = QStringLiteral("%1 ÷ %2 = %3% (stated: %4)")
                                   .arg(partFigure.text, wholeFigure.text, plain(exact, 2), share.text);
        relations.append(relation);
    }
    return relations;
}

} // namespace ClaimLedger
