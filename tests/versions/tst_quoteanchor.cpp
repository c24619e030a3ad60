// QuoteAnchor: each outcome of finding a quote again in an edited text, near-duplicate
// sentences, and bad selectors.
#include "quoteanchor.h"

#include <QTest>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

namespace {

/// The target a claim on `oldText` at the first occurrence of `exact` would carry.
QuoteAnchor::Target targetIn(const QString &oldText, const QString &exact, int occurrence = 0)
{
    qsizetype start = oldText.indexOf(exact);
    for (int k = 0; k < occurrence; ++k)
        start = oldText.indexOf(exact, start + 1);
    Q_ASSERT(start >= 0);
    return {TextQuoteSelector::fromSpan(oldText, start, start + exact.size()), start};
}

QString foundText(const QString &text, const Anchoring &a)
{
    return a.start < 0 ? QString() : text.mid(a.start, a.end - a.start);
}

const QString English
    = QStringLiteral("Yahoo agreed on Monday to sell its core business to Verizon for $4.8 billion. "
                     "The deal ends two decades of independence for one of the web's pioneers. "
                     "Shareholders will keep the stakes in Alibaba and Yahoo Japan, worth about $40 billion.\n\n"
                     "The company said the sale would close in the first quarter of 2017. "
                     "Analysts said the price was lower than expected.");

const QString Korean = QStringLiteral("소프트뱅크는 올해 투자 규모를 100억 달러 미만으로 줄이겠다고 밝혔다. "
                                      "손정의 회장은 \"시장이 얼어붙었다\"고 말했다. "
                                      "회사는 지난해 5천억달러(약 710조원)를 운용했다.\n\n"
                                      "전문가들은 투자 축소가 당분간 이어질 것으로 내다봤다.");

} // namespace

class TestQuoteAnchor : public QObject
{
    Q_OBJECT

private slots:
    void outcomes_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected"); // the words found; empty when orphaned
        QTest::addColumn<bool>("figureChanged");

        QString moved = English;
        moved.replace(QStringLiteral("The company said the sale would close in the first quarter of 2017. "),
                      QString());
        moved.prepend(QStringLiteral("The company said the sale would close in the first quarter of 2017.\n\n"));
        QTest::newRow("unchanged, paragraph moved")
            << English << moved << QStringLiteral("The company said the sale would close in the first quarter of 2017.")
            << u"exact"_s << u"The company said the sale would close in the first quarter of 2017."_s << false;

        QTest::newRow("unchanged, update line added on top")
            << English << QStringLiteral("Update: this article was corrected on Tuesday.\n\n") + English
            << QStringLiteral("The deal ends two decades of independence") << u"exact"_s
            << u"The deal ends two decades of independence"_s << false;

        QString corrected = English;
        corrected.replace(QStringLiteral("$4.8 billion"), QStringLiteral("$4.83 billion"));
        QTest::newRow("figure corrected")
            << English << corrected << QStringLiteral("to sell its core business to Verizon for $4.8 billion.")
            << u"changed"_s << u"to sell its core business to Verizon for $4.83 billion."_s << true;

        QString magnitude = English;
        magnitude.replace(QStringLiteral("about $40 billion"), QStringLiteral("about $40 million"));
        QTest::newRow("magnitude word changed") << English << magnitude << QStringLiteral("worth about $40 billion")
                                                << u"changed"_s << u"worth about $40 million"_s << true;

        QString year = English;
        year.replace(QStringLiteral("quarter of 2017"), QStringLiteral("quarter of 2018"));
        QTest::newRow("short figure quote, number replaced")
            << English << year << QStringLiteral("2017") << u"changed"_s << u"2018"_s << true;

        QString softened = English;
        softened.replace(QStringLiteral("the price was lower than expected"),
                         QStringLiteral("the price was, by most private estimates made over the weekend, somewhat "
                                        "lower than expected"));
        QTest::newRow("words inserted beyond a 10% budget")
            << English << softened << QStringLiteral("Analysts said the price was lower than expected.") << u"changed"_s
            << u"Analysts said the price was, by most private estimates made over the weekend, somewhat lower than "
               u"expected."_s
            << false;

        QString typo = English;
        typo.replace(QStringLiteral("pioneers"), QStringLiteral("pionners"));
        QTest::newRow("typo") << English << typo
                              << QStringLiteral(
                                     "The deal ends two decades of independence for one of the web's pioneers.")
                              << u"changed"_s
                              << u"The deal ends two decades of independence for one of the web's pionners."_s << false;

        QString dropped = English;
        dropped.replace(QStringLiteral("The deal ends two decades of independence for one of the web's pioneers. "),
                        QString());
        QTest::newRow("sentence deleted")
            << English << dropped
            << QStringLiteral("The deal ends two decades of independence for one of the web's pioneers.")
            << u"orphaned"_s << QString() << false;

        QString particle = Korean;
        particle.replace(QStringLiteral("전문가들은"), QStringLiteral("전문가들도"));
        QTest::newRow("Korean particle changed")
            << Korean << particle << QStringLiteral("전문가들은 투자 축소가 당분간 이어질 것으로 내다봤다.")
            << u"changed"_s << u"전문가들도 투자 축소가 당분간 이어질 것으로 내다봤다."_s << false;

        QString won = Korean;
        won.replace(QStringLiteral("약 710조원"), QStringLiteral("약 720조원"));
        QTest::newRow("Korean figure changed") << Korean << won << QStringLiteral("5천억달러(약 710조원)")
                                               << u"changed"_s << u"5천억달러(약 720조원)"_s << true;

        QString cap = Korean;
        cap.replace(QStringLiteral("100억 달러 미만"), QStringLiteral("100억 달러 이하"));
        QTest::newRow("Korean qualifier changed, figure the same")
            << Korean << cap << QStringLiteral("투자 규모를 100억 달러 미만으로 줄이겠다고") << u"changed"_s
            << u"투자 규모를 100억 달러 이하으로 줄이겠다고"_s << false;

        QString inserted = Korean;
        inserted.replace(QStringLiteral("손정의 회장은"), QStringLiteral("손정의 소프트뱅크그룹 대표이사 회장은 이날"));
        QTest::newRow("Korean words inserted")
            << Korean << inserted << QStringLiteral("손정의 회장은 \"시장이 얼어붙었다\"고 말했다.") << u"changed"_s
            << u"손정의 소프트뱅크그룹 대표이사 회장은 이날 \"시장이 얼어붙었다\"고 말했다."_s << false;

        QTest::newRow("different article altogether")
            << English << Korean << QStringLiteral("Analysts said the price was lower than expected.") << u"orphaned"_s
            << QString() << false;
    }

    void outcomes()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, quote);
        QFETCH(QString, status);
        QFETCH(QString, expected);
        QFETCH(bool, figureChanged);

        const QuoteAnchor anchor(newText);
        const Anchoring a = anchor.find(targetIn(oldText, quote));
        QCOMPARE(Anchoring::statusName(a.status), status);
        QCOMPARE(foundText(newText, a), expected);
        QCOMPARE(a.figureChanged, figureChanged);
        if (a.status == Anchoring::Status::Exact)
            QVERIFY(!a.needsReview);
    }

    void nearDuplicateToldApartByContext()
    {
        // The quoted sentence stays; a near copy of it appears in another paragraph.
        const QString copy = QStringLiteral("Analysts said the price was lower than they expected.");
        QString edited = English;
        edited.replace(QStringLiteral("The deal ends"), copy + QStringLiteral(" The deal ends"));
        const QString quote = QStringLiteral("Analysts said the price was lower than expected.");
        const QuoteAnchor anchor(edited);
        const Anchoring a = anchor.find(targetIn(English, quote));
        QCOMPARE(a.status, Anchoring::Status::Exact);
        QCOMPARE(a.start, edited.lastIndexOf(quote));

        // Now the quoted sentence itself is edited as well: the one in its old place,
        // among its old neighbours, is still the one found.
        QString both = edited;
        both.replace(QStringLiteral("Analysts said the price was lower than expected."),
                     QStringLiteral("Analysts said the price was far lower than expected."));
        const QuoteAnchor second(both);
        const Anchoring b = second.find(targetIn(English, quote));
        QCOMPARE(b.status, Anchoring::Status::Changed);
        QCOMPARE(foundText(both, b), QStringLiteral("Analysts said the price was far lower than expected."));
    }

    void sameWordsTwiceNeedReview()
    {
        // The quoted words stand twice in the new text, neither among the old context.
        const QString oldText = QStringLiteral("First part. The figure was 12 percent. Last part.");
        const QString newText
            = QStringLiteral("Another opening here. The figure was 12 percent. Something else entirely. "
                             "And more words. The figure was 12 percent. A different close.");
        const QuoteAnchor anchor(newText);
        const Anchoring a = anchor.find(targetIn(oldText, QStringLiteral("The figure was 12 percent.")));
        QVERIFY(a.status != Anchoring::Status::Orphaned);
        QVERIFY(a.needsReview);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<qint64>("oldStart");
        QTest::addColumn<QString>("status");

        QTest::newRow("empty quote") << English << QString() << QStringLiteral("Yahoo") << QString() << qint64(0)
                                     << u"orphaned"_s;
        QTest::newRow("empty text") << QString() << QStringLiteral("Yahoo") << QString() << QString() << qint64(0)
                                    << u"orphaned"_s;
        QTest::newRow("quote longer than the text")
            << QStringLiteral("Short.") << English << QString() << QString() << qint64(0) << u"orphaned"_s;
        QTest::newRow("offset past the text") << English << QStringLiteral("Analysts said the price") << QString()
                                              << QString() << qint64(1'000'000) << u"exact"_s;
        QTest::newRow("negative offset") << English << QStringLiteral("Analysts said the price") << QString()
                                         << QString() << qint64(-5) << u"exact"_s;
        QTest::newRow("three-letter quote, no context")
            << English << QStringLiteral("xyz") << QString() << QString() << qint64(0) << u"orphaned"_s;
        QTest::newRow("lone surrogate") << English << QString(QChar(0xd83d)) << QString() << QString() << qint64(0)
                                        << u"orphaned"_s;
        QTest::newRow("huge quote") << QString(10000, u'a') << QString(5000, u'b') << QString() << QString()
                                    << qint64(0) << u"orphaned"_s;
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        QFETCH(qint64, oldStart);
        QFETCH(QString, status);
        const QuoteAnchor anchor(text);
        const Anchoring a = anchor.find({{exact, prefix, suffix}, oldStart});
        QCOMPARE(Anchoring::statusName(a.status), status);
        if (a.status != Anchoring::Status::Orphaned) {
            QVERIFY(a.start >= 0);
            QVERIFY(a.end <= text.size());
            QVERIFY(a.start < a.end);
        } else {
            QCOMPARE(a.start, -1);
        }
    }

    void manyQuotesInOneText()
    {
        // One index serves every quote: each sentence of a long text is found again
        // after a line is added on top.
        QString text;
        QStringList sentences;
        for (int i = 0; i < 400; ++i) {
            const QString sentence
                = QStringLiteral("Sentence %1 says that item %2 cost %3 dollars.").arg(i).arg(i * 7).arg(i * 13);
            sentences.append(sentence);
            text += sentence + u' ';
        }
        const QString edited = QStringLiteral("Correction appended.\n") + text;
        const QuoteAnchor anchor(edited);
        for (const QString &sentence : std::as_const(sentences)) {
            const Anchoring a = anchor.find(targetIn(text, sentence));
            QCOMPARE(a.status, Anchoring::Status::Exact);
            QCOMPARE(foundText(edited, a), sentence);
        }
    }

    void figureTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("Korean amount") << QStringLiteral("5천억달러(약 710조원)")
                                       << QStringList{u"5"_s, u"천"_s, u"억"_s, u"710"_s, u"조"_s};
        QTest::newRow("group separators") << QStringLiteral("1,250 people") << QStringList{u"1250"_s};
        QTest::newRow("decimal and magnitude") << QStringLiteral("$4.8 Billion") << QStringList{u"4.8"_s, u"billion"_s};
        QTest::newRow("percent sign") << QStringLiteral("12% of 30") << QStringList{u"12"_s, u"%"_s, u"30"_s};
        QTest::newRow("spelled") << QStringLiteral("two hundred people") << QStringList{u"two"_s, u"hundred"_s};
        QTest::newRow("Korean word starting with a magnitude") << QStringLiteral("만나서 조사했다") << QStringList{};
        QTest::newRow("full-width digits") << QStringLiteral("３０명") << QStringList{u"30"_s};
        QTest::newRow("none") << QStringLiteral("No figures here.") << QStringList{};
    }

    void figureTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(QuoteAnchor::figureTokens(text), tokens);
    }
};

QTEST_GUILESS_MAIN(TestQuoteAnchor)
#include "tst_quoteanchor.moc"
