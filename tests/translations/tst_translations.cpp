// Every user-visible string has a Korean translation: an untranslated entry in
// translations/claimledger_ko.ts (after `update_translations`) fails here. Counts are
// said with plural forms (%n), never a number glued to a plural noun ("1 claims").

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanIsComplete();
    void countsUsePluralForms();
};

void TestTranslations::koreanIsComplete()
{
    QFile file(QStringLiteral(CLAIMLEDGER_SOURCE_DIR "/translations/claimledger_ko.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    QStringList untranslated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            ++messages;
            const bool unfinished
                = xml.attributes().value(QLatin1StringView("type")) == QLatin1StringView("unfinished");
            // A plural message holds one <numerusform> per form; every one must be filled.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (unfinished || text.isEmpty())
                untranslated.append(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(" | "))));
}

void TestTranslations::countsUsePluralForms()
{
    // A placeholder followed by a plural noun reads "1 claims" for one: such a count
    // must be a %n message with its forms. Every plural message of the English
    // catalogue has both forms filled.
    QFile file(QStringLiteral(CLAIMLEDGER_SOURCE_DIR "/translations/claimledger_en.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QRegularExpression glued(QStringLiteral(
        R"(%L?\d\s+(?:of\s+%L?\d\s+)?(articles|claims|matches|results|sources|versions|quotes|figures|entries|)"
        R"(files|snapshots|links|tags|items|characters|words)\b)"));
    QXmlStreamReader xml(&file);
    QStringList offenders, unfilled;
    QString source;
    bool numerus = false;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1StringView("message")) {
            numerus = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
            forms = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
            if (glued.match(source).hasMatch())
                offenders.append(source);
        } else if (xml.isStartElement() && xml.name() == QLatin1StringView("numerusform")) {
            forms += xml.readElementText().isEmpty() ? 0 : 1;
        } else if (xml.isEndElement() && xml.name() == QLatin1StringView("message") && numerus && forms < 2) {
            unfilled.append(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(" | "))));
    QVERIFY2(unfilled.isEmpty(), qPrintable(unfilled.join(QStringLiteral(" | "))));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
