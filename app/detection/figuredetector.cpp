#include "figuredetector.h"

#include "textscan.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace ClaimLedger {

using namespace TextScan;

using NumeralParser::Numeral;

namespace {

struct UnitWord {
    QStringView word;
    QStringView unit; // "" → "count:" + word
};

// Korean units after a number, longest first within each leading character so the
// first match is the longest. Counters without an explicit unit become "count:<word>".
constexpr std::array koreanUnits{
    UnitWord{u"퍼센트포인트", u"percentage-point"},
    UnitWord{u"%포인트", u"percentage-point"},
    UnitWord{u"%p", u"percentage-point"},
    UnitWord{u"%P", u"percentage-point"},
    UnitWord{u"%", u"percent"},
    UnitWord{u"％", u"percent"},
    UnitWord{u"퍼센트", u"percent"},
    UnitWord{u"프로", u"percent"},
    UnitWord{u"달러", u"USD"},
    UnitWord{u"불", u"USD"},
    UnitWord{u"원", u"KRW"},
    UnitWord{u"엔", u"JPY"},
    UnitWord{u"위안", u"CNY"},
    UnitWord{u"유로", u"EUR"},
    UnitWord{u"파운드", u"GBP"},
    UnitWord{u"루블", u"RUB"},
    UnitWord{u"루피", u"INR"},
    UnitWord{u"개월", u"duration:month"},
    UnitWord{u"학년", u""},
    UnitWord{u"학기", u""},
    UnitWord{u"차전", u""},
    UnitWord{u"연승", u""},
    UnitWord{u"연패", u""},
    UnitWord{u"개사", u""},
    UnitWord{u"개국", u""},
    UnitWord{u"개소", u""},
    UnitWord{u"개", u""},
    UnitWord{u"년대", u"date"},
    UnitWord{u"년차", u""},
    UnitWord{u"년", u"duration:year"},
    UnitWord{u"주년", u"date"},
    UnitWord{u"주일", u"duration:week"},
    UnitWord{u"주", u"duration:week"},
    UnitWord{u"시간", u"duration:hour"},
    UnitWord{u"분기", u"date"},
    UnitWord{u"세기", u"date"},
    UnitWord{u"세대", u""},
    UnitWord{u"세", u"count:세"},
    UnitWord{u"살", u"count:살"},
    UnitWord{u"배럴", u"count:배럴"},
    UnitWord{u"배", u"ratio:배"},
    UnitWord{u"명", u""},
    UnitWord{u"곳", u""},
    UnitWord{u"건", u""},
    UnitWord{u"대", u""},
    UnitWord{u"채", u""},
    UnitWord{u"척", u""},
    UnitWord{u"마리", u""},
    UnitWord{u"권", u""},
    UnitWord{u"편", u""},
    UnitWord{u"장", u""},
    UnitWord{u"점", u""},
    UnitWord{u"등급", u""},
    UnitWord{u"등", u""},
    UnitWord{u"위", u""},
    UnitWord{u"번째", u""},
    UnitWord{u"번", u""},
    UnitWord{u"차례", u""},
    UnitWord{u"회", u""},
    UnitWord{u"차", u""},
    UnitWord{u"가구", u""},
    UnitWord{u"가지", u""},
    UnitWord{u"표", u""},
    UnitWord{u"석", u""},
    UnitWord{u"층", u""},
    UnitWord{u"호", u""},
    UnitWord{u"인분", u""},
    UnitWord{u"인", u""},
    UnitWord{u"부", u""},
    UnitWord{u"골", u""},
    UnitWord{u"승", u""},
    UnitWord{u"패", u""},
    UnitWord{u"타", u""},
    UnitWord{u"경기", u""},
    UnitWord{u"라운드", u""},
    UnitWord{u"관", u""},
    UnitWord{u"기", u""},
    UnitWord{u"쌍", u""},
    UnitWord{u"벌", u""},
    UnitWord{u"병", u""},
    UnitWord{u"잔", u""},
    UnitWord{u"그루", u""},
    UnitWord{u"켤레", u""},
    UnitWord{u"군데", u""},
    UnitWord{u"달", u"duration:month"},
    UnitWord{u"일", u"duration:day"},
    UnitWord{u"분", u"duration:minute"},
    UnitWord{u"초", u"duration:second"},
    UnitWord{u"톤", u"count:톤"},
    UnitWord{u"평", u"count:평"},
    UnitWord{u"리터", u"count:리터"},
    UnitWord{u"킬로미터", u"count:km"},
    UnitWord{u"킬로그램", u"count:kg"},
    UnitWord{u"미터", u"count:m"},
    UnitWord{u"기가와트시", u"count:GWh"},
    UnitWord{u"기가와트", u"count:GW"},
    UnitWord{u"메가와트", u"count:MW"},
    UnitWord{u"GWh", u"count:GWh"},
    UnitWord{u"MWh", u"count:MWh"},
    UnitWord{u"GW", u"count:GW"},
    UnitWord{u"MW", u"count:MW"},
    UnitWord{u"kW", u"count:kW"},
    UnitWord{u"km", u"count:km"},
    UnitWord{u"㎞", u"count:km"},
    UnitWord{u"kg", u"count:kg"},
    UnitWord{u"㎏", u"count:kg"},
    UnitWord{u"㎡", u"count:m2"},
    UnitWord{u"kcal", u"count:kcal"},
    UnitWord{u"mAh", u"count:mAh"},
    UnitWord{u"GB", u"count:GB"},
    UnitWord{u"MB", u"count:MB"},
    UnitWord{u"TB", u"count:TB"},
    UnitWord{u"mg", u"count:mg"},
    UnitWord{u"ml", u"count:ml"},
    UnitWord{u"g", u"count:g"},
    UnitWord{u"인치", u"count:inch"},
    UnitWord{u"마일", u"count:mile"},
    UnitWord{u"cm", u"count:cm"},
    UnitWord{u"mm", u"count:mm"},
    UnitWord{u"m", u"count:m"},
    UnitWord{u"t", u"count:t"},
};

struct EnglishUnit {
    QStringView word;
    QStringView unit;
};

constexpr std::array englishUnits{
    EnglishUnit{u"percentage points", u"percentage-point"},
    EnglishUnit{u"percentage point", u"percentage-point"},
    EnglishUnit{u"per cent", u"percent"},
    EnglishUnit{u"percent", u"percent"},
    EnglishUnit{u"dollars", u"USD"},
    EnglishUnit{u"dollar", u"USD"},
    EnglishUnit{u"won", u"KRW"},
    EnglishUnit{u"yen", u"JPY"},
    EnglishUnit{u"yuan", u"CNY"},
    EnglishUnit{u"euros", u"EUR"},
    EnglishUnit{u"euro", u"EUR"},
    EnglishUnit{u"pounds", u"GBP"},
    EnglishUnit{u"years", u"duration:year"},
    EnglishUnit{u"year", u"duration:year"},
    EnglishUnit{u"months", u"duration:month"},
    EnglishUnit{u"month", u"duration:month"},
    EnglishUnit{u"weeks", u"duration:week"},
    EnglishUnit{u"week", u"duration:week"},
    EnglishUnit{u"days", u"duration:day"},
    EnglishUnit{u"day", u"duration:day"},
    EnglishUnit{u"hours", u"duration:hour"},
    EnglishUnit{u"hour", u"duration:hour"},
    EnglishUnit{u"minutes", u"duration:minute"},
    EnglishUnit{u"times", u"ratio:times"},
};

struct QualifierWord {
    QStringView word;
    Qualifier qualifier;
};

// Before a number, with a space after the word. Longest first.
constexpr std::array qualifiersBefore{
    QualifierWord{u"well under", Qualifier::LessThan}, QualifierWord{u"just under", Qualifier::LessThan},
    QualifierWord{u"well over", Qualifier::MoreThan},  QualifierWord{u"just over", Qualifier::MoreThan},
    QualifierWord{u"more than", Qualifier::MoreThan},  QualifierWord{u"less than", Qualifier::LessThan},
    QualifierWord{u"fewer than", Qualifier::LessThan}, QualifierWord{u"at least", Qualifier::AtLeast},
    QualifierWord{u"at most", Qualifier::AtMost},      QualifierWord{u"up to", Qualifier::UpTo},
    QualifierWord{u"approximately", Qualifier::About}, QualifierWord{u"roughly", Qualifier::About},
    QualifierWord{u"around", Qualifier::About},        QualifierWord{u"nearly", Qualifier::About},
    QualifierWord{u"almost", Qualifier::About},        QualifierWord{u"about", Qualifier::About},
    QualifierWord{u"some", Qualifier::About},          QualifierWord{u"above", Qualifier::MoreThan},
    QualifierWord{u"below", Qualifier::LessThan},      QualifierWord{u"over", Qualifier::MoreThan},
    QualifierWord{u"under", Qualifier::LessThan},      QualifierWord{u"대략", Qualifier::About},
    QualifierWord{u"최소", Qualifier::AtLeast},        QualifierWord{u"최소한", Qualifier::AtLeast},
    QualifierWord{u"적어도", Qualifier::AtLeast},      QualifierWord{u"최대", Qualifier::UpTo},
    QualifierWord{u"최고", Qualifier::UpTo},           QualifierWord{u"약", Qualifier::About},
};

// After a figure, attached or after one space.
constexpr std::array qualifiersAfter{
    QualifierWord{u"이상", Qualifier::AtLeast},  QualifierWord{u"이하", Qualifier::AtMost},
    QualifierWord{u"초과", Qualifier::MoreThan}, QualifierWord{u"미만", Qualifier::LessThan},
    QualifierWord{u"가량", Qualifier::About},    QualifierWord{u"정도", Qualifier::About},
    QualifierWord{u"안팎", Qualifier::About},    QualifierWord{u"남짓", Qualifier::MoreThan},
    QualifierWord{u"넘게", Qualifier::MoreThan}, QualifierWord{u"이내", Qualifier::AtMost},
    QualifierWord{u"내외", Qualifier::About},    QualifierWord{u"가까이", Qualifier::About},
};

// Korean words that are dates by themselves (KLUE tags them DT). Longest first.
constexpr std::array koreanRelativeDates{
    QStringView(u"지난해"),  QStringView(u"올해"),     QStringView(u"내년"),     QStringView(u"작년"),
    QStringView(u"재작년"),  QStringView(u"내후년"),   QStringView(u"오늘"),     QStringView(u"어제"),
    QStringView(u"내일"),    QStringView(u"모레"),     QStringView(u"그저께"),   QStringView(u"그제"),
    QStringView(u"전날"),    QStringView(u"당일"),     QStringView(u"이날"),     QStringView(u"다음날"),
    QStringView(u"다음 날"), QStringView(u"이튿날"),   QStringView(u"지난달"),   QStringView(u"이달"),
    QStringView(u"다음달"),  QStringView(u"다음 달"),  QStringView(u"지난주"),   QStringView(u"이번주"),
    QStringView(u"다음주"),  QStringView(u"주말"),     QStringView(u"연말"),     QStringView(u"연초"),
    QStringView(u"연중"),    QStringView(u"상반기"),   QStringView(u"하반기"),   QStringView(u"전년"),
    QStringView(u"금년"),    QStringView(u"새해"),     QStringView(u"설날"),     QStringView(u"추석"),
    QStringView(u"월요일"),  QStringView(u"화요일"),   QStringView(u"수요일"),   QStringView(u"목요일"),
    QStringView(u"금요일"),  QStringView(u"토요일"),   QStringView(u"일요일"),   QStringView(u"하루"),
    QStringView(u"이틀"),    QStringView(u"사흘"),     QStringView(u"나흘"),     QStringView(u"닷새"),
    QStringView(u"엿새"),    QStringView(u"이레"),     QStringView(u"열흘"),     QStringView(u"보름"),
    QStringView(u"일주일"),  QStringView(u"여름"),     QStringView(u"겨울"),     QStringView(u"가을"),
    QStringView(u"초여름"),  QStringView(u"한여름"),   QStringView(u"초겨울"),   QStringView(u"크리스마스"),
    QStringView(u"성탄절"),  QStringView(u"어린이날"), QStringView(u"어버이날"), QStringView(u"광복절"),
    QStringView(u"제헌절"),
};

constexpr std::array<QStringView, 12> monthNames{u"January",   u"February", u"March",    u"April",
                                                 u"May",       u"June",     u"July",     u"August",
                                                 u"September", u"October",  u"November", u"December"};
constexpr std::array<QStringView, 7> weekdayNames{u"Monday", u"Tuesday",  u"Wednesday", u"Thursday",
                                                  u"Friday", u"Saturday", u"Sunday"};

/// True where a Hangul unit or qualifier ends a word: at a boundary, or before a
/// particle (10명이, 10만개의), so that 2대책 or 이상한 are not read as units.
bool endsKoreanWord(QStringView text, qsizetype end)
{
    if (end >= text.size() || !isHangul(text.at(end)))
        return true;
    // Particles, and suffixes that make a counted word of their own (2시간짜리, 5년전쯤,
    // 12일자로, 60년대초, 4회말).
    static const QString particles
        = QStringLiteral("을를이가은는의에도로와과만까씩째부보간동으께처였짜쯤경전후내당말초된자차꼴");
    return particles.contains(text.at(end));
}

/// Korean particles that may follow a counted noun, longest first.
QString withoutParticle(QString word)
{
    static const QStringList particles{
        QStringLiteral("으로"), QStringLiteral("에서"), QStringLiteral("까지"), QStringLiteral("를"),
        QStringLiteral("을"),   QStringLiteral("이"),   QStringLiteral("가"),   QStringLiteral("은"),
        QStringLiteral("는"),   QStringLiteral("에"),   QStringLiteral("의"),   QStringLiteral("와"),
        QStringLiteral("과"),   QStringLiteral("로"),   QStringLiteral("도"),   QStringLiteral("만")};
    for (const QString &particle : particles) {
        if (word.size() > particle.size() + 1 && word.endsWith(particle))
            return word.chopped(particle.size());
    }
    return word;
}

std::optional<QString> currencySymbolAt(QStringView text, qsizetype position, qsizetype *length)
{
    struct Symbol {
        QStringView symbol;
        QStringView code;
    };
    static constexpr std::array symbols{Symbol{u"US$", u"USD"}, Symbol{u"$", u"USD"}, Symbol{u"₩", u"KRW"},
                                        Symbol{u"€", u"EUR"},   Symbol{u"£", u"GBP"}, Symbol{u"¥", u"JPY"},
                                        Symbol{u"￦", u"KRW"}};
    for (const Symbol &symbol : symbols) {
        if (startsWithAt(text, position, symbol.symbol)) {
            *length = symbol.symbol.size();
            return symbol.code.toString();
        }
    }
    return std::nullopt;
}

} // namespace

FigureDetector::FigureDetector(QStringView text, QDate published)
    : m_text(text)
    , m_published(published)
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
            if (u == u'$' || u == u'₩' || u == u'€' || u == u'£' || u == u'¥' || u == u'￦'
                || (u == u'U' && startsWithAt(m_text, i, u"US$"))) {
                mayStartNumber = true;
            } else if (wordStart && (isHangul(c) || c.script() == QChar::Script_Han)
                       && (NumeralParser::isUnitCharacter(c) || NumeralParser::nativeDigit(c) > 0 || c == u'수')
                       && i + 1 < size && NumeralParser::isUnitCharacter(m_text.at(i + 1))) {
                mayStartNumber = true;
            } else if (wordStart && isLatin(c) && QStringView(u"otfsenhdOTFSENHD").contains(c)
                       && NumeralParser::parseEnglishWord(m_text, i)) {
                mayStartNumber = true;
            }
        }
        if (!mayStartNumber && wordStart && isHangul(c)) {
            if (auto count = parseNativeCount(i)) {
                candidates.append(makeFigure(*count));
                i = count->end;
                continue;
            }
        }
        if (mayStartNumber) {
            const Step step = scanNumberAt(i);
            if (step.candidate)
                candidates.append(*step.candidate);
            if (step.resume > i) {
                i = step.resume;
                continue;
            }
        } else if (wordStart && (isHangul(c) || (isLatin(c) && previous != u'.' && previous != u'/'))) {
            if (auto date = parseWordDate(i)) {
                i = date->end;
                candidates.append(*date);
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
                step.candidate = makeDate(position, end, iso.toString(Qt::ISODate), false);
            return step;
        }
        if (colons) {
            step.resume = end; // a clock time or a score
            return step;
        }
        if (groups == 2 && dashes && end - position > 5 && !unitAfter(end, false) && charAt(m_text, end) != u'%') {
            step.resume = end; // 1628-1: a street number or a reference, not a range
            return step;
        }
        // 6·25, 4·19: Korean names of historic days.
        if (charAt(m_text, end) == u'·' && isAsciiDigit(charAt(m_text, end + 1)) && end - position <= 2) {
            qsizetype dayEnd = end + 1;
            while (dayEnd < m_text.size() && isAsciiDigit(m_text.at(dayEnd)))
                ++dayEnd;
            if (dayEnd - end - 1 <= 2) {
                step.resume = dayEnd;
                step.candidate = makeDate(position, dayEnd, QString(), false);
                return step;
            }
        }
        if (groups == 2 && m_text.at(position) == u'0') {
            step.resume = end; // a phone number without its area code
            return step;
        }
    }

    // Korean dates: 2025년 1월 21일, 1월, 22일(현지시간).
    if (isAsciiDigit(charAt(m_text, position))) {
        if (auto numeral = NumeralParser::parseKorean(m_text, position); numeral && !numeral->hasUnitCharacter) {
            if (auto date = parseKoreanDate(*numeral)) {
                step.resume = date->end;
                step.candidate = date;
                return step;
            }
        }
    }

    if (const qsizetype timeEnd = clockTimeEnd(position); timeEnd > position) {
        step.resume = timeEnd; // 오전 9시 30분: a time of day, neither figure nor date
        return step;
    }

    if (auto figure = parseFigure(position, true)) {
        step.resume = figure->end;
        if (figure->unit == QLatin1StringView("date")) {
            step.candidate = makeDate(figure->start, figure->end, figure->dateNormalized, false);
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
    }

    std::optional<Numeral> numeral;
    bool englishWordNumber = false;
    const QChar first = charAt(m_text, numberPosition);
    if (isAsciiDigit(first) || isHangul(first) || first.script() == QChar::Script_Han) {
        if (isAsciiDigit(first) && isIdentifierContext(numberPosition) && currency.isEmpty())
            return std::nullopt;
        numeral = NumeralParser::parseKorean(m_text, numberPosition);
    } else if (isLatin(first) && currency.isEmpty()) {
        numeral = NumeralParser::parseEnglishWord(m_text, numberPosition);
        englishWordNumber = true;
    }
    if (!numeral)
        return std::nullopt;
    if (!numeral->hasDigit) {
        // Native numerals stand alone only as whole words that include a large unit
        // (오천억) or are followed by a unit (삼십 명): 백악관 and 이천시 are no figures.
        // A lone digit and large unit (구조, 이억) is far more often a word.
        const bool bare = !unitAfter(numeral->end, false);
        if (!englishWordNumber && bare
            && ((numeral->lastLargeExponent < 0 && !numeral->several) || numeral->end - numeral->start < 3))
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
    figure.lastLargeExponent = numeral->lastLargeExponent;
    // 제1, 제2차: an ordinal with its prefix.
    if (currency.isEmpty() && numeral->hasDigit && charAt(m_text, numberPosition - 1) == u'제'
        && !isHangul(charAt(m_text, numberPosition - 2))) {
        figure.start = numberPosition - 1;
        figure.unit = QStringLiteral("ordinal");
    }
    figure.hasScale = numeral->hasUnitCharacter;
    figure.end = numeral->end;
    figure.qualifier = numeral->several ? Qualifier::Several : Qualifier::Exact;
    figure.confidence = numeral->hasDigit ? 0.6 : 0.5;

    const bool english = englishWordNumber || !currency.isEmpty()
        || (figure.end < m_text.size() && m_text.at(figure.end) == u' ' && isLatin(charAt(m_text, figure.end + 1)));
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
            if (unit->qualifier != Qualifier::Exact)
                figure.qualifier = unit->qualifier;
            figure.confidence = figure.unit.startsWith(QLatin1StringView("count:")) ? 0.85 : 0.9;
        }
    }
    if (englishWordNumber && figure.unit.isEmpty())
        return std::nullopt; // "one" alone is a word, not a figure
    if (figure.unit.isEmpty() && isLatin(charAt(m_text, figure.end)))
        return std::nullopt; // 5G, 3D, 4K: names, not figures
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

    if (const Qualifier after = qualifierAfter(&figure.end); after != Qualifier::Exact)
        figure.qualifier = after;
    qsizetype qualifiedStart = figure.start;
    if (const Qualifier before = qualifierBefore(&qualifiedStart); before != Qualifier::Exact) {
        figure.start = qualifiedStart;
        if (figure.qualifier == Qualifier::Exact)
            figure.qualifier = before;
    }

    if (!allowRange)
        return figure;

    // Ranges: 100억~200억, 30~40%, $30 billion to $40 billion, between 30% and 40%.
    qsizetype connectorEnd = -1;
    const qsizetype after = figure.end;
    static constexpr std::array<QStringView, 9> connectors{u"~", u"∼",    u"～",  u" ~ ",  u"-",
                                                           u"–", u" to ", u" - ", u"에서 "};
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
            static const QString spacedSingles = QStringLiteral("명개곳건년일주배원엔분초%");
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
    if (!english || p >= m_text.size() || m_text.at(p) != u' ')
        return std::nullopt;
    for (const EnglishUnit &unit : englishUnits) {
        const qsizetype end = p + 1 + unit.word.size();
        if (startsWithAt(m_text, p + 1, unit.word, Qt::CaseInsensitive) && !isLatin(charAt(m_text, end))) {
            result.unit = unit.unit.toString();
            result.end = end;
            return result;
        }
    }
    // "100,000 jobs", "4,000 people", "100,000 American jobs": a plural noun, perhaps
    // after one capitalised adjective.
    auto wordAt = [this](qsizetype start) {
        qsizetype end = start;
        while (end < m_text.size() && isLatin(m_text.at(end)))
            ++end;
        return m_text.sliced(start, end - start);
    };
    qsizetype nounStart = p + 1;
    QStringView word = wordAt(nounStart);
    if (!word.isEmpty() && word.front().isUpper() && charAt(m_text, nounStart + word.size()) == u' ') {
        const QStringView next = wordAt(nounStart + word.size() + 1);
        if (next.size() >= 4 && next.front().isLower() && next.endsWith(u's')) {
            nounStart += word.size() + 1;
            word = next;
        }
    }
    static const QStringList counted{QStringLiteral("people"), QStringLiteral("children"), QStringLiteral("staff"),
                                     QStringLiteral("police"), QStringLiteral("cattle")};
    if ((word.size() >= 4 && word.front().isLower() && word.endsWith(u's') && !word.endsWith(u"ss"))
        || counted.contains(word.toString())) {
        result.unit = QStringLiteral("count:") + word.toString();
        result.counted = word.toString();
        result.end = nounStart + word.size();
        return result;
    }
    return std::nullopt;
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

std::optional<Candidate> FigureDetector::parseKoreanDate(const Numeral &numeral)
{
    const QString digits = m_text.sliced(numeral.start, numeral.end - numeral.start).toString();
    bool isInteger = false;
    const int number = digits.toInt(&isInteger);
    if (!isInteger)
        return std::nullopt;
    const qsizetype p = numeral.end;
    const QChar unit = charAt(m_text, p);
    auto durationFollows = [this](qsizetype after) {
        return charAt(m_text, after) == u'간' || charAt(m_text, after) == u'째' || charAt(m_text, after) == u'치'
            || startsWithAt(m_text, after, u" 동안") || startsWithAt(m_text, after, u" 만에")
            || startsWithAt(m_text, after, u"만에") || startsWithAt(m_text, after, u"대");
    };
    // "N월 N일" after a year or alone; returns the end and the month and day read.
    auto monthDay = [this](qsizetype from, int *month, int *day) {
        qsizetype q = from;
        if (charAt(m_text, q) == u' ')
            ++q;
        qsizetype digitsEnd = q;
        while (digitsEnd < m_text.size() && isAsciiDigit(m_text.at(digitsEnd)))
            ++digitsEnd;
        if (digitsEnd == q || charAt(m_text, digitsEnd) != u'월')
            return from;
        *month = m_text.sliced(q, digitsEnd - q).toInt();
        if (*month < 1 || *month > 12)
            return from;
        qsizetype end = digitsEnd + 1;
        qsizetype r = end;
        if (charAt(m_text, r) == u' ')
            ++r;
        qsizetype dayEnd = r;
        while (dayEnd < m_text.size() && isAsciiDigit(m_text.at(dayEnd)))
            ++dayEnd;
        if (dayEnd > r && charAt(m_text, dayEnd) == u'일') {
            const int value = m_text.sliced(r, dayEnd - r).toInt();
            if (value >= 1 && value <= 31) {
                *day = value;
                end = dayEnd + 1;
            }
        }
        return end;
    };
    auto localTime = [this](qsizetype end) {
        // 22일(현지시간), 22일(한국시간)
        if (charAt(m_text, end) == u'(') {
            const qsizetype close = m_text.indexOf(u')', end);
            if (close > end && close - end <= 12 && m_text.sliced(end, close - end).endsWith(u"시간"))
                return close + 1;
        }
        return end;
    };

    if (unit == u'년' && digits.size() == 4 && number >= 1000 && number < 3000 && !durationFollows(p + 1)) {
        int month = 0;
        int day = 0;
        const qsizetype end = localTime(monthDay(p + 1, &month, &day));
        QString normalized = QString::number(number);
        if (month > 0)
            normalized += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day > 0)
            normalized += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        return makeDate(numeral.start, end, normalized, false);
    }
    if (unit == u'월' && number >= 1 && number <= 12 && endsKoreanWord(m_text, p + 1)) {
        int month = 0;
        int day = 0;
        const qsizetype end = localTime(monthDay(numeral.start, &month, &day));
        const QString year = m_published.isValid() ? QString::number(m_published.year()) : QStringLiteral("-");
        QString normalized = year + QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day > 0)
            normalized += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        return makeDate(numeral.start, end, normalized, false);
    }
    if (unit == u'일' && number >= 1 && number <= 31 && !durationFollows(p + 1) && endsKoreanWord(m_text, p + 1)) {
        const qsizetype end = localTime(p + 1);
        QString normalized = QStringLiteral("---%1").arg(number, 2, 10, QLatin1Char('0'));
        if (m_published.isValid()) {
            // The most recent such day on or before publication: news reports the past.
            QDate date(m_published.year(), m_published.month(), 1);
            if (number > m_published.day())
                date = date.addMonths(-1);
            if (number <= date.daysInMonth())
                normalized = QDate(date.year(), date.month(), number).toString(Qt::ISODate);
        }
        return makeDate(numeral.start, end, normalized, false);
    }
    return std::nullopt;
}

std::optional<Candidate> FigureDetector::parseWordDate(qsizetype position)
{
    const QChar first = m_text.at(position);
    if (isHangul(first)) {
        // Most words start with none of these letters: answer them at once.
        static const QString firstLetters = [] {
            QString letters;
            for (const QStringView word : koreanRelativeDates) {
                if (!letters.contains(word.front()))
                    letters += word.front();
            }
            return letters;
        }();
        if (!firstLetters.contains(first))
            return std::nullopt;
        for (const QStringView word : koreanRelativeDates) {
            if (startsWithAt(m_text, position, word) && endsKoreanWord(m_text, position + word.size())) {
                QString normalized;
                if (m_published.isValid()) {
                    if (word == u"전날" || word == u"어제")
                        normalized = m_published.addDays(-1).toString(Qt::ISODate);
                    else if (word == u"오늘" || word == u"이날" || word == u"당일")
                        normalized = m_published.toString(Qt::ISODate);
                    else if (word == u"지난해" || word == u"작년")
                        normalized = QString::number(m_published.year() - 1);
                    else if (word == u"올해" || word == u"금년")
                        normalized = QString::number(m_published.year());
                    else if (word == u"내년")
                        normalized = QString::number(m_published.year() + 1);
                }
                return makeDate(position, position + word.size(), normalized, true);
            }
        }
        return std::nullopt;
    }
    if (!first.isUpper() && !startsWithAt(m_text, position, u"yesterday") && !startsWithAt(m_text, position, u"today"))
        return std::nullopt;
    qsizetype wordEnd = position;
    while (wordEnd < m_text.size() && isLatin(m_text.at(wordEnd)))
        ++wordEnd;
    const QStringView word = m_text.sliced(position, wordEnd - position);
    if (word == u"yesterday" || word == u"today" || word == u"tomorrow") {
        QString normalized;
        if (m_published.isValid())
            normalized
                = m_published.addDays(word == u"yesterday" ? -1 : (word == u"today" ? 0 : 1)).toString(Qt::ISODate);
        return makeDate(position, wordEnd, normalized, true);
    }
    for (const QStringView weekday : weekdayNames) {
        if (word == weekday)
            return makeDate(position, wordEnd, QString(), true);
    }
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView name = monthNames[m];
        if (word == name
            || (word.size() >= 3 && word.size() <= 4 && name.startsWith(word)
                && (charAt(m_text, wordEnd) == u'.' || word.size() == 3) && word != u"Mar" && word != u"May")) {
            month = m + 1;
            break;
        }
    }
    if (month == 0)
        return std::nullopt;
    qsizetype end = wordEnd;
    if (charAt(m_text, end) == u'.')
        ++end;
    int day = 0;
    int year = 0;
    if (charAt(m_text, end) == u' ' && isAsciiDigit(charAt(m_text, end + 1))) {
        qsizetype dayEnd = end + 1;
        while (dayEnd < m_text.size() && isAsciiDigit(m_text.at(dayEnd)))
            ++dayEnd;
        const int value = m_text.sliced(end + 1, dayEnd - end - 1).toInt();
        if (value >= 1 && value <= 31 && dayEnd - end - 1 <= 2) {
            day = value;
            end = dayEnd;
            if (startsWithAt(m_text, end, u", ") && isAsciiDigit(charAt(m_text, end + 2))) {
                qsizetype yearEnd = end + 2;
                while (yearEnd < m_text.size() && isAsciiDigit(m_text.at(yearEnd)))
                    ++yearEnd;
                if (yearEnd - end - 2 == 4) {
                    year = m_text.sliced(end + 2, 4).toInt();
                    end = yearEnd;
                }
            }
        } else if (dayEnd - end - 1 == 4) {
            year = value; // "December 2024"
            end = dayEnd;
        }
    } else if (wordEnd - position < 5 && charAt(m_text, wordEnd) != u'.') {
        return std::nullopt; // "Jun" alone is too likely a name
    }
    if (year == 0 && m_published.isValid())
        year = m_published.year();
    QString normalized = year > 0 ? QString::number(year) : QStringLiteral("-");
    normalized += QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (day > 0)
        normalized += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return makeDate(position, end, normalized, false);
}

Candidate FigureDetector::makeDate(qsizetype start, qsizetype end, const QString &normalized, bool relative) const
{
    Candidate candidate;
    candidate.kind = Candidate::Kind::Date;
    candidate.start = start;
    candidate.end = end;
    candidate.text = m_text.sliced(start, end - start).toString();
    candidate.confidence = relative ? 0.6 : 0.85;
    candidate.date.normalized = normalized;
    candidate.date.relative = relative;
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

qsizetype FigureDetector::clockTimeEnd(qsizetype position) const
{
    // N시 followed by a particle, 경, 반 or minutes: a time of day (9시, 9시경, 9시 30분).
    qsizetype end = position;
    while (end < m_text.size() && isAsciiDigit(m_text.at(end)))
        ++end;
    if (end == position || end - position > 2 || charAt(m_text, end) != u'시')
        return position;
    const QChar after = charAt(m_text, end + 1);
    static const QString timeFollowers = QStringLiteral("경께부까에반쯤로를이의와엔가는은도");
    if (isHangul(after) && !timeFollowers.contains(after))
        return position; // 시간, 시즌, 시대: not a time of day
    end += 1;
    for (const QStringView part : {QStringView(u"분"), QStringView(u"초")}) {
        qsizetype q = end;
        if (charAt(m_text, q) == u' ')
            ++q;
        qsizetype digitsEnd = q;
        while (digitsEnd < m_text.size() && isAsciiDigit(m_text.at(digitsEnd)))
            ++digitsEnd;
        if (digitsEnd > q && startsWithAt(m_text, digitsEnd, part))
            end = digitsEnd + 1;
    }
    return end;
}

std::optional<FigureDetector::Figure> FigureDetector::parseNativeCount(qsizetype position) const
{
    // The first letters of the words below: most words start with none of them.
    static const QString firstLetters = QStringLiteral("대하다여일아스서마예두세한너네열쉰둘셋넷첫");
    if (!firstLetters.contains(m_text.at(position)))
        return std::nullopt;
    enum Use { Standalone, Determiner, Both };
    struct NativeWord {
        QStringView word;
        int value;
        Use use;
        bool approximate; // 두어, 서너: "two or so"
    };
    // Native Korean numbers, longest first. 하나 … 넷 stand alone (하나를, 둘 중); the
    // others come before a counter or a noun (두 사람, 한 번); tens do both (서른을).
    static constexpr std::array words{
        NativeWord{u"대여섯", 5, Determiner, true}, NativeWord{u"하나", 1, Standalone, false},
        NativeWord{u"다섯", 5, Determiner, false},  NativeWord{u"여섯", 6, Determiner, false},
        NativeWord{u"일곱", 7, Determiner, false},  NativeWord{u"여덟", 8, Determiner, false},
        NativeWord{u"아홉", 9, Determiner, false},  NativeWord{u"스무", 20, Determiner, false},
        NativeWord{u"스물", 20, Both, false},       NativeWord{u"서른", 30, Both, false},
        NativeWord{u"마흔", 40, Both, false},       NativeWord{u"예순", 60, Both, false},
        NativeWord{u"일흔", 70, Both, false},       NativeWord{u"여든", 80, Both, false},
        NativeWord{u"아흔", 90, Both, false},       NativeWord{u"두어", 2, Determiner, true},
        NativeWord{u"두세", 2, Determiner, true},   NativeWord{u"서너", 3, Determiner, true},
        NativeWord{u"한두", 1, Determiner, true},   NativeWord{u"너덧", 4, Determiner, true},
        NativeWord{u"한", 1, Determiner, false},    NativeWord{u"두", 2, Determiner, false},
        NativeWord{u"세", 3, Determiner, false},    NativeWord{u"네", 4, Determiner, false},
        NativeWord{u"열", 10, Determiner, false},   NativeWord{u"쉰", 50, Both, false},
        NativeWord{u"둘", 2, Standalone, false},    NativeWord{u"셋", 3, Standalone, false},
        NativeWord{u"넷", 4, Standalone, false},    NativeWord{u"첫", 1, Determiner, false},
    };
    // Counters after native numbers. Those of several letters, and 번 개 명 회, may be
    // glued to the next word in casual writing (한가지소재로, 열번정도).
    static const QStringList nativeCounters{
        QStringLiteral("번째"), QStringLiteral("사람"), QStringLiteral("마디"), QStringLiteral("가족"),
        QStringLiteral("자녀"), QStringLiteral("모녀"), QStringLiteral("자매"), QStringLiteral("형제"),
        QStringLiteral("송이"), QStringLiteral("나라"), QStringLiteral("가지"), QStringLiteral("시간"),
        QStringLiteral("마리"), QStringLiteral("차례"), QStringLiteral("개비"), QStringLiteral("째"),
        QStringLiteral("분"),   QStringLiteral("딸"),   QStringLiteral("아들"), QStringLiteral("손"),
        QStringLiteral("발"),   QStringLiteral("팀"),   QStringLiteral("해"),   QStringLiteral("달"),
        QStringLiteral("끼"),   QStringLiteral("번"),   QStringLiteral("명"),   QStringLiteral("개"),
        QStringLiteral("회"),   QStringLiteral("방"),   QStringLiteral("구"),   QStringLiteral("곳"),
        QStringLiteral("채"),   QStringLiteral("쌍"),   QStringLiteral("표"),   QStringLiteral("권"),
        QStringLiteral("살"),   QStringLiteral("잔"),   QStringLiteral("병"),   QStringLiteral("대"),
        QStringLiteral("주"),   QStringLiteral("건"),   QStringLiteral("장"),   QStringLiteral("벌"),
    };
    // Nouns that follow the verb form 한 (did), never the number 한 (one).
    static const QStringList afterVerb{
        QStringLiteral("뒤"),   QStringLiteral("후"),     QStringLiteral("바"),   QStringLiteral("적"),
        QStringLiteral("것"),   QStringLiteral("데"),     QStringLiteral("때"),   QStringLiteral("만큼"),
        QStringLiteral("끝"),   QStringLiteral("이후"),   QStringLiteral("결과"), QStringLiteral("채"),
        QStringLiteral("셈"),   QStringLiteral("듯"),     QStringLiteral("줄"),   QStringLiteral("수"),
        QStringLiteral("대로"), QStringLiteral("가운데"), QStringLiteral("상태"), QStringLiteral("점"),
    };
    for (const NativeWord &native : words) {
        if (!startsWithAt(m_text, position, native.word))
            continue;
        qsizetype end = position + native.word.size();
        int value = native.value;
        // 열두, 스물한: tens, then units.
        if (native.value >= 10 && native.value % 10 == 0) {
            for (const NativeWord &unit : words) {
                if (unit.value < 10 && unit.use == Determiner && !unit.approximate && unit.word != u"첫"
                    && startsWithAt(m_text, end, unit.word)) {
                    value += unit.value;
                    end += unit.word.size();
                    break;
                }
            }
        }
        Figure figure;
        figure.start = position;
        figure.value = Decimal::fromInteger(value);
        figure.qualifier = native.approximate ? Qualifier::About : Qualifier::Exact;
        figure.confidence = 0.6;
        if (native.use != Determiner) {
            const QChar next = charAt(m_text, end);
            static const QString notAfterStandalone = QStringLiteral("님같러레째");
            const bool standalone = native.word.size() == 2 && native.value < 10 ? !notAfterStandalone.contains(next)
                                                                                 : endsKoreanWord(m_text, end);
            if (standalone && next != u' ' && !(native.use == Both && !endsKoreanWord(m_text, end))) {
                figure.end = end;
                figure.unit = QStringLiteral("count");
                return figure;
            }
            if (native.use == Standalone) {
                if (!endsKoreanWord(m_text, end) || next == u'째')
                    return std::nullopt;
                figure.end = end;
                figure.unit = QStringLiteral("count");
                return figure;
            }
        }
        const bool spaced = charAt(m_text, end) == u' ';
        const qsizetype counterStart = spaced ? end + 1 : end;
        qsizetype wordEnd = counterStart;
        while (wordEnd < m_text.size() && isHangul(m_text.at(wordEnd)))
            ++wordEnd;
        if (wordEnd == counterStart)
            return std::nullopt;
        const QStringView following = m_text.sliced(counterStart, wordEnd - counterStart);
        for (const QString &counter : nativeCounters) {
            if (!following.startsWith(counter))
                continue;
            const bool glued = counter.size() > 1 || counter == QStringView(u"번") || counter == QStringView(u"개")
                || counter == QStringView(u"명") || counter == QStringView(u"회");
            if (!glued && !endsKoreanWord(m_text, counterStart + counter.size()))
                continue;
            figure.end = counterStart + counter.size();
            if (counter == QStringView(u"해"))
                figure.unit = QStringLiteral("duration:year");
            else if (counter == QStringView(u"달"))
                figure.unit = QStringLiteral("duration:month");
            else if (counter == QStringView(u"시간"))
                figure.unit = QStringLiteral("duration:hour");
            else
                figure.unit = QStringLiteral("count:") + counter;
            return figure;
        }
        // 두 배우, 세 모녀, 한 청년: a number word counts the noun after it. 네 (your),
        // 열 (open) and 첫 (first) are words of their own: counters only. 한 is the verb
        // "did" after an object (발표를 한 뒤) or before nouns that follow verbs.
        if (!spaced || native.word == u"네" || native.word == u"열" || native.word == u"첫")
            return std::nullopt;
        if (native.word == u"한") {
            qsizetype previousEnd = position - 1;
            while (previousEnd > 0 && m_text.at(previousEnd - 1) == u' ')
                --previousEnd;
            const QChar previous = charAt(m_text, previousEnd - 1);
            if (previous == u'을' || previous == u'를' || previous == u'게' || previous == u'히' || previous == u'이')
                return std::nullopt;
            for (const QString &noun : afterVerb) {
                if (following.startsWith(noun))
                    return std::nullopt;
            }
        }
        const QString noun = withoutParticle(following.toString());
        figure.end = counterStart + noun.size();
        figure.unit = QStringLiteral("count:") + noun;
        figure.counted = noun;
        return figure;
    }
    return std::nullopt;
}

} // namespace ClaimLedger
