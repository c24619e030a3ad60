#include "nativenumber.h"

#include "textscan.h"
#include "vocabulary.h"

#include <QStringList>

#include <array>

namespace ClaimLedger {

using namespace TextScan;
using namespace Vocabulary;

std::optional<NativeNumber> parseNativeNumber(QStringView m_text, qsizetype position)
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
        NativeNumber figure;
        figure.start = position;
        figure.value = Decimal::fromInteger(value);
        figure.qualifier = native.approximate ? Qualifier::About : Qualifier::Exact;
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
            // After an object or an adverb 한 is the verb "did" and runs into no counter:
            // 중심으로 한 개편 is "the reform centred on", not one 개.
            const QChar before = charAt(m_text, position - 2);
            const bool verb = native.word == u"한" && charAt(m_text, position - 1) == u' '
                && QStringView(u"을를로게히").contains(before);
            const bool glued = !verb
                && (counter.size() > 1 || counter == QStringView(u"번") || counter == QStringView(u"개")
                    || counter == QStringView(u"명") || counter == QStringView(u"회"));
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
        // 두 배우, 세 모녀: a number word counts the noun after it. 네 (your), 열 (open)
        // and 첫 (first) are words of their own: counters only. Before any other noun 한
        // is the determiner "a certain" (한 식당, 한 시민) or the verb "did" (대상으로 한
        // 조사): one only before a counter.
        if (!spaced || native.word == u"네" || native.word == u"열" || native.word == u"첫" || native.word == u"한")
            return std::nullopt;
        const QString noun = withoutParticle(following.toString());
        figure.end = counterStart + noun.size();
        figure.unit = QStringLiteral("count:") + noun;
        figure.counted = noun;
        return figure;
    }
    return std::nullopt;
}

} // namespace ClaimLedger
