// Re-anchoring over ../shared/corpus/reanchor: every quote of each original text is
// found again in the edited text from its selectors alone (as a claim is carried to a
// new version), then scored as score-reanchor.py scores it. Prints the scorer's
// figures and the time the anchoring took (index building included, file reading not).
//
//   reanchor_eval [--list] [--pred FILE] [--repeat N] [--large]
//   --list   print each quote placed wrong, with what was found
//   --pred   also write the predictions in the scorer's format (to check the figures
//            with python3 score-reanchor.py pairs FILE)
//   --large  also carry 5,000 quotes over a generated 5 MB article with edits (the
//            bad-input case of a long article with many claims) and print the time
#include "quoteanchor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

namespace {

struct Pair {
    QString name;
    QString edited;
    QJsonArray quotes;
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

double overlap(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    const qsizetype inter = std::max<qsizetype>(0, std::min(a1, b1) - std::max(a0, b0));
    const qsizetype uni = std::max(a1, b1) - std::min(a0, b0);
    return uni > 0 ? double(inter) / double(uni) : 0.0;
}

/// A 5 MB article of generated sentences, 5,000 claims on it, and an edited copy: a
/// line on top, the number changed in every tenth quoted sentence, one in fifty removed.
void largeArticle()
{
    // A vocabulary of 5,000 made-up words, English-like and Korean, drawn with a
    // Zipf-like skew as words of a real text are (a few very common, most rare).
    QRandomGenerator random(20261202);
    const QStringList syllables = {u"ba"_s, u"con"_s, u"de"_s, u"ter"_s, u"mi"_s, u"sto"_s, u"ra"_s,  u"pol"_s,
                                   u"in"_s, u"ves"_s, u"ta"_s, u"gre"_s, u"un"_s, u"lo"_s,  u"shi"_s, u"ment"_s};
    QStringList words;
    for (int w = 0; w < 5000; ++w) {
        QString word;
        const int parts = 1 + int(random.bounded(3));
        for (int k = 0; k < parts; ++k)
            word += w % 3 == 0 ? QString(QChar(char16_t(0xac00 + random.bounded(11172))))
                               : syllables.at(random.bounded(syllables.size()));
        words.append(word);
    }
    auto pick = [&] {
        const double u = random.generateDouble();
        return words.at(std::min<qsizetype>(words.size() - 1, qsizetype(std::pow(double(words.size()), u)) - 1));
    };
    QStringList sentences;
    qsizetype size = 0;
    while (size < 5'000'000) {
        QString sentence;
        const int length = 8 + int(random.bounded(20));
        for (int w = 0; w < length; ++w)
            sentence += pick() + u' ';
        sentence += QString::number(random.bounded(100000)) + u'.';
        size += sentence.size() + 1;
        sentences.append(sentence);
    }
    const QString original = sentences.join(u' ');
    const qsizetype step = sentences.size() / 5000;
    QStringList edits = sentences;
    for (qsizetype k = 0; k * step < edits.size(); ++k) {
        if (k % 10 == 3)
            edits[k * step].replace(u'.', u"0."_s);
        else if (k % 50 == 7)
            edits[k * step].clear();
    }
    const QString edited = u"Update: corrected.\n"_s + edits.join(u' ');
    QList<QuoteAnchor::Target> targets;
    for (qsizetype i = 0, at = 0; i < sentences.size(); ++i) {
        if (i % step == 0 && targets.size() < 5000)
            targets.append({TextQuoteSelector::fromSpan(original, at, at + sentences.at(i).size()), at});
        at += sentences.at(i).size() + 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QuoteAnchor anchor(edited);
    const qint64 indexing = timer.nsecsElapsed();
    int exact = 0, changed = 0, orphaned = 0;
    for (const QuoteAnchor::Target &target : std::as_const(targets)) {
        switch (anchor.find(target).status) {
        case Anchoring::Status::Exact:
            ++exact;
            break;
        case Anchoring::Status::Changed:
            ++changed;
            break;
        case Anchoring::Status::Orphaned:
            ++orphaned;
            break;
        }
    }
    std::printf("large: %lld quotes over %lld characters in %.1f ms (index %.1f ms); exact %d, changed %d, "
                "orphaned %d\n",
                qlonglong(targets.size()), qlonglong(edited.size()), double(timer.nsecsElapsed()) / 1e6,
                double(indexing) / 1e6, exact, changed, orphaned);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool list = args.contains(QStringLiteral("--list"));
    const qsizetype predAt = args.indexOf(QStringLiteral("--pred"));
    const QString predPath = predAt > 0 && predAt + 1 < args.size() ? args.at(predAt + 1) : QString();
    const qsizetype repeatAt = args.indexOf(QStringLiteral("--repeat"));
    const int repeat = repeatAt > 0 && repeatAt + 1 < args.size() ? std::max(1, args.at(repeatAt + 1).toInt()) : 1;

    const QDir set(QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/reanchor/pairs"));
    if (!set.exists()) {
        std::fprintf(stderr, "no re-anchoring set at %s\n", qPrintable(set.path()));
        return 1;
    }
    QList<Pair> pairs;
    qsizetype characters = 0;
    for (const QString &name : set.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile quotes(set.filePath(name + QStringLiteral("/quotes.json")));
        if (!quotes.open(QIODevice::ReadOnly))
            continue;
        Pair pair{name, readText(set.filePath(name + QStringLiteral("/edited.txt"))),
                  QJsonDocument::fromJson(quotes.readAll()).array()};
        characters += pair.edited.size();
        pairs.append(pair);
    }

    QMap<QString, QList<Anchoring>> found;
    QElapsedTimer timer;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 0; round < repeat; ++round) {
        found.clear();
        timer.start();
        for (const Pair &pair : std::as_const(pairs)) {
            const QuoteAnchor anchor(pair.edited);
            QList<Anchoring> &results = found[pair.name];
            for (const QJsonValue &value : pair.quotes) {
                const QJsonObject q = value.toObject();
                QuoteAnchor::Target target;
                target.quote
                    = {q.value(u"exact").toString(), q.value(u"prefix").toString(), q.value(u"suffix").toString()};
                target.oldStart = q.value(u"start").toInteger();
                results.append(anchor.find(target));
            }
        }
        best = std::min(best, timer.nsecsElapsed());
    }

    int n = 0, placed = 0, silent = 0, reviewWrong = 0, reviewed = 0;
    int tp = 0, fp = 0, fn = 0, ftp = 0, ffn = 0, ffp = 0;
    QMap<QString, std::pair<int, int>> byKind;
    QJsonObject pred;
    for (const Pair &pair : std::as_const(pairs)) {
        const QList<Anchoring> &results = found.value(pair.name);
        QJsonArray predictions;
        for (qsizetype i = 0; i < pair.quotes.size(); ++i) {
            const QJsonObject q = pair.quotes.at(i).toObject();
            const Anchoring &a = results.at(i);
            ++n;
            const bool orphaned = a.status == Anchoring::Status::Orphaned;
            reviewed += a.needsReview ? 1 : 0;
            const QJsonValue expected = q.value(u"expected");
            const bool changed = q.value(u"changed").toBool();
            const QString kind = q.value(u"kind").toString()
                + (expected.isNull() ? QStringLiteral("/deleted")
                       : changed     ? QStringLiteral("/changed")
                                     : QStringLiteral("/same"));
            auto &tally = byKind[kind];
            ++tally.second;
            const qsizetype es = expected.toObject().value(u"start").toInteger();
            const qsizetype ee = expected.toObject().value(u"end").toInteger();
            const bool ok = expected.isNull() ? orphaned : !orphaned && overlap(a.start, a.end, es, ee) >= 0.8;
            if (!orphaned && (expected.isNull() || overlap(a.start, a.end, es, ee) < 0.5)) {
                if (a.needsReview)
                    ++reviewWrong;
                else
                    ++silent;
            }
            if (ok && list && a.similarity < 0.7)
                std::printf("weak %s#%lld %s sim=%.2f\n", qPrintable(pair.name), qlonglong(i), qPrintable(kind),
                            a.similarity);
            if (ok) {
                ++placed;
                ++tally.first;
            } else if (list) {
                const QStringView got
                    = orphaned ? QStringView() : QStringView(pair.edited).sliced(a.start, a.end - a.start);
                const QString truth = expected.isNull() ? QStringLiteral("(deleted)") : pair.edited.mid(es, ee - es);
                std::printf("miss %s#%lld %s %s%s sim=%.2f\n  quote: %s\n  truth: %s\n  found: %s\n",
                            qPrintable(pair.name), qlonglong(i), qPrintable(kind),
                            qPrintable(Anchoring::statusName(a.status)), a.needsReview ? " review" : "", a.similarity,
                            qPrintable(q.value(u"exact").toString()), qPrintable(truth), qPrintable(got.toString()));
            }
            if (!expected.isNull() && !orphaned) {
                const bool saidChanged = a.status == Anchoring::Status::Changed;
                if (changed && saidChanged)
                    ++tp;
                else if (changed)
                    ++fn;
                else if (saidChanged)
                    ++fp;
                const bool figureChanged = q.value(u"figure_changed").toBool();
                if (figureChanged && a.figureChanged)
                    ++ftp;
                else if (figureChanged)
                    ++ffn;
                else if (a.figureChanged)
                    ++ffp;
                if (list && (changed != saidChanged || figureChanged != a.figureChanged) && ok)
                    std::printf("flag %s#%lld changed %d/%d figure %d/%d\n  quote: %s\n  found: %s\n",
                                qPrintable(pair.name), qlonglong(i), changed, saidChanged, figureChanged,
                                a.figureChanged, qPrintable(q.value(u"exact").toString()),
                                qPrintable(pair.edited.mid(a.start, a.end - a.start)));
            }
            QJsonObject p{{QStringLiteral("status"), Anchoring::statusName(a.status)},
                          {QStringLiteral("figure_changed"), a.figureChanged},
                          {QStringLiteral("review"), a.needsReview}};
            if (!orphaned) {
                p.insert(QStringLiteral("start"), a.start);
                p.insert(QStringLiteral("end"), a.end);
            }
            predictions.append(p);
        }
        pred.insert(pair.name, predictions);
    }
    if (!predPath.isEmpty()) {
        QFile out(predPath);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(QJsonDocument(pred).toJson(QJsonDocument::Compact));
    }

    const double P = tp + fp ? double(tp) / (tp + fp) : 1.0;
    const double R = tp + fn ? double(tp) / (tp + fn) : 1.0;
    const double F = P + R > 0 ? 2 * P * R / (P + R) : 0.0;
    const double FR = ftp + ffn ? double(ftp) / (ftp + ffn) : 1.0;
    const double FP = ftp + ffp ? double(ftp) / (ftp + ffp) : 1.0;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("%s\t%d/%d\n", qPrintable(it.key()), it->first, it->second);
    std::printf("change detection P=%.3f R=%.3f; figure change P=%.3f R=%.3f; wrong but marked for review=%d; "
                "marked for review=%d\n",
                P, R, FP, FR, reviewWrong, reviewed);
    std::printf("placed=%.4f silent=%d changeF1=%.3f figureR=%.3f n=%d\n", double(placed) / std::max(1, n), silent, F,
                FR, n);
    timer.start();
    for (const Pair &pair : std::as_const(pairs))
        QuoteAnchor anchor(pair.edited);
    const qint64 indexing = timer.nsecsElapsed();
    std::printf("time: %.1f ms for %d quotes in %lld characters (best of %d; reading the texts: %.1f ms)\n",
                double(best) / 1e6, n, qlonglong(characters), repeat, double(indexing) / 1e6);
    if (args.contains(QStringLiteral("--large")))
        largeArticle();
    return 0;
}
