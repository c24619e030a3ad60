#include "dateline.h"

#include <QRegularExpression>

namespace ClaimLedger::Dateline {

QDate find(QStringView text)
{
    static const QRegularExpression korean(QStringLiteral("(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일"));
    static const QRegularExpression digits(QStringLiteral("(?<!\\d)(\\d{4})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})(?!\\d)"));
    static const QRegularExpression monthFirst(QStringLiteral(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),\\s+(\\d{4})\\b"));
    static const QRegularExpression dayFirst(QStringLiteral(
        "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})\\b"));
    static const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                    QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                    QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                    QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const auto month = [](const QString &name) { return int(months.indexOf(name.left(3))) + 1; };
    // The headline, the dateline and the lead: five lines of at most 300 characters.
    int lines = 0;
    for (const QStringView line : QStringTokenizer(text, u'\n', Qt::SkipEmptyParts)) {
        if (++lines > 5)
            break;
        const QString head = line.left(300).toString();
        QDate date;
        if (const auto m = korean.match(head); m.hasMatch())
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if (const auto d = digits.match(head); d.hasMatch())
            date = QDate(d.captured(1).toInt(), d.captured(2).toInt(), d.captured(3).toInt());
        else if (const auto e = monthFirst.match(head); e.hasMatch())
            date = QDate(e.captured(3).toInt(), month(e.captured(1)), e.captured(2).toInt());
        else if (const auto f = dayFirst.match(head); f.hasMatch())
            date = QDate(f.captured(3).toInt(), month(f.captured(2)), f.captured(1).toInt());
        if (date.isValid() && date.year() >= 1900 && date.year() < 2200)
            return date;
    }
    return {};
}

} // namespace ClaimLedger::Dateline
