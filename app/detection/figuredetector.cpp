#include "figuredetector.h"

#include "englishnumeral.h"
#include "nativenumber.h"
#include "textscan.h"
#include "vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace ClaimLedger {

using namespace TextScan;
using namespace Vocabulary;

using NumeralParser::Numeral;

FigureDetector::FigureDetector(QStringView text, QDate published)
    : m_text(text)
    , m_dates(text, published)
{
}

QList<Candidate> FigureDetector::detect()
{
    QList<Candidate> candidates;
    const qsizetype size = m_text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = m_text.at(i);
        const QChar previous = i > 0 ? m_text.at(i - 1) : QChar(u' ');
        const bool wordStart = !isWordCharacter(previous);
        bool mayStartNumber = isAsciiDigit(c);
        if (!mayStartNumber) {
            const ushort u = c.unicode();
            // A currency sign, a Korean or Hanja numeral word (삼십억, 수백만), or an English
            // number word (the costliest test, so the last).
            qsizetype symbolLength = 0;
            mayStartNumber = u == u'$' || u == u'₩' || u == u'€' || u == u'£' || u == u'¥' || u == u'￦' || u == u'₹'
                || u == u'₽' || u == u'₺' || u == u'₱'
                || (wordStart && u >= u'A' && u <= u'Z' && currencySymbolAt(m_text, i, &symbolLength))
                || (wordStart && (isHangul(c) || c.script() == QChar::Script_Han)
                    && (NumeralParser::isUnitCharacter(c) || NumeralParser::nativeDigit(c) > 0 || c == u'수')
                    && spelledNumeralMayStart(i))
                || (u == u'.' && isAsciiDigit(charAt(m_text, i + 1)) && !isWordCharacter(previous) && previous != u'.'
                    && previous != u',')
                || (wordStart && isLatin(c) && QStringView(u"otfsenhdaOTFSENHDA").contains(c)
                    && (EnglishNumeral::parseCardinal(m_text, i) || EnglishNumeral::parseHalf(m_text, i)));
        }
        if (!mayStartNumber && wordStart && isHangul(c)) {
            if (auto native = parseNativeNumber(m_text, i)) {
                Figure figure;
                figure.start = native->start;
                figure.end = native->end;
                figure.value = native->value;
                figure.unit = native->unit;
                figure.counted = native->counted;
                figure.qualifier = native->qualifier;
                figure.confidence = 0.6;
                candidates.append(makeFigure(figure));
                i = native->end;
                continue;
            }
        }
        if (mayStartNumber) {
            Step step = scanNumberAt(i);
            if (step.candidate)
                candidates.append(std::move(*step.candidate));
            if (step.resume > i) {
                i = step.resume;
                continue;
            }
        } else if (wordStart && (isHangul(c) || (isLatin(c) && previous != u'.' && previous != u'/'))) {
            if (auto date = m_dates.parseWordDate(i)) {
                i = date->end;
                candidates.append(makeDate(*date));
                continue;
            }
        }
        ++i;
    }
    linkEquivalents(candidates);
    return candidates;
}

bool FigureDetector::isIdentifierContext(qsizetype numberStart) const
{
    // Digits glued to Latin letters (A4, G20, COVID-19, 5G) name things; digits inside a
    // URL, an e-mail address or a file name are not figures either.
    if (numberStart > 0) {
        const QChar before = m_text.at(numberStart - 1);
        if (isLatin(before) || before == u'_' || before == u'/' || before == u'=' || before == u'#' || before == u'@')
            return true;
        // v1.2 and file.3 name things; 重光初子.88 (an age after a name) does not.
        if (before == u'.'
            && (isLatin(charAt(m_text, numberStart - 2)) || isAsciiDigit(charAt(m_text, numberStart - 2))))
            return true;
        if (before == u'-' && numberStart > 1 && isLatin(m_text.at(numberStart - 2)))
            return true;
    }
    qsizetype tokenStart = numberStart;
    while (tokenStart > 0 && !m_text.at(tokenStart - 1).isSpace())
        --tokenStart;
    qsizetype tokenEnd = numberStart;
    while (tokenEnd < m_text.size() && !m_text.at(tokenEnd).isSpace())
        ++tokenEnd;
    const QStringView token = m_text.sliced(tokenStart, tokenEnd - tokenStart);
    return token.contains(u"://") || token.startsWith(u"www.") || token.contains(u'@')
        || (token.contains(u'?') && token.contains(u'='));
}

FigureDetector::Step FigureDetector::scanNumberAt(qsizetype position)
{
    Step step;
    if (isAsciiDigit(charAt(m_text, position)) && isIdentifierContext(position)) {
        step.resume = position;
        while (step.resume < m_text.size() && isWordCharacter(m_text.at(step.resume)))
            ++step.resume;
        return step;
    }

    if (isAsciiDigit(charAt(m_text, position))) {
        // 192.168.1.2, 1.2.3: an address or a version, not a decimal.
        qsizetype dotted = position;
        int dots = 0;
        while (true) {
            while (dotted < m_text.size() && isAsciiDigit(m_text.at(dotted)))
                ++dotted;
            if (charAt(m_text, dotted) == u'.' && isAsciiDigit(charAt(m_text, dotted + 1))) {
                ++dots;
                ++dotted;
                continue;
            }
            break;
        }
        if (dots >= 2) {
            step.resume = dotted;
            return step;
        }
    }

    if (isAsciiDigit(charAt(m_text, position))) {
        // Phone numbers, ISO dates and clock times: digits joined by '-' or ':'.
        qsizetype end = position;
        int groups = 1;
        bool dashes = false;
        bool colons = false;
        while (true) {
            while (end < m_text.size() && isAsciiDigit(m_text.at(end)))
                ++end;
            if (end + 1 < m_text.size() && (m_text.at(end) == u'-' || m_text.at(end) == u':')
                && isAsciiDigit(m_text.at(end + 1))) {
                (m_text.at(end) == u'-' ? dashes : colons) = true;
                ++groups;
                ++end;
                continue;
            }
            break;
        }
        if (groups >= 3 && dashes && !colons) {
            const QStringView pattern = m_text.sliced(position, end - position);
            const QDate iso = QDate::fromString(pattern.toString(), Qt::ISODate);
            step.resume = end;
            if (iso.isValid())
                step.candidate = makeDate({position, end, iso.toString(Qt::ISODate), false});
            return step;
        }
        if (colons) {
            step.resume = end; // a clock time or a score
            return step;
        }
        if (groups == 2 && dashes && (tallyFollows(end) || tallyBefore(position))) {
            step.resume = end; // a 7-2 vote, a 3-1 win: a tally, not a range
            return step;
        }
        if (groups == 2 && dashes && end - position > 5 && !unitAfter(end, false) && charAt(m_text, end) != u'%') {
            step.resume = end; // 1628-1: a street number or a reference, not a range
            return step;
        }
        // 6·25, 4·19, 5ᆞ18: Korean names of historic days (the dot as some keyboards write it).
        const QChar dot = charAt(m_text, end);
        if ((dot == u'·' || dot == u'ᆞ' || dot == u'・') && isAsciiDigit(charAt(m_text, end + 1))
            && end - position <= 2) {
            qsizetype dayEnd = end + 1;
            while (dayEnd < m_text.size() && isAsciiDigit(m_text.at(dayEnd)))
                ++dayEnd;
            if (dayEnd - end - 1 <= 2) {
                step.resume = dayEnd;
                step.candidate = makeDate({position, dayEnd, QString(), false});
                return step;
            }
        }
        if (const qsizetype dayEnd = historicDayEnd(position, end); dayEnd > 0) {
            step.resume = dayEnd;
            step.candidate = makeDate({position, dayEnd, QString(), false});
            return step;
        }
        if (groups == 2 && m_text.at(position) == u'0') {
            step.resume = end; // a phone number without its area code
            return step;
        }
    }

    // English dates written day first (1 June 2026) and dates in slashes (2018/5/17).
    if (isAsciiDigit(charAt(m_text, position))) {
        auto date = m_dates.parseDayFirstDate(position);
        if (!date)
            date = m_dates.parseSlashDate(position);
        if (date) {
            step.resume = date->end;
            step.candidate = makeDate(*date);
            return step;
        }
    }

    // Korean dates: 2025년 1월 21일, 1월, 22일(현지시간).
    if (isAsciiDigit(charAt(m_text, position))) {
        if (auto numeral = NumeralParser::parseKorean(m_text, position); numeral && !numeral->hasUnitCharacter) {
            if (auto date = m_dates.parseKoreanDate(*numeral)) {
                step.resume = date->end;
                step.candidate = makeDate(*date);
                return step;
            }
        }
    }

    if (const qsizetype timeEnd = m_dates.clockTimeEnd(position); timeEnd > position) {
        step.resume = timeEnd; // 오전 9시 30분: a time of day, neither figure nor date
        return step;
    }

    if (auto figure = parseFigure(position, true)) {
        step.resume = figure->end;
        if (figure->unit == QLatin1StringView("date")) {
            step.candidate = makeDate({figure->start, figure->end, figure->dateNormalized, false});
        } else {
            step.candidate = makeFigure(*figure);
        }
        return step;
    }
    step.resume = position + 1;
    while (step.resume < m_text.size() && isAsciiDigit(m_text.at(step.resume)))
        ++step.resume;
    return step;
}

std::optional<FigureDetector::Figure> FigureDetector::parseFigure(qsizetype position, bool allowRange)
{
    Figure figure;
    figure.start = position;
    QString currency;
    qsizetype numberPosition = position;
    qsizetype symbolLength = 0;
    if (auto symbol = currencySymbolAt(m_text, position, &symbolLength)) {
        currency = *symbol;
        numberPosition = position + symbolLength;
        // "$ 40 million", "£ 80m": newswire spaces the sign from the amount.
        if (charAt(m_text, numberPosition) == u' ' && isAsciiDigit(charAt(m_text, numberPosition + 1)))
            ++numberPosition;
    }

    std::optional<Numeral> numeral;
    bool englishWordNumber = false;
    int numberWords = 0;
    bool halfOf = false;
    bool loneDigit = false; // one spelled digit: a number only in a fraction or a percentage
    const QChar first = charAt(m_text, numberPosition);
    if (first == u'.' && isAsciiDigit(charAt(m_text, numberPosition + 1))) {
        // ".05": a decimal without its leading zero.
        qsizetype end = numberPosition + 1;
        while (end < m_text.size() && isAsciiDigit(m_text.at(end)))
            ++end;
        if (const auto value
            = Decimal::parse(QString(u'0' + m_text.sliced(numberPosition, end - numberPosition).toString())))
            numeral = Numeral{numberPosition, end, *value, true};
    } else if (isAsciiDigit(first) || isHangul(first) || first.script() == QChar::Script_Han) {
        if (isAsciiDigit(first) && isIdentifierContext(numberPosition) && currency.isEmpty())
            return std::nullopt;
        numeral = NumeralParser::parseKorean(m_text, numberPosition);
        if (!numeral && currency.isEmpty()) {
            numeral = loneSpelledDigit(numberPosition);
            loneDigit = numeral.has_value();
        }
    } else if (isLatin(first) && currency.isEmpty()) {
        numeral = EnglishNumeral::parseCardinal(m_text, numberPosition, &numberWords);
        if (!numeral) {
            numeral = EnglishNumeral::parseHalf(m_text, numberPosition);
            numberWords = 1;
            halfOf = numeral && startsWithAt(m_text, numeral->end, u" of "); // "half of the staff"
        }
        englishWordNumber = true;
    }
    if (!numeral)
        return std::nullopt;
    // 마이너스 일, 음수 오: after a spelled minus even one spelled digit is a number.
    const bool spelledMinus = spelledMinusStart(numberPosition, false) >= 0;
    const bool digitsOnly = numeral->hasDigit && !numeral->hasUnitCharacter;
    if ((englishWordNumber || digitsOnly) && currency.isEmpty()) {
        // Scientific notation: 6.02e23, 6.02 × 10^23.
        if (digitsOnly) {
            if (const auto power = EnglishNumeral::exponentAfter(m_text, numeral->end)) {
                numeral->value = numeral->value.shifted(power->first);
                numeral->end = power->second;
            }
        }
        // "nine in ten", "3 in 10": a share.
        if (const auto every = EnglishNumeral::inEveryAfter(m_text, *numeral)) {
            figure.value = every->first;
            figure.end = every->second;
            figure.unit = QStringLiteral("ratio:fraction");
            figure.confidence = 0.8;
            return figure;
        }
    }
    // "two and a half million", "1 and a half years".
    if (englishWordNumber || digitsOnly) {
        if (const qsizetype half = EnglishNumeral::andAHalfEnd(m_text, numeral->end); half > 0) {
            numeral->value = numeral->value + Decimal::fromInteger(5).shifted(-1);
            numeral->end = half;
            ++numberWords;
        }
    }
    // Fractions: 3분의 1, 삼분의 이 (a third, two thirds), 일백삼과 삼분의 이 (103⅔).
    bool fraction = halfOf;
    if (currency.isEmpty() && !halfOf) {
        if (auto english
            = (englishWordNumber || digitsOnly) ? EnglishNumeral::fractionAfter(m_text, *numeral) : std::nullopt) {
            // Two thirds, 3/4, 2 1/2: a share, or an amount of the unit that follows.
            numeral->value = english->first;
            numeral->end = english->second;
            fraction = true;
        } else if (auto part = fractionAfter(*numeral)) {
            numeral->value = part->first;
            numeral->end = part->second;
            fraction = true;
        } else if (startsWithAt(m_text, numeral->end, u"과 ") || startsWithAt(m_text, numeral->end, u"와 ")) {
            if (const auto denominator = koreanNumeralAt(numeral->end + 2)) {
                if (auto mixed = fractionAfter(*denominator)) {
                    numeral->value = numeral->value + mixed->first;
                    numeral->end = mixed->second;
                    fraction = true;
                }
            }
        }
    }
    // 이백점 칠일, 오점 오: a decimal point spelled out, its digits read one by one.
    if (!numeral->hasDigit && !fraction && charAt(m_text, numeral->end) == u'점') {
        if (const qsizetype decimalsEnd = spelledDecimalEnd(numeral->end + 1); decimalsEnd > 0) {
            QString digits = QStringLiteral("0.");
            for (qsizetype i = numeral->end + 1; i < decimalsEnd; ++i) {
                const QChar c = m_text.at(i);
                if (c != u' ')
                    digits += QChar(u'0' + (c == u'영' || c == u'공' ? 0 : NumeralParser::nativeDigit(c)));
            }
            if (const auto decimals = Decimal::parse(digits)) {
                numeral->value = numeral->value + *decimals;
                numeral->end = decimalsEnd;
                loneDigit = false;
            }
        }
    }
    if (digitsOnly && !fraction && charAt(m_text, numeral->end) == u'/'
        && isAsciiDigit(charAt(m_text, numeral->end + 1)))
        return std::nullopt; // 24/7, 9/11, 50/50: a name, a date or a split, not a figure
    if (loneDigit && !fraction && !spelledMinus) {
        const auto unit = unitAfter(numeral->end, false);
        if (!unit || unit->unit != QLatin1StringView("percent"))
            return std::nullopt;
    }
    if (!numeral->hasDigit && !fraction && !spelledMinus) {
        // Native numerals stand alone only as whole words that include a large unit
        // (오천억) or are followed by a unit (삼십 명): 백악관 and 이천시 are no figures.
        // A lone digit and large unit (구조, 이억) is far more often a word.
        const bool bare = !unitAfter(numeral->end, false);
        if (!englishWordNumber && bare
            && ((numeral->lastLargeExponent < 0 && !numeral->several) || numeral->end - numeral->start < 3)
            && !spelledNumeralStandsAlone(*numeral))
            return std::nullopt;
    }

    figure.value = numeral->value;
    // -3.5%: a minus sign right before the digits, not a hyphen inside a word.
    const QChar sign = charAt(m_text, numberPosition - 1);
    if (currency.isEmpty() && numeral->hasDigit && (sign == u'-' || sign == u'\u2212')
        && !isWordCharacter(charAt(m_text, numberPosition - 2))) {
        figure.value = -figure.value;
        figure.start = numberPosition - 1;
    }
    if (figure.value.isZero() && figure.start < numberPosition && charAt(m_text, numeral->end) == u'-')
        return std::nullopt; // -0-: a face, not a number
    // 마이너스일만, 마이너스 오 퍼센트, minus 3: the sign spelled out.
    if (const qsizetype minusStart = spelledMinusStart(numberPosition, true);
        currency.isEmpty() && minusStart >= 0 && !isWordCharacter(charAt(m_text, minusStart - 1))) {
        figure.value = -figure.value;
        figure.start = minusStart;
    }
    figure.lastLargeExponent = numeral->lastLargeExponent;
    // 제1, 제2차: an ordinal with its prefix.
    if (currency.isEmpty() && numeral->hasDigit && charAt(m_text, numberPosition - 1) == u'제'
        && !isHangul(charAt(m_text, numberPosition - 2))) {
        figure.start = numberPosition - 1;
        figure.unit = QStringLiteral("ordinal");
    }
    figure.hasScale = numeral->hasUnitCharacter;
    figure.end = numeral->end;
    if (fraction) {
        const bool spacedLatin = charAt(m_text, figure.end) == u' ' && isLatin(charAt(m_text, figure.end + 1));
        const auto unit = unitAfter(figure.end, spacedLatin);
        if (unit && !unit->isDate && !unit->unit.startsWith(QLatin1StringView("count:"))) {
            figure.unit = unit->unit; // 2 1/2 times, 1½ hours
            figure.end = unit->end;
        } else {
            figure.unit = QStringLiteral("ratio:fraction");
        }
        figure.confidence = 0.8;
        qualify(figure);
        return figure;
    }
    figure.qualifier = numeral->several ? Qualifier::Several
        : numeral->moreThan             ? Qualifier::MoreThan
                                        : Qualifier::Exact;
    figure.confidence = numeral->hasDigit ? 0.6 : 0.5;

    const bool english = englishWordNumber || !currency.isEmpty()
        || ((charAt(m_text, figure.end) == u' ' || charAt(m_text, figure.end) == u'-')
            && isLatin(charAt(m_text, figure.end + 1)));
    if (auto scale = NumeralParser::englishScale(m_text, figure.end, !currency.isEmpty())) {
        figure.value = figure.value.shifted(scale->first);
        figure.end = scale->second;
        figure.hasScale = true;
        figure.lastLargeExponent = scale->first;
    }

    if (!currency.isEmpty()) {
        figure.unit = currency;
        figure.confidence = 0.95;
    }

    if (figure.unit.isEmpty()) {
        if (auto unit = unitAfter(figure.end, english)) {
            if (unit->isDate && !figure.hasScale) {
                figure.unit = QStringLiteral("date");
                figure.end = unit->end;
                return figure;
            }
            figure.unit = unit->unit;
            figure.end = unit->end;
            figure.counted = unit->counted;
            if (figure.unit.endsWith(QLatin1StringView("/100"))) {
                // 50센트, 12 pence: in the currency itself, so that figures compare.
                figure.unit.chop(4);
                figure.value = figure.value.shifted(-2);
            }
            if (unit->qualifier != Qualifier::Exact)
                figure.qualifier = unit->qualifier;
            figure.confidence = figure.unit.startsWith(QLatin1StringView("count:")) ? 0.85 : 0.9;
        }
    }
    if (figure.unit.size() == 3 && figure.unit.front().isUpper()) {
        // 1달러 20센트, 4 dollars 25 cents, £3 50p: one amount in two units.
        if (const auto minor = minorAmountAfter(figure.end, figure.unit, english)) {
            figure.value = figure.value + minor->first;
            figure.end = minor->second;
        }
    }
    // "one" alone is a word, not a figure; "seventeen", "forty-two" and "a million" are.
    if (englishWordNumber && figure.unit.isEmpty() && numberWords < 2 && !figure.hasScale
        && figure.value < Decimal::fromInteger(13))
        return std::nullopt;
    if (figure.unit.isEmpty() && isLatin(charAt(m_text, figure.end)))
        return std::nullopt; // 5G, 3D, 4K: names, not figures
    if (currency.isEmpty() && numeral->hasDigit && !numeral->hasUnitCharacter && namesSomething(figure, numberPosition))
        return std::nullopt;
    if (figure.unit == QStringView(u"count:회")
        && (charAt(m_text, figure.end) == u'말' || charAt(m_text, figure.end) == u'초')) {
        figure.unit = QStringLiteral("date"); // 9회말: the bottom of the ninth, a point in the game
        figure.end += 1;
        return figure;
    }
    if (figure.unit == QLatin1StringView("duration:minute")
        && (startsWithAt(m_text, figure.start - 3, u"전반 ") || startsWithAt(m_text, figure.start - 3, u"후반 "))) {
        figure.unit = QStringLiteral("date"); // 전반 35분: a minute of the match, not a length of time
        return figure;
    }
    if (figure.unit.isEmpty() && numeral->hasDigit && !numeral->hasUnitCharacter && !figure.hasScale
        && numeral->end - numeral->start == 4 && figure.qualifier == Qualifier::Exact && currency.isEmpty()) {
        // A bare 19xx or 20xx is a year far more often than a count ("2010 월드컵").
        const QString digits = m_text.sliced(numeral->start, 4).toString();
        const int year = digits.toInt();
        if (year >= 1900 && year < 2100) {
            figure.unit = QStringLiteral("date");
            figure.dateNormalized = digits;
            return figure;
        }
    }

    qualify(figure);

    if (!allowRange)
        return figure;

    // Ranges: 100억~200억, 30~40%, $30 billion to $40 billion, between 30% and 40%.
    qsizetype connectorEnd = -1;
    const qsizetype after = figure.end;
    // "5- to 10-meter": the first number's unit is left to the second.
    static constexpr std::array<QStringView, 10> connectors{u"~", u"∼", u"～",   u" ~ ", u"- to ",
                                                            u"-", u"–", u" to ", u" - ", u"에서 "};
    for (const QStringView connector : connectors) {
        if (startsWithAt(m_text, after, connector)) {
            connectorEnd = after + connector.size();
            break;
        }
    }
    const bool between = startsWithAt(m_text, figure.start - 8, u"between ", Qt::CaseInsensitive)
        || startsWithAt(m_text, figure.start - 8, u"Between ");
    if (between && startsWithAt(m_text, after, u" and "))
        connectorEnd = after + 5;
    if (connectorEnd > 0) {
        if (auto second = parseFigure(connectorEnd, false)) {
            const bool unitsAgree = figure.unit.isEmpty() || second->unit.isEmpty() || figure.unit == second->unit;
            if (unitsAgree && (!second->unit.isEmpty() || !figure.unit.isEmpty())) {
                Decimal low = figure.value;
                if (!figure.hasScale && second->lastLargeExponent > 0)
                    low = low.shifted(second->lastLargeExponent); // 1~2억: both in 억
                figure.unit = figure.unit.isEmpty() ? second->unit : figure.unit;
                figure.value = low;
                figure.end = second->end;
                figure.qualifier = Qualifier::Range;
                figure.counted = second->counted;
                figure.confidence = std::max(figure.confidence, second->confidence);
                figure.isRange = true;
                figure.high = second->value;
                if (between)
                    figure.start -= 8;
                return figure;
            }
        }
    }
    return figure;
}

std::optional<FigureDetector::Unit> FigureDetector::unitAfter(qsizetype position, bool english) const
{
    Unit result;
    qsizetype p = position;
    if (p + 1 < m_text.size() && m_text.at(p) == u'여' && (isHangul(m_text.at(p + 1)) || m_text.at(p + 1) == u' ')) {
        result.qualifier = Qualifier::MoreThan; // 20여년, 20여 명
        ++p;
    }
    for (int spaced = 0; spaced < 2; ++spaced) {
        const qsizetype q = p + spaced;
        if (spaced && (p >= m_text.size() || m_text.at(p) != u' '))
            break;
        for (const UnitWord &unit : koreanUnits) {
            if (!startsWithAt(m_text, q, unit.word))
                continue;
            const qsizetype end = q + unit.word.size();
            const QChar last = unit.word.back();
            if (isLatin(last) && end < m_text.size() && isLatin(m_text.at(end)))
                continue; // "5 mice" is not 5 m
            if (isHangul(last) && !endsKoreanWord(m_text, end))
                continue;
            // After a space, units of several letters and the common one-letter counters
            // ("5천억 달러", "10만 명", "10여 년"); other single letters are words of their own.
            static const QString spacedSingles = QStringLiteral("명개곳건년일주배원엔분초%€£₩¥₹℃℉");
            if (spaced && unit.word.size() == 1 && !spacedSingles.contains(unit.word.front()))
                continue;
            result.unit = unit.unit.isEmpty() ? QStringLiteral("count:") + unit.word.toString() : unit.unit.toString();
            result.end = end;
            if (result.unit == QLatin1StringView("date")) {
                result.isDate = true;
                return result;
            }
            if (result.unit.startsWith(QLatin1StringView("duration:")) && charAt(m_text, result.end) == u'간')
                ++result.end; // 4년간: for four years
            if (charAt(m_text, result.end) == u'여' && endsKoreanWord(m_text, result.end + 1)) {
                ++result.end; // 5개월여만에, 1시간여: a little more than
                result.qualifier = Qualifier::MoreThan;
            }
            if (result.unit.startsWith(QLatin1StringView("count:")) && startsWithAt(m_text, result.end, u"의 ")) {
                qsizetype nounEnd = result.end + 2;
                while (nounEnd < m_text.size() && isHangul(m_text.at(nounEnd)))
                    ++nounEnd;
                if (nounEnd > result.end + 2)
                    result.counted
                        = withoutParticle(m_text.sliced(result.end + 2, nounEnd - result.end - 2).toString());
            }
            return result;
        }
    }
    if (p < m_text.size() && m_text.at(p) == u'x' && !isLatin(charAt(m_text, p + 1))) {
        result.unit = QStringLiteral("ratio:times");
        result.end = p + 1;
        return result;
    }
    // A hyphen joins a unit to its number in a compound adjective: "a 10-meter wall".
    if (!english || p >= m_text.size() || (m_text.at(p) != u' ' && m_text.at(p) != u'-'))
        return std::nullopt;
    for (const EnglishUnit &unit : englishUnits) {
        const qsizetype end = p + 1 + unit.word.size();
        if (startsWithAt(m_text, p + 1, unit.word, Qt::CaseInsensitive) && !isLatin(charAt(m_text, end))) {
            result.unit = unit.unit.toString();
            result.end = end;
            if (result.unit == QLatin1StringView("GBP") && weighedBefore(position))
                result.unit = QStringLiteral("mass:lb"); // "weighed 8 pounds"
            return result;
        }
    }
    if (m_text.at(p) != u' ')
        return std::nullopt;
    // "100,000 jobs", "4,000 people", "100,000 American jobs", "19,900 Brio sport-utility
    // vehicles", "6,700 Corvan delivery vans": a plural noun after at most two modifiers,
    // each a name, a hyphenated word or an adjective that is no function word ("20 in the
    // streets" counts no streets).
    auto wordAt = [this](qsizetype start) {
        qsizetype end = start;
        while (end < m_text.size()
               && (isLatin(m_text.at(end)) || (m_text.at(end) == u'-' && isLatin(charAt(m_text, end + 1)))))
            ++end;
        return m_text.sliced(start, end - start);
    };
    const auto isPlural = [](QStringView noun) {
        static const QStringList irregular{QStringLiteral("people"), QStringLiteral("children"),
                                           QStringLiteral("staff"), QStringLiteral("police"), QStringLiteral("cattle")};
        return (noun.size() >= 4 && noun.front().isLower() && noun.endsWith(u's') && !noun.endsWith(u"ss")
                && !noun.contains(u'-'))
            || irregular.contains(noun.toString());
    };
    static const QSet<QString> functionWords{
        QStringLiteral("the"),   QStringLiteral("a"),    QStringLiteral("an"),    QStringLiteral("in"),
        QStringLiteral("of"),    QStringLiteral("to"),   QStringLiteral("for"),   QStringLiteral("on"),
        QStringLiteral("at"),    QStringLiteral("by"),   QStringLiteral("and"),   QStringLiteral("or"),
        QStringLiteral("with"),  QStringLiteral("from"), QStringLiteral("as"),    QStringLiteral("than"),
        QStringLiteral("per"),   QStringLiteral("more"), QStringLiteral("less"),  QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"),  QStringLiteral("her"),   QStringLiteral("our"),
        QStringLiteral("this"),  QStringLiteral("that"), QStringLiteral("were"),  QStringLiteral("was"),
        QStringLiteral("are"),   QStringLiteral("is"),   QStringLiteral("have"),  QStringLiteral("has"),
        QStringLiteral("had"),   QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("each"),
    };
    qsizetype nounStart = p + 1;
    QStringView word = wordAt(nounStart);
    for (int modifiers = 0; modifiers < 2 && !word.isEmpty() && !isPlural(word); ++modifiers) {
        const bool modifier = word.front().isUpper() || word.contains(u'-')
            || (word.size() >= 3 && !functionWords.contains(word.toString()) && !word.endsWith(u"ly"));
        if (!modifier || charAt(m_text, nounStart + word.size()) != u' ')
            break;
        const qsizetype nextStart = nounStart + word.size() + 1;
        const QStringView next = wordAt(nextStart);
        if (next.isEmpty())
            break;
        if (isPlural(next)) {
            nounStart = nextStart;
            word = next;
            break;
        }
        if (modifiers == 1)
            break;
        nounStart = nextStart;
        word = next;
    }
    if (!isPlural(word))
        nounStart = p + 1, word = wordAt(p + 1);
    if (isPlural(word)) {
        result.unit = QStringLiteral("count:") + word.toString();
        result.counted = word.toString();
        result.end = nounStart + word.size();
        return result;
    }
    return std::nullopt;
}

bool FigureDetector::namesSomething(const Figure &figure, qsizetype numberPosition) const
{
    // Digits glued to a Korean word (시즌2, 1호선, 아이폰6) are left as they are: Korean
    // news counts them as quantities as often as names.
    const QChar before = charAt(m_text, numberPosition - 1);
    const QChar after = charAt(m_text, figure.end);
    const bool bare = figure.unit.isEmpty();
    // 대법원 3부(주심 …), 형사 12부(부장판사 …): a court's division, named with its judge.
    if (figure.unit == QStringView(u"count:부") && after == u'(')
        return true;
    if (!bare)
        return false;
    // 007, 05: digits with a leading zero are a code.
    if (m_text.at(numberPosition) == u'0' && isAsciiDigit(charAt(m_text, numberPosition + 1)))
        return true;
    const bool koreanAfter = isHangul(after) || (after == u' ' && isHangul(charAt(m_text, figure.end + 1)));
    // 119, 112: the emergency numbers, in Korean text.
    const QStringView digits = m_text.sliced(numberPosition, figure.end - numberPosition);
    if (koreanAfter && (digits == u"119" || digits == u"112"))
        return true;
    // iOS 7, 뉴스 9: a Latin name and its number inside Korean text.
    if (before == u' ' && isLatin(charAt(m_text, numberPosition - 2))) {
        qsizetype wordStart = numberPosition - 2;
        while (wordStart > 0 && isLatin(m_text.at(wordStart - 1)))
            --wordStart;
        const QChar beforeWord = charAt(m_text, wordStart - 1);
        if (beforeWord == u'\'' || beforeWord == u'‘' || beforeWord == u'"' || beforeWord == u'“'
            || isHangul(charAt(m_text, wordStart - 2)))
            return koreanAfter || !isLatin(charAt(m_text, figure.end + 1));
    }
    return false;
}

qsizetype FigureDetector::historicDayEnd(qsizetype position, qsizetype monthEnd) const
{
    // 4.19 혁명, 제주 4.3 사건, 8.15 광복절: a month and day written as a decimal, naming
    // the event that follows.
    if (charAt(m_text, monthEnd) != u'.' || monthEnd - position > 2 || isAsciiDigit(charAt(m_text, position - 1)))
        return -1;
    qsizetype dayEnd = monthEnd + 1;
    while (dayEnd < m_text.size() && isAsciiDigit(m_text.at(dayEnd)))
        ++dayEnd;
    const int month = m_text.sliced(position, monthEnd - position).toInt();
    const int day = m_text.sliced(monthEnd + 1, dayEnd - monthEnd - 1).toInt();
    if (dayEnd - monthEnd - 1 > 2 || month < 1 || month > 12 || day < 1 || day > 31 || charAt(m_text, dayEnd) != u' ')
        return -1;
    static constexpr std::array<QStringView, 17> events{
        u"사건",   u"혁명", u"의거", u"항쟁", u"사태", u"참사",     u"테러", u"광복절", u"민주화",
        u"재보궐", u"보궐", u"총선", u"대선", u"선거", u"공동선언", u"선언", u"합의",
    };
    for (const QStringView event : events)
        if (startsWithAt(m_text, dayEnd + 1, event))
            return dayEnd;
    return -1;
}

qsizetype FigureDetector::spelledDecimalEnd(qsizetype position) const
{
    // The digits after a spelled point: 칠일 in 이백점 칠일, one letter each, ending a word.
    qsizetype p = position;
    if (charAt(m_text, p) == u' ')
        ++p;
    const qsizetype first = p;
    while (p < m_text.size() && p - first < 6
           && (m_text.at(p) == u'영' || m_text.at(p) == u'공' || NumeralParser::nativeDigit(m_text.at(p)) > 0)
           && !NumeralParser::isUnitCharacter(m_text.at(p)))
        ++p;
    // The longest run that ends the word: in 칠일이다 the 이 is the copula's, not a 2.
    if (p - first >= 2 && m_text.at(p - 1) == u'이' && isHangul(charAt(m_text, p)))
        --p;
    for (; p > first; --p) {
        if (endsKoreanWord(m_text, p) || charAt(m_text, p) == u'점')
            return p;
    }
    return -1;
}

qsizetype FigureDetector::spelledMinusStart(qsizetype position, bool english) const
{
    // 마이너스 일, 마이너스일만, 음수 삼; with `english`, minus 3 as well.
    static constexpr std::array<QStringView, 5> minuses{u"마이너스 ", u"마이너스", u"음수 ", u"minus ", u"Minus "};
    for (qsizetype i = 0; i < qsizetype(minuses.size()) && (english || i < 3); ++i) {
        const qsizetype start = position - minuses[i].size();
        if (startsWithAt(m_text, start, minuses[i]))
            return start;
    }
    return -1;
}

bool FigureDetector::tallyFollows(qsizetype position) const
{
    static constexpr std::array<QStringView, 14> tallies{
        u" vote", u" decision", u" ruling", u" win",  u" victory", u" defeat", u" loss",
        u" lead", u" majority", u" margin", u" draw", u" split",   u" score",  u" verdict",
    };
    for (const QStringView tally : tallies)
        if (startsWithAt(m_text, position, tally, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FigureDetector::tallyBefore(qsizetype position) const
{
    static constexpr std::array<QStringView, 8> verbs{u"voted ",    u"won ",  u"lost ",    u"beat ",
                                                      u"defeated ", u"drew ", u"trailed ", u"led "};
    for (const QStringView verb : verbs)
        if (startsWithAt(m_text, position - verb.size(), verb, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FigureDetector::weighedBefore(qsizetype position) const
{
    // Pounds are a weight when the sentence speaks of weighing before the number.
    qsizetype start = position;
    while (start > 0 && position - start < 80 && m_text.at(start - 1) != u'.' && m_text.at(start - 1) != u'\n')
        --start;
    const QStringView before = m_text.sliced(start, position - start);
    return before.contains(u"weigh", Qt::CaseInsensitive) || before.contains(u"heavy", Qt::CaseInsensitive);
}

bool FigureDetector::spelledNumeralMayStart(qsizetype position) const
{
    // 오천억, 삼십 명, 십육, 삼분의 이, 오 퍼센트: what follows the first letter may go on
    // as a numeral; 이번, 일부, 사람 stop here.
    const QChar next = charAt(m_text, position + 1);
    // Also 삼과 오분의 일, 이백점 칠일, 마이너스 일입니다 (a lone digit tells the rest itself).
    return NumeralParser::isUnitCharacter(next) || NumeralParser::nativeDigit(next) > 0 || next == u' ' || next == u'분'
        || next == u'퍼' || next == u'%' || next == u'점' || !isWordCharacter(next)
        || ((next == u'과' || next == u'와') && charAt(m_text, position + 2) == u' ')
        || spelledMinusStart(position, false) >= 0;
}

std::optional<NumeralParser::Numeral> FigureDetector::loneSpelledDigit(qsizetype position) const
{
    // 오 퍼센트, 삼분의 이: one spelled digit is a number only before a percent word or
    // a fraction's 분의, or as a fraction's numerator (이 회사, 오 분 are words).
    const int digit = NumeralParser::nativeDigit(charAt(m_text, position));
    if (digit <= 0 || !isHangul(charAt(m_text, position)))
        return std::nullopt;
    qsizetype p = position + 1;
    if (charAt(m_text, p) == u' ')
        ++p;
    // Also before 과/와 and a fraction (삼과 오분의 일), before a spelled decimal point (오점
    // 오), and after a spelled minus (마이너스 일, 음수 일).
    const bool numberFollows = startsWithAt(m_text, p, u"퍼센트") || startsWithAt(m_text, p, u"프로")
        || charAt(m_text, p) == u'%' || startsWithAt(m_text, p, u"분의")
        || ((charAt(m_text, position + 1) == u'과' || charAt(m_text, position + 1) == u'와')
            && charAt(m_text, position + 2) == u' ')
        || (charAt(m_text, position + 1) == u'점' && spelledDecimalEnd(position + 2) > 0)
        || spelledMinusStart(position, false) >= 0;
    const bool numerator = startsWithAt(m_text, position - 3, u"분의 ") || startsWithAt(m_text, position - 2, u"분의");
    if (!numberFollows && !(numerator && endsKoreanWord(m_text, position + 1)))
        return std::nullopt;
    NumeralParser::Numeral numeral;
    numeral.start = position;
    numeral.end = position + 1;
    numeral.value = Decimal::fromInteger(digit);
    return numeral;
}

std::optional<NumeralParser::Numeral> FigureDetector::koreanNumeralAt(qsizetype position) const
{
    if (auto numeral = NumeralParser::parseKorean(m_text, position))
        return numeral;
    return loneSpelledDigit(position);
}

std::optional<std::pair<Decimal, qsizetype>>
FigureDetector::fractionAfter(const NumeralParser::Numeral &denominator) const
{
    // "분의" and the numerator follow the denominator.
    qsizetype p = denominator.end;
    if (charAt(m_text, p) == u' ')
        ++p;
    if (!startsWithAt(m_text, p, u"분의"))
        return std::nullopt;
    p += 2;
    if (charAt(m_text, p) == u' ')
        ++p;
    // 20분의 마이너스 일: a negative numerator.
    bool negative = false;
    for (const QStringView minus : {QStringView(u"마이너스 "), QStringView(u"마이너스")}) {
        if (startsWithAt(m_text, p, minus)) {
            negative = true;
            p += minus.size();
            break;
        }
    }
    auto numerator = koreanNumeralAt(p);
    if (!numerator || denominator.value.isZero())
        return std::nullopt;
    // 오분의 일만을, 삼분의 일조각: after one digit, 만 is "only" and 조 starts 조각 (a piece).
    if (numerator->end - numerator->start == 2 && numerator->lastLargeExponent >= 4
        && (m_text.at(numerator->end - 1) == u'만' || m_text.at(numerator->end - 1) == u'조')) {
        const QChar digit = m_text.at(numerator->start);
        numerator->value
            = Decimal::fromInteger(isAsciiDigit(digit) ? digit.unicode() - u'0' : NumeralParser::nativeDigit(digit));
        numerator->end -= 1;
    }
    const Decimal value = numerator->value.dividedBy(denominator.value, 12);
    return std::pair{negative ? -value : value, numerator->end};
}

bool FigureDetector::spelledNumeralStandsAlone(const NumeralParser::Numeral &numeral) const
{
    // A spelled numeral with no unit after it is a number when it is a word of its own
    // of two or more numeral letters (십육, 칠십, 이십이, 백만). Two letters that are a
    // digit and 천, 만, 억 or 조 are more often other words — places (이천, 사천), 구조,
    // 오만, 이만, 일조 — and 천만에 means "you are welcome".
    const qsizetype length = numeral.end - numeral.start;
    if (numeral.hasDigit || length < 2 || !endsKoreanWord(m_text, numeral.end))
        return false;
    if (isHangul(charAt(m_text, numeral.start - 1)) || isAsciiDigit(charAt(m_text, numeral.end)))
        return false;
    if (length == 2 && NumeralParser::nativeDigit(charAt(m_text, numeral.start)) > 0
        && QStringView(u"천만억조").contains(charAt(m_text, numeral.start + 1)))
        return false;
    return !startsWithAt(m_text, numeral.start, u"천만에");
}

std::optional<std::pair<Decimal, qsizetype>>
FigureDetector::minorAmountAfter(qsizetype position, const QString &currency, bool english) const
{
    qsizetype p = position;
    if (charAt(m_text, p) == u' ')
        ++p;
    if (startsWithAt(m_text, p, u"and "))
        p += 4;
    const qsizetype digitsStart = p;
    while (p < m_text.size() && isAsciiDigit(m_text.at(p)) && p - digitsStart < 3)
        ++p;
    if (p == digitsStart || p - digitsStart > 2 || isAsciiDigit(charAt(m_text, p)))
        return std::nullopt;
    const auto unit = unitAfter(p, english);
    if (!unit || unit->unit != currency + QStringLiteral("/100"))
        return std::nullopt;
    const auto minor = Decimal::parse(m_text.sliced(digitsStart, p - digitsStart));
    if (!minor)
        return std::nullopt;
    return std::pair{minor->shifted(-2), unit->end};
}

void FigureDetector::qualify(Figure &figure) const
{
    if (const Qualifier after = qualifierAfter(&figure.end); after != Qualifier::Exact)
        figure.qualifier = after;
    qsizetype qualifiedStart = figure.start;
    if (const Qualifier before = qualifierBefore(&qualifiedStart); before != Qualifier::Exact) {
        figure.start = qualifiedStart;
        if (figure.qualifier == Qualifier::Exact)
            figure.qualifier = before;
    }
}

Qualifier FigureDetector::qualifierAfter(qsizetype *end) const
{
    for (const qsizetype p : {*end, *end + 1}) {
        if (p == *end + 1 && charAt(m_text, *end) != u' ')
            break;
        for (const QualifierWord &word : qualifiersAfter) {
            if (startsWithAt(m_text, p, word.word) && endsKoreanWord(m_text, p + word.word.size())) {
                *end = p + word.word.size();
                return word.qualifier;
            }
        }
    }
    return Qualifier::Exact;
}

Qualifier FigureDetector::qualifierBefore(qsizetype *start) const
{
    if (*start < 2 || m_text.at(*start - 1) != u' ')
        return Qualifier::Exact;
    for (const QualifierWord &word : qualifiersBefore) {
        const qsizetype wordStart = *start - 1 - word.word.size();
        if (wordStart < 0 || !startsWithAt(m_text, wordStart, word.word, Qt::CaseInsensitive))
            continue;
        if (wordStart > 0 && isWordCharacter(m_text.at(wordStart - 1)))
            continue;
        *start = wordStart;
        return word.qualifier;
    }
    return Qualifier::Exact;
}

Candidate FigureDetector::makeDate(const DateMatch &date) const
{
    Candidate candidate;
    candidate.kind = Candidate::Kind::Date;
    candidate.start = date.start;
    candidate.end = date.end;
    candidate.text = m_text.sliced(date.start, date.end - date.start).toString();
    candidate.confidence = date.relative ? 0.6 : 0.85;
    candidate.date.normalized = date.normalized;
    candidate.date.relative = date.relative;
    return candidate;
}

Candidate FigureDetector::makeFigure(const Figure &figure) const
{
    Candidate candidate;
    candidate.kind = Candidate::Kind::Figure;
    candidate.start = figure.start;
    candidate.end = figure.end;
    candidate.text = m_text.sliced(figure.start, figure.end - figure.start).toString();
    candidate.confidence = figure.unit.isEmpty() ? 0.3 : figure.confidence;
    candidate.figure.value = figure.value;
    candidate.figure.unit = figure.unit;
    candidate.figure.qualifier = figure.qualifier;
    candidate.figure.counted = figure.counted;
    if (figure.isRange) {
        candidate.figure.isRange = true;
        candidate.figure.low = figure.value;
        candidate.figure.high = figure.high;
        candidate.figure.qualifier = Qualifier::Range;
    }
    return candidate;
}

void FigureDetector::linkEquivalents(QList<Candidate> &candidates) const
{
    auto isCurrency = [](const QString &unit) { return unit.size() == 3 && unit.front().isUpper(); };
    for (qsizetype k = 0; k + 1 < candidates.size(); ++k) {
        Candidate &first = candidates[k];
        const Candidate &second = candidates.at(k + 1);
        if (first.kind != Candidate::Kind::Figure || second.kind != Candidate::Kind::Figure)
            continue;
        qsizetype paren = first.end;
        if (charAt(m_text, paren) == u' ')
            ++paren;
        if (charAt(m_text, paren) != u'(' || second.start != paren + 1 || charAt(m_text, second.end) != u')')
            continue;
        first.figure.equivalent = int(k + 1);
        if (isCurrency(first.figure.unit) && isCurrency(second.figure.unit) && first.figure.unit != second.figure.unit
            && !first.figure.value.isZero()) {
            const Decimal rate = second.figure.value.dividedBy(first.figure.value, 4);
            first.figure.impliedRate
                = QStringLiteral("%1 %2 per %3").arg(rate.toString(), second.figure.unit, first.figure.unit);
        }
    }
}

} // namespace ClaimLedger
