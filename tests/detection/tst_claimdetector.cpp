#include "canonicaltext.h"
#include "claimdetector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ClaimLedger;

namespace {

const QString corpus = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/articles/");

struct CorpusArticle {
    QString text; // canonical
    QStringList lines; // the file's lines, 1-based through lines[n - 1]
};

CorpusArticle loadArticle(const QString &name)
{
    QFile file(corpus + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString raw = QString::fromUtf8(file.readAll());
    return {CanonicalText::normalize(raw), raw.split(u'\n')};
}

QJsonObject loadExpected(const QString &name)
{
    QFile file(corpus + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Where a labelled entry stands in the canonical text: its first occurrence on its line.
qsizetype locate(const CorpusArticle &article, int line, const QString &text)
{
    const QString lineText = article.lines.value(line - 1).trimmed();
    const qsizetype lineStart = article.text.indexOf(lineText);
    if (lineStart < 0)
        return -1;
    const qsizetype at = article.text.indexOf(text, lineStart);
    return at >= 0 && at < lineStart + lineText.size() ? at : -1;
}

const Candidate *figureCovering(const QList<Candidate> &candidates, qsizetype start, qsizetype end)
{
    for (const Candidate &candidate : candidates) {
        if (candidate.kind == Candidate::Kind::Figure && candidate.start < end && start < candidate.end)
            return &candidate;
    }
    return nullptr;
}

const Candidate *figureIn(const QList<Candidate> &candidates)
{
    for (const Candidate &candidate : candidates) {
        if (candidate.kind == Candidate::Kind::Figure)
            return &candidate;
    }
    return nullptr;
}

QString valueOf(const FigureData &figure)
{
    return figure.isRange ? figure.low.toString() + u'~' + figure.high.toString() : figure.value.toString();
}

} // namespace

class TestClaimDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldFigures_data();
    void goldFigures();
    void goldQuotes_data();
    void goldQuotes();
    void notQuotes();
    void figures_data();
    void figures();
    void notFigures_data();
    void notFigures();
    void dates_data();
    void dates();
    void equivalentIsLinkedWithItsRate();
    void spansMatchTheirText();
    void detectionIsDeterministic();
    void jsonHasTheDocumentedFields();

private:
    QMap<QString, CorpusArticle> m_articles;
};

void TestClaimDetector::goldFigures_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("counted");
    if (!QFile::exists(corpus + QStringLiteral("stargate-ko.txt")))
        QSKIP("the shared corpus is not beside the checkout");
    for (const QString &name : {QStringLiteral("stargate-ko"), QStringLiteral("stargate-en")}) {
        const QJsonArray figures
            = loadExpected(name + QStringLiteral(".expected.json")).value(QStringLiteral("figures")).toArray();
        QVERIFY(!figures.isEmpty());
        for (const QJsonValue &entry : figures) {
            const QJsonObject figure = entry.toObject();
            const QString value = figure.contains(QStringLiteral("low"))
                ? figure.value(QStringLiteral("low")).toString() + u'~'
                    + figure.value(QStringLiteral("high")).toString()
                : figure.value(QStringLiteral("value")).toString();
            const int line = figure.value(QStringLiteral("line")).toInt();
            const QString text = figure.value(QStringLiteral("text")).toString();
            QTest::addRow("%s line %d: %s", qPrintable(name), line, qPrintable(text))
                << name << line << text << value << figure.value(QStringLiteral("unit")).toString()
                << figure.value(QStringLiteral("qualifier")).toString()
                << figure.value(QStringLiteral("counted")).toString();
        }
    }
}

void TestClaimDetector::goldFigures()
{
    QFETCH(QString, article);
    QFETCH(int, line);
    QFETCH(QString, text);
    if (!m_articles.contains(article))
        m_articles.insert(article, loadArticle(article + QStringLiteral(".txt")));
    const CorpusArticle &source = m_articles[article];
    const qsizetype start = locate(source, line, text);
    QVERIFY2(start >= 0, "the labelled text is not on its line");
    const QList<Candidate> candidates = ClaimDetector::detect(source.text);
    const Candidate *found = figureCovering(candidates, start, start + text.size());
    QVERIFY2(found, qPrintable(QStringLiteral("no figure at \"%1\"").arg(text)));
    QCOMPARE(found->text, text);
    QTEST(valueOf(found->figure), "value");
    QTEST(found->figure.unit, "unit");
    QTEST(qualifierKey(found->figure.qualifier), "qualifier");
    QFETCH(QString, counted);
    if (!counted.isEmpty())
        QCOMPARE(found->figure.counted, counted);
}

void TestClaimDetector::goldQuotes_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("resolvesTo");
    QTest::addColumn<QString>("verb");
    if (!QFile::exists(corpus + QStringLiteral("stargate-ko.txt")))
        QSKIP("the shared corpus is not beside the checkout");
    for (const QString &name : {QStringLiteral("stargate-ko"), QStringLiteral("stargate-en")}) {
        const QJsonArray quotes
            = loadExpected(name + QStringLiteral(".expected.json")).value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        for (const QJsonValue &entry : quotes) {
            const QJsonObject quote = entry.toObject();
            const QString text = quote.value(QStringLiteral("text")).toString();
            QTest::addRow("%s: %s", qPrintable(name), qPrintable(text.left(24)))
                << name << text << quote.value(QStringLiteral("speaker")).toString()
                << quote.value(QStringLiteral("resolves_to")).toString()
                << quote.value(QStringLiteral("verb")).toString();
        }
    }
}

void TestClaimDetector::goldQuotes()
{
    QFETCH(QString, article);
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, resolvesTo);
    QFETCH(QString, verb);
    if (!m_articles.contains(article))
        m_articles.insert(article, loadArticle(article + QStringLiteral(".txt")));
    const QList<Candidate> candidates = ClaimDetector::detect(m_articles[article].text);
    const Candidate *found = nullptr;
    for (const Candidate &candidate : candidates) {
        if (candidate.kind == Candidate::Kind::Quote && candidate.quote.text == text)
            found = &candidate;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no quote \"%1\"").arg(text)));
    QCOMPARE(found->quote.speaker, speaker);
    if (!resolvesTo.isEmpty())
        QCOMPARE(found->quote.resolvedSpeaker, resolvesTo);
    QCOMPARE(found->quote.verb, verb);
    QVERIFY(found->confidence >= 0.6);
}

void TestClaimDetector::notQuotes()
{
    if (!QFile::exists(corpus + QStringLiteral("stargate-ko.txt")))
        QSKIP("the shared corpus is not beside the checkout");
    const CorpusArticle article = loadArticle(QStringLiteral("stargate-ko.txt"));
    const QJsonArray notQuotes
        = loadExpected(QStringLiteral("stargate-ko.expected.json")).value(QStringLiteral("not_quotes")).toArray();
    QVERIFY(!notQuotes.isEmpty());
    const QList<Candidate> candidates = ClaimDetector::detect(article.text);
    for (const QJsonValue &entry : notQuotes) {
        const QJsonObject notQuote = entry.toObject();
        const QString text = notQuote.value(QStringLiteral("text")).toString();
        const qsizetype start = locate(article, notQuote.value(QStringLiteral("line")).toInt(), text);
        QVERIFY(start >= 0);
        for (const Candidate &candidate : candidates) {
            if (candidate.kind == Candidate::Kind::Quote)
                QVERIFY2(candidate.start != start, qPrintable(text));
        }
    }
}

void TestClaimDetector::figures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");

    // Korean currency and number forms (issue: figures read right)
    QTest::newRow("country dollar") << QStringLiteral("보더 씨는 3억 캐나다 달러 청구액을 말했다.")
                                    << QStringLiteral("3억 캐나다 달러") << "300000000"
                                    << "CAD" << "exact";
    QTest::newRow("country dollar, no space")
        << QStringLiteral("2천300호주달러를 냈다") << QStringLiteral("2천300호주달러") << "2300"
        << "AUD" << "exact";
    QTest::newRow("US dollar named") << QStringLiteral("1억 5천만 미국 달러의 대출")
                                     << QStringLiteral("1억 5천만 미국 달러") << "150000000"
                                     << "USD" << "exact";
    QTest::newRow("Hong Kong dollar") << QStringLiteral("1백억 5천만 홍콩 달러를 기록했다")
                                      << QStringLiteral("1백억 5천만 홍콩 달러") << "10050000000"
                                      << "HKD" << "exact";
    QTest::newRow("Swiss franc") << QStringLiteral("1만 스위스 프랑의 벌금") << QStringLiteral("1만 스위스 프랑")
                                 << "10000"
                                 << "CHF" << "exact";
    QTest::newRow("yuan named") << QStringLiteral("나에게는 100 중국 위안이 든다") << QStringLiteral("100 중국 위안")
                                << "100"
                                << "CNY" << "exact";
    QTest::newRow("cents alone") << QStringLiteral("배럴당 50센트를 올렸다") << QStringLiteral("50센트") << "0.5"
                                 << "USD" << "exact";
    QTest::newRow("cents after a space") << QStringLiteral("주당 12 센트로 배당한다") << QStringLiteral("12 센트")
                                         << "0.12"
                                         << "USD" << "exact";
    QTest::newRow("pence") << QStringLiteral("주당 197 펜스로 낮아졌다") << QStringLiteral("197 펜스") << "1.97"
                           << "GBP" << "exact";
    QTest::newRow("dollars and cents") << QStringLiteral("가격은 64달러 45센트입니다")
                                       << QStringLiteral("64달러 45센트") << "64.45"
                                       << "USD" << "exact";
    QTest::newRow("dollars and cents, spaced")
        << QStringLiteral("단지 3 달러 50 센트이다") << QStringLiteral("3 달러 50 센트") << "3.5"
        << "USD" << "exact";
    QTest::newRow("English dollars and cents")
        << QStringLiteral("it costs 4 dollars 25 cents now") << QStringLiteral("4 dollars 25 cents") << "4.25"
        << "USD" << "exact";
    QTest::newRow("last group in digits after 만")
        << QStringLiteral("3만 4500원을 냈다") << QStringLiteral("3만 4500원") << "34500"
        << "KRW" << "exact";
    QTest::newRow("last group after 천") << QStringLiteral("1만 2천 345 달러부터") << QStringLiteral("1만 2천 345 달러")
                                         << "12345"
                                         << "USD" << "exact";
    QTest::newRow("last group with commas")
        << QStringLiteral("50만 9,375달러를 지불") << QStringLiteral("50만 9,375달러") << "509375"
        << "USD" << "exact";
    QTest::newRow("a year after 만 stays apart")
        << QStringLiteral("인구 3만 1990년에") << QStringLiteral("3만") << "30000"
        << "" << "exact";
    QTest::newRow("여 before 만") << QStringLiteral("5천여만원을 들였다") << QStringLiteral("5천여만원") << "50000000"
                                  << "KRW" << "more than";
    QTest::newRow("여 inside a compound")
        << QStringLiteral("2억3천여만원이 들었다") << QStringLiteral("2억3천여만원") << "230000000"
        << "KRW" << "more than";
    QTest::newRow("space before 억") << QStringLiteral("5 억 달러짜리 남자") << QStringLiteral("5 억 달러")
                                     << "500000000"
                                     << "USD" << "exact";
    QTest::newRow("copula after a unit") << QStringLiteral("페투치니는 8.50 달러입니다") << QStringLiteral("8.50 달러")
                                         << "8.5"
                                         << "USD" << "exact";
    QTest::newRow("worth of") << QStringLiteral("천만 원어치를 샀다") << QStringLiteral("천만 원") << "10000000"
                              << "KRW" << "exact";
    QTest::newRow("spelled percent") << QStringLiteral("십 퍼센트만 올려주세요") << QStringLiteral("십 퍼센트") << "10"
                                     << "percent" << "exact";
    QTest::newRow("spelled percent, compound")
        << QStringLiteral("이십이 퍼센트로 앞서나가고") << QStringLiteral("이십이 퍼센트") << "22"
        << "percent" << "exact";
    QTest::newRow("lone spelled digit before percent")
        << QStringLiteral("오 퍼센트만 필요해") << QStringLiteral("오 퍼센트") << "5"
        << "percent" << "exact";
    QTest::newRow("spelled minus") << QStringLiteral("마이너스 오 퍼센트만 필요해")
                                   << QStringLiteral("마이너스 오 퍼센트") << "-5"
                                   << "percent" << "exact";
    QTest::newRow("spelled minus, glued")
        << QStringLiteral("성장률은 마이너스 이십 퍼센트였다") << QStringLiteral("마이너스 이십 퍼센트") << "-20"
        << "percent" << "exact";
    QTest::newRow("spelled ones are not days")
        << QStringLiteral("일백육십일 명이 왔다") << QStringLiteral("일백육십일 명") << "161"
        << "count:명" << "exact";
    QTest::newRow("spelled twenty-one") << QStringLiteral("이십일 명이 모였다") << QStringLiteral("이십일 명") << "21"
                                        << "count:명" << "exact";
    QTest::newRow("spelled numeral alone") << QStringLiteral("답은 십육이다") << QStringLiteral("십육") << "16"
                                           << "" << "exact";
    QTest::newRow("spelled seventy alone") << QStringLiteral("나이는 칠십") << QStringLiteral("칠십") << "70"
                                           << "" << "exact";
    QTest::newRow("digit fraction") << QStringLiteral("인구의 3분의 1이 떠났다") << QStringLiteral("3분의 1")
                                    << "0.333333333333"
                                    << "ratio:fraction" << "exact";
    QTest::newRow("spelled fraction") << QStringLiteral("삼분의 이가 찬성했다") << QStringLiteral("삼분의 이")
                                      << "0.666666666667"
                                      << "ratio:fraction" << "exact";
    QTest::newRow("spaced fraction") << QStringLiteral("이십일 분의 삼이다") << QStringLiteral("이십일 분의 삼")
                                     << "0.142857142857"
                                     << "ratio:fraction" << "exact";
    QTest::newRow("mixed fraction") << QStringLiteral("일백삼과 삼분의 이") << QStringLiteral("일백삼과 삼분의 이")
                                    << "103.666666666667"
                                    << "ratio:fraction" << "exact";
    QTest::newRow("fraction of a hundred")
        << QStringLiteral("백분의 일의 확률") << QStringLiteral("백분의 일") << "0.01"
        << "ratio:fraction" << "exact";
    // Korean numerals (formats.md, "Figures")
    QTest::newRow("조 and 억") << "총 1조2천억원을"
                               << "1조2천억원"
                               << "1200000000000"
                               << "KRW"
                               << "exact";
    QTest::newRow("억 and 만") << "3억5천만원이"
                               << "3억5천만원"
                               << "350000000"
                               << "KRW"
                               << "exact";
    QTest::newRow("grouped digits") << "2,500억 원 규모"
                                    << "2,500억 원"
                                    << "250000000000"
                                    << "KRW"
                                    << "exact";
    QTest::newRow("decimal with unit") << "1.5조 달러를"
                                       << "1.5조 달러"
                                       << "1500000000000"
                                       << "USD"
                                       << "exact";
    QTest::newRow("Sino-Korean words") << "무려 오천억 원을"
                                       << "오천억 원"
                                       << "500000000000"
                                       << "KRW"
                                       << "exact";
    QTest::newRow("Hanja units") << "三億 원의"
                                 << "三億 원"
                                 << "300000000"
                                 << "KRW"
                                 << "exact";
    QTest::newRow("Hanja digits") << "五千萬원을"
                                  << "五千萬원"
                                  << "50000000"
                                  << "KRW"
                                  << "exact";
    QTest::newRow("several") << "수천억 원의"
                             << "수천억 원"
                             << "100000000000"
                             << "KRW"
                             << "several";
    QTest::newRow("여 means more than") << "20여년 동안"
                                        << "20여년"
                                        << "20"
                                        << "duration:year"
                                        << "more than";
    QTest::newRow("mixed small units") << "3천200억원을"
                                       << "3천200억원"
                                       << "320000000000"
                                       << "KRW"
                                       << "exact";
    QTest::newRow("만 and thousands") << "667만5천원으로"
                                      << "667만5천원"
                                      << "6675000"
                                      << "KRW"
                                      << "exact";
    QTest::newRow("spaced groups") << "2억 4천 4백만 달러"
                                   << "2억 4천 4백만 달러"
                                   << "244000000"
                                   << "USD"
                                   << "exact";
    QTest::newRow("10만 명") << "10만 명이"
                             << "10만 명"
                             << "100000"
                             << "count:명"
                             << "exact";
    QTest::newRow("약") << "약 4000명이다"
                        << "약 4000명"
                        << "4000"
                        << "count:명"
                        << "about";
    QTest::newRow("미만") << "100억 달러 미만의"
                          << "100억 달러 미만"
                          << "10000000000"
                          << "USD"
                          << "less than";
    QTest::newRow("최대") << "최대 20억달러의"
                          << "최대 20억달러"
                          << "2000000000"
                          << "USD"
                          << "up to";
    QTest::newRow("이상") << "50% 이상이"
                          << "50% 이상"
                          << "50"
                          << "percent"
                          << "at least";
    QTest::newRow("가량") << "300명가량"
                          << "300명가량"
                          << "300"
                          << "count:명"
                          << "about";
    QTest::newRow("배") << "2.5배로"
                        << "2.5배"
                        << "2.5"
                        << "ratio:배"
                        << "exact";
    QTest::newRow("엔") << "100만엔을"
                        << "100만엔"
                        << "1000000"
                        << "JPY"
                        << "exact";
    QTest::newRow("위안") << "50억 위안"
                          << "50억 위안"
                          << "5000000000"
                          << "CNY"
                          << "exact";
    // Ranges
    QTest::newRow("억 range") << "100억~200억 원"
                              << "100억~200억 원"
                              << "10000000000~20000000000"
                              << "KRW"
                              << "range";
    QTest::newRow("range shares the scale") << "1~2억원"
                                            << "1~2억원"
                                            << "100000000~200000000"
                                            << "KRW"
                                            << "range";
    QTest::newRow("percent range") << "30~40%로"
                                   << "30~40%"
                                   << "30~40"
                                   << "percent"
                                   << "range";
    QTest::newRow("between … and …") << "between 3% and 5% of"
                                     << "between 3% and 5%"
                                     << "3~5"
                                     << "percent"
                                     << "range";
    // English
    QTest::newRow("$ trillion abbreviation") << "a $1.2tn plan"
                                             << "$1.2tn"
                                             << "1200000000000"
                                             << "USD"
                                             << "exact";
    QTest::newRow("trillion won") << "1.2 trillion won in"
                                  << "1.2 trillion won"
                                  << "1200000000000"
                                  << "KRW"
                                  << "exact";
    QTest::newRow("$500B") << "a $500B fund"
                           << "$500B"
                           << "500000000000"
                           << "USD"
                           << "exact";
    QTest::newRow("US$") << "US$10 billion"
                         << "US$10 billion"
                         << "10000000000"
                         << "USD"
                         << "exact";
    QTest::newRow("dollars after") << "500 billion dollars"
                                   << "500 billion dollars"
                                   << "500000000000"
                                   << "USD"
                                   << "exact";
    QTest::newRow("jobs") << "create 100,000 jobs"
                          << "100,000 jobs"
                          << "100000"
                          << "count:jobs"
                          << "exact";
    QTest::newRow("less than") << "less than $10 billion"
                               << "less than $10 billion"
                               << "10000000000"
                               << "USD"
                               << "less than";
    QTest::newRow("ratio x") << "a 2.5x rise"
                             << "2.5x"
                             << "2.5"
                             << "ratio:times"
                             << "exact";
    QTest::newRow("euro sign") << "€40 million"
                               << "€40 million"
                               << "40000000"
                               << "EUR"
                               << "exact";
    // Negatives and fractions
    QTest::newRow("negative percent") << "성장률은 -3.5%였다"
                                      << "-3.5%"
                                      << "-3.5"
                                      << "percent"
                                      << "exact";
    QTest::newRow("percentage points") << "0.25%p 올렸다"
                                       << "0.25%p"
                                       << "0.25"
                                       << "percentage-point"
                                       << "exact";
    QTest::newRow("fraction percent") << "rose 0.2% on"
                                      << "0.2%"
                                      << "0.2"
                                      << "percent"
                                      << "exact";
}

void TestClaimDetector::figures()
{
    QFETCH(QString, text);
    QFETCH(QString, stated);
    const QList<Candidate> candidates = ClaimDetector::detect(text);
    const Candidate *figure = figureIn(candidates);
    QVERIFY2(figure, qPrintable(text));
    QCOMPARE(figure->text, stated);
    QCOMPARE(text.mid(figure->start, figure->end - figure->start), stated);
    QTEST(valueOf(figure->figure), "value");
    QTEST(figure->figure.unit, "unit");
    QTEST(qualifierKey(figure->figure.qualifier), "qualifier");
}

void TestClaimDetector::notFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("phone number") << "문의 전화 02-123-4567로 하면 된다";
    QTest::newRow("mobile number") << "연락처 010-1234-5678";
    QTest::newRow("article id in a URL") << "http://example.com/View.aspx?No=3442164";
    QTest::newRow("model names") << "COVID-19 이후 5G 통신과 A4 용지";
    QTest::newRow("백악관") << "백악관에서 열린 회의";
    QTest::newRow("구조 is a word") << "정부 지출 구조 개혁";
    QTest::newRow("이천 without a unit") << "이천에서 만났다";
    QTest::newRow("clock time") << "오후 3:30에 시작";
    QTest::newRow("an English word") << "one of the best";
    QTest::newRow("오만 is a word") << QStringLiteral("그의 오만이 문제다");
    QTest::newRow("이만 is a word") << QStringLiteral("이만 가 보겠습니다");
    QTest::newRow("일조 is a word") << QStringLiteral("성장에 일조했다");
    QTest::newRow("이 회사") << QStringLiteral("이 회사는 크다");
    QTest::newRow("오 alone before 분의 that is no fraction") << QStringLiteral("오 분의 노래");
    QTest::newRow("천만에") << QStringLiteral("천만에요, 괜찮습니다");
    QTest::newRow("사천 is a place") << QStringLiteral("사천에서 열린 축제");
    QTest::newRow("이 건") << QStringLiteral("이 건은 보류");
    QTest::newRow("IP address") << QStringLiteral("서버 192.168.1.2 에 접속");
}

void TestClaimDetector::notFigures()
{
    QFETCH(QString, text);
    const QList<Candidate> candidates = ClaimDetector::detect(text);
    const Candidate *figure = figureIn(candidates);
    QVERIFY2(!figure, qPrintable(figure ? figure->text : QString()));
}

void TestClaimDetector::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("day with local time") << "22일(현지시간) 발표했다"
                                         << "22일(현지시간)"
                                         << "2025-01-22";
    QTest::newRow("full Korean date") << "2025년 1월 21일 취임했다"
                                      << "2025년 1월 21일"
                                      << "2025-01-21";
    QTest::newRow("month and day") << "1월 21일에"
                                   << "1월 21일"
                                   << "2025-01-21";
    QTest::newRow("year used as a date") << "2024년에 시작"
                                         << "2024년"
                                         << "2024";
    QTest::newRow("English date") << "on January 21, 2025, the"
                                  << "January 21, 2025"
                                  << "2025-01-21";
    QTest::newRow("abbreviated month") << "WASHINGTON, Jan. 22 (Reuters)"
                                       << "Jan. 22"
                                       << "2025-01-22";
    QTest::newRow("the day before") << "전날 발표한"
                                    << "전날"
                                    << "2025-01-22";
    QTest::newRow("last year") << "지난해 매출은"
                               << "지난해"
                               << "2024";
    QTest::newRow("ISO date") << "released 2025-01-21 at"
                              << "2025-01-21"
                              << "2025-01-21";
}

void TestClaimDetector::dates()
{
    QFETCH(QString, text);
    ClaimDetector::Options options;
    options.published = QDate(2025, 1, 23);
    const QList<Candidate> candidates = ClaimDetector::detect(text, options);
    const Candidate *date = nullptr;
    for (const Candidate &candidate : candidates) {
        if (candidate.kind == Candidate::Kind::Date && !date)
            date = &candidate;
        QVERIFY2(candidate.kind != Candidate::Kind::Figure, qPrintable(candidate.text));
    }
    QVERIFY(date);
    QTEST(date->text, "stated");
    QTEST(date->date.normalized, "normalized");
}

void TestClaimDetector::equivalentIsLinkedWithItsRate()
{
    const QString text = QStringLiteral("5천억달러(약 710조원) 규모의 구상");
    const QList<Candidate> candidates = ClaimDetector::detect(text);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates[0].text, QStringLiteral("5천억달러"));
    QCOMPARE(candidates[0].figure.equivalent, 1);
    QCOMPARE(candidates[0].figure.impliedRate, QStringLiteral("1420 KRW per USD"));
    QCOMPARE(candidates[1].text, QStringLiteral("약 710조원"));
    QCOMPARE(candidates[1].figure.value.toString(), QStringLiteral("710000000000000"));
    QCOMPARE(candidates[1].figure.qualifier, Qualifier::About);
}

void TestClaimDetector::spansMatchTheirText()
{
    const QString text = QStringLiteral("🚀 머스크는 \"소프트뱅크는 100억 달러 미만의 돈을 갖고 있다\"라고 말했다. "
                                        "Nvidia rose 2.5% to $147.07.");
    for (const Candidate &candidate : ClaimDetector::detect(text)) {
        QVERIFY(candidate.start >= 0 && candidate.end <= text.size() && candidate.start < candidate.end);
        QCOMPARE(text.mid(candidate.start, candidate.end - candidate.start), candidate.text);
        QVERIFY(candidate.confidence > 0 && candidate.confidence <= 1);
    }
}

void TestClaimDetector::detectionIsDeterministic()
{
    const CorpusArticle article = loadArticle(QStringLiteral("stargate-ko.txt"));
    const QString text = article.text.isEmpty() ? QStringLiteral("5천억달러(약 710조원)") : article.text;
    const QJsonArray first = ClaimDetector::toJson(ClaimDetector::detect(text));
    const QJsonArray second = ClaimDetector::toJson(ClaimDetector::detect(text));
    QCOMPARE(first, second);
    QVERIFY(!first.isEmpty());
}

void TestClaimDetector::jsonHasTheDocumentedFields()
{
    const QString text = QStringLiteral("그는 \"30~40%가 칩에 쓰인다\"라고 말했다. 22일 5천억달러를 발표했다.");
    const QJsonArray array = ClaimDetector::toJson(ClaimDetector::detect(text));
    QSet<QString> kinds;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString kind = object.value(QStringLiteral("kind")).toString();
        kinds.insert(kind);
        for (const char *key : {"start", "end", "text", "confidence"})
            QVERIFY2(object.contains(QLatin1StringView(key)), key);
        if (kind == QLatin1StringView("figure")) {
            QVERIFY(object.contains(QStringLiteral("value"))
                    || (object.contains(QStringLiteral("low")) && object.contains(QStringLiteral("high"))));
            QVERIFY(object.value(QStringLiteral("value")).isString() || object.value(QStringLiteral("low")).isString());
            QVERIFY(object.contains(QStringLiteral("unit")));
            QVERIFY(object.contains(QStringLiteral("qualifier")));
        } else if (kind == QLatin1StringView("quote")) {
            QCOMPARE(object.value(QStringLiteral("speaker")).toString(), QStringLiteral("그"));
        }
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("figure"), QStringLiteral("quote"), QStringLiteral("date")}));
}

QTEST_APPLESS_MAIN(TestClaimDetector)
#include "tst_claimdetector.moc"
