// Speakers: the name, role and kind each quote's speaker gets, and the entity it is
// filed under, for every reporting pattern in English and Korean.

#include "claimdetector.h"
#include "speakername.h"

#include <QTest>

using namespace ClaimLedger;

class TestSpeakers : public QObject
{
    Q_OBJECT

private slots:
    void speakers_data();
    void speakers();
    void split_data();
    void split();
    void noSpeakerIsGuessed();
};

void TestSpeakers::speakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("quote");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("kind");
    QTest::newRow("said Mr. with the full name earlier")
        << QStringLiteral("Eric Reeves arrived late. \"We have no stripes,\" said Mr. Reeves.") << 0
        << QStringLiteral("Eric Reeves") << QStringLiteral("") << "person";
    QTest::newRow("surname alone, full name earlier")
        << QStringLiteral("Eric Reeves arrived late. \"None at all,\" Reeves said.") << 0
        << QStringLiteral("Eric Reeves") << QStringLiteral("") << "person";
    QTest::newRow("said and a role") << QStringLiteral("\"The budget is fine,\" said council member Maria Lopez.") << 0
                                     << QStringLiteral("Maria Lopez") << QStringLiteral("council member") << "person";
    QTest::newRow("said and two names") << QStringLiteral("\"It is over,\" said James Carter on Monday.") << 0
                                        << QStringLiteral("James Carter") << QStringLiteral("") << "person";
    QTest::newRow("a title before the name") << QStringLiteral("\"We will build it,\" President Obama said.") << 0
                                             << QStringLiteral("Obama") << QStringLiteral("President") << "person";
    QTest::newRow("a title and a full name earlier")
        << QStringLiteral("Joe Biden spoke first. \"Enough,\" Senator Biden said.") << 0 << QStringLiteral("Joe Biden")
        << QStringLiteral("Senator") << "person";
    QTest::newRow("an abbreviated title") << QStringLiteral("\"Rates will fall,\" Sen. Warren said.") << 0
                                          << QStringLiteral("Warren") << QStringLiteral("Sen.") << "person";
    QTest::newRow("a doctor, according to")
        << QStringLiteral("According to Dr. Ana Ruiz, the drug \"works in most patients with the condition.\"") << 0
        << QStringLiteral("Ana Ruiz") << QStringLiteral("Dr.") << "person";
    QTest::newRow("according to after the quote") << QStringLiteral("\"We will see,\" according to Jane Doe.") << 0
                                                  << QStringLiteral("Jane Doe") << QStringLiteral("") << "person";
    QTest::newRow("an anonymous official") << QStringLiteral("\"The plan is dead,\" a senior official said.") << 0
                                           << QStringLiteral("a senior official") << QStringLiteral("") << "anonymous";
    QTest::newRow("anonymous sources") << QStringLiteral("\"Talks have stalled,\" sources said.") << 0
                                       << QStringLiteral("sources") << QStringLiteral("") << "anonymous";
    QTest::newRow("an organisation") << QStringLiteral("\"No comment,\" the White House said.") << 0
                                     << QStringLiteral("White House") << QStringLiteral("") << "organisation";
    QTest::newRow("a role before the name, appositive")
        << QStringLiteral("SoftBank chief executive Masayoshi Son, who spoke first, told reporters: \"I came back.\"")
        << 0 << QStringLiteral("Masayoshi Son") << QStringLiteral("chief executive") << "person";
    QTest::newRow("he resolves to the last named speaker")
        << QStringLiteral(
               "\"They have no money,\" Elon Musk wrote. He added that they have \"well under $10B secured,\" he said.")
        << 1 << QStringLiteral("Elon Musk") << QStringLiteral("") << "person";
    QTest::newRow("Korean title after the name") << QStringLiteral("머스크 CEO는 \"돈이 없다\"라고 말했다.") << 0
                                                 << QStringLiteral("머스크") << QStringLiteral("CEO") << "person";
    QTest::newRow("Korean full name earlier")
        << QStringLiteral("일론 머스크 테슬라 CEO가 왔다. 머스크 CEO는 \"돈이 없다\"라고 말했다.") << 0
        << QStringLiteral("일론 머스크") << QStringLiteral("CEO") << "person";
    QTest::newRow("Korean country before the title")
        << QStringLiteral("도널드 트럼프 미국 대통령은 \"좋다\"라고 말했다.") << 0 << QStringLiteral("도널드 트럼프")
        << QStringLiteral("대통령") << "person";
    QTest::newRow("Korean adverb is no given name") << QStringLiteral("앞서 트럼프 대통령은 \"좋다\"라고 말했다.") << 0
                                                    << QStringLiteral("트럼프") << QStringLiteral("대통령") << "person";
    QTest::newRow("Korean alias in parentheses")
        << QStringLiteral("손정의(일본명 손 마사요시) 회장은 \"돌아왔다\"고 말했다.") << 0 << QStringLiteral("손정의")
        << QStringLiteral("회장") << "person";
    QTest::newRow("Korean affiliation with 의")
        << QStringLiteral("소프트뱅크 그룹의 손정의 회장은 \"돌아왔다\"고 말했다.") << 0 << QStringLiteral("손정의")
        << QStringLiteral("회장") << "person";
    QTest::newRow("Korean ministry between name and title")
        << QStringLiteral("김철수 국방부 장관은 \"준비는 끝났다\"라고 말했다.") << 0 << QStringLiteral("김철수")
        << QStringLiteral("장관") << "person";
    QTest::newRow("Korean ministry before the name")
        << QStringLiteral("국방부 김철수 장관은 \"준비는 끝났다\"라고 말했다.") << 0 << QStringLiteral("김철수")
        << QStringLiteral("장관") << "person";
    QTest::newRow("Korean organisation") << QStringLiteral("백악관은 \"협상은 끝났다\"라고 밝혔다.") << 0
                                         << QStringLiteral("백악관") << QStringLiteral("") << "organisation";
    QTest::newRow("Korean office without a name")
        << QStringLiteral("외교부 장관은 \"대화가 우선\"이라고 말했다.") << 0 << QStringLiteral("외교부 장관")
        << QStringLiteral("장관") << "person";
    QTest::newRow("Korean ministry") << QStringLiteral("국방부는 \"훈련을 계속한다\"라고 밝혔다.") << 0
                                     << QStringLiteral("국방부") << QStringLiteral("") << "organisation";
    QTest::newRow("Korean anonymous source") << QStringLiteral("한 소식통은 \"합의가 임박했다\"라고 전했다.") << 0
                                             << QStringLiteral("소식통") << QStringLiteral("") << "anonymous";
    QTest::newRow("Korean official") << QStringLiteral("청와대 관계자는 \"검토 중\"이라고 말했다.") << 0
                                     << QStringLiteral("청와대 관계자") << QStringLiteral("") << "anonymous";
    QTest::newRow("Korean according to") << QStringLiteral("소식통에 따르면 \"회담은 다음 주에 열린다\"고 한다.") << 0
                                         << QStringLiteral("소식통") << QStringLiteral("") << "anonymous";
    QTest::newRow("Korean camp") << QStringLiteral("트럼프 측은 \"사실이 아니다\"라고 반박했다.") << 0
                                 << QStringLiteral("트럼프") << QStringLiteral("측") << "person";
    QTest::newRow("Korean family name after the given name")
        << QStringLiteral("엔비디아의 CEO 젠슨 황은 왔다. 황 CEO는 \"시장은 크다\"라고 말했다.") << 0
        << QStringLiteral("젠슨 황") << QStringLiteral("CEO") << "person";
    QTest::newRow("Korean pronoun") << QStringLiteral("젠슨 황 CEO는 왔다. 그는 \"시장은 크다\"라고 말했다.") << 0
                                    << QStringLiteral("젠슨 황") << QStringLiteral("CEO") << "person";
    QTest::newRow("Korean 씨 is no role") << QStringLiteral("김영희 씨는 \"몰랐다\"고 말했다.") << 0
                                          << QStringLiteral("김영희") << QStringLiteral("") << "person";
}

void TestSpeakers::speakers()
{
    QFETCH(QString, text);
    QFETCH(int, quote);
    QList<Candidate> quotes;
    for (const Candidate &candidate : ClaimDetector::detect(text))
        if (candidate.kind == Candidate::Kind::Quote)
            quotes.append(candidate);
    QVERIFY2(quote < quotes.size(), qPrintable(text));
    const QuoteData &data = quotes.at(quote).quote;
    QTEST(data.entity, "entity");
    QTEST(data.speakerRole, "role");
    QTEST(data.speakerKind, "kind");
}

void TestSpeakers::split_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("aliases");
    QTest::newRow("alias with a label") << QStringLiteral("손정의(일본명 손 마사요시) 회장") << QStringLiteral("손정의")
                                        << QStringLiteral("회장") << QStringList{QStringLiteral("손 마사요시")};
    QTest::newRow("alias in Hanja and Hangul")
        << QStringLiteral("손정의(孫正義·일본명 손 마사요시) 회장") << QStringLiteral("손정의")
        << QStringLiteral("회장") << QStringList{QStringLiteral("孫正義"), QStringLiteral("손 마사요시")};
    QTest::newRow("role in parentheses") << QStringLiteral("젠슨 황 최고경영자(CEO)") << QStringLiteral("젠슨 황")
                                         << QStringLiteral("최고경영자") << QStringList{};
    QTest::newRow("Mr.") << QStringLiteral("Mr. Reeves") << QStringLiteral("Reeves") << QString() << QStringList{};
    QTest::newRow("two titles") << QStringLiteral("Prime Minister Keir Starmer") << QStringLiteral("Keir Starmer")
                                << QStringLiteral("Prime Minister") << QStringList{};
    QTest::newRow("elect") << QStringLiteral("트럼프 미국 대통령 당선인") << QStringLiteral("트럼프")
                           << QStringLiteral("대통령 당선인") << QStringList{};
}

void TestSpeakers::split()
{
    QFETCH(QString, written);
    const SpeakerName::Parts parts = SpeakerName::split(written);
    QTEST(parts.name, "name");
    QTEST(parts.role, "role");
    QTEST(parts.aliases, "aliases");
}

void TestSpeakers::noSpeakerIsGuessed()
{
    // A quote with no reporting phrase keeps no speaker, rather than a noun nearby.
    const QString text = QStringLiteral("The report was long. \"Growth will slow down next year in most places.\"");
    for (const Candidate &candidate : ClaimDetector::detect(text)) {
        if (candidate.kind == Candidate::Kind::Quote) {
            QVERIFY(candidate.quote.speaker.isEmpty());
            QVERIFY(candidate.quote.entity.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestSpeakers)
#include "tst_speakers.moc"
