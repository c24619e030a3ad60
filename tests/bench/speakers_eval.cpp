// Evaluates speaker attribution on the labelled quotes of the corpus articles
// (articles/*.expected.json): for each gold quote, whether a detected quote covers it,
// whether its speaker's entity is the gold canonical entity, and whether its role is
// the gold role. Precision counts the detected quotes with a speaker that cover a gold
// quote. Reported, not asserted: see docs/PERFORMANCE.md.
//
//   speakers_eval [ARTICLES_DIR] [--list]

#include "claimdetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace ClaimLedger;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool list = arguments.contains(QStringLiteral("--list"));
    QString dir = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/articles");
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(u'-'))
            dir = argument;
    QTextStream out(stdout);
    int gold = 0;
    int found = 0;
    int attributed = 0;
    int entityRight = 0;
    int roleGold = 0;
    int roleRight = 0;
    const QStringList expectations = QDir(dir).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    if (expectations.isEmpty()) {
        out << "speakers_eval: no *.expected.json in " << dir << Qt::endl;
        return 1;
    }
    for (const QString &name : expectations) {
        QFile expectedFile(dir + u'/' + name);
        QFile textFile(dir + u'/' + QString(name).replace(QStringLiteral(".expected.json"), QStringLiteral(".txt")));
        if (!expectedFile.open(QIODevice::ReadOnly) || !textFile.open(QIODevice::ReadOnly)) {
            out << "speakers_eval: cannot read " << name << Qt::endl;
            return 1;
        }
        const QString text = QString::fromUtf8(textFile.readAll());
        QList<Candidate> quotes;
        for (const Candidate &candidate : ClaimDetector::detect(text))
            if (candidate.kind == Candidate::Kind::Quote)
                quotes.append(candidate);
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        for (const QJsonValue value : expected.value(QStringLiteral("quotes")).toArray()) {
            const QJsonObject quote = value.toObject();
            const QString quoted = quote.value(QStringLiteral("text")).toString();
            const QString entity = quote.value(QStringLiteral("entity")).toString();
            const QString role = quote.value(QStringLiteral("role")).toString();
            ++gold;
            roleGold += !role.isEmpty();
            const Candidate *match = nullptr;
            for (const Candidate &candidate : std::as_const(quotes)) {
                if (candidate.quote.text.contains(quoted) || quoted.contains(candidate.quote.text)) {
                    match = &candidate;
                    break;
                }
            }
            if (!match) {
                if (list)
                    out << name << "\tquote not found\t" << quoted.left(40) << Qt::endl;
                continue;
            }
            ++found;
            attributed += !match->quote.entity.isEmpty();
            const bool right = match->quote.entity == entity;
            entityRight += right;
            roleRight += !role.isEmpty() && match->quote.speakerRole == role;
            if (list && (!right || (!role.isEmpty() && match->quote.speakerRole != role)))
                out << name << "\t" << quoted.left(30) << "\tgold " << entity << " (" << role << ")\tgot "
                    << match->quote.entity << " (" << match->quote.speakerRole << ")" << Qt::endl;
        }
    }
    const auto rate = [](int n, int d) { return QString::number(d ? double(n) / d : 0.0, 'f', 3); };
    out << "Speakers: " << gold << " labelled quotes in " << expectations.size() << " articles; quote found "
        << rate(found, gold) << Qt::endl;
    out << "  entity recall    " << rate(entityRight, gold) << "  (" << entityRight << "/" << gold << ")" << Qt::endl;
    out << "  entity precision " << rate(entityRight, attributed) << "  (" << entityRight << "/" << attributed
        << " attributed)" << Qt::endl;
    out << "  role right       " << rate(roleRight, roleGold) << "  (" << roleRight << "/" << roleGold << ")"
        << Qt::endl;
    return 0;
}
