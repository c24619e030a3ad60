#pragma once

#include "candidate.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace ClaimLedger {

/// Finds quotations and who said them, in Korean and English news style.
///
/// A quotation is text between quotation marks ("…", “…”, ‘…’, '…', 「…」, 『…』, «…»)
/// that a reporting phrase ties to a speaker: ~라고/~이라고/~라면서 말했다, X said, told
/// reporters:. Double quotes of several words count even without one; single quotes
/// need one, since Korean news uses them for names ('스타게이트'). The speaker is the
/// subject (은/는, else 이/가) before the quote in its sentence, or the subject of the
/// reporting verb; 그/그녀/he/she resolve to the nearest earlier named person.
class QuoteDetector final
{
public:
    explicit QuoteDetector(QStringView text);

    QList<Candidate> detect();

private:
    struct Pair {
        qsizetype open;
        qsizetype close;
        bool single;
    };
    struct Speaker {
        QString name;
        qsizetype start = -1;
        qsizetype end = -1;
    };
    struct Person {
        qsizetype position;
        QString name; ///< without a leading title: 젠슨 황
        QString written; ///< as written: 엔비디아의 CEO 젠슨 황
    };

    QList<Pair> findPairs() const;
    qsizetype sentenceStart(qsizetype position) const;
    bool endsAbbreviation(qsizetype point) const;
    bool insideQuote(qsizetype position) const;
    QString koreanCue(qsizetype afterClose, QString *verb) const;
    Speaker koreanSpeaker(qsizetype sentence, qsizetype open) const;
    Speaker koreanNounPhrase(qsizetype tokenStart, qsizetype nameEnd, qsizetype sentence) const;
    Speaker englishSpeakerAfter(qsizetype afterClose, QString *verb) const;
    Speaker englishSpeakerBefore(qsizetype sentence, qsizetype open, QString *verb) const;
    void recordKoreanPersons(qsizetype upTo);
    const Person *resolve(qsizetype position) const;
    /// A lowercase role written right before an English name ("chief executive").
    QString roleBefore(qsizetype nameStart) const;
    /// Fills the speaker's name, role, aliases, kind and entity from `written`.
    void identify(QuoteData &quote, const QString &written, qsizetype writtenStart);

    QStringView m_text;
    QList<Pair> m_pairs;
    QList<Person> m_persons; // named people in text order, for pronouns
    qsizetype m_personsScannedTo = 0;
    QHash<QString, QString> m_canonicalNames; // 머스크 → 일론 머스크, once per text
};

} // namespace ClaimLedger
