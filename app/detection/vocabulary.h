#pragma once

#include "candidate.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The words the figure detector knows: units and counters, qualifiers, date words.
// Tables are ordered so that the first match is the longest.
namespace ClaimLedger::Vocabulary {

struct UnitWord {
    QStringView word;
    QStringView unit; // "" → "count:" + word; "USD/100": a hundredth of a dollar (a cent)
};

// Korean units after a number, longest first within each leading character so the
// first match is the longest. Counters without an explicit unit become "count:<word>".
inline constexpr std::array koreanUnits{
    // Currencies named with their country: before the bare names (달러, 프랑) and before
    // the units that share a first letter (미터).
    UnitWord{u"미국 달러", u"USD"},
    UnitWord{u"미국달러", u"USD"},
    UnitWord{u"미 달러", u"USD"},
    UnitWord{u"캐나다 달러", u"CAD"},
    UnitWord{u"캐나다달러", u"CAD"},
    UnitWord{u"호주 달러", u"AUD"},
    UnitWord{u"호주달러", u"AUD"},
    UnitWord{u"홍콩 달러", u"HKD"},
    UnitWord{u"홍콩달러", u"HKD"},
    UnitWord{u"싱가포르 달러", u"SGD"},
    UnitWord{u"싱가포르달러", u"SGD"},
    UnitWord{u"뉴질랜드 달러", u"NZD"},
    UnitWord{u"뉴질랜드달러", u"NZD"},
    UnitWord{u"대만 달러", u"TWD"},
    UnitWord{u"대만달러", u"TWD"},
    UnitWord{u"스위스 프랑", u"CHF"},
    UnitWord{u"스위스프랑", u"CHF"},
    UnitWord{u"중국 위안", u"CNY"},
    UnitWord{u"일본 엔", u"JPY"},
    UnitWord{u"영국 파운드", u"GBP"},
    UnitWord{u"핀란드 마르카", u"FIM"},
    UnitWord{u"네덜란드 휠던", u"NLG"},
    UnitWord{u"독일 마르크", u"DEM"},
    UnitWord{u"마르크", u"DEM"},
    UnitWord{u"페세타", u"ESP"},
    UnitWord{u"프랑", u"CHF"},
    UnitWord{u"콜론", u"CRC"},
    UnitWord{u"라리", u"GEL"},
    UnitWord{u"링깃", u"MYR"},
    UnitWord{u"바트", u"THB"},
    UnitWord{u"리라", u"TRY"},
    UnitWord{u"킵", u"LAK"},
    // Minor units: a hundredth of the currency named.
    UnitWord{u"센트", u"USD/100"},
    UnitWord{u"펜스", u"GBP/100"},
    UnitWord{u"페니", u"GBP/100"},
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

inline constexpr std::array englishUnits{
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
    EnglishUnit{u"cents", u"USD/100"},
    EnglishUnit{u"cent", u"USD/100"},
    EnglishUnit{u"pence", u"GBP/100"},
    EnglishUnit{u"penny", u"GBP/100"},
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
inline constexpr std::array qualifiersBefore{
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
inline constexpr std::array qualifiersAfter{
    QualifierWord{u"이상", Qualifier::AtLeast},  QualifierWord{u"이하", Qualifier::AtMost},
    QualifierWord{u"초과", Qualifier::MoreThan}, QualifierWord{u"미만", Qualifier::LessThan},
    QualifierWord{u"가량", Qualifier::About},    QualifierWord{u"정도", Qualifier::About},
    QualifierWord{u"안팎", Qualifier::About},    QualifierWord{u"남짓", Qualifier::MoreThan},
    QualifierWord{u"넘게", Qualifier::MoreThan}, QualifierWord{u"이내", Qualifier::AtMost},
    QualifierWord{u"내외", Qualifier::About},    QualifierWord{u"가까이", Qualifier::About},
};

// Korean words that are dates by themselves (KLUE tags them DT). Longest first.
inline constexpr std::array koreanRelativeDates{
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

inline constexpr std::array<QStringView, 12> monthNames{u"January",   u"February", u"March",    u"April",
                                                        u"May",       u"June",     u"July",     u"August",
                                                        u"September", u"October",  u"November", u"December"};
inline constexpr std::array<QStringView, 7> weekdayNames{u"Monday", u"Tuesday",  u"Wednesday", u"Thursday",
                                                         u"Friday", u"Saturday", u"Sunday"};

/// True where a Hangul unit or qualifier ends a word: at a boundary, or before a
/// particle or a suffix that makes a word of its own (10명이, 2시간짜리), so that 2대책
/// or 이상한 are not read as units.
bool endsKoreanWord(QStringView text, qsizetype end);

/// A counted noun without the particle that follows it (일자리를 → 일자리).
QString withoutParticle(QString word);

/// The ISO 4217 code of a currency sign at `position` ($, US$, ₩, €, £, ¥).
std::optional<QString> currencySymbolAt(QStringView text, qsizetype position, qsizetype *length);

} // namespace ClaimLedger::Vocabulary
