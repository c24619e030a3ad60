#include "quotedetector.h"

#include "speakername.h"
#include "textscan.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace ClaimLedger {

using namespace TextScan;

namespace {

constexpr std::array<QStringView, 10> koreanCues{u"이라면서", u"라면서", u"이라며", u"라며", u"이라고",
                                                 u"라고",     u"면서",   u"며",     u"고",   u"하고"};

constexpr std::array<QStringView, 37> reportingStems{
    u"말했", u"말하", u"말한", u"밝혔", u"밝히", u"덧붙", u"주장", u"강조", u"전했", u"전한", u"설명", u"지적", u"칭찬",
    u"비판", u"언급", u"답했", u"물었", u"썼",   u"적었", u"발표", u"경고", u"당부", u"촉구", u"호소", u"평가", u"전망",
    u"예상", u"자평", u"토로", u"반박", u"부인", u"인정", u"시사", u"비난", u"소개", u"했",   u"한다"};

const QSet<QString> &englishReportingVerbs()
{
    static const QSet<QString> verbs{
        QStringLiteral("said"),      QStringLiteral("says"),      QStringLiteral("told"),
        QStringLiteral("tells"),     QStringLiteral("wrote"),     QStringLiteral("writes"),
        QStringLiteral("added"),     QStringLiteral("adds"),      QStringLiteral("claimed"),
        QStringLiteral("claims"),    QStringLiteral("stated"),    QStringLiteral("argued"),
        QStringLiteral("warned"),    QStringLiteral("insisted"),  QStringLiteral("noted"),
        QStringLiteral("explained"), QStringLiteral("asked"),     QStringLiteral("replied"),
        QStringLiteral("declared"),  QStringLiteral("posted"),    QStringLiteral("tweeted"),
        QStringLiteral("announced"), QStringLiteral("predicted"), QStringLiteral("promised"),
    };
    return verbs;
}

const QSet<QString> &pronouns()
{
    static const QSet<QString> words{QStringLiteral("그"),  QStringLiteral("그녀"), QStringLiteral("그들"),
                                     QStringLiteral("he"),  QStringLiteral("He"),   QStringLiteral("she"),
                                     QStringLiteral("She"), QStringLiteral("they"), QStringLiteral("They")};
    return words;
}

bool isAnonymousSource(QStringView phrase)
{
    return SpeakerName::split(phrase).kind == SpeakerName::Kind::Anonymous;
}

// Sentence adverbs that open a sentence but are not part of its subject.
const QSet<QString> &sentenceAdverbs()
{
    static const QSet<QString> words{
        QStringLiteral("앞서"),   QStringLiteral("한편"),   QStringLiteral("한편,"),  QStringLiteral("그러나"),
        QStringLiteral("하지만"), QStringLiteral("또"),     QStringLiteral("또한"),   QStringLiteral("이어"),
        QStringLiteral("특히"),   QStringLiteral("다만"),   QStringLiteral("반면"),   QStringLiteral("당시"),
        QStringLiteral("이날"),   QStringLiteral("전날"),   QStringLiteral("최근"),   QStringLiteral("이미"),
        QStringLiteral("이에"),   QStringLiteral("그리고"), QStringLiteral("따라서"), QStringLiteral("결국"),
    };
    return words;
}

/// Token ends that end a noun phrase when walking back from its head: particles and
/// adnominal endings (그룹의, 공신인, 발표한).
bool endsNounPhrase(QStringView token)
{
    static constexpr std::array<QStringView, 16> endings{u"의", u"을", u"를", u"에", u"에서", u"와", u"과", u"로",
                                                         u"인", u"한", u"된", u"은", u"는",   u"이", u"가", u","};
    for (const QStringView ending : endings) {
        if (token.endsWith(ending))
            return true;
    }
    return false;
}

/// Topic-marked tokens that are verbs or nouns of no subject (하는, 있는, 것은).
bool isFalseTopic(QStringView stem)
{
    static constexpr std::array<QStringView, 7> endings{u"하", u"되", u"있", u"없", u"않", u"것", u"때"};
    for (const QStringView ending : endings) {
        if (stem.endsWith(ending))
            return true;
    }
    // Adjectives (같은, 많은, 큰 …) are one letter before their ending; 머스크는 is a name.
    static const QString adjectives = QStringLiteral("같많작높낮좋크");
    if (stem.size() == 1 && adjectives.contains(stem.front()))
        return true;
    return stem == u"이" || stem == u"이번에" || stem.isEmpty();
}

QString stripLeadingTitle(const QString &name)
{
    const qsizetype space = name.indexOf(u' ');
    if (space <= 0)
        return name;
    const QString first = name.left(space);
    if (SpeakerName::titles().contains(first) || first == QLatin1StringView("chief"))
        return name.mid(space + 1);
    return name;
}

bool hasPersonTitle(const QString &name)
{
    // Word by word against a set: this runs for every subject of a long text.
    static const QSet<QString> titles(SpeakerName::titles().cbegin(), SpeakerName::titles().cend());
    for (const QStringView word : QStringTokenizer(name, u' ')) {
        const qsizetype paren = word.indexOf(u'(');
        const QStringView bare = paren >= 0 ? word.first(paren) : word;
        if (titles.contains(bare.toString())
            || (paren >= 0 && titles.contains(word.sliced(paren + 1).chopped(1).toString())))
            return true;
        if (bare.size() > 1 && bare.endsWith(u'씨'))
            return true;
    }
    return false;
}

} // namespace

QuoteDetector::QuoteDetector(QStringView text)
    : m_text(text)
{
}

QList<QuoteDetector::Pair> QuoteDetector::findPairs() const
{
    QList<Pair> pairs;
    const qsizetype size = m_text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = m_text.at(i);
        QChar closing;
        bool single = false;
        switch (c.unicode()) {
        case u'"':
            closing = u'"';
            break;
        case u'“':
            closing = u'”';
            break;
        case u'「':
            closing = u'」';
            break;
        case u'『':
            closing = u'』';
            break;
        case u'«':
            closing = u'»';
            break;
        case u'‘':
            closing = u'’';
            single = true;
            break;
        case u'\'':
        case u'`':
            // An apostrophe inside a word (don't) opens nothing.
            if (i > 0 && m_text.at(i - 1).isLetterOrNumber())
                continue;
            closing = c;
            single = true;
            break;
        default:
            continue;
        }
        // Quotes do not run across paragraphs.
        qsizetype close = i + 1;
        while (close < size && m_text.at(close) != closing && m_text.at(close) != u'\n')
            ++close;
        if (close >= size || m_text.at(close) != closing || close == i + 1 || close - i > 2000)
            continue;
        pairs.append({i, close, single});
        i = close;
    }
    return pairs;
}

bool QuoteDetector::insideQuote(qsizetype position) const
{
    const auto it = std::upper_bound(m_pairs.cbegin(), m_pairs.cend(), position,
                                     [](qsizetype p, const Pair &pair) { return p < pair.open; });
    if (it == m_pairs.cbegin())
        return false;
    const Pair &pair = *std::prev(it);
    return position > pair.open && position < pair.close;
}

bool QuoteDetector::endsAbbreviation(qsizetype point) const
{
    // Dr. Ruiz, Mr. Reeves, J. Smith: a point that ends a title or an initial, not a sentence.
    qsizetype start = point;
    while (start > 0 && isLatin(m_text.at(start - 1)))
        --start;
    const QStringView word = m_text.sliced(start, point + 1 - start);
    return (word.size() == 2 && word.front().isUpper()) || SpeakerName::isTitle(word);
}

qsizetype QuoteDetector::sentenceStart(qsizetype position) const
{
    for (qsizetype i = position - 1; i > 0; --i) {
        const QChar c = m_text.at(i);
        if (c == u'\n')
            return i + 1;
        if ((c == u'.' || c == u'?' || c == u'!') && m_text.at(i + 1).isSpace() && !insideQuote(i)
            && !(c == u'.' && endsAbbreviation(i)))
            return i + 2;
    }
    return 0;
}

QString QuoteDetector::koreanCue(qsizetype afterClose, QString *verb) const
{
    for (const QStringView cue : koreanCues) {
        if (!startsWithAt(m_text, afterClose, cue))
            continue;
        qsizetype end = afterClose + cue.size();
        const bool bareEnding = cue == u"고" || cue == u"며" || cue == u"면서" || cue == u"하고";
        if (end < m_text.size() && isHangul(m_text.at(end)))
            continue; // 라고 must end the word
        // The word after the cue, when it is a reporting verb, is the verb.
        qsizetype wordStart = end;
        while (wordStart < m_text.size() && m_text.at(wordStart) == u' ')
            ++wordStart;
        qsizetype wordEnd = wordStart;
        while (wordEnd < m_text.size() && !m_text.at(wordEnd).isSpace() && m_text.at(wordEnd) != u'.'
               && m_text.at(wordEnd) != u',')
            ++wordEnd;
        const QStringView word = m_text.sliced(wordStart, wordEnd - wordStart);
        bool reporting = false;
        for (const QStringView stem : reportingStems) {
            if (word.startsWith(stem)) {
                reporting = true;
                break;
            }
        }
        if (reporting) {
            QString found = word.toString();
            // 말하기도 했다: the auxiliary belongs to the verb.
            if (word.endsWith(u"기도") || word.endsWith(u"기도는")) {
                qsizetype auxEnd = wordEnd + 1;
                while (auxEnd < m_text.size() && isHangul(m_text.at(auxEnd)))
                    ++auxEnd;
                found += u' ' + m_text.sliced(wordEnd + 1, auxEnd - wordEnd - 1).toString();
            }
            *verb = found;
            return cue.toString();
        }
        if (bareEnding)
            continue; // "고" alone is too common to mean "said"
        *verb = cue.toString();
        return cue.toString();
    }
    return {};
}

QuoteDetector::Speaker QuoteDetector::koreanNounPhrase(qsizetype tokenStart, qsizetype nameEnd,
                                                       qsizetype sentence) const
{
    Speaker speaker;
    speaker.end = nameEnd;
    speaker.start = tokenStart;
    int tokens = 1;
    qsizetype cursor = tokenStart;
    bool inParenthesis = false;
    while (cursor > sentence && tokens < 5) {
        qsizetype prevEnd = cursor - 1;
        while (prevEnd > sentence && m_text.at(prevEnd - 1) == u' ')
            --prevEnd;
        if (prevEnd <= sentence || m_text.at(cursor - 1) != u' ')
            break;
        qsizetype prevStart = prevEnd;
        while (prevStart > sentence && !m_text.at(prevStart - 1).isSpace())
            --prevStart;
        const QStringView token = m_text.sliced(prevStart, prevEnd - prevStart);
        if (insideQuote(prevStart))
            break;
        const bool closesParenthesis = token.endsWith(u')') && !token.contains(u'(');
        const bool opensParenthesis = token.contains(u'(') && !token.endsWith(u')');
        if (closesParenthesis)
            inParenthesis = true;
        // A title alone needs its name, even one that ends like a particle (손정의 회장).
        const QStringView head = m_text.sliced(cursor, speaker.end - cursor);
        const bool titleOnly = SpeakerName::isTitle(head) && token.endsWith(u'의') && token.size() == 3;
        if (!inParenthesis && !opensParenthesis && !titleOnly
            && (endsNounPhrase(token) || sentenceAdverbs().contains(token.toString())))
            break;
        if (opensParenthesis)
            inParenthesis = false; // 손정의(일본명 … ): the name before '(' belongs too
        speaker.start = prevStart;
        cursor = prevStart;
        ++tokens;
    }
    speaker.name = m_text.sliced(speaker.start, speaker.end - speaker.start).toString();
    return speaker;
}

QuoteDetector::Speaker QuoteDetector::koreanSpeaker(qsizetype sentence, qsizetype open) const
{
    // The last topic (은/는) before the quote, else the last subject (이/가).
    qsizetype topic = -1;
    qsizetype topicEnd = -1;
    qsizetype subject = -1;
    qsizetype subjectEnd = -1;
    qsizetype i = sentence;
    while (i < open) {
        if (m_text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < open && !m_text.at(end).isSpace())
            ++end;
        if (!insideQuote(i) && !insideQuote(i + 1)) { // a token that opens a quote is inside it
            const QStringView token = m_text.sliced(i, end - i);
            const QChar last = token.back();
            const QStringView stem = token.chopped(1);
            if ((last == u'은' || last == u'는') && !isFalseTopic(stem)) {
                topic = i;
                topicEnd = end - 1;
            } else if ((last == u'이' || last == u'가') && token.size() >= 2 && !isFalseTopic(stem)) {
                subject = i;
                subjectEnd = end - 1;
            }
        }
        i = end;
    }
    if (topic < 0 && subject < 0) {
        // 소식통에 따르면 "…"이라고 한다: the source a report goes by.
        const qsizetype according = m_text.sliced(sentence, open - sentence).indexOf(u"에 따르면");
        if (according <= 0)
            return {};
        const qsizetype nameEnd = sentence + according;
        qsizetype nameStart = nameEnd;
        while (nameStart > sentence && !m_text.at(nameStart - 1).isSpace())
            --nameStart;
        return koreanNounPhrase(nameStart, nameEnd, sentence);
    }
    const qsizetype start = topic >= 0 ? topic : subject;
    return koreanNounPhrase(start, topic >= 0 ? topicEnd : subjectEnd, sentence);
}

QuoteDetector::Speaker QuoteDetector::englishSpeakerAfter(qsizetype afterClose, QString *verb) const
{
    // ," Musk wrote / ," President Trump said / ," he added / ," said Mr. Reeves / ," said
    // council member Maria Lopez / ," a senior official said / ," according to Jane Doe
    qsizetype i = afterClose;
    if (charAt(m_text, i) == u',')
        ++i;
    if (charAt(m_text, i) != u' ')
        return {};
    ++i;
    QList<std::pair<qsizetype, qsizetype>> words;
    qsizetype cursor = i;
    for (int n = 0; n < 7 && cursor < m_text.size(); ++n) {
        qsizetype end = cursor;
        while (end < m_text.size() && (isLatin(m_text.at(end)) || m_text.at(end) == u'\''))
            ++end;
        if (end == cursor)
            break;
        // Mr. Reeves, Sen. Warren: the abbreviation's point is part of the word.
        if (charAt(m_text, end) == u'.' && charAt(m_text, end + 1) == u' '
            && SpeakerName::isTitle(m_text.sliced(cursor, end + 1 - cursor)))
            ++end;
        words.append({cursor, end});
        if (charAt(m_text, end) != u' ')
            break;
        cursor = end + 1;
    }
    const auto wordAt
        = [this, &words](qsizetype n) { return m_text.sliced(words[n].first, words[n].second - words[n].first); };
    const auto isUpperAt = [this, &words](qsizetype n) { return m_text.at(words[n].first).isUpper(); };
    // After the verb: lowercase role words, then a capitalised name (or an anonymous source).
    const auto speakerFrom = [&](qsizetype first) -> Speaker {
        qsizetype n = first;
        while (n < words.size() && !isUpperAt(n))
            ++n;
        qsizetype last = n;
        while (last < words.size() && isUpperAt(last))
            ++last;
        Speaker speaker;
        if (last > n) {
            speaker.start = words[first].first;
            speaker.end = words[last - 1].second;
        } else if (n > first
                   && isAnonymousSource(m_text.sliced(words[first].first, words[n - 1].second - words[first].first))) {
            speaker.start = words[first].first;
            speaker.end = words[n - 1].second;
        } else {
            return {};
        }
        speaker.name = m_text.sliced(speaker.start, speaker.end - speaker.start).toString();
        return speaker;
    };
    if (words.size() > 2 && wordAt(0) == u"according" && wordAt(1) == u"to") {
        *verb = QStringLiteral("according to");
        return speakerFrom(2);
    }
    for (qsizetype n = 0; n < words.size(); ++n) {
        const QString word = wordAt(n).toString();
        if (!englishReportingVerbs().contains(word))
            continue;
        Speaker speaker;
        if (n == 0) {
            speaker = speakerFrom(1); // said Musk
        } else {
            speaker.start = words[0].first;
            speaker.end = words[n - 1].second;
            speaker.name = m_text.sliced(speaker.start, speaker.end - speaker.start).toString();
            const bool the = wordAt(0) == u"the" && n > 1 && isUpperAt(1); // the White House said
            if (!isUpperAt(0) && !the && !pronouns().contains(wordAt(0).toString()) && !isAnonymousSource(speaker.name))
                return {};
        }
        if (speaker.name.isEmpty())
            return {};
        *verb = word;
        return speaker;
    }
    return {};
}

QuoteDetector::Speaker QuoteDetector::englishSpeakerBefore(qsizetype sentence, qsizetype open, QString *verb) const
{
    // "According to Jane Doe, the plan …": the source named at the sentence start.
    for (const QStringView according : {QStringView(u"According to "), QStringView(u"according to ")}) {
        const qsizetype at = m_text.sliced(sentence, open - sentence).indexOf(according);
        if (at < 0)
            continue;
        const qsizetype nameStart = sentence + at + according.size();
        qsizetype nameEnd = nameStart;
        while (nameEnd < open
               && (isLatin(m_text.at(nameEnd)) || m_text.at(nameEnd) == u' ' || m_text.at(nameEnd) == u'.'))
            ++nameEnd;
        while (nameEnd > nameStart && !isLatin(m_text.at(nameEnd - 1)))
            --nameEnd;
        if (nameEnd > nameStart && m_text.at(nameStart).isUpper() && nameEnd - nameStart < 60) {
            *verb = QStringLiteral("according to");
            return {m_text.sliced(nameStart, nameEnd - nameStart).toString(), nameStart, nameEnd};
        }
    }
    // The last reporting verb of the sentence before the quote, and the name or pronoun
    // before it, past an appositive (", who pledged …,").
    qsizetype i = open;
    while (i > sentence) {
        qsizetype end = i;
        while (end > sentence && !isLatin(m_text.at(end - 1)))
            --end;
        qsizetype start = end;
        while (start > sentence && isLatin(m_text.at(start - 1)))
            --start;
        if (start == end)
            break;
        const QString word = m_text.sliced(start, end - start).toString();
        if (englishReportingVerbs().contains(word) && !insideQuote(start)) {
            qsizetype cursor = start;
            while (cursor > sentence && m_text.at(cursor - 1) == u' ')
                --cursor;
            if (cursor > sentence && m_text.at(cursor - 1) == u',') {
                // Skip the appositive back to its opening comma.
                const qsizetype comma = m_text.lastIndexOf(u',', cursor - 2);
                if (comma > sentence)
                    cursor = comma;
            }
            qsizetype nameEnd = cursor;
            qsizetype nameStart = cursor;
            while (nameStart > sentence) {
                qsizetype wordEnd = nameStart;
                while (wordEnd > sentence && m_text.at(wordEnd - 1) == u' ')
                    --wordEnd;
                qsizetype wordStart = wordEnd;
                while (wordStart > sentence && isLatin(m_text.at(wordStart - 1)))
                    --wordStart;
                if (wordStart == wordEnd)
                    break;
                const QString candidate = m_text.sliced(wordStart, wordEnd - wordStart).toString();
                const bool isName = m_text.at(wordStart).isUpper() || pronouns().contains(candidate);
                if (!isName)
                    break;
                nameStart = wordStart;
                if (pronouns().contains(candidate))
                    break;
            }
            if (nameStart == nameEnd)
                return {};
            Speaker speaker;
            speaker.start = nameStart;
            speaker.end = nameEnd;
            while (speaker.end > speaker.start && !isLatin(m_text.at(speaker.end - 1)))
                --speaker.end;
            speaker.name = m_text.sliced(speaker.start, speaker.end - speaker.start).toString();
            *verb = word;
            return speaker;
        }
        i = start;
    }
    return {};
}

void QuoteDetector::recordKoreanPersons(qsizetype upTo)
{
    // Subjects with a title (머스크 CEO는, 엔비디아의 CEO 젠슨 황은) name people that a later
    // 그 may mean. Scanned lazily, only when a pronoun needs it.
    qsizetype i = m_personsScannedTo;
    qsizetype sentence = i; // tracked as the scan goes: sentenceStart() per token is slow
    while (i < upTo) {
        if (m_text.at(i).isSpace()) {
            if (m_text.at(i) == u'\n')
                sentence = i + 1;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < m_text.size() && !m_text.at(end).isSpace())
            ++end;
        const QChar last = m_text.at(end - 1);
        if ((last == u'은' || last == u'는' || last == u'이' || last == u'가') && end - i >= 2 && !insideQuote(i)) {
            const Speaker phrase = koreanNounPhrase(i, end - 1, sentence);
            if (hasPersonTitle(phrase.name) && !pronouns().contains(phrase.name))
                m_persons.append({i, stripLeadingTitle(phrase.name), phrase.name});
        } else if ((last == u'.' || last == u'?' || last == u'!') && !insideQuote(end - 1)) {
            sentence = end + 1;
        }
        i = end;
    }
    m_personsScannedTo = std::max(m_personsScannedTo, upTo);
}

const QuoteDetector::Person *QuoteDetector::resolve(qsizetype position) const
{
    // The nearest named person before a pronoun.
    const Person *found = nullptr;
    for (const Person &person : m_persons) {
        if (person.position < position && (!found || person.position > found->position))
            found = &person;
    }
    return found;
}

QString QuoteDetector::roleBefore(qsizetype nameStart) const
{
    // "SoftBank chief executive Masayoshi Son", "its chief executive Jensen Huang": lowercase
    // words of a role right before the name.
    static const QSet<QString> roleNouns{
        QStringLiteral("executive"),  QStringLiteral("officer"),      QStringLiteral("spokesperson"),
        QStringLiteral("spokesman"),  QStringLiteral("spokeswoman"),  QStringLiteral("minister"),
        QStringLiteral("secretary"),  QStringLiteral("president"),    QStringLiteral("chairman"),
        QStringLiteral("chairwoman"), QStringLiteral("chair"),        QStringLiteral("founder"),
        QStringLiteral("director"),   QStringLiteral("analyst"),      QStringLiteral("economist"),
        QStringLiteral("member"),     QStringLiteral("leader"),       QStringLiteral("head"),
        QStringLiteral("governor"),   QStringLiteral("senator"),      QStringLiteral("professor"),
        QStringLiteral("lawyer"),     QStringLiteral("attorney"),     QStringLiteral("manager"),
        QStringLiteral("adviser"),    QStringLiteral("advisor"),      QStringLiteral("researcher"),
        QStringLiteral("strategist"), QStringLiteral("commissioner"), QStringLiteral("mayor"),
    };
    QStringList words;
    qsizetype end = nameStart;
    while (words.size() < 3) {
        if (charAt(m_text, end - 1) != u' ')
            break;
        qsizetype start = end - 1;
        while (start > 0 && isLatin(m_text.at(start - 1)))
            --start;
        const QString word = m_text.sliced(start, end - 1 - start).toString();
        if (word.isEmpty() || !word.front().isLower() || (words.isEmpty() && !roleNouns.contains(word))
            || word == QLatin1StringView("the") || word == QLatin1StringView("its") || word == QLatin1StringView("a")
            || englishReportingVerbs().contains(word) || word == QLatin1StringView("to"))
            break;
        words.prepend(word);
        end = start;
    }
    return words.join(u' ');
}

void QuoteDetector::identify(QuoteData &quote, const QString &written, qsizetype writtenStart)
{
    // The name, role and kind of whoever the speaker (or the pronoun) is, and the fullest
    // form of the name in the article, so that 머스크 CEO, 그 and 일론 머스크 are one entity.
    if (pronouns().contains(written))
        return;
    SpeakerName::Parts parts = SpeakerName::split(written);
    if (parts.role.isEmpty())
        parts.role = roleBefore(writtenStart);
    if (parts.name.isEmpty())
        return;
    quote.speakerName = parts.name;
    quote.speakerRole = parts.role;
    quote.speakerAliases = parts.aliases;
    quote.speakerKind = SpeakerName::kindKey(parts.kind);
    // The fuller name is looked for near the quote, in what is most likely the same
    // article: a whole text of many articles would make the search quadratic.
    // Each name is completed once per text.
    if (parts.kind != SpeakerName::Kind::Person) {
        quote.entity = parts.name;
        return;
    }
    auto known = m_canonicalNames.constFind(parts.name);
    if (known == m_canonicalNames.cend()) {
        const qsizetype from = std::max<qsizetype>(0, writtenStart - 20000);
        const qsizetype to = std::min<qsizetype>(m_text.size(), writtenStart + 5000);
        known = m_canonicalNames.insert(parts.name, SpeakerName::canonical(m_text.sliced(from, to - from), parts.name));
    }
    quote.entity = known.value();
}

QList<Candidate> QuoteDetector::detect()
{
    m_pairs = findPairs();
    QList<Candidate> quotes;
    for (const Pair &pair : std::as_const(m_pairs)) {
        const qsizetype afterClose = pair.close + 1;
        const QStringView inner = m_text.sliced(pair.open + 1, pair.close - pair.open - 1);
        QString verb;
        Speaker speaker;
        bool cue = !koreanCue(afterClose, &verb).isEmpty();
        const qsizetype sentence = sentenceStart(pair.open);
        if (cue) {
            speaker = koreanSpeaker(sentence, pair.open);
        } else {
            speaker = englishSpeakerAfter(afterClose, &verb);
            if (speaker.name.isEmpty())
                speaker = englishSpeakerBefore(sentence, pair.open, &verb);
            if (speaker.name.isEmpty() && pair.open > 1 && m_text.at(pair.open - 1) == u' '
                && m_text.at(pair.open - 2) == u':') {
                cue = true; // "…told reporters: "…""
            }
            cue = cue || !speaker.name.isEmpty();
        }
        const bool severalWords = inner.count(u' ') >= 2 && inner.size() >= 12;
        if (!cue && (pair.single || !severalWords))
            continue;

        Candidate candidate;
        candidate.kind = Candidate::Kind::Quote;
        candidate.start = pair.open;
        candidate.end = pair.close + 1;
        candidate.text = m_text.sliced(candidate.start, candidate.end - candidate.start).toString();
        candidate.quote.textStart = pair.open + 1;
        candidate.quote.textEnd = pair.close;
        candidate.quote.text = inner.toString();
        candidate.quote.verb = verb;
        candidate.quote.speaker = speaker.name;
        candidate.quote.speakerStart = speaker.start;
        candidate.quote.speakerEnd = speaker.end;
        if (!speaker.name.isEmpty()) {
            if (pronouns().contains(speaker.name))
                recordKoreanPersons(pair.open);
            if (pronouns().contains(speaker.name)) {
                if (const Person *person = resolve(speaker.start)) {
                    candidate.quote.resolvedSpeaker = person->name;
                    identify(candidate.quote, person->written, person->position);
                }
            } else {
                candidate.quote.resolvedSpeaker = stripLeadingTitle(speaker.name);
                m_persons.append({speaker.start, candidate.quote.resolvedSpeaker, speaker.name});
                identify(candidate.quote, speaker.name, speaker.start);
            }
        }
        candidate.confidence = cue ? (speaker.name.isEmpty() ? 0.6 : 0.9) : 0.4;
        quotes.append(std::move(candidate));
    }
    return quotes;
}

} // namespace ClaimLedger
