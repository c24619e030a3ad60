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
    // English currency, numbers, fractions and physical units (issue: figures read right)
    QTest::newRow("spaced dollar sign") << QStringLiteral("Investors put in $ 12 billion last year.")
                                        << QStringLiteral("$ 12 billion") << "12000000000" << "USD" << "exact";
    QTest::newRow("spaced pound sign") << QStringLiteral("a transfer of £ 45m for the forward")
                                       << QStringLiteral("£ 45m") << "45000000" << "GBP" << "exact";
    QTest::newRow("euro sign after, spaced")
        << QStringLiteral("Le billet coûte 12 € seulement") << QStringLiteral("12 €") << "12" << "EUR" << "exact";
    QTest::newRow("Canadian dollar sign") << QStringLiteral("a C$2.1 billion pipeline")
                                          << QStringLiteral("C$2.1 billion") << "2100000000" << "CAD" << "exact";
    QTest::newRow("Australian dollar sign, spaced")
        << QStringLiteral("sold for A$ 75 million") << QStringLiteral("A$ 75 million") << "75000000" << "AUD"
        << "exact";
    QTest::newRow("Hong Kong dollar sign")
        << QStringLiteral("HK$500 per night") << QStringLiteral("HK$500") << "500" << "HKD" << "exact";
    QTest::newRow("Singapore dollar sign")
        << QStringLiteral("S$1.5 million grant") << QStringLiteral("S$1.5 million") << "1500000" << "SGD" << "exact";
    QTest::newRow("rupee sign") << QStringLiteral("a ₹2,000 note") << QStringLiteral("₹2,000") << "2000" << "INR"
                                << "exact";
    QTest::newRow("Rs before the amount")
        << QStringLiteral("fined Rs 5,000 by the court") << QStringLiteral("Rs 5,000") << "5000" << "INR" << "exact";
    QTest::newRow("ISO code before") << QStringLiteral("GBP 2.5 million was raised")
                                     << QStringLiteral("GBP 2.5 million") << "2500000" << "GBP" << "exact";
    QTest::newRow("ISO code before, attached")
        << QStringLiteral("a CHF120m bond") << QStringLiteral("CHF120m") << "120000000" << "CHF" << "exact";
    QTest::newRow("ISO code after, lower case")
        << QStringLiteral("costs 45 eur per person") << QStringLiteral("45 eur") << "45" << "EUR" << "exact";
    QTest::newRow("ISO code after, upper case")
        << QStringLiteral("a fee of 300 USD") << QStringLiteral("300 USD") << "300" << "USD" << "exact";
    QTest::newRow("rmb after") << QStringLiteral("sold at 88 rmb a box") << QStringLiteral("88 rmb") << "88" << "CNY"
                               << "exact";
    QTest::newRow("Canadian dollars named")
        << QStringLiteral("raised 40 million Canadian dollars") << QStringLiteral("40 million Canadian dollars")
        << "40000000" << "CAD" << "exact";
    QTest::newRow("New Zealand dollars named")
        << QStringLiteral("7 billion New Zealand dollars") << QStringLiteral("7 billion New Zealand dollars")
        << "7000000000" << "NZD" << "exact";
    QTest::newRow("Swedish crowns") << QStringLiteral("a fine of 3 million Swedish crowns")
                                    << QStringLiteral("3 million Swedish crowns") << "3000000" << "SEK" << "exact";
    QTest::newRow("Norwegian kroner") << QStringLiteral("500 Norwegian kroner")
                                      << QStringLiteral("500 Norwegian kroner") << "500" << "NOK" << "exact";
    QTest::newRow("Indian rupees") << QStringLiteral("80 billion Indian rupees")
                                   << QStringLiteral("80 billion Indian rupees") << "80000000000" << "INR" << "exact";
    QTest::newRow("roubles") << QStringLiteral("paid 10,000 roubles a month") << QStringLiteral("10,000 roubles")
                             << "10000" << "RUB" << "exact";
    QTest::newRow("francs alone") << QStringLiteral("a bill of 200 francs") << QStringLiteral("200 francs") << "200"
                                  << "CHF" << "exact";
    QTest::newRow("pounds are sterling") << QStringLiteral("won 2 million pounds in damages")
                                         << QStringLiteral("2 million pounds") << "2000000" << "GBP" << "exact";
    QTest::newRow("pounds are a weight when weighed")
        << QStringLiteral("the fish weighed 30 pounds") << QStringLiteral("30 pounds") << "30" << "mass:lb" << "exact";
    QTest::newRow("half a dollar") << QStringLiteral("saved half a dollar each") << QStringLiteral("half a dollar")
                                   << "0.5" << "USD" << "exact";
    QTest::newRow("half a million") << QStringLiteral("drew half a million visitors")
                                    << QStringLiteral("half a million visitors") << "500000" << "count:visitors"
                                    << "exact";
    QTest::newRow("and a half million") << QStringLiteral("two and a half million viewers")
                                        << QStringLiteral("two and a half million viewers") << "2500000"
                                        << "count:viewers" << "exact";
    QTest::newRow("and a half years") << QStringLiteral("after one and a half years")
                                      << QStringLiteral("one and a half years") << "1.5" << "duration:year" << "exact";
    QTest::newRow("cardinal teen alone") << QStringLiteral("Nineteen were arrested.") << QStringLiteral("Nineteen")
                                         << "19" << "" << "exact";
    QTest::newRow("cardinal with hyphen")
        << QStringLiteral("sixty-five seats") << QStringLiteral("sixty-five seats") << "65" << "count:seats" << "exact";
    QTest::newRow("cardinal hundred and")
        << QStringLiteral("three hundred and twelve votes") << QStringLiteral("three hundred and twelve votes") << "312"
        << "count:votes" << "exact";
    QTest::newRow("cardinal hundred without and")
        << QStringLiteral("one hundred twenty workers") << QStringLiteral("one hundred twenty workers") << "120"
        << "count:workers" << "exact";
    QTest::newRow("cardinal and scale") << QStringLiteral("four hundred thousand homes")
                                        << QStringLiteral("four hundred thousand homes") << "400000" << "count:homes"
                                        << "exact";
    QTest::newRow("a hundred") << QStringLiteral("a hundred soldiers") << QStringLiteral("a hundred soldiers") << "100"
                               << "count:soldiers" << "exact";
    QTest::newRow("two dozen") << QStringLiteral("two dozen eggs") << QStringLiteral("two dozen eggs") << "24"
                               << "count:eggs" << "exact";
    QTest::newRow("a million") << QStringLiteral("a million barrels") << QStringLiteral("a million barrels")
                               << "1000000" << "volume:bbl" << "exact";
    QTest::newRow("seven hundred in digits")
        << QStringLiteral("5 hundred metres") << QStringLiteral("5 hundred metres") << "500" << "length:m" << "exact";
    QTest::newRow("k spaced") << QStringLiteral("12 k followers") << QStringLiteral("12 k followers") << "12000"
                              << "count:followers" << "exact";
    QTest::newRow("k attached") << QStringLiteral("a 0.5k fee") << QStringLiteral("0.5k") << "500" << "" << "exact";
    QTest::newRow("two thirds") << QStringLiteral("two thirds of the budget") << QStringLiteral("two thirds")
                                << "0.666666666667" << "ratio:fraction" << "exact";
    QTest::newRow("three quarters of") << QStringLiteral("three quarters of the staff")
                                       << QStringLiteral("three quarters") << "0.75" << "ratio:fraction" << "exact";
    QTest::newRow("a third of") << QStringLiteral("a third of the seats") << QStringLiteral("a third")
                                << "0.333333333333" << "ratio:fraction" << "exact";
    QTest::newRow("one fifth of") << QStringLiteral("one fifth of the land") << QStringLiteral("one fifth") << "0.2"
                                  << "ratio:fraction" << "exact";
    QTest::newRow("half of") << QStringLiteral("half of the respondents") << QStringLiteral("half") << "0.5"
                             << "ratio:fraction" << "exact";
    QTest::newRow("a half") << QStringLiteral("a half was spent") << QStringLiteral("a half") << "0.5"
                            << "ratio:fraction" << "exact";
    QTest::newRow("slash fraction") << QStringLiteral("rose 3/8 of a point") << QStringLiteral("3/8") << "0.375"
                                    << "ratio:fraction" << "exact";
    QTest::newRow("negative slash fraction")
        << QStringLiteral("fell -1/4 on the day") << QStringLiteral("-1/4") << "-0.25" << "ratio:fraction" << "exact";
    QTest::newRow("mixed number") << QStringLiteral("a 3 1/2 hour wait") << QStringLiteral("3 1/2 hour") << "3.5"
                                  << "duration:hour" << "exact";
    QTest::newRow("vulgar fraction") << QStringLiteral("waited 1½ hours") << QStringLiteral("1½ hours") << "1.5"
                                     << "duration:hour" << "exact";
    QTest::newRow("one in four") << QStringLiteral("one in four adults") << QStringLiteral("one in four") << "0.25"
                                 << "ratio:fraction" << "exact";
    QTest::newRow("digits in digits") << QStringLiteral("3 in 10 firms") << QStringLiteral("3 in 10") << "0.3"
                                      << "ratio:fraction" << "exact";
    QTest::newRow("about a third") << QStringLiteral("about a third of voters") << QStringLiteral("about a third")
                                   << "0.333333333333" << "ratio:fraction" << "about";
    QTest::newRow("e notation") << QStringLiteral("a mass of 1.5e-3 grams") << QStringLiteral("1.5e-3 grams")
                                << "0.0015" << "mass:g" << "exact";
    QTest::newRow("times ten to the power")
        << QStringLiteral("some 3 × 10^8 metres") << QStringLiteral("some 3 × 10^8 metres") << "300000000" << "length:m"
        << "about";
    QTest::newRow("superscript power") << QStringLiteral("about 7 x 10⁹ people")
                                       << QStringLiteral("about 7 x 10⁹ people") << "7000000000" << "count:people"
                                       << "about";
    QTest::newRow("spelled decimal point")
        << QStringLiteral("기록은 구십점 오삼이다") << QStringLiteral("구십점 오삼") << "90.53" << "" << "exact";
    QTest::newRow("spelled decimal point after one digit")
        << QStringLiteral("평점은 칠점 이로 떨어졌다") << QStringLiteral("칠점 이") << "7.2" << "" << "exact";
    QTest::newRow("mixed number with 과") << QStringLiteral("사과 삼분의 일 컵") << QStringLiteral("사과 삼분의 일")
                                          << "4.333333333333" << "ratio:fraction" << "exact";
    QTest::newRow("mixed number with 와")
        << QStringLiteral("구와 이분의 일") << QStringLiteral("구와 이분의 일") << "9.5" << "ratio:fraction" << "exact";
    QTest::newRow("minus and one spelled digit")
        << QStringLiteral("기온은 마이너스 칠이다") << QStringLiteral("마이너스 칠") << "-7" << "" << "exact";
    QTest::newRow("음수 as the sign") << QStringLiteral("결과는 음수 삼이었다") << QStringLiteral("음수 삼") << "-3"
                                      << "" << "exact";
    QTest::newRow("only a fraction") << QStringLiteral("예산의 사분의 일만 썼다") << QStringLiteral("사분의 일")
                                     << "0.25" << "ratio:fraction" << "exact";
    QTest::newRow("a fraction of a piece") << QStringLiteral("피자 육분의 일조각") << QStringLiteral("육분의 일")
                                           << "0.166666666667" << "ratio:fraction" << "exact";
    QTest::newRow("negative numerator") << QStringLiteral("값은 4분의 마이너스 삼이다")
                                        << QStringLiteral("4분의 마이너스 삼") << "-0.75" << "ratio:fraction"
                                        << "exact";
    QTest::newRow("한 before a counter") << QStringLiteral("한 명이 다쳤다") << QStringLiteral("한 명") << "1"
                                         << "count:명" << "exact";
    QTest::newRow("두 before a noun") << QStringLiteral("두 배우가 나왔다") << QStringLiteral("두 배우") << "2"
                                      << "count:배우" << "exact";
    QTest::newRow("여 after a unit") << QStringLiteral("3년여 만에 돌아왔다") << QStringLiteral("3년여") << "3"
                                     << "duration:year" << "more than";
    QTest::newRow("안 after a unit") << QStringLiteral("30분안에 끝났다") << QStringLiteral("30분") << "30"
                                     << "duration:minute" << "exact";
    QTest::newRow("뒤 after a unit") << QStringLiteral("5년뒤 다시") << QStringLiteral("5년") << "5" << "duration:year"
                                     << "exact";
    QTest::newRow("a court's number without its judge")
        << QStringLiteral("1부 2부로 나눴다") << QStringLiteral("1부") << "1" << "count:부" << "exact";
    QTest::newRow("a Latin word and a count")
        << QStringLiteral("a rise of 7 percent") << QStringLiteral("7 percent") << "7" << "percent" << "exact";
    QTest::newRow("leading point") << QStringLiteral("a yield of .25 points") << QStringLiteral(".25 points") << "0.25"
                                   << "count:points" << "exact";
    QTest::newRow("mph attached") << QStringLiteral("a 70mph limit") << QStringLiteral("70mph") << "70" << "speed:mph"
                                  << "exact";
    QTest::newRow("km/h") << QStringLiteral("at 90 km/h") << QStringLiteral("90 km/h") << "90" << "speed:km/h"
                          << "exact";
    QTest::newRow("square kilometres") << QStringLiteral("1,000 square kilometres of forest")
                                       << QStringLiteral("1,000 square kilometres") << "1000" << "area:km2" << "exact";
    QTest::newRow("square metres symbol")
        << QStringLiteral("an 85 m² flat") << QStringLiteral("85 m²") << "85" << "area:m2" << "exact";
    QTest::newRow("hectares") << QStringLiteral("12,000 hectares burned") << QStringLiteral("12,000 hectares")
                              << "12000" << "area:ha" << "exact";
    QTest::newRow("acres") << QStringLiteral("a 40-acre farm") << QStringLiteral("40-acre") << "40" << "area:acre"
                           << "exact";
    QTest::newRow("litres") << QStringLiteral("2 litres of milk") << QStringLiteral("2 litres") << "2" << "volume:l"
                            << "exact";
    QTest::newRow("millilitres") << QStringLiteral("a 330 ml can") << QStringLiteral("330 ml") << "330" << "volume:ml"
                                 << "exact";
    QTest::newRow("cc engine") << QStringLiteral("a 1,600cc engine") << QStringLiteral("1,600cc") << "1600"
                               << "volume:ml" << "exact";
    QTest::newRow("cubic metres") << QStringLiteral("4 million cubic metres")
                                  << QStringLiteral("4 million cubic metres") << "4000000" << "volume:m3" << "exact";
    QTest::newRow("nanometre") << QStringLiteral("a 5-nanometre chip") << QStringLiteral("5-nanometre") << "5"
                               << "length:nm" << "exact";
    QTest::newRow("nm symbol") << QStringLiteral("a 7 nm process") << QStringLiteral("7 nm") << "7" << "length:nm"
                               << "exact";
    QTest::newRow("feet") << QStringLiteral("a 20-foot wave") << QStringLiteral("20-foot") << "20" << "length:ft"
                          << "exact";
    QTest::newRow("inches") << QStringLiteral("12 inches of snow") << QStringLiteral("12 inches") << "12" << "length:in"
                            << "exact";
    QTest::newRow("celsius sign") << QStringLiteral("a high of 31°C") << QStringLiteral("31°C") << "31"
                                  << "temperature:C" << "exact";
    QTest::newRow("celsius sign spaced") << QStringLiteral("fell to -5 °C overnight") << QStringLiteral("-5 °C") << "-5"
                                         << "temperature:C" << "exact";
    QTest::newRow("fahrenheit words") << QStringLiteral("90 degrees Fahrenheit")
                                      << QStringLiteral("90 degrees Fahrenheit") << "90" << "temperature:F" << "exact";
    QTest::newRow("celsius character") << QStringLiteral("섭씨 35℃까지") << QStringLiteral("35℃") << "35"
                                       << "temperature:C" << "exact";
    QTest::newRow("tonnes") << QStringLiteral("5 million tonnes of wheat") << QStringLiteral("5 million tonnes")
                            << "5000000" << "mass:t" << "exact";
    QTest::newRow("kilograms") << QStringLiteral("a 2-kilogram bag") << QStringLiteral("2-kilogram") << "2" << "mass:kg"
                               << "exact";
    QTest::newRow("lbs") << QStringLiteral("a 200 lbs load") << QStringLiteral("200 lbs") << "200" << "mass:lb"
                         << "exact";
    QTest::newRow("gigawatts") << QStringLiteral("3 gigawatts of solar") << QStringLiteral("3 gigawatts") << "3"
                               << "power:GW" << "exact";
    QTest::newRow("kilowatt hours") << QStringLiteral("500 kilowatt hours") << QStringLiteral("500 kilowatt hours")
                                    << "500" << "energy:kWh" << "exact";
    QTest::newRow("knots") << QStringLiteral("winds of 60 knots") << QStringLiteral("60 knots") << "60" << "speed:kn"
                           << "exact";
    QTest::newRow("Korean hectares") << QStringLiteral("산림 300헥타르가 탔다") << QStringLiteral("300헥타르") << "300"
                                     << "area:ha" << "exact";
    QTest::newRow("Korean square kilometres") << QStringLiteral("면적 605제곱킬로미터")
                                              << QStringLiteral("605제곱킬로미터") << "605" << "area:km2" << "exact";
    QTest::newRow("range of compound adjectives")
        << QStringLiteral("a 3- to 5-year sentence") << QStringLiteral("3- to 5-year") << "3~5" << "duration:year"
        << "range";
    QTest::newRow("range between words") << QStringLiteral("between 10 and 15 kilometres")
                                         << QStringLiteral("between 10 and 15 kilometres") << "10~15" << "length:km"
                                         << "range";
    QTest::newRow("percent abbreviated") << QStringLiteral("rose 4 pct") << QStringLiteral("4 pct") << "4" << "percent"
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
    QTest::newRow("한 as a certain") << QStringLiteral("서울의 한 식당에서 만났다");
    QTest::newRow("한 as a certain, a person") << QStringLiteral("한 주민은 말했다");
    QTest::newRow("한 as did") << QStringLiteral("청년을 대상으로 한 조사");
    QTest::newRow("한 as did, before a noun") << QStringLiteral("중심으로 한 개편");
    QTest::newRow("a court's division") << QStringLiteral("서울고법 형사6부(김철수 부장판사)는");
    QTest::newRow("leading zero") << QStringLiteral("영화 007 시리즈");
    QTest::newRow("emergency number") << QStringLiteral("주민이 119에 신고했다");
    QTest::newRow("police number") << QStringLiteral("112 신고가 접수됐다");
    QTest::newRow("a product's number in Korean text") << QStringLiteral("애플은 'macOS 15'를 내놓았다");
    QTest::newRow("second quarter") << QStringLiteral("올해 3/4분기 실적");
    QTest::newRow("minus zero in a face") << QStringLiteral("재미없다 -0-");
    QTest::newRow("a tally") << QStringLiteral("the court ruled in a 6-3 decision");
    QTest::newRow("a tally after its verb") << QStringLiteral("the board voted 5-4 to merge");
    QTest::newRow("a score") << QStringLiteral("United won 2-1 at home");
    QTest::newRow("a third party") << QStringLiteral("sold to a third party");
    QTest::newRow("the second half") << QStringLiteral("in the second half of the year");
    QTest::newRow("a fifth term") << QStringLiteral("seeking a fifth term");
    QTest::newRow("24/7") << QStringLiteral("open 24/7 for the public");
    QTest::newRow("one alone") << QStringLiteral("no one came, and one left");
    QTest::newRow("a alone") << QStringLiteral("a man and a dog");
    QTest::newRow("Rs inside a word") << QStringLiteral("Mrs Smith and Rsync");
    QTest::newRow("code without an amount") << QStringLiteral("the USD rose against the EUR");
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
    QTest::newRow("day first") << QStringLiteral("signed on 14 February 2024 in") << QStringLiteral("14 February 2024")
                               << "2024-02-14";
    QTest::newRow("day first, short month")
        << QStringLiteral("from 9 May onwards") << QStringLiteral("9 May") << "2025-05-09";
    QTest::newRow("day first, abbreviated")
        << QStringLiteral("on 30 Sept. 2023 the") << QStringLiteral("30 Sept. 2023") << "2023-09-30";
    QTest::newRow("slashes, year first") << QStringLiteral("기준일 2024/3/15 현재") << QStringLiteral("2024/3/15")
                                         << "2024-03-15";
    QTest::newRow("slashes, month first")
        << QStringLiteral("due 12/25/2026 at") << QStringLiteral("12/25/2026") << "2026-12-25";
    QTest::newRow("slashes, day first") << QStringLiteral("le 28/02/2025 à") << QStringLiteral("28/02/2025")
                                        << "2025-02-28";
    QTest::newRow("slashes, order unknown")
        << QStringLiteral("on 4/6/2025 the") << QStringLiteral("4/6/2025") << "2025";
    // Points in time and years named (issue: figures read right)
    QTest::newRow("bottom of an inning") << QStringLiteral("두산은 8회말 역전했다") << QStringLiteral("8회말") << "";
    QTest::newRow("top of an inning") << QStringLiteral("3회초 선두타자") << QStringLiteral("3회초") << "";
    QTest::newRow("minute of a half") << QStringLiteral("후반 12분 동점골을 넣었다") << QStringLiteral("12분") << "";
    QTest::newRow("year of birth") << QStringLiteral("그는 95년생이다") << QStringLiteral("95년생") << "";
    QTest::newRow("year of a work") << QStringLiteral("03년작 영화") << QStringLiteral("03년작") << "";
    QTest::newRow("fiscal year") << QStringLiteral("99년도 예산안") << QStringLiteral("99년도") << "";
    QTest::newRow("school year") << QStringLiteral("2027학년도 입시") << QStringLiteral("2027학년도") << "";
    QTest::newRow("historic day with a dot") << QStringLiteral("3.15 의거 기념식") << QStringLiteral("3.15") << "";
    QTest::newRow("historic day with a jamo dot") << QStringLiteral("6ᆞ10 항쟁") << QStringLiteral("6ᆞ10") << "";
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
