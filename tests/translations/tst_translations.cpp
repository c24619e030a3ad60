// Every user-visible string has a Korean translation: an untranslated entry in
// translations/claimledger_ko.ts (after `update_translations`) fails here.

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void koreanIsComplete();
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

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
