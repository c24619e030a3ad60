// Detector throughput: runs ClaimDetector over the corpus repeated to at least 50 MB
// (UTF-8) and prints MB/s, next to one precompiled QRegularExpression scanning the same
// text for digits, and the ratio. Runs on a quarter and a half of the text as well, to
// show the cost grows linearly.
//
//   detector_bench [MEGABYTES]

#include "claimdetector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

using namespace ClaimLedger;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The sample articles and the KLUE sentences (their entity markup removed).
QString corpusText()
{
    const QString corpus = QStringLiteral(CLAIMLEDGER_CORPUS_DIR);
    QString text = readFile(corpus + QStringLiteral("/articles/stargate-ko.txt")) + QStringLiteral("\n\n")
        + readFile(corpus + QStringLiteral("/articles/stargate-en.txt")) + QStringLiteral("\n\n");
    const QString klue = readFile(corpus + QStringLiteral("/klue-ner/klue-ner-v1.1_dev-even.tsv"));
    static const QRegularExpression markup(QStringLiteral("<([^:<>]+):[A-Z]{2}>"));
    for (const QStringView line : QStringTokenizer(klue, u'\n')) {
        if (!line.startsWith(u"## klue"))
            continue;
        QString sentence = line.sliced(line.indexOf(u'\t') + 1).toString();
        sentence.replace(markup, QStringLiteral("\\1"));
        text += sentence + QStringLiteral("\n\n");
    }
    return text;
}

struct Timing {
    double seconds;
    qsizetype found;
};

Timing timeDetector(QStringView text)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype found = ClaimDetector::detect(text).size();
    return {double(timer.nsecsElapsed()) / 1e9, found};
}

Timing timeRegex(const QString &text, const QRegularExpression &digits)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype found = 0;
    for (auto it = digits.globalMatch(text); it.hasNext(); it.next())
        ++found;
    return {double(timer.nsecsElapsed()) / 1e9, found};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const double targetMegabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 50.0;
    const QString base = corpusText();
    if (base.size() < 1000) {
        QTextStream(stderr) << "detector_bench: the corpus is not beside the checkout" << Qt::endl;
        return 1;
    }
    const qsizetype baseBytes = base.toUtf8().size();
    QString text;
    const qsizetype repeats = qsizetype(targetMegabytes * 1e6 / double(baseBytes)) + 1;
    text.reserve(base.size() * repeats);
    for (qsizetype i = 0; i < repeats; ++i)
        text += base;
    const double megabytes = double(baseBytes) * double(repeats) / 1e6;
    out << "text: " << QString::number(megabytes, 'f', 1) << " MB of UTF-8 (" << repeats << " copies of "
        << QString::number(double(baseBytes) / 1e6, 'f', 2) << " MB of corpus)" << Qt::endl;

    for (const int part : {4, 2}) {
        const qsizetype length = text.size() / part;
        const Timing timing = timeDetector(QStringView(text).first(length));
        out << "detector on 1/" << part << ": " << QString::number(megabytes / part / timing.seconds, 'f', 1)
            << " MB/s (" << QString::number(timing.seconds, 'f', 2) << " s, " << timing.found << " candidates)"
            << Qt::endl;
    }
    const Timing detector = timeDetector(text);
    const QRegularExpression digits(QStringLiteral("\\d+"));
    digits.optimize();
    const Timing regex = timeRegex(text, digits);
    const double detectorRate = megabytes / detector.seconds;
    const double regexRate = megabytes / regex.seconds;
    out << "detector on all: " << QString::number(detectorRate, 'f', 1) << " MB/s ("
        << QString::number(detector.seconds, 'f', 2) << " s, " << detector.found << " candidates)" << Qt::endl;
    out << "QRegularExpression \\d+: " << QString::number(regexRate, 'f', 1) << " MB/s ("
        << QString::number(regex.seconds, 'f', 2) << " s, " << regex.found << " matches)" << Qt::endl;
    out << "detector / regex speed: " << QString::number(detectorRate / regexRate, 'f', 2) << Qt::endl;
    return 0;
}
