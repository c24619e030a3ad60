#include "articleimporter.h"
#include "canonicaltext.h"
#include "dateline.h"
#include "encodingdetector.h"
#include "textimporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

class TestTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nfcAgreesWithQt_data();
    void nfcAgreesWithQt();
    void nfcIsLinear();
    void canonicalText_data();
    void canonicalText();
    void decodes_data();
    void decodes();
    void utf16WithoutByteOrderMark_data();
    void utf16WithoutByteOrderMark();
    void invalidUtf8BecomesReplacementCharactersWithAWarning();
    void utf8IsCheckedStrictly_data();
    void utf8IsCheckedStrictly();
    void detectsLegacyEncodings_data();
    void detectsLegacyEncodings();
    void aWrongDeclarationIsOverruled();
    void refusesWhatIsNotAnArticle_data();
    void refusesWhatIsNotAnArticle();
    void titleIsTheFirstLine();
    void importsTheKoreanCorpusArticle();
    void datelineIsThePublicationDate_data();
    void datelineIsThePublicationDate();
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

void TestTextImporter::utf16WithoutByteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding"); // empty: not UTF-16

    const auto le
        = [](const QString &text) { return QByteArray(QStringEncoder(QStringConverter::Utf16LE).encode(text)); };
    const auto be
        = [](const QString &text) { return QByteArray(QStringEncoder(QStringConverter::Utf16BE).encode(text)); };
    const QString korean = QStringLiteral("5천억달러(약 710조원)\n\n\"돈이 없다\"");
    const QString english = QStringLiteral("OpenAI and SoftBank pledged $500 billion.\nMusk said they don't have it.");
    const QString koreanOneSpace = QStringLiteral("소프트뱅크는반박했다 가나다라마바사가가가가");
    const QString emoji = QStringLiteral("🚀 launch: 100억 달러 미만 🚀");
    QTest::newRow("Korean LE") << le(korean) << "UTF-16LE";
    QTest::newRow("Korean BE") << be(korean) << "UTF-16BE";
    QTest::newRow("English LE") << le(english) << "UTF-16LE";
    QTest::newRow("English BE") << be(english) << "UTF-16BE";
    QTest::newRow("Korean, one space, LE") << le(koreanOneSpace) << "UTF-16LE";
    QTest::newRow("Korean, one space, BE") << be(koreanOneSpace) << "UTF-16BE";
    QTest::newRow("surrogate pairs LE") << le(emoji) << "UTF-16LE";
    QTest::newRow("surrogate pairs BE") << be(emoji) << "UTF-16BE";
    QTest::newRow("long text LE") << le(english.repeated(3000)) << "UTF-16LE";

    QTest::newRow("UTF-8 Korean") << korean.toUtf8() << "";
    QTest::newRow("ASCII") << english.toLatin1() << "";
    QTest::newRow("windows-949") << QByteArray(QStringEncoder("windows-949").encode(korean)) << "";
    QTest::newRow("PNG header") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << "";
    QTest::newRow("zeros") << QByteArray(64, '\0') << "";
    QTest::newRow("control characters LE") << le(QStringLiteral("ab\x01\x02cd\x03efgh")) << "";
    QTest::newRow("lone surrogate LE") << le(QStringLiteral("text ")) + QByteArray("\x00\xD8 \0x\0", 6) << "";
    QTest::newRow("too short") << QByteArray("a\0", 2) << "";
}

void TestTextImporter::utf16WithoutByteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    const auto found = EncodingDetector::utf16WithoutBom(bytes);
    QCOMPARE(found ? QString::fromLatin1(QStringConverter::nameForEncoding(*found)) : QString(), encoding);
    if (encoding.isEmpty())
        return;
    auto imported = TextImporter::importBytes(bytes, QStringLiteral("article.txt"), "utf-8");
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.encoding, encoding);
    QStringDecoder decoder(*found);
    const QString expected = decoder.decode(bytes);
    QCOMPARE(imported->article.text, CanonicalText::normalize(expected));
    QVERIFY(imported->warnings.isEmpty());
}

void TestTextImporter::invalidUtf8BecomesReplacementCharactersWithAWarning()
{
    const QByteArray bytes = QStringLiteral("머스크 CEO는 돈이 없다고 말했다 ").toUtf8() + QByteArray("\xC0\xFF")
        + QStringLiteral(" 소프트뱅크는 반박했다").toUtf8();
    auto imported = TextImporter::importBytes(bytes, QStringLiteral("broken.txt"));
    QVERIFY(imported.ok());
    QCOMPARE(imported->article.encoding, QStringLiteral("UTF-8"));
    QVERIFY(imported->article.text.startsWith(QStringLiteral("머스크 CEO는")));
    QVERIFY(imported->article.text.contains(QChar::ReplacementCharacter));
    QVERIFY(imported->article.text.endsWith(QStringLiteral("소프트뱅크는 반박했다")));
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY(imported->warnings.constFirst().contains(QStringLiteral("broken.txt")));
}

void TestTextImporter::utf8IsCheckedStrictly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Korean") << QStringLiteral("소프트뱅크 5천억달러").toUtf8() << true;
    QTest::newRow("emoji") << QStringLiteral("🚀 launch").toUtf8() << true;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xEC\x86") << false;
    QTest::newRow("Latin-1") << QByteArray("caf\xE9") << false;
}

void TestTextImporter::utf8IsCheckedStrictly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(EncodingDetector::isValidUtf8(bytes), valid);
}

void TestTextImporter::detectsLegacyEncodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detected");

    const QString korean
        = QStringLiteral("한빛배터리가 미국 조지아주에 3천억달러를 들여 배터리 단지를 짓겠다고 발표했다. 김도윤 대표는 "
                         "기자회견에서 10년 안에 5만개의 일자리를 만들 것이라고 말했다. 그러나 시장의 반응은 엇갈렸다. "
                         "의류업체 믜디는 이 소식에 주가가 올랐다.");
    const QString japanese = QStringLiteral(
        "ソフトバンクグループの孫正義会長は記者会見で、米国に五千億ドルを投資すると述べた。"
        "市場関係者はこの計画の資金調達に疑問を呈している。人工知能の基盤となるデータセンターを建設する。");
    const QString chinese = QStringLiteral(
        "软银集团董事长孙正义在记者会上表示，将在美国投资五千亿美元。市场人士对该计划的资金来源表示怀疑。"
        "该项目将建设人工智能的数据中心。");
    const QString traditional = QStringLiteral(
        "軟銀集團董事長孫正義在記者會上表示，將在美國投資五千億美元。市場人士對該計劃的資金來源表示懷疑。"
        "該項目將建設人工智慧的資料中心。");
    const QString french = QStringLiteral(
        "Le président a déclaré que l'entreprise créerait des emplois. Les économistes ont exprimé "
        "leurs réserves sur le financement : « Ils n'ont pas l'argent », a écrit Musk. Déjà, à Genève, "
        "les marchés réagissaient.");
    QTest::newRow("Korean, CP949 (with 믜)") << QByteArray("windows-949") << korean << "windows-949";
    QTest::newRow("Japanese, Shift_JIS") << QByteArray("Shift_JIS") << japanese << "windows-31j";
    QTest::newRow("Chinese, GB18030") << QByteArray("GB18030") << chinese << "GB18030";
    QTest::newRow("Chinese, Big5") << QByteArray("Big5") << traditional << "Big5";
    QTest::newRow("French, Windows-1252") << QByteArray("windows-1252") << french << "windows-1252";
}

void TestTextImporter::detectsLegacyEncodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    QStringEncoder encoder(encoding.constData());
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    auto imported = TextImporter::importBytes(bytes, QStringLiteral("legacy.txt"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.text, text);
    QTEST(imported->article.encoding, "detected");
    QVERIFY(imported->warnings.isEmpty());
}

void TestTextImporter::aWrongDeclarationIsOverruled()
{
    // A page that says euc-kr but is UTF-8, as happens after a site moves to UTF-8.
    const QString text = QStringLiteral("머스크 CEO는 \"그들은 실제로는 돈이 없다\"라고 말했다.");
    auto imported = TextImporter::importBytes(text.toUtf8(), QStringLiteral("page.txt"), "euc-kr");
    QVERIFY(imported.ok());
    QCOMPARE(imported->article.text, text);
    QCOMPARE(imported->article.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY(imported->warnings.constFirst().contains(QStringLiteral("declares itself euc-kr")));

    // A right declaration is simply followed.
    QStringEncoder cp949("windows-949");
    auto declared = TextImporter::importBytes(cp949.encode(text), QStringLiteral("page.txt"), "EUC-KR");
    QVERIFY(declared.ok());
    QCOMPARE(declared->article.text, text);
    QCOMPARE(declared->article.encoding, QStringLiteral("windows-949"));
    QVERIFY(declared->warnings.isEmpty());
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
    auto imported = ArticleImporter::importFile(path);
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
    auto imported = ArticleImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY(imported->warnings.isEmpty());
    QVERIFY(imported->article.title.contains(QStringLiteral("5천억 달러")));
    QVERIFY(imported->article.text.contains(QStringLiteral("5천억달러(약 710조원)")));
    QCOMPARE(imported->article.source, QStringLiteral("stargate-ko.txt"));
    // Each line of the source is a paragraph.
    QVERIFY(imported->article.text.contains(QStringLiteral("\n\n머스크 CEO는")));
    QVERIFY(!imported->article.text.contains(QStringLiteral("\n\n\n")));
}

void TestTextImporter::nfcAgreesWithQt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("composed Korean") << QStringLiteral("5천억달러(약 710조원)");
    // 한 as its three conjoining jamo, in the middle of composed text.
    QTest::newRow("decomposed Hangul") << QStringLiteral("스타게이트 \u1112\u1161\u11AB 구상");
    QTest::newRow("combining acute") << QStringLiteral("Cafe\u0301 au lait, re\u0301sume\u0301");
    QTest::newRow("marks out of order") << QStringLiteral("a\u0323\u0302 q\u0307\u0323");
    QTest::newRow("mark at the start") << QStringLiteral("\u0301abc");
    QTest::newRow("compatibility kept") << QStringLiteral("ﬁ ① ｶ Å");
    QTest::newRow("astral") << QStringLiteral("\U0001D15E \U0001F600 e\u0301");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("e\u0301");
    QTest::newRow("composition exclusion") << QStringLiteral("\u0958 \u2126 \u212B");
}

void TestTextImporter::nfcAgreesWithQt()
{
    QFETCH(QString, text);
    QCOMPARE(CanonicalText::toNfc(text), text.normalized(QString::NormalizationForm_C));
}

void TestTextImporter::nfcIsLinear()
{
    // 2 MB of Korean after one combining mark: 25 s through QString::normalized.
    QString text = QStringLiteral("e\u0301 ");
    while (text.size() < 1024 * 1024)
        text += QStringLiteral("소프트뱅크는 1천억 달러를 투입한 뒤 추가로 4천억 달러를 투자할 계획이다. ");
    QElapsedTimer timer;
    timer.start();
    const QString nfc = CanonicalText::toNfc(text);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(nfc.size(), text.size() - 1);
    QVERIFY(nfc.startsWith(QStringLiteral("\u00E9 ")));
}

void TestTextImporter::datelineIsThePublicationDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::newRow("Korean dateline") << QStringLiteral("제목\n(서울=뉴스) 2024년 3월 15일 — 시는 밝혔다.")
                                     << QDate(2024, 3, 15);
    QTest::newRow("dotted dateline") << QStringLiteral("제목\n(서울=뉴스) 2024.03.05 시는 밝혔다.")
                                     << QDate(2024, 3, 5);
    QTest::newRow("English, month first")
        << QStringLiteral("Title\nLONDON, March 15, 2024 — The city said") << QDate(2024, 3, 15);
    QTest::newRow("English, abbreviated")
        << QStringLiteral("Title\nOSLO, Nov. 10, 2020 — It sold") << QDate(2020, 11, 10);
    QTest::newRow("English, day first") << QStringLiteral("Title\n15 March 2024\nThe city said") << QDate(2024, 3, 15);
    QTest::newRow("a bare day is no date") << QStringLiteral("제목\n시는 22일 밝혔다.") << QDate();
    QTest::newRow("a date deep in the text is no dateline")
        << QStringLiteral("a\nb\nc\nd\ne\nf\n2024년 3월 15일에 열린다.") << QDate();
    QTest::newRow("an impossible date") << QStringLiteral("제목\n2024년 2월 31일") << QDate();
}

void TestTextImporter::datelineIsThePublicationDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QCOMPARE(Dateline::find(text), published);
    auto imported = TextImporter::importBytes(text.toUtf8(), QStringLiteral("dated.txt"));
    QVERIFY(imported.ok());
    QCOMPARE(imported->article.publishedAt.date(), published);
}

QTEST_APPLESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
