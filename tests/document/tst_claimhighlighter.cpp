#include "claimhighlighter.h"
#include "textformats.h"
#include "verdictcolors.h"

#include <QTest>
#include <QTextDocument>

using namespace ClaimLedger;
using TestSupport::backgroundAt;

namespace {

Claim claimAt(qint64 id, qsizetype start, qsizetype end, Verdict verdict)
{
    Claim claim;
    claim.id = id;
    claim.start = start;
    claim.end = end;
    claim.verdict = verdict;
    return claim;
}

bool underlinedAt(const QTextDocument &document, int position)
{
    return TestSupport::highlightFormatAt(document, position).fontUnderline();
}

} // namespace

class TestClaimHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsExactlyTheSpan();
    void spansAcrossParagraphs();
    void nestedClaimsPaintInside();
    void offsetsCountUtf16UnitsPastEmoji();
    void claimAtFindsTheInnermost();
    void selectedClaimIsUnderlined();
};

void TestClaimHighlighter::paintsExactlyTheSpan()
{
    QTextDocument document(QStringLiteral("머스크는 5천억달러(약 710조원) 규모라고 말했다"));
    ClaimHighlighter highlighter(&document);
    highlighter.setClaims({claimAt(1, 5, 20, Verdict::False)});

    QVERIFY(!backgroundAt(document, 4).isValid());
    QCOMPARE(backgroundAt(document, 5), verdictColor(Verdict::False));
    QCOMPARE(backgroundAt(document, 19), verdictColor(Verdict::False));
    QVERIFY(!backgroundAt(document, 20).isValid());

    highlighter.setClaims({});
    QVERIFY(!backgroundAt(document, 5).isValid());
}

void TestClaimHighlighter::spansAcrossParagraphs()
{
    // Plain text: each '\n' is a block boundary worth one position, as in the canonical text.
    const QString text = QStringLiteral("first paragraph\n\nsecond paragraph");
    QTextDocument document(text);
    QCOMPARE(document.blockCount(), 3);
    ClaimHighlighter highlighter(&document);
    const qsizetype start = text.indexOf(QStringLiteral("paragraph"));
    const qsizetype end = text.indexOf(QStringLiteral("second")) + 6;
    highlighter.setClaims({claimAt(1, start, end, Verdict::True)});

    QVERIFY(!backgroundAt(document, int(start) - 1).isValid());
    QCOMPARE(backgroundAt(document, int(start)), verdictColor(Verdict::True));
    QCOMPARE(backgroundAt(document, int(end) - 1), verdictColor(Verdict::True));
    QVERIFY(!backgroundAt(document, int(end)).isValid());
}

void TestClaimHighlighter::nestedClaimsPaintInside()
{
    QTextDocument document(QStringLiteral("0123456789abcdefghij"));
    ClaimHighlighter highlighter(&document);
    // The inner claim is listed first; it must still paint over the outer one.
    highlighter.setClaims({claimAt(2, 5, 8, Verdict::False), claimAt(1, 0, 20, Verdict::True)});
    QCOMPARE(backgroundAt(document, 2), verdictColor(Verdict::True));
    QCOMPARE(backgroundAt(document, 6), verdictColor(Verdict::False));
    QCOMPARE(backgroundAt(document, 9), verdictColor(Verdict::True));
}

void TestClaimHighlighter::offsetsCountUtf16UnitsPastEmoji()
{
    const QString text = QStringLiteral("🚀🚀 $500 billion");
    QTextDocument document(text);
    ClaimHighlighter highlighter(&document);
    const qsizetype start = text.indexOf(u'$');
    QCOMPARE(start, 5); // two emoji, two UTF-16 units each, and a space
    highlighter.setClaims({claimAt(1, start, text.size(), Verdict::Mixed)});
    QVERIFY(!backgroundAt(document, 4).isValid());
    QCOMPARE(backgroundAt(document, 5), verdictColor(Verdict::Mixed));
}

void TestClaimHighlighter::claimAtFindsTheInnermost()
{
    QTextDocument document(QStringLiteral("0123456789abcdefghij"));
    ClaimHighlighter highlighter(&document);
    highlighter.setClaims({claimAt(1, 0, 20, Verdict::True), claimAt(2, 5, 8, Verdict::False)});
    QCOMPARE(highlighter.claimAt(1), 1);
    QCOMPARE(highlighter.claimAt(6), 2);
    QCOMPARE(highlighter.claimAt(8), 1);
    QCOMPARE(highlighter.claimAt(20), 0);
}

void TestClaimHighlighter::selectedClaimIsUnderlined()
{
    QTextDocument document(QStringLiteral("one claim and another claim"));
    ClaimHighlighter highlighter(&document);
    highlighter.setClaims({claimAt(1, 0, 9, Verdict::True), claimAt(2, 14, 27, Verdict::False)});
    QVERIFY(!underlinedAt(document, 2));
    highlighter.setSelectedClaim(2);
    QVERIFY(!underlinedAt(document, 2));
    QVERIFY(underlinedAt(document, 20));
}

QTEST_MAIN(TestClaimHighlighter)
#include "tst_claimhighlighter.moc"
