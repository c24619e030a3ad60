#include "canonicaltext.h"
#include "textimporter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

class TestTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalText_data();
    void canonicalText();
    void decodes_data();
    void decodes();
    void invalidUtf8BecomesReplacementCharactersWithAWarning();
    void refusesWhatIsNotAnArticle_data();
    void refusesWhatIsNotAnArticle();
    void titleIsTheFirstLine();
    void importsTheKoreanCorpusArticle();
};

void TestTextImporter::canonicalText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("already canonical") << "First.\n\nSecond."
                                       << "First.\n\nSecond.";
    QTest::newRow("CRLF and CR") << "First.\r\n\r\nSecond.\rThird."
                                 << "First.\n\nSecond.\nThird.";
    QTest::newRow("many blank lines become one") << "A\n\n\n\n  \nB"
                                                 << "A\n\nB";
    QTest::newRow("spaces around lines") << "  A  \n\n\tB\t"
                                         << "A\n\nB";
    QTest::newRow("blank at both ends") << "\n\n  A\n\nB\n\n\n"
                                        << "A\n\nB";
    QTest::newRow("one paragraph per line without blank lines") << "제목\n첫 문단.\n둘째 문단."
                                                                << "제목\n\n첫 문단.\n\n둘째 문단.";
    QTest::newRow("line breaks inside paragraphs are kept") << "A line\nwrapped\n\nNext"
                                                            << "A line\nwrapped\n\nNext";
    QTest::newRow("unicode separators") << QStringLiteral("A\u2029B\u2028C") << "A\n\nB\n\nC";
    // 한 as conjoining jamo (NFD) becomes one syllable; é as e + combining acute.
    QTest::newRow("NFC") << QStringLiteral("\u1112\u1161\u11AB e\u0301") << QStringLiteral("\uD55C \u00E9");
    QTest::newRow("ideographic space trimmed") << QStringLiteral("\u3000본문\u3000") << QStringLiteral("본문");
    QTest::newRow("only white space") << " \n\t\r\n "
                                      << "";
}

void TestTextImporter::canonicalText()
{
    QFETCH(QString, raw);
    QFETCH(QString, canonical);
    QCOMPARE(CanonicalText::normalize(raw), canonical);
    // Normalizing twice changes nothing.
    QCOMPARE(CanonicalText::normalize(canonical), canonical);
}

void TestTextImporter::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    const QString text = QStringLiteral("5천억달러(약 710조원)\n\n\"돈이 없다\"");
    QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8";
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
    QStringEncoder utf16le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16LE with BOM") << QByteArray(utf16le.encode(text)) << "UTF-16LE";
    QStringEncoder utf16be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-16BE with BOM") << QByteArray(utf16be.encode(text)) << "UTF-16BE";
    QStringEncoder utf32(QStringConverter::Utf32LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("UTF-32LE with BOM") << QByteArray(utf32.encode(text)) << "UTF-32LE";
}

void TestTextImporter::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    auto imported = TextImporter::importBytes(bytes, QStringLiteral("article.txt"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.text, QStringLiteral("5천억달러(약 710조원)\n\n\"돈이 없다\""));
    QCOMPARE(imported->article.encoding, encoding);
    QCOMPARE(imported->original, bytes);
    QVERIFY(imported->warnings.isEmpty());
}

void TestTextImporter::invalidUtf8BecomesReplacementCharactersWithAWarning()
{
    const QByteArray bytes = QByteArray("valid start ") + QByteArray("\xC0\xFF") + QByteArray(" valid end");
    auto imported = TextImporter::importBytes(bytes, QStringLiteral("broken.txt"));
    QVERIFY(imported.ok());
    QVERIFY(imported->article.text.startsWith(QStringLiteral("valid start ")));
    QVERIFY(imported->article.text.contains(QChar::ReplacementCharacter));
    QVERIFY(imported->article.text.endsWith(QStringLiteral(" valid end")));
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY(imported->warnings.constFirst().contains(QStringLiteral("broken.txt")));
}

void TestTextImporter::refusesWhatIsNotAnArticle_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray() << "is empty";
    QTest::newRow("white space only") << QByteArray(" \r\n\t\n") << "is empty";
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "is empty";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary data";
}

void TestTextImporter::refusesWhatIsNotAnArticle()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto imported = TextImporter::importFile(path);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    QVERIFY(imported.error().contains(QStringLiteral("input.txt")));
}

void TestTextImporter::titleIsTheFirstLine()
{
    auto imported
        = TextImporter::importBytes("\n\n  Musk doubts Stargate funding  \nBody text.", QStringLiteral("a.txt"));
    QVERIFY(imported.ok());
    QCOMPARE(imported->article.title, QStringLiteral("Musk doubts Stargate funding"));

    const QString longLine = QString(300, u'가');
    auto longTitle = TextImporter::importBytes(longLine.toUtf8(), QStringLiteral("b.txt"));
    QVERIFY(longTitle.ok());
    QCOMPARE(longTitle->article.title.size(), 201);
    QVERIFY(longTitle->article.title.endsWith(u'…'));
}

void TestTextImporter::importsTheKoreanCorpusArticle()
{
    const QString path = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/articles/stargate-ko.txt");
    if (!QFile::exists(path))
        QSKIP("the shared corpus is not beside the checkout");
    auto imported = TextImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(imported->warnings.isEmpty());
    QVERIFY(imported->article.title.contains(QStringLiteral("5천억 달러")));
    QVERIFY(imported->article.text.contains(QStringLiteral("5천억달러(약 710조원)")));
    QCOMPARE(imported->article.source, QStringLiteral("stargate-ko.txt"));
    // Each line of the source is a paragraph.
    QVERIFY(imported->article.text.contains(QStringLiteral("\n\n머스크 CEO는")));
    QVERIFY(!imported->article.text.contains(QStringLiteral("\n\n\n")));
}

QTEST_APPLESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
