// Evaluates the HTML extractor against Mozilla Readability's output on real pages:
// per page and in total, the word-level F1 of the extracted text against expected.html
// (each CJK character a word, whitespace normalized), whether the title matches
// expected-metadata.json, and the time taken — next to the time libxml2 takes only to
// parse the same pages.
//
//   readability_eval [PAGES_FOLDER] [--quiet]

#include "articleimporter.h"
#include "encodingdetector.h"
#include "htmlextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace ClaimLedger;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCjk(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
        || script == QChar::Script_Hangul;
}

/// Words: runs of non-space characters, each CJK character a word of its own.
QHash<QString, int> words(const QString &text)
{
    QHash<QString, int> bag;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            ++bag[word];
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace()) {
            flush();
        } else if (isCjk(c)) {
            flush();
            ++bag[QString(c)];
        } else {
            word += c;
        }
    }
    flush();
    return bag;
}

double f1(const QHash<QString, int> &found, const QHash<QString, int> &expected)
{
    qsizetype common = 0;
    qsizetype foundTotal = 0;
    qsizetype expectedTotal = 0;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        foundTotal += it.value();
        common += std::min(it.value(), expected.value(it.key()));
    }
    for (const int count : expected)
        expectedTotal += count;
    if (foundTotal == 0 || expectedTotal == 0)
        return foundTotal == expectedTotal ? 1.0 : 0.0;
    const double precision = double(common) / double(foundTotal);
    const double recall = double(common) / double(expectedTotal);
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool quiet = arguments.removeAll(QStringLiteral("--quiet")) > 0;
    const QString folder = arguments.value(0, QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/readability/pages"));
    QTextStream out(stdout);
    const QStringList pages = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (pages.isEmpty()) {
        QTextStream(stderr) << "readability_eval: no pages in " << folder << Qt::endl;
        return 1;
    }

    double totalF1 = 0;
    int titles = 0;
    qint64 extractNanoseconds = 0;
    qint64 parseNanoseconds = 0;
    qint64 bytes = 0;
    QList<std::pair<double, QString>> worst;
    for (const QString &page : pages) {
        const QString dir = folder + u'/' + page;
        const QByteArray source = readAll(dir + QStringLiteral("/source.html"));
        const QString expectedText
            = HtmlExtractor::textOf(QString::fromUtf8(readAll(dir + QStringLiteral("/expected.html")))).join(u' ');
        const QJsonObject metadata
            = QJsonDocument::fromJson(readAll(dir + QStringLiteral("/expected-metadata.json"))).object();
        bytes += source.size();

        QElapsedTimer timer;
        timer.start();
        auto imported = ArticleImporter::importBytes(source, QStringLiteral("source.html"), "text/html",
                                                     QUrl(QStringLiteral("http://fakehost/test/page.html")));
        extractNanoseconds += timer.nsecsElapsed();

        // The parser alone, on the same bytes decoded the same way.
        const QByteArray utf8
            = EncodingDetector::decode(source, EncodingDetector::declaredInHtml(source)).text.toUtf8();
        timer.restart();
        HtmlExtractor::parseOnly(utf8);
        parseNanoseconds += timer.nsecsElapsed();

        const QString text = imported ? imported->article.text : QString();
        const double score = f1(words(text), words(expectedText));
        const QString expectedTitle = metadata.value(QStringLiteral("title")).toString().simplified();
        const bool titleMatches = imported && imported->article.title.simplified() == expectedTitle;
        totalF1 += score;
        titles += titleMatches;
        worst.append({score, page});
        if (!quiet)
            out << QStringLiteral("%1  F1 %2  title %3")
                       .arg(page, -48)
                       .arg(score, 0, 'f', 3)
                       .arg(titleMatches ? QStringLiteral("ok") : QStringLiteral("differs"))
                << Qt::endl;
    }
    std::sort(worst.begin(), worst.end());
    out << "pages: " << pages.size() << " (" << QString::number(double(bytes) / 1e6, 'f', 1) << " MB)" << Qt::endl;
    out << "mean F1: " << QString::number(totalF1 / double(pages.size()), 'f', 3) << Qt::endl;
    out << "titles matching: " << titles << "/" << pages.size() << Qt::endl;
    out << "extraction (decode, parse, extract): " << QString::number(double(extractNanoseconds) / 1e9, 'f', 3)
        << " s; parse only: " << QString::number(double(parseNanoseconds) / 1e9, 'f', 3) << " s; ratio "
        << QString::number(double(extractNanoseconds) / double(std::max<qint64>(parseNanoseconds, 1)), 'f', 2)
        << Qt::endl;
    out << "lowest F1:";
    for (qsizetype i = 0; i < std::min<qsizetype>(8, worst.size()); ++i)
        out << " " << worst.at(i).second << " (" << QString::number(worst.at(i).first, 'f', 2) << ")";
    out << Qt::endl;
    return 0;
}
