#include "claimdetector.h"

#include "figuredetector.h"
#include "quotedetector.h"

#include <algorithm>
#include <utility>

namespace ClaimLedger {

QList<Candidate> ClaimDetector::detect(QStringView text, const Options &options)
{
    QList<Candidate> candidates = FigureDetector(text, options.published).detect();
    QList<Candidate> quotes = QuoteDetector(text).detect();
    // Figures keep their indices (equivalents point at them); quotes go after, then
    // all are ordered by position with the links renumbered. Candidates are moved, not
    // copied: each holds a dozen strings, and copying them was a tenth of the time.
    QList<qsizetype> order(candidates.size() + quotes.size());
    candidates.reserve(order.size());
    for (Candidate &quote : quotes)
        candidates.append(std::move(quote));
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&candidates](qsizetype a, qsizetype b) {
        return std::tie(candidates[a].start, candidates[a].end) < std::tie(candidates[b].start, candidates[b].end);
    });
    QList<qsizetype> newIndex(order.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        newIndex[order[i]] = i;
    QList<Candidate> sorted;
    sorted.reserve(order.size());
    for (const qsizetype index : std::as_const(order)) {
        Candidate &candidate = candidates[index];
        if (candidate.figure.equivalent >= 0)
            candidate.figure.equivalent = int(newIndex[candidate.figure.equivalent]);
        sorted.append(std::move(candidate));
    }
    return sorted;
}

QJsonObject ClaimDetector::toJson(const Candidate &candidate)
{
    QJsonObject object{
        {QStringLiteral("kind"), candidateKindKey(candidate.kind)},
        {QStringLiteral("start"), candidate.start},
        {QStringLiteral("end"), candidate.end},
        {QStringLiteral("text"), candidate.text},
        {QStringLiteral("confidence"), candidate.confidence},
    };
    switch (candidate.kind) {
    case Candidate::Kind::Figure: {
        const FigureData &figure = candidate.figure;
        if (figure.isRange) {
            object.insert(QStringLiteral("low"), figure.low.toString());
            object.insert(QStringLiteral("high"), figure.high.toString());
        } else {
            object.insert(QStringLiteral("value"), figure.value.toString());
        }
        object.insert(QStringLiteral("unit"), figure.unit);
        object.insert(QStringLiteral("qualifier"), qualifierKey(figure.qualifier));
        if (!figure.counted.isEmpty())
            object.insert(QStringLiteral("counted"), figure.counted);
        if (figure.equivalent >= 0)
            object.insert(QStringLiteral("equivalent"), figure.equivalent);
        if (!figure.impliedRate.isEmpty())
            object.insert(QStringLiteral("impliedRate"), figure.impliedRate);
        break;
    }
    case Candidate::Kind::Quote: {
        const QuoteData &quote = candidate.quote;
        object.insert(QStringLiteral("quote"), quote.text);
        object.insert(QStringLiteral("quoteStart"), quote.textStart);
        object.insert(QStringLiteral("quoteEnd"), quote.textEnd);
        object.insert(QStringLiteral("speaker"), quote.speaker);
        if (quote.speakerStart >= 0) {
            object.insert(QStringLiteral("speakerStart"), quote.speakerStart);
            object.insert(QStringLiteral("speakerEnd"), quote.speakerEnd);
        }
        if (!quote.resolvedSpeaker.isEmpty())
            object.insert(QStringLiteral("resolvedSpeaker"), quote.resolvedSpeaker);
        if (!quote.verb.isEmpty())
            object.insert(QStringLiteral("verb"), quote.verb);
        if (!quote.entity.isEmpty()) {
            object.insert(QStringLiteral("speakerName"), quote.speakerName);
            object.insert(QStringLiteral("speakerKind"), quote.speakerKind);
            object.insert(QStringLiteral("entity"), quote.entity);
            if (!quote.speakerRole.isEmpty())
                object.insert(QStringLiteral("role"), quote.speakerRole);
            if (!quote.speakerAliases.isEmpty())
                object.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(quote.speakerAliases));
        }
        break;
    }
    case Candidate::Kind::Date:
        object.insert(QStringLiteral("date"), candidate.date.normalized);
        object.insert(QStringLiteral("relative"), candidate.date.relative);
        break;
    }
    return object;
}

QJsonArray ClaimDetector::toJson(const QList<Candidate> &candidates)
{
    QJsonArray array;
    for (const Candidate &candidate : candidates)
        array.append(toJson(candidate));
    return array;
}

} // namespace ClaimLedger
