// Evaluates the figure checker on the hand-labelled consistency set
// (../shared/corpus/consistency/*.expected.json): relations found (kind and figures
// match), relations missed per kind, relations made up, and whether each found one's
// verdict (holds or not) is the labelled one. Reported, not asserted: see
// docs/PERFORMANCE.md.
//
//   consistency_eval [DIR] [--list]

#include "claimdetector.h"
#include "figurechecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTextStream>

using namespace ClaimLedger;

namespace {

// Where the labelled figure `id` is: its text's n-th occurrence.
QHash<QString, std::pair<qsizetype, qsizetype>> labelledSpans(const QString &text, const QJsonArray &figures)
{
    QHash<QString, std::pair<qsizetype, qsizetype>> spans;
    for (const QJsonValue value : figures) {
        const QJsonObject figure = value.toObject();
        const QString stated = figure.value(QStringLiteral("text")).toString();
        const int occurrence = figure.value(QStringLiteral("occurrence")).toInt(1);
        qsizetype at = -1;
        for (int n = 0; n < occurrence; ++n) {
            at = text.indexOf(stated, at + 1);
            if (at < 0)
                break;
        }
        if (at >= 0)
            spans.insert(figure.value(QStringLiteral("id")).toString(), {at, at + stated.size()});
    }
    return spans;
}

QStringList relationFigureIds(const QJsonObject &relation)
{
    const QString kind = relation.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1StringView("sum")) {
        QStringList ids;
        for (const QJsonValue part : relation.value(QStringLiteral("parts")).toArray())
            ids.append(part.toString());
        ids.append(relation.value(QStringLiteral("total")).toString());
        return ids;
    }
    if (kind == QLatin1StringView("percentage"))
        return {relation.value(QStringLiteral("part")).toString(), relation.value(QStringLiteral("whole")).toString(),
                relation.value(QStringLiteral("percent")).toString()};
    if (kind == QLatin1StringView("change"))
        return {relation.value(QStringLiteral("before")).toString(), relation.value(QStringLiteral("after")).toString(),
                relation.value(QStringLiteral("stated")).toString()};
    if (kind == QLatin1StringView("conversion"))
        return {relation.value(QStringLiteral("from")).toString(), relation.value(QStringLiteral("to")).toString()};
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool list = arguments.contains(QStringLiteral("--list"));
    QString dir = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/consistency");
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(u'-'))
            dir = argument;
    QTextStream out(stdout);
    QMap<QString, std::pair<int, int>> perKind; // kind → (gold, found)
    int detected = 0;
    int matched = 0;
    int verdictRight = 0;
    int falseAlarms = 0;
    QElapsedTimer timer;
    ExchangeRates::builtIn(); // read once, before the timing
    qint64 checkNanoseconds = 0;
    qint64 checkedBytes = 0;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "consistency_eval: no *.expected.json in " << dir << Qt::endl;
        return 1;
    }
    for (const QString &name : files) {
        QFile labels(dir + u'/' + name);
        QFile textFile(dir + u'/' + QString(name).replace(QStringLiteral(".expected.json"), QStringLiteral(".txt")));
        if (!labels.open(QIODevice::ReadOnly) || !textFile.open(QIODevice::ReadOnly)) {
            out << "consistency_eval: cannot read " << name << Qt::endl;
            return 1;
        }
        const QString text = QString::fromUtf8(textFile.readAll());
        const QJsonObject expected = QJsonDocument::fromJson(labels.readAll()).object();
        const QDate published = QDate::fromString(expected.value(QStringLiteral("published")).toString(), Qt::ISODate);
        ClaimDetector::Options options;
        options.published = published;
        const QList<Candidate> candidates = ClaimDetector::detect(text, options);
        timer.start();
        const QList<FigureRelation> relations = FigureChecker(text, candidates, published).check();
        checkNanoseconds += timer.nsecsElapsed();
        checkedBytes += text.toUtf8().size();
        const auto spans = labelledSpans(text, expected.value(QStringLiteral("figures")).toArray());
        // A detected relation's figures as the set of labelled ids they overlap.
        const auto idsOf = [&](const FigureRelation &relation) {
            QSet<QString> ids;
            for (const qsizetype index : relation.figures) {
                const Candidate &figure = candidates.at(index);
                for (auto it = spans.cbegin(); it != spans.cend(); ++it)
                    if (figure.start < it->second && it->first < figure.end)
                        ids.insert(it.key());
            }
            return ids;
        };
        QList<bool> used(relations.size(), false);
        detected += int(relations.size());
        for (const QJsonValue value : expected.value(QStringLiteral("relations")).toArray()) {
            const QJsonObject relation = value.toObject();
            const QString kind = relation.value(QStringLiteral("kind")).toString();
            ++perKind[kind].first;
            const QStringList wanted = relationFigureIds(relation);
            const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
            qsizetype found = -1;
            for (qsizetype r = 0; r < relations.size() && found < 0; ++r)
                if (!used.at(r) && relationKindKey(relations.at(r).kind) == kind && idsOf(relations.at(r)) == wantedSet)
                    found = r;
            if (found < 0) {
                if (list && !wanted.isEmpty())
                    out << name << "\tmissed\t" << kind << ' ' << wanted.join(u',') << Qt::endl;
                continue;
            }
            used[found] = true;
            ++matched;
            ++perKind[kind].second;
            const bool holds = relation.value(QStringLiteral("holds")).toBool();
            const bool right = (relations.at(found).verdict == FigureRelation::Verdict::Holds) == holds
                && relations.at(found).verdict != FigureRelation::Verdict::Unchecked;
            verdictRight += right;
            if (list && !right)
                out << name << "\twrong verdict\t" << relations.at(found).calculation << Qt::endl;
        }
        for (qsizetype r = 0; r < relations.size(); ++r) {
            if (used.at(r))
                continue;
            const bool alarm = relations.at(r).verdict == FigureRelation::Verdict::DoesNotHold;
            falseAlarms += alarm;
            if (list)
                out << name << "\tmade up" << (alarm ? " (a false alarm)" : "") << '\t' << relations.at(r).calculation
                    << Qt::endl;
        }
    }
    const auto rate = [](int n, int d) { return QString::number(d ? double(n) / d : 0.0, 'f', 3); };
    int gold = 0;
    out << "Consistency: " << files.size() << " articles" << Qt::endl;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
        gold += it->first;
        out << "  " << it.key() << ": " << it->second << " of " << it->first << " found" << Qt::endl;
    }
    out << "  relations: recall " << rate(matched, gold) << " (" << matched << "/" << gold << "), precision "
        << rate(matched, detected) << " (" << matched << "/" << detected << ")" << Qt::endl;
    out << "  verdict right on " << rate(verdictRight, matched) << " of those found; false alarms: " << falseAlarms
        << Qt::endl;
    out << "  checking took " << QString::number(double(checkNanoseconds) / 1e6 / files.size(), 'f', 3)
        << " ms an article (" << QString::number(double(checkedBytes) / files.size() / 1024.0, 'f', 1)
        << " KB on average), after detection" << Qt::endl;
    return 0;
}
