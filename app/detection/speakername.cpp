#include "speakername.h"

#include "textscan.h"
#include "vocabulary.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace ClaimLedger::SpeakerName {

using namespace TextScan;

namespace {

QString joined(const QList<QStringView> &words)
{
    QString result;
    for (const QStringView word : words) {
        if (!result.isEmpty())
            result += u' ';
        result += word;
    }
    return result;
}

// Countries written between a name and its title (트럼프 미국 대통령): part of the role.
bool isCountry(QStringView word)
{
    static constexpr std::array<QStringView, 14> countries{u"미국",   u"중국",   u"일본",   u"한국",      u"북한",
                                                           u"러시아", u"영국",   u"프랑스", u"독일",      u"대만",
                                                           u"인도",   u"캐나다", u"호주",   u"우크라이나"};
    return std::find(countries.cbegin(), countries.cend(), word) != countries.cend();
}

// Labels inside an alias parenthesis: 일본명 손 마사요시, 본명 …, 영어명 ….
QString withoutAliasLabel(QStringView alias)
{
    static constexpr std::array<QStringView, 8> labels{u"일본명", u"본명",   u"영어명", u"영문명",
                                                       u"중국명", u"한국명", u"예명",   u"aka"};
    alias = alias.trimmed();
    for (const QStringView label : labels) {
        if (alias.startsWith(label)) {
            alias = alias.sliced(label.size()).trimmed();
            break;
        }
    }
    return alias.toString();
}

bool isAnonymous(QStringView written)
{
    static constexpr std::array<QStringView, 16> words{u"소식통",       u"관계자",    u"당국자",      u"익명",
                                                       u"official",     u"officials", u"source",      u"sources",
                                                       u"spokesperson", u"spokesman", u"spokeswoman", u"aide",
                                                       u"aides",        u"insider",   u"familiar",    u"people close"};
    for (const QStringView word : words)
        if (written.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

bool isOrganisation(QStringView name)
{
    // Korean bodies end in the word for what they are; English ones carry it.
    static constexpr std::array<QStringView, 22> koreanEnds{
        u"백악관", u"정부", u"당국", u"위원회", u"청", u"처",   u"원",   u"부",   u"협회", u"연합", u"재단",
        u"공사",   u"그룹", u"은행", u"당",     u"군", u"대학", u"법원", u"검찰", u"경찰", u"의회", u"회사"};
    static constexpr std::array<QStringView, 16> englishWords{
        u"White House", u"Ministry",   u"Department", u"Government", u"Company", u"Inc",      u"Corp",   u"Bank",
        u"Agency",      u"Commission", u"Council",    u"Party",      u"Kremlin", u"Pentagon", u"Police", u"University"};
    if (!name.isEmpty() && isHangul(name.back())) {
        if (name.size() <= 2 && name != u"정부" && name != u"당국" && name != u"검찰" && name != u"경찰")
            return false; // 2-letter words ending so are names far more often (김원, 이부)
        for (const QStringView end : koreanEnds)
            if (name.endsWith(end))
                return true;
        return false;
    }
    for (const QStringView word : englishWords)
        if (name.contains(word))
            return true;
    return false;
}

} // namespace

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Organisation:
        return QStringLiteral("organisation");
    case Kind::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

const QStringList &titles()
{
    static const QStringList words{
        QStringLiteral("CEO"),       QStringLiteral("최고경영자"), QStringLiteral("대통령"),
        QStringLiteral("회장"),      QStringLiteral("대표"),       QStringLiteral("장관"),
        QStringLiteral("총리"),      QStringLiteral("의원"),       QStringLiteral("위원"),
        QStringLiteral("교수"),      QStringLiteral("기자"),       QStringLiteral("사장"),
        QStringLiteral("의장"),      QStringLiteral("총재"),       QStringLiteral("감독"),
        QStringLiteral("당선인"),    QStringLiteral("당선자"),     QStringLiteral("주석"),
        QStringLiteral("총통"),      QStringLiteral("대변인"),     QStringLiteral("연구원"),
        QStringLiteral("변호사"),    QStringLiteral("박사"),       QStringLiteral("이사"),
        QStringLiteral("창업자"),    QStringLiteral("씨"),         QStringLiteral("국장"),
        QStringLiteral("청장"),      QStringLiteral("지사"),       QStringLiteral("시장"),
        QStringLiteral("측"),        QStringLiteral("대표이사"),   QStringLiteral("부회장"),
        QStringLiteral("위원장"),    QStringLiteral("원내대표"),   QStringLiteral("차관"),
        QStringLiteral("후보"),      QStringLiteral("선수"),       QStringLiteral("님"),
        QStringLiteral("President"), QStringLiteral("Minister"),   QStringLiteral("Mr."),
        QStringLiteral("Mrs."),      QStringLiteral("Ms."),        QStringLiteral("Dr."),
        QStringLiteral("Mr"),        QStringLiteral("Mrs"),        QStringLiteral("Ms"),
        QStringLiteral("Dr"),        QStringLiteral("Prof."),      QStringLiteral("Sen."),
        QStringLiteral("Senator"),   QStringLiteral("Gov."),       QStringLiteral("Governor"),
        QStringLiteral("Rep."),      QStringLiteral("Mayor"),      QStringLiteral("Judge"),
        QStringLiteral("Justice"),   QStringLiteral("Gen."),       QStringLiteral("General"),
        QStringLiteral("Secretary"), QStringLiteral("Chancellor"), QStringLiteral("Prime"),
        QStringLiteral("Vice"),      QStringLiteral("Chairman"),   QStringLiteral("Chairwoman"),
        QStringLiteral("Professor"), QStringLiteral("Pope"),
    };
    return words;
}

bool isTitle(QStringView word)
{
    static const QSet<QString> set(titles().cbegin(), titles().cend());
    return set.contains(word.toString());
}

Parts split(QStringView written)
{
    Parts parts;
    QString text = written.trimmed().toString();
    // Parentheses: an alias (일본명 손 마사요시, 孫正義·일본명 …) or a role (CEO).
    QString roleInParenthesis;
    for (qsizetype open = text.indexOf(u'('); open >= 0; open = text.indexOf(u'(')) {
        const qsizetype close = text.indexOf(u')', open);
        if (close < 0)
            break;
        const QString inside = text.sliced(open + 1, close - open - 1);
        for (const QStringView piece : QStringTokenizer(inside, u'·')) {
            const QString alias = withoutAliasLabel(piece);
            if (alias.isEmpty())
                continue;
            if (isTitle(alias))
                roleInParenthesis = alias;
            else
                parts.aliases.append(alias);
        }
        text.remove(open, close - open + 1);
    }
    QList<QStringView> words;
    for (const QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts))
        if (word != u"the" && word != u"The" && word != u"a" && word != u"an")
            words.append(word); // articles belong to no name or role
    // An affiliation before the name ends in 의 (소프트뱅크 그룹의 손정의, 엔비디아의 CEO 젠슨 황).
    // A name may end in 의 too (손정의 회장): an affiliation is one only before a name.
    for (qsizetype i = words.size() - 2; i >= 0; --i) {
        const bool nameFollows
            = std::any_of(words.cbegin() + i + 1, words.cend(), [](QStringView word) { return !isTitle(word); });
        if (words.at(i).endsWith(u"의") && words.at(i).size() >= 2 && nameFollows) {
            words = words.mid(i + 1);
            break;
        }
    }
    QStringList role;
    // Titles after the name (머스크 CEO, 트럼프 미국 대통령, 황 대표이사).
    while (words.size() > 1 && (isTitle(words.back()) || (!role.isEmpty() && isCountry(words.back())))) {
        if (!isCountry(words.back()))
            role.prepend(words.back().toString());
        words.removeLast();
    }
    // An organisation beside a Korean name is its affiliation: 김철수 국방부 장관, 국방부
    // 김철수 장관.
    QStringList affiliation;
    while (words.size() > 1 && isHangul(words.back().front()) && isOrganisation(words.back())) {
        affiliation.prepend(words.back().toString());
        words.removeLast();
    }
    while (words.size() > 1 && isHangul(words.front().front()) && isOrganisation(words.front()))
        words.removeFirst();
    // Titles and lowercase roles before the name (President Trump, CEO 젠슨 황, SoftBank
    // chief executive Masayoshi Son, said council member Maria Lopez).
    qsizetype nameStart = 0;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QStringView word = words.at(i);
        const bool lowercaseRole = isLatin(word.front()) && word.front().isLower();
        if (isTitle(word) || lowercaseRole)
            nameStart = i + 1;
    }
    QStringList before;
    for (qsizetype i = 0; i < nameStart; ++i) {
        const QStringView word = words.at(i);
        // A capitalised word before a lowercase role is the organisation (SoftBank).
        if (isTitle(word) || (isLatin(word.front()) && word.front().isLower()))
            before.append(word.toString());
    }
    const QList<QStringView> nameWords = words.mid(nameStart);
    parts.name = joined(nameWords);
    role = before + role;
    if (role.isEmpty() && !roleInParenthesis.isEmpty())
        role.append(roleInParenthesis);
    // Courtesy titles are no role: Mr. Reeves is Reeves.
    static const QSet<QString> courtesy{QStringLiteral("Mr."), QStringLiteral("Mrs."), QStringLiteral("Ms."),
                                        QStringLiteral("Mr"),  QStringLiteral("Mrs"),  QStringLiteral("Ms"),
                                        QStringLiteral("씨"),  QStringLiteral("님")};
    role.removeIf([](const QString &word) { return courtesy.contains(word); });
    parts.role = role.join(u' ');
    if (isAnonymous(written) && !(nameWords.size() >= 2 && nameWords.front().front().isUpper())) {
        parts.kind = Kind::Anonymous;
        parts.name = written.trimmed().toString();
        parts.role.clear();
    } else if (isOrganisation(parts.name) && !parts.role.isEmpty()) {
        // 산업통상자원부 장관 with no name: the office-holder, a person named by the office.
        parts.name += u' ' + parts.role;
    } else if (isOrganisation(parts.name)) {
        parts.kind = Kind::Organisation;
    }
    return parts;
}

QString canonical(QStringView text, const QString &name)
{
    if (name.isEmpty() || name.contains(u' ') || name.size() > 20)
        return name;
    const bool latin = isLatin(name.front());
    const bool hangul = isHangul(name.front());
    if (!latin && !hangul)
        return name;
    static const QString familyNames = QStringLiteral(
        "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염");
    if (hangul && name.size() == 3 && familyNames.contains(name.front()))
        return name; // 손정의: a Korean name, family name first
    // 머스크, 트럼프 and 황 may be family names written after a given name.
    static const QSet<QString> notGivenNames{
        QStringLiteral("앞서"),      QStringLiteral("당시"),    QStringLiteral("그러나"), QStringLiteral("반면"),
        QStringLiteral("한편"),      QStringLiteral("또"),      QStringLiteral("또한"),   QStringLiteral("다만"),
        QStringLiteral("특히"),      QStringLiteral("이어"),    QStringLiteral("이날"),   QStringLiteral("전날"),
        QStringLiteral("최근"),      QStringLiteral("지난"),    QStringLiteral("이번"),   QStringLiteral("현재"),
        QStringLiteral("결국"),      QStringLiteral("이후"),    QStringLiteral("그리고"), QStringLiteral("하지만"),
        QStringLiteral("이에"),      QStringLiteral("아울러"),  QStringLiteral("따라서"), QStringLiteral("실제로"),
        QStringLiteral("오는"),      QStringLiteral("이미"),    QStringLiteral("다시"),   QStringLiteral("바로"),
        QStringLiteral("전"),        QStringLiteral("현"),      QStringLiteral("신임"),   QStringLiteral("모든"),
        QStringLiteral("새"),        QStringLiteral("같은"),    QStringLiteral("이"),     QStringLiteral("그"),
        QStringLiteral("저"),        QStringLiteral("두"),      QStringLiteral("세"),     QStringLiteral("한"),
        QStringLiteral("The"),       QStringLiteral("A"),       QStringLiteral("An"),     QStringLiteral("In"),
        QStringLiteral("On"),        QStringLiteral("At"),      QStringLiteral("But"),    QStringLiteral("And"),
        QStringLiteral("When"),      QStringLiteral("While"),   QStringLiteral("After"),  QStringLiteral("Before"),
        QStringLiteral("If"),        QStringLiteral("As"),      QStringLiteral("By"),     QStringLiteral("For"),
        QStringLiteral("Meanwhile"), QStringLiteral("However"), QStringLiteral("Then"),   QStringLiteral("So"),
    };
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (latin ? isLatin(charAt(text, end)) : !Vocabulary::endsKoreanWord(text, end))
            continue; // inside a longer word
        if (at < 2 || text.at(at - 1) != u' ')
            continue;
        qsizetype wordStart = at - 1;
        while (wordStart > 0 && (latin ? isLatin(text.at(wordStart - 1)) : isHangul(text.at(wordStart - 1))))
            --wordStart;
        const QStringView given = text.sliced(wordStart, at - 1 - wordStart);
        if (given.isEmpty() || given.size() > (latin ? 15 : 4) || notGivenNames.contains(given.toString())
            || isTitle(given) || isCountry(given))
            continue;
        if (latin && !given.front().isUpper())
            continue;
        if (hangul) {
            static const QString particleEnds = QStringLiteral("은는이가을를의에도로와과서고며면해게지");
            if (particleEnds.contains(given.back()) || isOrganisation(given))
                continue;
            const QChar before = charAt(text, wordStart - 1);
            if (isHangul(before))
                continue;
        }
        return given.toString() + u' ' + name;
    }
    return name;
}

} // namespace ClaimLedger::SpeakerName
