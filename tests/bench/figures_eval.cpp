// Evaluates the figure detector on a table of sentences with the figure each holds
// (tests/data/figures/*.tsv: class, text, span, value, unit), per class: how many
// expected figures a detected one overlaps, matches exactly, and reads with the right
// value and unit. Reported, not asserted: see docs/PERFORMANCE.md. `--list` shows
// each miss for a person to judge.
//
//   figures_eval [TSV] [--list]     (default: tests/data/figures/english-heldout.tsv)

#include "claimdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QTextStream>

#include <cmath>
#include <utility>

using namespace ClaimLedger;

namespace {

struct Score {
    int cases = 0;
    int overlapped = 0;
    int exact = 0;
    int valueRight = 0;
};

bool sameNumber(const QString &detected, const QString &expected)
{
    bool a = false;
    bool b = false;
    const double x = detected.toDouble(&a);
    const double y = expected.toDouble(&b);
    return a && b && std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y));
}

// "5~7" against a range figure, a number against anything else.
bool sameValue(const Candidate &figure, const QString &expected)
{
    const qsizetype tilde = expected.indexOf(u'~');
    if (tilde < 0)
        return !figure.figure.isRange && sameNumber(figure.figure.value.toString(), expected);
    return figure.figure.isRange && sameNumber(figure.figure.value.toString(), expected.left(tilde))
        && sameNumber(figure.figure.high.toString(), expected.mid(tilde + 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool list = arguments.contains(QStringLiteral("--list"));
    QString path = QStringLiteral(CLAIMLEDGER_SOURCE_DIR "/tests/data/figures/english-heldout.tsv");
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(u'-'))
            path = argument;
    QTextStream out(stdout);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        out << "figures_eval: cannot read " << path << Qt::endl;
        return 1;
    }
    QMap<QString, Score> scores;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith(u'#') || line.isEmpty())
            continue;
        if (std::exchange(header, false))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 5) {
            out << "figures_eval: a row needs 5 columns: " << line << Qt::endl;
            return 1;
        }
        const QString &text = fields.at(1);
        const QString &span = fields.at(2);
        const qsizetype start = text.indexOf(span);
        const qsizetype end = start + span.size();
        Score &score = scores[fields.at(0)];
        ++score.cases;
        bool overlapped = false;
        bool exact = false;
        bool right = false;
        QStringList seen;
        for (const Candidate &figure : ClaimDetector::detect(text)) {
            if (figure.kind != Candidate::Kind::Figure)
                continue;
            seen.append(
                QStringLiteral("%1=%2 %3").arg(figure.text, figure.figure.value.toString(), figure.figure.unit));
            if (start < 0 || figure.end <= start || figure.start >= end)
                continue;
            overlapped = true;
            exact = exact || (figure.start == start && figure.end == end);
            right = right || (sameValue(figure, fields.at(3)) && figure.figure.unit == fields.at(4));
        }
        score.overlapped += overlapped;
        score.exact += exact;
        score.valueRight += right;
        if (list && !right)
            out << fields.at(0) << "\tmissed\t" << span << " = " << fields.at(3) << ' ' << fields.at(4)
                << "\tgot: " << seen.join(QStringLiteral("; ")) << Qt::endl;
    }
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const Score &score = it.value();
        const auto rate = [&score](int n) { return QString::number(double(n) / std::max(1, score.cases), 'f', 3); };
        out << it.key() << ": " << score.cases << " expected figures; span found " << rate(score.overlapped)
            << ", exact span " << rate(score.exact) << ", value and unit right " << rate(score.valueRight) << Qt::endl;
    }
    return 0;
}
