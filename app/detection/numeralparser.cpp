#include "numeralparser.h"

#include "textscan.h"

#include <QHash>

namespace ClaimLedger::NumeralParser {

namespace {

int smallUnitExponent(QChar c)
{
    switch (c.unicode()) {
    case u'십':
    case u'十':
        return 1;
    case u'백':
    case u'百':
        return 2;
    case u'천':
    case u'千':
        return 3;
    default:
        return -1;
    }
}

int largeUnitExponent(QChar c)
{
    switch (c.unicode()) {
    case u'만':
    case u'萬':
    case u'万':
        return 4;
    case u'억':
    case u'億':
    case u'亿':
        return 8;
    case u'조':
    case u'兆':
        return 12;
    case u'경':
    case u'京':
        return 16;
    default:
        return -1;
    }
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// Digits with group commas (only before exactly three digits) and one decimal point.
qsizetype scanDigits(QStringView text, qsizetype i)
{
    qsizetype end = i;
    bool seenPoint = false;
    while (end < text.size()) {
        const QChar c = text.at(end);
        if (isAsciiDigit(c)) {
            ++end;
        } else if (c == u',' && !seenPoint && end + 3 < text.size() && isAsciiDigit(text.at(end + 1))
                   && isAsciiDigit(text.at(end + 2)) && isAsciiDigit(text.at(end + 3))
                   && !(end + 4 < text.size() && isAsciiDigit(text.at(end + 4)))) {
            end += 4;
        } else if (c == u'.' && !seenPoint && end + 1 < text.size() && isAsciiDigit(text.at(end + 1))) {
            seenPoint = true;
            ++end;
        } else {
            break;
        }
    }
    return end;
}

} // namespace

bool isUnitCharacter(QChar c)
{
    return smallUnitExponent(c) > 0 || largeUnitExponent(c) > 0;
}

int nativeDigit(QChar c)
{
    switch (c.unicode()) {
    case u'일':
    case u'一':
        return 1;
    case u'이':
    case u'二':
        return 2;
    case u'삼':
    case u'三':
        return 3;
    case u'사':
    case u'四':
        return 4;
    case u'오':
    case u'五':
        return 5;
    case u'육':
    case u'六':
        return 6;
    case u'칠':
    case u'七':
        return 7;
    case u'팔':
    case u'八':
        return 8;
    case u'구':
    case u'九':
        return 9;
    default:
        return -1;
    }
}

namespace {

/// "2억 4천 4백만", "3만 4500원", "1만 2천 345 달러": one space may separate groups when
/// the numeral goes on after it — digits or native digits then a unit character, or,
/// as its last group, plain digits smaller than the unit just read (4500 after 만, 345
/// after 천; not 1990년 after 3만, which is a date). `exponent` is that unit's.
/// Returns where to continue.
qsizetype afterGroupSpace(QStringView text, qsizetype i, int exponent)
{
    if (i + 1 >= text.size() || text.at(i) != u' ')
        return i;
    qsizetype j = i + 1;
    while (j < text.size() && (isAsciiDigit(text.at(j)) || nativeDigit(text.at(j)) > 0))
        ++j;
    if (j == i + 1)
        return i;
    if (j < text.size() && isUnitCharacter(text.at(j)))
        return i + 1;
    const qsizetype digitsEnd = scanDigits(text, i + 1);
    if (!isAsciiDigit(text.at(i + 1)) || digitsEnd < j || text.sliced(i + 1, digitsEnd - i - 1).contains(u'.'))
        return i; // native digits, or a decimal: not a last group
    j = digitsEnd;
    static const QString dateWords = QStringLiteral("년월일시분초");
    if (j < text.size() && dateWords.contains(text.at(j)))
        return i;
    const auto value = Decimal::parse(QString(text.sliced(i + 1, j - i - 1)).remove(u','));
    const Decimal limit = Decimal::fromInteger(1).shifted(std::min(exponent, 4));
    return value && *value < limit ? i + 1 : i;
}

} // namespace

std::optional<Numeral> parseKorean(QStringView text, qsizetype position)
{
    Numeral numeral;
    numeral.start = position;
    Decimal total;
    Decimal group;
    std::optional<Decimal> pending;
    int previousLarge = 99;
    qsizetype i = position;
    qsizetype end = position;

    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (isAsciiDigit(c)) {
            if (pending)
                break; // two numbers in a row are not one numeral
            const qsizetype digitsEnd = scanDigits(text, i);
            pending = Decimal::parse(text.sliced(i, digitsEnd - i));
            if (!pending)
                break;
            numeral.hasDigit = true;
            i = end = digitsEnd;
            numeral.lastLargeExponent = -1;
            continue;
        }
        if (!pending && nativeDigit(c) > 0 && isUnitCharacter(next)) {
            pending = Decimal::fromInteger(nativeDigit(c));
            ++i;
            continue;
        }
        // The ones of a spelled numeral: 이십일 is 21 (not 20 days), 일백육십일 161.
        if (!pending && !numeral.hasDigit && nativeDigit(c) > 0 && numeral.hasUnitCharacter
            && numeral.lastLargeExponent < 0 && !isUnitCharacter(next)) {
            pending = Decimal::fromInteger(nativeDigit(c));
            end = ++i;
            continue;
        }
        if (!pending && c == u'수' && isUnitCharacter(next) && i == position) {
            numeral.several = true;
            pending = Decimal::fromInteger(1);
            ++i;
            continue;
        }
        if (const int exponent = smallUnitExponent(c); exponent > 0) {
            group = group + pending.value_or(Decimal::fromInteger(1)).shifted(exponent);
            pending.reset();
            numeral.hasUnitCharacter = true;
            end = ++i;
            numeral.lastLargeExponent = -1;
            i = afterGroupSpace(text, i, exponent);
            continue;
        }
        if (const int exponent = largeUnitExponent(c); exponent > 0) {
            if (exponent >= previousLarge || (!pending && group.isZero() && i == position))
                break;
            const Decimal value = group + pending.value_or(group.isZero() ? Decimal::fromInteger(1) : Decimal());
            total = total + value.shifted(exponent);
            group = Decimal();
            pending.reset();
            previousLarge = exponent;
            numeral.hasUnitCharacter = true;
            numeral.lastLargeExponent = exponent;
            end = ++i;
            i = afterGroupSpace(text, i, exponent);
            continue;
        }
        // 5천여만원, 2억3천여만원: "-odd" before a large unit; the value is a floor.
        if (c == u'여' && largeUnitExponent(next) > 0 && (pending || !group.isZero())) {
            numeral.moreThan = true;
            ++i;
            continue;
        }
        // "5 억 달러": a space between the digits and their large unit, as typed.
        if (c == u' ' && pending && numeral.hasDigit && largeUnitExponent(next) > 0
            && largeUnitExponent(next) < previousLarge
            && (i + 2 >= text.size() || !TextScan::isHangul(text.at(i + 2)) || text.at(i + 2) == u'원')) {
            ++i;
            continue;
        }
        break;
    }
    const Decimal rest = group + pending.value_or(Decimal());
    total = total + rest;
    if (end == position || (!numeral.hasDigit && !numeral.hasUnitCharacter))
        return std::nullopt;
    // A trailing pending native digit was never consumed ("이" before "천" is); a
    // pending value from digits ends where the digits end.
    numeral.end = end;
    numeral.value = total;
    if (!numeral.value.isValid())
        return std::nullopt;
    return numeral;
}

std::optional<std::pair<int, qsizetype>> englishScale(QStringView text, qsizetype position, bool afterCurrency)
{
    struct Scale {
        QStringView word;
        int exponent;
        bool needsSpace; // full words follow a space; abbreviations are attached
        bool currencyOnly;
    };
    static const Scale scales[] = {
        {u"thousand", 3, true, false},  {u"million", 6, true, false}, {u"billion", 9, true, false},
        {u"trillion", 12, true, false}, {u"bn", 9, false, false},     {u"mn", 6, false, false},
        {u"tn", 12, false, false},      {u"trn", 12, false, false},   {u"B", 9, false, true},
        {u"M", 6, false, true},         {u"T", 12, false, true},      {u"K", 3, false, true},
        {u"k", 3, false, false},        {u"m", 6, false, true},       {u"b", 9, false, true},
        {u"bln", 9, false, false},      {u"k", 3, true, false},       {u"hundred", 2, true, false},
    };
    for (const Scale &scale : scales) {
        qsizetype i = position;
        if (scale.needsSpace) {
            if (i >= text.size() || text.at(i) != u' ')
                continue;
            ++i;
        } else if (i < text.size() && text.at(i) == u' ') {
            continue;
        }
        if (scale.currencyOnly && !afterCurrency)
            continue;
        if (!text.sliced(i).startsWith(scale.word, scale.needsSpace ? Qt::CaseInsensitive : Qt::CaseSensitive))
            continue;
        const qsizetype end = i + scale.word.size();
        if (end < text.size() && text.at(end).isLetter())
            continue;
        return std::make_pair(scale.exponent, end);
    }
    return std::nullopt;
}

} // namespace ClaimLedger::NumeralParser
