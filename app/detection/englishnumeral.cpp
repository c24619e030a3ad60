#include "englishnumeral.h"

#include "textscan.h"

#include <algorithm>
#include <iterator>

namespace ClaimLedger::EnglishNumeral {

using namespace TextScan;

namespace {

QStringView wordAt(QStringView text, qsizetype position)
{
    qsizetype end = position;
    while (end < text.size() && isLatin(text.at(end)))
        ++end;
    return text.sliced(position, end - position);
}

// 1–90 as words, in any case. A scan of a short table, without allocating: this runs
// at the start of every word that begins like a number word.
int cardinalWord(QStringView word)
{
    struct Cardinal {
        QStringView word;
        int value;
    };
    static constexpr Cardinal cardinals[] = {
        {u"one", 1},       {u"two", 2},       {u"three", 3},    {u"four", 4},     {u"five", 5},       {u"six", 6},
        {u"seven", 7},     {u"eight", 8},     {u"nine", 9},     {u"ten", 10},     {u"eleven", 11},    {u"twelve", 12},
        {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15}, {u"sixteen", 16}, {u"seventeen", 17}, {u"eighteen", 18},
        {u"nineteen", 19}, {u"twenty", 20},   {u"thirty", 30},  {u"forty", 40},   {u"fifty", 50},     {u"sixty", 60},
        {u"seventy", 70},  {u"eighty", 80},   {u"ninety", 90},
    };
    if (word.size() < 3 || word.size() > 9)
        return 0;
    const QChar first = word.front().toLower();
    for (const Cardinal &cardinal : cardinals)
        if (cardinal.word.front() == first && cardinal.word.size() == word.size()
            && word.compare(cardinal.word, Qt::CaseInsensitive) == 0)
            return cardinal.value;
    return 0;
}

bool isScaleWord(QStringView word)
{
    for (const QStringView scale : {QStringView(u"hundred"), QStringView(u"thousand"), QStringView(u"million"),
                                    QStringView(u"billion"), QStringView(u"trillion"), QStringView(u"dozen")})
        if (word.compare(scale, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Denominators in words; the plural is for numerators above one.
int denominatorWord(QStringView word, bool *plural)
{
    struct Denominator {
        QStringView singular;
        int value;
    };
    static constexpr Denominator denominators[] = {
        {u"half", 2},     {u"third", 3},       {u"quarter", 4},       {u"fourth", 4}, {u"fifth", 5},
        {u"sixth", 6},    {u"seventh", 7},     {u"eighth", 8},        {u"ninth", 9},  {u"tenth", 10},
        {u"twelfth", 12}, {u"hundredth", 100}, {u"thousandth", 1000},
    };
    *plural = false;
    for (const Denominator &d : denominators) {
        if (word.compare(d.singular, Qt::CaseInsensitive) == 0)
            return d.value;
        if (word.size() == d.singular.size() + 1 && word.startsWith(d.singular, Qt::CaseInsensitive)
            && (word.back() == u's' || word.back() == u'S')) {
            *plural = true;
            return d.value;
        }
    }
    if (word.compare(u"halves", Qt::CaseInsensitive) == 0) {
        *plural = true;
        return 2;
    }
    return 0;
}

qsizetype digitsEnd(QStringView text, qsizetype position)
{
    while (position < text.size() && isAsciiDigit(text.at(position)))
        ++position;
    return position;
}

// "3/4", "5/12에": a common fraction, not a date (9/11, 1/2/2025, 2/4분기: the second
// quarter), a score (24/7) or a split (50/50): the denominator is one fractions use.
std::optional<std::pair<Decimal, qsizetype>> slashFraction(QStringView text, qsizetype numeratorStart)
{
    const qsizetype slash = digitsEnd(text, numeratorStart);
    if (slash == numeratorStart || slash - numeratorStart > 3 || charAt(text, slash) != u'/')
        return std::nullopt;
    const qsizetype end = digitsEnd(text, slash + 1);
    if (end == slash + 1 || end - slash - 1 > 3 || charAt(text, end) == u'/' || isLatin(charAt(text, end))
        || isAsciiDigit(charAt(text, end)) || startsWithAt(text, end, u"분기")
        || (charAt(text, end) == u'.' && isAsciiDigit(charAt(text, end + 1))))
        return std::nullopt;
    const int numerator = text.sliced(numeratorStart, slash - numeratorStart).toInt();
    const int denominator = text.sliced(slash + 1, end - slash - 1).toInt();
    static constexpr int common[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100};
    if (numerator <= 0 || std::find(std::begin(common), std::end(common), denominator) == std::end(common))
        return std::nullopt;
    return std::pair{Decimal::fromInteger(numerator).dividedBy(Decimal::fromInteger(denominator), 12), end};
}

} // namespace

std::optional<Numeral> parseCardinal(QStringView text, qsizetype position, int *words)
{
    qint64 value = 0;
    int count = 0;
    qsizetype end = position;
    qsizetype p = position;
    bool afterHundred = false;
    bool article = false; // "a dozen", "a hundred", "a million": "a" is one before a scale
    int last = 0; // the last word's value below 100: "forty" may take "-two"
    QStringView word = wordAt(text, p);
    bool plural = false;
    if (word.compare(u"a", Qt::CaseInsensitive) == 0 && charAt(text, p + 1) == u' '
        && (isScaleWord(wordAt(text, p + 2)) || denominatorWord(wordAt(text, p + 2), &plural))) {
        value = 1;
        article = true;
        end = p + 1;
        p += 2;
        word = wordAt(text, p);
    }
    while (!word.isEmpty()) {
        const qsizetype wordEnd = p + word.size();
        const bool hundred = word.compare(u"hundred", Qt::CaseInsensitive) == 0;
        const bool dozen = word.compare(u"dozen", Qt::CaseInsensitive) == 0;
        if (const int n = cardinalWord(word); n && !article) {
            const bool onesAfterTens = last >= 20 && last % 10 == 0 && n < 10;
            if (last != 0 && !onesAfterTens)
                break; // "two three" is two numbers
            value += n;
            last = onesAfterTens ? last + n : n;
        } else if ((hundred || dozen) && (last != 0 || article) && !afterHundred) {
            value *= hundred ? 100 : 12;
            afterHundred = true;
            article = false;
            last = 0;
        } else {
            break;
        }
        ++count;
        end = wordEnd;
        // Words join with a space, or a hyphen after tens ("forty-two"); "and" only
        // after hundred ("two hundred and five").
        const bool joined = charAt(text, wordEnd) == u' ' || (charAt(text, wordEnd) == u'-' && last >= 20);
        if (!joined)
            break;
        qsizetype next = wordEnd + 1;
        if (afterHundred && last == 0 && startsWithAt(text, next, u"and ") && cardinalWord(wordAt(text, next + 4)))
            next += 4;
        p = next;
        word = wordAt(text, p);
    }
    if (count == 0 && !article)
        return std::nullopt;
    if (words)
        *words = count;
    Numeral numeral;
    numeral.start = position;
    numeral.end = end;
    numeral.value = Decimal::fromInteger(value);
    return numeral;
}

std::optional<std::pair<Decimal, qsizetype>> fractionAfter(QStringView text, const Numeral &whole)
{
    const qsizetype p = whole.end;
    if (whole.hasDigit) {
        const qsizetype numeratorStart = whole.start;
        // 3/4 (the whole was read as 3), 2 1/2, 1½.
        if (charAt(text, p) == u'/')
            return slashFraction(text, numeratorStart);
        if (charAt(text, p) == u' ' && isAsciiDigit(charAt(text, p + 1))
            && !text.sliced(whole.start, p - whole.start).contains(u'.')) {
            if (auto part = slashFraction(text, p + 1))
                return std::pair{whole.value + part->first, part->second};
        }
        static constexpr std::pair<char16_t, int> vulgar[] = {{u'½', 2}, {u'⅓', 3}, {u'¼', 4}, {u'¾', 4}};
        for (const auto &[sign, denominator] : vulgar) {
            if (charAt(text, p) == QChar(sign)) {
                const Decimal part
                    = Decimal::fromInteger(sign == u'¾' ? 3 : 1).dividedBy(Decimal::fromInteger(denominator), 12);
                return std::pair{whole.value + part, p + 1};
            }
        }
        return std::nullopt;
    }
    // Spelled: "two thirds", "a third", "one half", "three quarters of".
    if (charAt(text, p) != u' ' && charAt(text, p) != u'-')
        return std::nullopt;
    const QStringView word = wordAt(text, p + 1);
    bool plural = false;
    const int denominator = denominatorWord(word, &plural);
    if (denominator == 0)
        return std::nullopt;
    const qsizetype end = p + 1 + word.size();
    const Decimal one = Decimal::fromInteger(1);
    const bool single = whole.value == one;
    if (single == plural || !(whole.value < Decimal::fromInteger(denominator)))
        return std::nullopt; // "two third", "five quarters"
    // "a third party", "one fifth term" and "two quarters of growth" (three months) are
    // no fractions: a single part or a quarter is one only of something ("a third of").
    if ((single || denominator == 4) && denominator != 2 && !startsWithAt(text, end, u" of "))
        return std::nullopt;
    return std::pair{whole.value.dividedBy(Decimal::fromInteger(denominator), 12), end};
}

qsizetype andAHalfEnd(QStringView text, qsizetype position)
{
    for (const QStringView form : {QStringView(u" and a half"), QStringView(u" and one half")}) {
        const qsizetype end = position + form.size();
        if (startsWithAt(text, position, form, Qt::CaseInsensitive) && !isLatin(charAt(text, end)))
            return end;
    }
    return -1;
}

std::optional<Numeral> parseHalf(QStringView text, qsizetype position)
{
    if (wordAt(text, position).compare(u"half", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // "the second half of the year", "first half": a part of time, not a share.
    for (const QStringView before : {QStringView(u"first "), QStringView(u"second "), QStringView(u"latter "),
                                     QStringView(u"other "), QStringView(u"the ")}) {
        if (startsWithAt(text, position - before.size(), before, Qt::CaseInsensitive))
            return std::nullopt;
    }
    Numeral numeral;
    numeral.start = position;
    numeral.value = Decimal::fromInteger(5).shifted(-1);
    qsizetype p = position + 4;
    if (startsWithAt(text, p, u" a ") || startsWithAt(text, p, u" an ")) {
        numeral.end = p + (charAt(text, p + 2) == u' ' ? 2 : 3);
        return numeral;
    }
    if (startsWithAt(text, p, u" of ")) {
        numeral.end = p;
        return numeral;
    }
    return std::nullopt;
}

std::optional<std::pair<Decimal, qsizetype>> inEveryAfter(QStringView text, const Numeral &count)
{
    if (!startsWithAt(text, count.end, u" in "))
        return std::nullopt;
    const qsizetype p = count.end + 4;
    std::optional<Numeral> every;
    if (isAsciiDigit(charAt(text, p))) {
        const qsizetype end = digitsEnd(text, p);
        if (end - p > 3 || isWordCharacter(charAt(text, end)) || charAt(text, end) == u'.' || charAt(text, end) == u',')
            return std::nullopt; // "3 in 2020"
        every = Numeral{p, end, Decimal::fromInteger(text.sliced(p, end - p).toInt())};
    } else {
        every = parseCardinal(text, p);
    }
    if (!every || every->value.isZero() || !(count.value < every->value))
        return std::nullopt;
    return std::pair{count.value.dividedBy(every->value, 12), every->end};
}

std::optional<std::pair<int, qsizetype>> exponentAfter(QStringView text, qsizetype position)
{
    qsizetype p = position;
    qsizetype digits = -1;
    if ((charAt(text, p) == u'e' || charAt(text, p) == u'E')
        && (isAsciiDigit(charAt(text, p + 1))
            || ((charAt(text, p + 1) == u'+' || charAt(text, p + 1) == u'-') && isAsciiDigit(charAt(text, p + 2))))) {
        digits = p + 1; // 6.02e23, 1E-3
    } else {
        if (charAt(text, p) == u' ')
            ++p;
        const QChar times = charAt(text, p);
        if (times != u'×' && times != u'x' && times != u'*')
            return std::nullopt;
        ++p;
        if (charAt(text, p) == u' ')
            ++p;
        if (!startsWithAt(text, p, u"10"))
            return std::nullopt;
        p += 2;
        if (charAt(text, p) == u'^') {
            digits = p + 1;
        } else {
            // Superscript digits: 10²³, 10⁻³.
            static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
            int exponent = 0;
            bool negative = false;
            qsizetype q = p;
            if (charAt(text, q) == u'⁻') {
                negative = true;
                ++q;
            }
            const qsizetype first = q;
            while (q < text.size() && superscripts.contains(text.at(q)) && q - first < 2)
                exponent = exponent * 10 + int(superscripts.indexOf(text.at(q++)));
            if (q == first)
                return std::nullopt;
            return std::pair{negative ? -exponent : exponent, q};
        }
    }
    qsizetype q = digits;
    const bool negative = charAt(text, q) == u'-';
    if (charAt(text, q) == u'-' || charAt(text, q) == u'+')
        ++q;
    const qsizetype end = digitsEnd(text, q);
    if (end == q || end - q > 2 || isLatin(charAt(text, end)))
        return std::nullopt;
    const int exponent = text.sliced(q, end - q).toInt();
    return std::pair{negative ? -exponent : exponent, end};
}

} // namespace ClaimLedger::EnglishNumeral
