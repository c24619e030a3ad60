// Project file at scale: generates 10,000 articles, 100,000 claims, 20,000 sources and
// 200,000 evidence links, then times what the window and the command line do first —
// open, the first 1,000 claims in table order, a verdict filter, full-text search for a
// Korean and an English word — and reports peak memory. The same queries run through
// the sqlite3 shell on the same file, for comparison.
//
//   project_bench [FILE]        (default: build/bench/scale.claimledger, rewritten)

#include "newstext.h"
#include "processmemory.h"
#include "project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

using namespace ClaimLedger;

namespace {

constexpr int Articles = 10000;
constexpr int ClaimsPerArticle = 10;
constexpr int Sources = 20000;
constexpr int EvidencePerClaim = 2;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct ShellTiming {
    double milliseconds = -1;
    QString error;
};

/// Runs SQL in the sqlite3 shell with .timer on and returns SQLite's own "real" time.
ShellTiming sqliteShell(const QString &file, const QString &sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
    if (!shell.waitForStarted())
        return {-1, QStringLiteral("sqlite3 is not installed")};
    shell.write((QStringLiteral(".timer on\n") + sql + QStringLiteral(";\n.quit\n")).toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(120000);
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    double total = 0;
    bool found = false;
    for (auto it = timer.globalMatch(output); it.hasNext();) {
        total += it.next().captured(1).toDouble() * 1000.0;
        found = true;
    }
    if (!found)
        return {-1, QString::fromUtf8(shell.readAllStandardError()).trimmed()};
    return {total, {}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QCoreApplication::applicationDirPath() + QStringLiteral("/scale.claimledger");
    QFile::remove(path);

    QElapsedTimer timer;
    timer.start();
    {
        auto project = Project::create(path);
        if (!project) {
            out << "project_bench: " << project.error() << Qt::endl;
            return 1;
        }
        QRandomGenerator random(42);
        const Status generated = project.value()->inTransaction([&]() -> Status {
            QList<qint64> sourceIds;
            for (int i = 0; i < Sources; ++i) {
                Source source;
                source.kind = SourceKind(i % 8);
                source.title = QStringLiteral("Source %1: annual report on investment").arg(i);
                source.url = QStringLiteral("https://example.org/reports/%1").arg(i);
                source.publisher = QStringLiteral("Publisher %1").arg(i % 300);
                source.reliability = QChar(u'A' + i % 6);
                auto added = project.value()->addSource(source);
                if (!added)
                    return Error{added.error()};
                sourceIds.append(added->id);
            }
            for (int a = 0; a < Articles; ++a) {
                Article article;
                article.title = QStringLiteral("기사 %1: 투자 계획").arg(a);
                article.text = TestSupport::newsText(random);
                auto stored = project.value()->addArticle(article, article.text.toUtf8());
                if (!stored)
                    return Error{stored.error()};
                for (int c = 0; c < ClaimsPerArticle; ++c) {
                    Claim claim;
                    claim.articleId = stored->id;
                    claim.start = c * 30;
                    claim.end = claim.start + 20;
                    claim.quote = TextQuoteSelector::fromSpan(stored->text, claim.start, claim.end);
                    claim.verdict = allVerdicts().at(random.bounded(int(allVerdicts().size())));
                    claim.rationale = QStringLiteral("rationale %1").arg(c);
                    auto added = project.value()->addClaim(claim);
                    if (!added)
                        return Error{added.error()};
                    for (int e = 0; e < EvidencePerClaim; ++e) {
                        Evidence evidence;
                        evidence.claimId = added->id;
                        evidence.sourceId = sourceIds.at(random.bounded(int(sourceIds.size())));
                        evidence.stance = Stance(e % 4);
                        evidence.locator = QStringLiteral("p. %1").arg(e + 1);
                        if (auto linked = project.value()->addEvidence(evidence); !linked)
                            return Error{linked.error()};
                    }
                }
            }
            return {};
        });
        if (!generated) {
            out << "project_bench: " << generated.error() << Qt::endl;
            return 1;
        }
    }
    out << "generated " << Articles << " articles, " << Articles * ClaimsPerArticle << " claims, " << Sources
        << " sources, " << Articles * ClaimsPerArticle * EvidencePerClaim << " evidence links in "
        << QString::number(milliseconds(timer) / 1000.0, 'f', 1) << " s; file "
        << QString::number(double(QFile(path).size()) / 1e6, 'f', 1) << " MB" << Qt::endl;

    timer.restart();
    auto project = Project::open(path);
    const double openTime = milliseconds(timer);
    if (!project) {
        out << "project_bench: " << project.error() << Qt::endl;
        return 1;
    }

    timer.restart();
    const qsizetype firstRows = project.value()->claimsPage(0, 1000)->size();
    const double firstRowsTime = milliseconds(timer);
    timer.restart();
    const qsizetype falseClaims = project.value()->claimsWithVerdict(Verdict::False)->size();
    const double filterTime = milliseconds(timer);
    timer.restart();
    const qsizetype koreanHits = project.value()->search(QStringLiteral("소프트뱅크"))->size();
    const double koreanTime = milliseconds(timer);
    timer.restart();
    const qsizetype englishHits = project.value()->search(QStringLiteral("trillion"))->size();
    const double englishTime = milliseconds(timer);

    const ShellTiming shellOpen = sqliteShell(path, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    const ShellTiming shellRows = sqliteShell(
        path, QStringLiteral("SELECT * FROM claim ORDER BY article_id, start_offset, end_offset, id LIMIT 1000"));
    const ShellTiming shellFilter
        = sqliteShell(path,
                      QStringLiteral("SELECT * FROM claim WHERE verdict = 'false' ORDER BY article_id, start_offset, "
                                     "end_offset, id"));
    const ShellTiming shellKorean = sqliteShell(
        path,
        QStringLiteral("SELECT kind, object_id, snippet(search_index, 2, '[', ']', '…', 12) FROM search_index "
                       "WHERE search_index MATCH '\"소프트뱅크\"' ORDER BY rank LIMIT 50"));
    const ShellTiming shellEnglish = sqliteShell(
        path,
        QStringLiteral("SELECT kind, object_id, snippet(search_index, 2, '[', ']', '…', 12) FROM search_index "
                       "WHERE search_index MATCH '\"trillion\"' ORDER BY rank LIMIT 50"));

    auto line = [&out](const QString &what, double ours, const ShellTiming &shell, const QString &detail) {
        out << what << ": " << QString::number(ours, 'f', 1) << " ms";
        if (shell.milliseconds >= 0)
            out << " (sqlite3 " << QString::number(shell.milliseconds, 'f', 1) << " ms, ratio "
                << QString::number(ours / std::max(shell.milliseconds, 0.05), 'f', 2) << ")";
        else
            out << " (sqlite3: " << shell.error << ")";
        out << " " << detail << Qt::endl;
    };
    line(QStringLiteral("open"), openTime, shellOpen, QString());
    line(QStringLiteral("first 1,000 claims in table order"), firstRowsTime, shellRows,
         QStringLiteral("[%1 rows]").arg(firstRows));
    line(QStringLiteral("filter by verdict (false)"), filterTime, shellFilter,
         QStringLiteral("[%1 claims]").arg(falseClaims));
    line(QStringLiteral("search Korean 소프트뱅크"), koreanTime, shellKorean,
         QStringLiteral("[%1 hits]").arg(koreanHits));
    line(QStringLiteral("search English trillion"), englishTime, shellEnglish,
         QStringLiteral("[%1 hits]").arg(englishHits));
    out << "peak RSS: " << QString::number(double(TestSupport::peakResidentKilobytes()) / 1024.0, 'f', 1) << " MB"
        << Qt::endl;
    return 0;
}
