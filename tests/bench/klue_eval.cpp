// Evaluates the detector's figure and date spans against KLUE NER's quantity (QT) and
// date (DT) spans: precision, recall, and the spans it missed or made up.
//
//   klue_eval [KLUE_TSV] [--list N]
//
// Durations are scored with dates, as KLUE tags them (see isDuration below).
// A gold span counts as found when a detected span of the matching kind overlaps it;
// a detected span counts as right when it overlaps a gold span. Exact-boundary rates
// are printed too. Reported, not asserted: see docs/PERFORMANCE.md.

#include "claimdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

using namespace ClaimLedger;

namespace {

struct Span {
    qsizetype start;
    qsizetype end;
};

struct Sentence {
    QString id;
    QString text;
    QList<Span> quantities;
    QList<Span> dates;
};

QList<Sentence> readKlue(const QString &path)
{
    QList<Sentence> sentences;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sentences;
    Sentence current;
    QString openTag;
    qsizetype openStart = -1;
    auto closeSpan = [&](qsizetype end) {
        if (openStart >= 0) {
            if (openTag == QLatin1StringView("QT"))
                current.quantities.append({openStart, end});
            else if (openTag == QLatin1StringView("DT"))
                current.dates.append({openStart, end});
        }
        openStart = -1;
        openTag.clear();
    };
    auto finish = [&] {
        closeSpan(current.text.size());
        if (!current.text.isEmpty())
            sentences.append(current);
        current = Sentence();
    };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith(QLatin1StringView("## "))) {
            if (line.startsWith(QLatin1StringView("## klue"))) {
                finish();
                current.id = line.mid(3).section(u'\t', 0, 0);
            }
            continue;
        }
        if (line.isEmpty()) {
            finish();
            continue;
        }
        const qsizetype tab = line.lastIndexOf(u'\t');
        if (tab < 0)
            continue;
        const QString character = line.left(tab);
        const QString tag = line.mid(tab + 1);
        if (tag.startsWith(u'B') || tag == QLatin1StringView("O"))
            closeSpan(current.text.size());
        if (tag.startsWith(QLatin1StringView("B-"))) {
            openTag = tag.mid(2);
            openStart = current.text.size();
        }
        current.text += character;
    }
    finish();
    return sentences;
}

struct Score {
    qsizetype gold = 0;
    qsizetype found = 0;
    qsizetype foundExact = 0;
    qsizetype predicted = 0;
    qsizetype correct = 0;
    QStringList misses;
    QStringList falsePositives;
};

bool overlaps(const Span &a, qsizetype start, qsizetype end)
{
    return a.start < end && start < a.end;
}

/// KLUE tags spans of time ("14년 만에", "2년간", "한 달") as dates (DT) or times (TI),
/// never as quantities (QT); the detector calls them figures with a duration unit.
/// Durations are therefore scored with the dates, every other figure with QT.
bool isDuration(const Candidate &candidate)
{
    return candidate.kind == Candidate::Kind::Figure
        && candidate.figure.unit.startsWith(QLatin1StringView("duration:"));
}

bool isQuantity(const Candidate &candidate)
{
    return candidate.kind == Candidate::Kind::Figure && !isDuration(candidate);
}

bool isDateLike(const Candidate &candidate)
{
    return candidate.kind == Candidate::Kind::Date || isDuration(candidate);
}

void score(const Sentence &sentence, const QList<Span> &gold, const QList<Candidate> &candidates,
           bool (*selected)(const Candidate &), Score *result)
{
    QList<const Candidate *> predicted;
    for (const Candidate &candidate : candidates) {
        if (selected(candidate))
            predicted.append(&candidate);
    }
    result->gold += gold.size();
    result->predicted += predicted.size();
    for (const Span &span : gold) {
        bool found = false;
        bool exact = false;
        for (const Candidate *candidate : std::as_const(predicted)) {
            if (overlaps(span, candidate->start, candidate->end)) {
                found = true;
                exact = exact || (candidate->start == span.start && candidate->end == span.end);
            }
        }
        result->found += found;
        result->foundExact += exact;
        if (!found)
            result->misses.append(
                QStringLiteral("%1\t%2\t%3")
                    .arg(sentence.id, sentence.text.mid(span.start, span.end - span.start), sentence.text));
    }
    for (const Candidate *candidate : std::as_const(predicted)) {
        bool right = false;
        for (const Span &span : gold)
            right = right || overlaps(span, candidate->start, candidate->end);
        result->correct += right;
        if (!right)
            result->falsePositives.append(
                QStringLiteral("%1\t%2\t%3").arg(sentence.id, candidate->text, sentence.text));
    }
}

void report(QTextStream &out, const QString &name, const Score &score, int list)
{
    const double recall = score.gold ? double(score.found) / double(score.gold) : 0.0;
    const double precision = score.predicted ? double(score.correct) / double(score.predicted) : 0.0;
    out << name << ": gold " << score.gold << ", detected " << score.predicted << Qt::endl;
    out << "  recall    " << QString::number(recall, 'f', 3) << "  (" << score.found << "/" << score.gold
        << "; exact boundaries "
        << QString::number(score.gold ? double(score.foundExact) / double(score.gold) : 0, 'f', 3) << ")" << Qt::endl;
    out << "  precision " << QString::number(precision, 'f', 3) << "  (" << score.correct << "/" << score.predicted
        << ")" << Qt::endl;
    out << "  F1        "
        << QString::number(recall + precision > 0 ? 2 * recall * precision / (recall + precision) : 0, 'f', 3)
        << Qt::endl;
    if (list > 0) {
        out << "  misses (first " << list << " of " << score.misses.size() << "):" << Qt::endl;
        for (const QString &miss : score.misses.mid(0, list))
            out << "    " << miss << Qt::endl;
        out << "  false positives (first " << list << " of " << score.falsePositives.size() << "):" << Qt::endl;
        for (const QString &fp : score.falsePositives.mid(0, list))
            out << "    " << fp << Qt::endl;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int list = 20;
    const qsizetype listAt = arguments.indexOf(QStringLiteral("--list"));
    if (listAt >= 0 && listAt + 1 < arguments.size()) {
        list = arguments.at(listAt + 1).toInt();
        arguments.remove(listAt, 2);
    }
    const QString path
        = arguments.value(0, QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/klue-ner/klue-ner-v1.1_dev-even.tsv"));
    const QList<Sentence> sentences = readKlue(path);
    QTextStream out(stdout);
    if (sentences.isEmpty()) {
        QTextStream(stderr) << "klue_eval: cannot read sentences from " << path << Qt::endl;
        return 1;
    }
    Score quantities;
    Score dates;
    for (const Sentence &sentence : sentences) {
        const QList<Candidate> candidates = ClaimDetector::detect(sentence.text);
        score(sentence, sentence.quantities, candidates, isQuantity, &quantities);
        score(sentence, sentence.dates, candidates, isDateLike, &dates);
    }
    out << "KLUE NER: " << sentences.size() << " sentences from " << path << Qt::endl;
    report(out, QStringLiteral("QT (quantities) vs figures other than durations"), quantities, list);
    report(out, QStringLiteral("DT (dates) vs dates and durations"), dates, list);
    return 0;
}
