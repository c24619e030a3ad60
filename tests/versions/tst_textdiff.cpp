// TextDiff: tokens that suit English and Korean, the pieces of a word diff, and the
// figures it finds changed.
#include "textdiff.h"

#include <QTest>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

using Kind = DiffPiece::Kind;

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("English words and a number")
            << u"sold for $4.8 billion."_s
            << QStringList{u"sold"_s, u" "_s, u"for"_s, u" "_s, u"$"_s, u"4.8"_s, u" "_s, u"billion"_s, u"."_s};
        QTest::newRow("Korean syllables one by one")
            << u"정부는 1,200억"_s << QStringList{u"정"_s, u"부"_s, u"는"_s, u" "_s, u"1,200"_s, u"억"_s};
        QTest::newRow("white space runs") << u"a  \n b"_s << QStringList{u"a"_s, u"  \n "_s, u"b"_s};
        QTest::newRow("emoji kept whole") << u"🚀x"_s << QStringList{u"🚀"_s, u"x"_s};
        QTest::newRow("sentence end after a number") << u"7."_s << QStringList{u"7"_s, u"."_s};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(TextDiff::tokens(text), tokens);
        QCOMPARE(tokens.join(QString()), text);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("marked"); // [-removed-]{+added+}
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("same") << u"No change here."_s << u"No change here."_s << u"No change here."_s << QStringList{};
        QTest::newRow("figure corrected")
            << u"Sales rose to $144 million in May."_s << u"Sales rose to $436 million in May."_s
            << u"Sales rose to $[-144-]{+436+} million in May."_s << QStringList{u"144→436"_s};
        QTest::newRow("Korean particle") << u"정부는 발표했다."_s << u"정부가 발표했다."_s
                                         << u"정부[-는-]{+가+} 발표했다."_s << QStringList{};
        QTest::newRow("word inserted") << u"The price was lower."_s << u"The price was far lower."_s
                                       << u"The price was {+far +}lower."_s << QStringList{};
        QTest::newRow("sentence removed")
            << u"One. Two. Three."_s << u"One. Three."_s << u"One. [-Two. -]Three."_s << QStringList{};
        QTest::newRow("from empty") << QString() << u"New."_s << u"{+New.+}"_s << QStringList{};
        QTest::newRow("to empty") << u"Old 5."_s << QString() << u"[-Old 5.-]"_s << QStringList{};
    }

    void compare()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, marked);
        QFETCH(QStringList, figures);
        const QList<DiffPiece> pieces = TextDiff::compare(from, to);
        QString rendered, older, newer;
        for (const DiffPiece &piece : pieces) {
            if (piece.kind == Kind::Same)
                rendered += piece.text;
            else if (piece.kind == Kind::Removed)
                rendered += u"[-"_s + piece.text + u"-]"_s;
            else
                rendered += u"{+"_s + piece.text + u"+}"_s;
            if (piece.kind != Kind::Added)
                older += piece.text;
            if (piece.kind != Kind::Removed)
                newer += piece.text;
        }
        QCOMPARE(rendered, marked);
        // The pieces rebuild both texts exactly.
        QCOMPARE(older, from);
        QCOMPARE(newer, to);
        QStringList found;
        for (const FigureEdit &edit : TextDiff::figureEdits(pieces))
            found.append(edit.from + u"→"_s + edit.to);
        QCOMPARE(found, figures);
    }

    void longTextsStayExactAndBounded()
    {
        // One line changed in 60,000: the diff is that line's words, and rebuilds both.
        QString from, to;
        for (int i = 0; i < 60'000; ++i) {
            from += u"line %1 of words\n"_s.arg(i);
            to += i == 30'000 ? u"a changed line\n"_s : u"line %1 of words\n"_s.arg(i);
        }
        QList<DiffPiece> pieces = TextDiff::compare(from, to);
        QString older, newer;
        for (const DiffPiece &piece : std::as_const(pieces)) {
            older += piece.kind != Kind::Added ? piece.text : QString();
            newer += piece.kind != Kind::Removed ? piece.text : QString();
            if (piece.kind != Kind::Same)
                QVERIFY2(u"line 30000 of words a changed line"_s.contains(piece.text.trimmed()),
                         qPrintable(piece.text));
        }
        QCOMPARE(older, from);
        QCOMPARE(newer, to);

        // Two different texts of 60,000 lines each: one replaced by the other, at once.
        QString other;
        for (int i = 0; i < 60'000; ++i)
            other += u"another sentence number %1 here\n"_s.arg(i * 7 + 3);
        pieces = TextDiff::compare(from, other);
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces.at(0), (DiffPiece{Kind::Removed, from}));
        QCOMPARE(pieces.at(1), (DiffPiece{Kind::Added, other}));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
