#include "dateparser.h"

#include "textscan.h"
#include "vocabulary.h"

namespace ClaimLedger {

using namespace TextScan;
using namespace Vocabulary;

DateParser::DateParser(QStringView text, QDate published)
    : m_text(text)
    , m_published(published)
{
}

std::optional<DateMatch> DateParser::parseKoreanDate(const NumeralParser::Numeral &numeral) const
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
        return DateMatch{numeral.start, end, normalized, false};
    }
    if (unit == u'월' && number >= 1 && number <= 12 && endsKoreanWord(m_text, p + 1)) {
        int month = 0;
        int day = 0;
        const qsizetype end = localTime(monthDay(numeral.start, &month, &day));
        const QString year = m_published.isValid() ? QString::number(m_published.year()) : QStringLiteral("-");
        QString normalized = year + QStringLiteral("-%1").arg(month, 2, 10, QLatin1Char('0'));
        if (day > 0)
            normalized += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
        return DateMatch{numeral.start, end, normalized, false};
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
        return DateMatch{numeral.start, end, normalized, false};
    }
    return std::nullopt;
}

std::optional<DateMatch> DateParser::parseWordDate(qsizetype position) const
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
                return DateMatch{position, position + word.size(), normalized, true};
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
        return DateMatch{position, wordEnd, normalized, true};
    }
    for (const QStringView weekday : weekdayNames) {
        if (word == weekday)
            return DateMatch{position, wordEnd, QString(), true};
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
    return DateMatch{position, end, normalized, false};
}

std::optional<DateMatch> DateParser::parseDayFirstDate(qsizetype position) const
{
    qsizetype end = position;
    while (end < m_text.size() && isAsciiDigit(m_text.at(end)))
        ++end;
    const int day = m_text.sliced(position, end - position).toInt();
    if (end == position || end - position > 2 || day < 1 || day > 31)
        return std::nullopt;
    for (const QStringView suffix : {QStringView(u"st"), QStringView(u"nd"), QStringView(u"rd"), QStringView(u"th")}) {
        if (startsWithAt(m_text, end, suffix)) {
            end += 2;
            break;
        }
    }
    if (charAt(m_text, end) != u' ' || !isLatin(charAt(m_text, end + 1)))
        return std::nullopt;
    auto month = parseWordDate(end + 1);
    if (!month) {
        // "5 May", "3 June": after a day even the short names are months.
        for (int m = 0; m < 12 && !month; ++m) {
            const qsizetype nameEnd = end + 1 + monthNames[m].size();
            if (startsWithAt(m_text, end + 1, monthNames[m]) && !isLatin(charAt(m_text, nameEnd))) {
                const QString year = m_published.isValid() ? QString::number(m_published.year()) : QStringLiteral("-");
                month = DateMatch{end + 1, nameEnd, year + QStringLiteral("-%1").arg(m + 1, 2, 10, QLatin1Char('0')),
                                  false};
            }
        }
    }
    // A month, perhaps with a year ("2026-06", "--06"), and no day of its own.
    if (!month || month->relative)
        return std::nullopt;
    const QString &normalized = month->normalized;
    const bool hasDay = normalized.count(u'-') == (normalized.startsWith(QLatin1StringView("--")) ? 3 : 2);
    if (hasDay || normalized.isEmpty())
        return std::nullopt;
    month->start = position;
    month->normalized += QStringLiteral("-%1").arg(day, 2, 10, QLatin1Char('0'));
    return month;
}

std::optional<DateMatch> DateParser::parseSlashDate(qsizetype position) const
{
    int parts[3] = {0, 0, 0};
    qsizetype lengths[3] = {0, 0, 0};
    qsizetype p = position;
    for (int i = 0; i < 3; ++i) {
        const qsizetype start = p;
        while (p < m_text.size() && isAsciiDigit(m_text.at(p)) && p - start < 5)
            ++p;
        if (p == start)
            return std::nullopt;
        lengths[i] = p - start;
        parts[i] = m_text.sliced(start, p - start).toInt();
        if (i < 2) {
            if (charAt(m_text, p) != u'/')
                return std::nullopt;
            ++p;
        }
    }
    if (isAsciiDigit(charAt(m_text, p)) || charAt(m_text, p) == u'/')
        return std::nullopt;
    int year = 0;
    int first = 0;
    int second = 0;
    if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
        year = parts[0]; // 2018/5/17: year, month, day
        first = parts[1];
        second = parts[2];
    } else if (lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        year = parts[2];
        first = parts[0];
        second = parts[1];
    } else {
        return std::nullopt;
    }
    QString normalized = QString::number(year);
    // Year first, or a day above 12 second (5/17/2018): month then day.
    const bool monthFirst = lengths[0] == 4 || second > 12;
    if (monthFirst && QDate(year, first, second).isValid()) {
        normalized = QDate(year, first, second).toString(Qt::ISODate);
    } else if (first > 12 && QDate(year, second, first).isValid()) {
        normalized = QDate(year, second, first).toString(Qt::ISODate); // 17/5/2018
    } else if (!(first >= 1 && first <= 31 && second >= 1 && second <= 31)) {
        return std::nullopt;
    }
    return DateMatch{position, p, normalized, false};
}

qsizetype DateParser::clockTimeEnd(qsizetype position) const
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

} // namespace ClaimLedger
