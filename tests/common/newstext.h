#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ClaimLedger::TestSupport {

/// A news-like paragraph mixing Korean and English, from a fixed vocabulary, so that
/// a search word occurs in a realistic share of articles rather than in all of them.
inline QString newsText(QRandomGenerator &random)
{
    static const QStringList words{
        QStringLiteral("정부는"),    QStringLiteral("투자"),     QStringLiteral("발표했다"),
        QStringLiteral("5천억달러"), QStringLiteral("약"),       QStringLiteral("710조원"),
        QStringLiteral("규모의"),    QStringLiteral("계획을"),   QStringLiteral("밝혔다"),
        QStringLiteral("기업"),      QStringLiteral("일자리"),   QStringLiteral("10만개"),
        QStringLiteral("대통령은"),  QStringLiteral("회의에서"), QStringLiteral("시장"),
        QStringLiteral("반도체"),    QStringLiteral("the"),      QStringLiteral("company"),
        QStringLiteral("said"),      QStringLiteral("plan"),     QStringLiteral("market"),
        QStringLiteral("chips"),     QStringLiteral("jobs"),     QStringLiteral("investment"),
    };
    QString text;
    for (int sentence = 0; sentence < 12; ++sentence) {
        for (int word = 0; word < 10; ++word)
            text += words.at(random.bounded(int(words.size()))) + u' ';
        // About one article in twenty names each of these.
        if (random.bounded(240) == 0)
            text += QStringLiteral("소프트뱅크는 ");
        if (random.bounded(240) == 0)
            text += QStringLiteral("a trillion-dollar ");
        text += QStringLiteral("했다.\n\n");
    }
    return text;
}

} // namespace ClaimLedger::TestSupport
