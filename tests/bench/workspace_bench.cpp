// The workspace at scale: a project with 100,000 claims — one long article with 5,000
// highlights (one in ten nested in another) and 1,900 articles with 50 claims each —
// opened in the main window. Prints the time to first paint, then scrolls the claims
// table and the long article end to end a page at a time, painting each page, and
// prints the longest of those frames: a frame is the event-loop stall a user scrolling
// would feel.
//
//   workspace_bench [FILE]     (default: build/bench/workspace.claimledger, made once)

#include "articleview.h"
#include "claimhighlighter.h"
#include "claimspane.h"
#include "claimtablemodel.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "newstext.h"
#include "processmemory.h"
#include "project.h"
#include "projectdocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace ClaimLedger;

namespace {

constexpr int ShortArticles = 1900;
constexpr int ClaimsPerShortArticle = 50;
constexpr int LongArticleClaims = 5000;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Status generate(const QString &finalPath)
{
    // Made under another name and renamed, so a failed run leaves nothing to reuse.
    const QString path = finalPath + QStringLiteral(".partial");
    QFile::remove(path);
    auto project = Project::create(path);
    if (!project)
        return Error{project.error()};
    QRandomGenerator random(7);
    auto addArticle = [&](const QString &title, const QString &text, int claims) -> Status {
        const qsizetype spacing = (text.size() - 20) / claims;
        Article article;
        article.title = title;
        article.text = text;
        auto stored = project.value()->addArticle(article, text.toUtf8());
        if (!stored)
            return Error{stored.error()};
        for (int c = 0; c < claims; ++c) {
            Claim claim;
            claim.articleId = stored->id;
            // Every tenth claim lies inside the one before it.
            claim.start = c % 10 == 9 ? (c - 1) * spacing + 4 : c * spacing;
            claim.end = claim.start + (c % 10 == 9 ? 4 : std::min<qsizetype>(spacing - 1, 14));
            claim.quote = TextQuoteSelector::fromSpan(stored->text, claim.start, claim.end);
            claim.verdict = allVerdicts().at(random.bounded(int(allVerdicts().size())));
            claim.claimant = QStringLiteral("Speaker %1").arg(random.bounded(40));
            auto added = project.value()->addClaim(claim);
            if (!added)
                return Error{added.error()};
        }
        return {};
    };
    const Status made = project.value()->inTransaction([&]() -> Status {
        QString longText;
        while (longText.size() < LongArticleClaims * 40)
            longText += TestSupport::newsText(random);
        if (auto added = addArticle(QStringLiteral("긴 기사: 5,000개의 주장"), longText, LongArticleClaims); !added)
            return added;
        for (int a = 0; a < ShortArticles; ++a) {
            if (auto added
                = addArticle(QStringLiteral("기사 %1").arg(a), TestSupport::newsText(random), ClaimsPerShortArticle);
                !added)
                return added;
        }
        return {};
    });
    project.value().reset();
    if (made && !QFile::rename(path, finalPath))
        return Error{QStringLiteral("cannot rename %1").arg(path)};
    return made;
}

/// Notes when a widget is first painted.
class PaintProbe final : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

struct ScrollFigures {
    int frames = 0;
    double longest = 0;
    double total = 0;
};

/// Scrolls a view from top to bottom a page at a time, painting every page.
ScrollFigures scrollEndToEnd(QAbstractScrollArea *view)
{
    ScrollFigures figures;
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    // The maximum grows while a model fetches more rows: go on until it stops.
    while (bar->value() < bar->maximum()) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        const double elapsed = milliseconds(frame);
        figures.longest = std::max(figures.longest, elapsed);
        figures.total += elapsed;
        ++figures.frames;
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QCoreApplication::applicationDirPath() + QStringLiteral("/workspace.claimledger");
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        if (auto made = generate(path); !made) {
            out << "workspace_bench: " << made.error() << Qt::endl;
            return 1;
        }
        out << "generated " << path << " in " << milliseconds(timer) / 1000 << " s" << Qt::endl;
    }

    QElapsedTimer timer;
    timer.start();
    {
        // What the checks on open cost: inspecting skips quick_check and the values
        // check, reading runs both.
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            const bool inspected = Project::open(path, Project::OpenMode::Inspect).ok();
            const double inspecting = milliseconds(timer);
            timer.restart();
            const bool read = Project::open(path, Project::OpenMode::ReadOnly).ok();
            out << "open without checks " << inspecting << " ms, with quick_check and the values check "
                << milliseconds(timer) << " ms" << (inspected && read ? "" : " (failed)") << Qt::endl;
        }
        timer.restart();
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        const double opened = milliseconds(timer);
        const qsizetype articles = project.value()->articles()->size();
        const double articlesRead = milliseconds(timer);
        const qsizetype claims = project.value()->claims()->size();
        out << "storage alone: open " << opened << " ms, " << articles << " articles " << articlesRead - opened
            << " ms, " << claims << " claims " << milliseconds(timer) - articlesRead << " ms" << Qt::endl;
    }
    timer.restart();
    MainWindow window;
    window.resize(1400, 900);
    auto *table = window.findChild<QTableView *>(QStringLiteral("claimTable"));
    auto *reader = window.findChild<QPlainTextEdit *>(QStringLiteral("articleView"));
    PaintProbe tablePainted;
    PaintProbe readerPainted;
    table->viewport()->installEventFilter(&tablePainted);
    reader->viewport()->installEventFilter(&readerPainted);
    if (!window.openProject(path)) {
        out << "workspace_bench: cannot open " << path << Qt::endl;
        return 1;
    }
    const double opened = milliseconds(timer);
    window.show();
    while (!tablePainted.painted || !readerPainted.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaint = milliseconds(timer);

    out << "open project (100,000 claims): " << opened << " ms" << Qt::endl;
    out << "first paint (table and the article with 5,000 highlights): " << firstPaint << " ms  (goal < 500 ms)"
        << Qt::endl;

    {
        // A claim edit repaints the paragraphs it touches, not the whole article.
        auto *view = window.findChild<ArticleView *>();
        QList<Claim> claims = window.document()->claimsForArticle(view->articleId());
        QElapsedTimer editing;
        editing.start();
        claims[claims.size() / 2].verdict = Verdict::False;
        view->setClaims(claims);
        QCoreApplication::processEvents();
        out << "repaint after a verdict change: " << milliseconds(editing)
            << " ms; candidates marked: " << view->highlighter()->candidates().size() << Qt::endl;
        editing.restart();
        view->refreshMarks();
        QCoreApplication::processEvents();
        out << "repaint every mark (colours changed): " << milliseconds(editing) << " ms" << Qt::endl;
    }

    const ScrollFigures tableScroll = scrollEndToEnd(table);
    out << "claims table end to end: " << tableScroll.frames << " pages, " << table->model()->rowCount()
        << " rows, longest frame " << tableScroll.longest << " ms, total " << tableScroll.total
        << " ms  (goal: no frame > 50 ms)" << Qt::endl;

    {
        auto *pane = window.findChild<ClaimsPane *>();
        QElapsedTimer filtering;
        filtering.start();
        ClaimFilter filter;
        filter.verdict = Verdict::False;
        pane->setFilter(filter);
        QCoreApplication::processEvents();
        const double filtered = milliseconds(filtering);
        const int shown = table->model()->rowCount();
        filtering.restart();
        pane->clearFilter();
        QCoreApplication::processEvents();
        out << "filter by verdict: " << filtered << " ms (" << shown
            << " claims), clear the filter: " << milliseconds(filtering) << " ms" << Qt::endl;
        filtering.restart();
        table->sortByColumn(ClaimTableModel::VerdictColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        out << "sort by verdict: " << milliseconds(filtering) << " ms" << Qt::endl;
        table->sortByColumn(-1, Qt::AscendingOrder);
    }

    const ScrollFigures readerScroll = scrollEndToEnd(reader);
    out << "article end to end: " << readerScroll.frames << " pages, longest frame " << readerScroll.longest
        << " ms, total " << readerScroll.total << " ms  (goal: no frame > 50 ms)" << Qt::endl;
    out << "peak RSS: " << TestSupport::peakResidentKilobytes() / 1024 << " MB" << Qt::endl;
    return 0;
}
