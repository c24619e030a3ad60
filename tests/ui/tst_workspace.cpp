// The analyst's workspace driven as an analyst would: the real window, offscreen, on a
// real Korean news article from the corpus.

#include "addsourcedialog.h"
#include "articleimporter.h"
#include "articleview.h"
#include "claimhighlighter.h"
#include "claimspane.h"
#include "claimtablemodel.h"
#include "evidencedialog.h"
#include "exportdialog.h"
#include "itemroles.h"
#include "loopbackserver.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "rawviewdialog.h"
#include "textformats.h"
#include "verdictcolors.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace ClaimLedger;
using TestSupport::backgroundAt;

namespace {

/// Types `text` into a field key by key (any script: QTest::keyClicks takes only
/// ASCII), as a keyboard or an input method delivers it.
void typeText(QWidget *field, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &release);
    }
}

} // namespace

namespace {

const QString stargatePath = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/articles/stargate-ko.txt");

QAction *actionNamed(QMainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// The first candidate whose text starts with `prefix`.
std::optional<Candidate> candidateStarting(ArticleView *view, const QString &prefix)
{
    for (const Candidate &candidate : view->highlighter()->candidates()) {
        if (candidate.text.startsWith(prefix))
            return candidate;
    }
    return std::nullopt;
}

/// Shows the window and makes it active, as keyboard shortcuts need.
bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void placeCursor(ArticleView *view, qsizetype position)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(int(position));
    view->setTextCursor(cursor);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readerPaintsOnlyTheShownVersionsClaims();
    void checkForChangesCarriesTheClaims();
    void init();
    void acceptRateFilterUndoRedoReopen();
    void inspectorEditsEveryField();
    void findAndSearch();
    void originalIsHighlighted();
    void layoutIsKeptAndCanBeReset();
    void everyPanelIsReachedFromTheKeyboard();
    void sourceByAddressLinkedAsEvidence();
    void exportWithPreviewInEveryFormat();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWorkspace::readerPaintsOnlyTheShownVersionsClaims()
{
    // After a changed text became version 2, a claim left on version 1 counts its
    // offsets in version 1's text: painting it on version 2 would mark other words.
    Article article;
    article.id = 1;
    article.versionId = 2;
    article.text = QStringLiteral("Update: corrected. Yahoo sold its business for $4.83 billion.");
    Claim old;
    old.id = 1;
    old.articleId = 1;
    old.versionId = 1;
    old.start = 0;
    old.end = 10;
    Claim carried = old;
    carried.id = 2;
    carried.versionId = 2;
    carried.start = 19;
    carried.end = 24;
    ArticleView view;
    view.showArticle(article, {old, carried}, {});
    QCOMPARE(view.claims().size(), 1);
    QCOMPARE(view.claims().constFirst().id, 2);
    view.setClaims({old, carried});
    QCOMPARE(view.claims().size(), 1);
    QCOMPARE(view.claims().constFirst().id, 2);
}

void TestWorkspace::checkForChangesCarriesTheClaims()
{
    // A page imported by address, a claim marked on it; the outlet then corrects a
    // figure quietly. Check for Changes fetches the page again, stores the new text as
    // version 2 and carries the claim to it; one Undo puts everything back.
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.article = QByteArray("<html><head><title>Chip plant</title></head><body><article><p>The plant will "
                                "cost $144 million and open in 2027.</p><p>Officials said the site was "
                                "chosen for its water supply.</p></article></body></html>");
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("changes.claimledger"))));
    QAction *check = actionNamed(window, QStringLiteral("Check for C&hanges"));
    QVERIFY(check);
    QVERIFY(!check->isEnabled()); // no article shown yet
    window.importArticleUrl(server.url(QStringLiteral("/article")));
    QTRY_COMPARE(window.document()->articles().size(), 1);
    const Article first = window.document()->articles().constFirst();
    const QString figureText = QStringLiteral("cost $144 million");
    const qsizetype at = first.text.indexOf(figureText);
    QVERIFY(at >= 0);
    auto claim = window.document()->markClaim(first.id, at, at + figureText.size());
    QVERIFY(claim.ok());
    QTRY_VERIFY(check->isEnabled());

    server.article.replace("$144 million", "$436 million");
    check->trigger();
    QTRY_COMPARE(window.document()->article(first.id)->version, 2);
    const Claim carried = *window.document()->claim(claim->id);
    QCOMPARE(carried.versionId, window.document()->article(first.id)->versionId);
    QCOMPARE(carried.quote.exact, QStringLiteral("cost $436 million"));
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("A figure changed in 1 claim")),
                 qPrintable(window.statusBar()->currentMessage()));
    auto *view = window.findChild<ArticleView *>();
    QCOMPARE(view->claims().size(), 1);
    // The inspector says which version the claim is on.
    QVERIFY(window.findChild<ClaimsPane *>()->selectClaim(claim->id));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("inspectorArticle"))->text().endsWith(u"version 2"));

    // Unchanged since: said so, nothing new stored.
    check->trigger();
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("unchanged")));
    QCOMPARE(window.document()->article(first.id)->version, 2);

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->article(first.id)->version, 1);
    QCOMPARE(window.document()->claim(claim->id)->quote.exact, figureText);
    QCOMPARE(window.document()->claim(claim->id)->versionId, first.versionId);
}

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(stargatePath))
        QSKIP("The corpus (../shared/corpus) is not here.");
}

void TestWorkspace::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestWorkspace::acceptRateFilterUndoRedoReopen()
{
    const QString projectPath = m_dir->filePath(QStringLiteral("stargate.claimledger"));
    qint64 claimId = 0;
    {
        MainWindow window;
        QVERIFY(showActive(window));
        QVERIFY(window.newProject(projectPath));
        QVERIFY(window.importArticleFile(stargatePath));
        auto *view = window.findChild<ArticleView *>();
        QVERIFY(view->articleId() != 0);

        // The detector has marked 5천억달러; hovering would say what it is worth.
        const auto figure = candidateStarting(view, QStringLiteral("5천억달러"));
        QVERIFY(figure);
        QCOMPARE(figure->figure.value.toString(), QStringLiteral("500000000000"));
        QCOMPARE(figure->figure.unit, QStringLiteral("USD"));

        // Accept it from the keyboard, the cursor inside it.
        placeCursor(view, figure->start + 2);
        QAction *accept = actionNamed(window, QStringLiteral("&Accept Candidate"));
        QVERIFY(accept && accept->isEnabled());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        const QList<Claim> claims = window.document()->claims();
        QCOMPARE(claims.size(), 1);
        const Claim claim = claims.constFirst();
        claimId = claim.id;
        QCOMPARE(claim.kind, ClaimKind::Figure);
        QCOMPARE(claim.quote.exact, figure->text);
        const auto figures = window.document()->project().figuresForClaim(claimId);
        QCOMPARE(figures->size(), 1);
        QCOMPARE(figures->constFirst().value, QStringLiteral("500000000000"));
        // Accepted, the candidate is no longer offered, and the inspector shows the claim.
        QVERIFY(!view->highlighter()->candidateAt(figure->start + 2));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("inspectorQuote"))->text().contains(u"5천억달러"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("inspectorFigures"))->text().contains(u"500000000000"));

        // Rate it in the inspector; the reader paints it in the verdict's colour.
        auto *verdict = window.findChild<QComboBox *>(QStringLiteral("inspectorVerdict"));
        const int mostlyTrue = verdict->findData(int(Verdict::MostlyTrue));
        verdict->setCurrentIndex(mostlyTrue);
        Q_EMIT verdict->activated(mostlyTrue);
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::MostlyTrue);
        QCOMPARE(backgroundAt(*view->document(), int(claim.start) + 1), verdictColor(Verdict::MostlyTrue));

        // A second claim, marked by hand, stays unverified.
        const qsizetype other = view->toPlainText().indexOf(QStringLiteral("10만개의 일자리"));
        QVERIFY(other > 0);
        QTextCursor selection(view->document());
        selection.setPosition(int(other));
        selection.setPosition(int(other + 9), QTextCursor::KeepAnchor);
        view->setTextCursor(selection);
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(window.document()->claims().size(), 2);

        // Filter the table by verdict, then by words.
        auto *table = window.findChild<QTableView *>(QStringLiteral("claimTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        auto *verdictFilter = window.findChild<QComboBox *>(QStringLiteral("claimFilterVerdict"));
        verdictFilter->setCurrentIndex(verdictFilter->findData(int(Verdict::MostlyTrue)));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ClaimTableModel::TextColumn).data().toString(), figure->text);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("claimCount"))->text().contains(u"1 of 2"));
        verdictFilter->setCurrentIndex(0);
        window.findChild<QLineEdit *>(QStringLiteral("claimFilterWords"))->setText(QStringLiteral("일자리"));
        QCOMPARE(table->model()->rowCount(), 1);
        window.findChild<ClaimsPane *>()->clearFilter();
        QCOMPARE(table->model()->rowCount(), 2);

        // Undo the mark and the verdict; the Edit menu names what it undoes.
        QVERIFY(actionNamed(window, QStringLiteral("&Undo Mark Claim")));
        QUndoStack *stack = window.document()->undoStack();
        QCOMPARE(stack->undoText(), QStringLiteral("Mark Claim"));
        stack->undo();
        QVERIFY(stack->undoText().startsWith(u"Set Verdict"));
        stack->undo();
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::Unverified);
        QCOMPARE(backgroundAt(*view->document(), int(claim.start) + 1), verdictColor(Verdict::Unverified));
        stack->redo();
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::MostlyTrue);
        stack->redo();
        QCOMPARE(window.document()->claims().size(), 2);
    }
    // Reopened, everything is as it was left.
    MainWindow window;
    QVERIFY(window.openProject(projectPath));
    const auto claim = window.document()->claim(claimId);
    QVERIFY(claim);
    QCOMPARE(claim->verdict, Verdict::MostlyTrue);
    QCOMPARE(window.document()->project().figuresForClaim(claimId)->size(), 1);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("claimTable"))->model()->rowCount(), 2);
}

void TestWorkspace::inspectorEditsEveryField()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("inspector.claimledger"))));
    QVERIFY(window.importArticleFile(stargatePath));
    auto *view = window.findChild<ArticleView *>();
    const auto quote
        = std::find_if(view->highlighter()->candidates().cbegin(), view->highlighter()->candidates().cend(),
                       [](const Candidate &c) { return c.kind == Candidate::Kind::Quote; });
    QVERIFY(quote != view->highlighter()->candidates().cend());
    placeCursor(view, quote->start + 1);
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 id = window.document()->claims().constFirst().id;
    QCOMPARE(window.document()->claim(id)->kind, ClaimKind::Quote);

    // Claimant: a new name becomes an entity and shows in the navigator.
    auto *claimant = window.findChild<QComboBox *>(QStringLiteral("inspectorClaimant"));
    // Typed, as the analyst does: select what is there, type over it, press Return.
    const auto typeInto = [](QLineEdit *field, const QString &text) {
        field->setFocus();
        field->selectAll();
        typeText(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    };
    typeInto(claimant->lineEdit(), QStringLiteral("일론 머스크"));
    QCOMPARE(window.document()->claim(id)->claimant, QStringLiteral("일론 머스크"));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("entityList"))->count(), 1);

    auto *wording = window.findChild<QLineEdit *>(QStringLiteral("inspectorWording"));
    typeInto(wording, QStringLiteral("Musk says the Stargate partners lack the money"));
    auto *tags = window.findChild<QLineEdit *>(QStringLiteral("inspectorTags"));
    typeInto(tags, QStringLiteral("stargate, funding"));
    auto *priority = window.findChild<QComboBox *>(QStringLiteral("inspectorPriority"));
    priority->setCurrentIndex(3);
    Q_EMIT priority->activated(3);
    auto *rationale = window.findChild<QPlainTextEdit *>(QStringLiteral("inspectorRationale"));
    rationale->setFocus();
    rationale->setPlainText(QStringLiteral("SoftBank's cash position is far below its pledge."));
    QTest::keyClick(rationale, Qt::Key_Return, Qt::ControlModifier);

    const Claim edited = window.document()->claim(id).value();
    QCOMPARE(edited.wording, QStringLiteral("Musk says the Stargate partners lack the money"));
    QCOMPARE(edited.tags, (QStringList{QStringLiteral("funding"), QStringLiteral("stargate")}));
    QCOMPARE(edited.priority, 3);
    QCOMPARE(edited.rationale, QStringLiteral("SoftBank's cash position is far below its pledge."));
    // Each field was one edit.
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Edit Rationale"));
    stack->undo();
    QVERIFY(window.document()->claim(id)->rationale.isEmpty());
    QCOMPARE(stack->undoText(), QStringLiteral("Set Priority"));
    stack->undo();
    QCOMPARE(window.document()->claim(id)->priority, 0);
    QCOMPARE(priority->currentData().toInt(), 0); // the inspector follows undo

    // Activating a tag in the navigator filters the table by it.
    auto *tagList = window.findChild<QListWidget *>(QStringLiteral("tagList"));
    QCOMPARE(tagList->count(), 2);
    Q_EMIT tagList->itemActivated(tagList->item(1));
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("claimFilterTag"))->currentText(),
             QStringLiteral("stargate"));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("claimTable"))->model()->rowCount(), 1);

    // The span, from the inspector: one character shorter at the end.
    auto *end = window.findChild<QSpinBox *>(QStringLiteral("inspectorEnd"));
    const int oldEnd = end->value();
    end->setValue(oldEnd - 1);
    QCOMPARE(window.document()->claim(id)->end, oldEnd - 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Change Claim Span"));

    // Or by selecting the new span in the reader (the claim stays selected in the table).
    const qsizetype at = view->toPlainText().indexOf(QStringLiteral("돈이 없다"));
    QTextCursor selection(view->document());
    selection.setPosition(int(at));
    selection.setPosition(int(at + 5), QTextCursor::KeepAnchor);
    view->setTextCursor(selection);
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.document()->claim(id)->quote.exact, QStringLiteral("돈이 없다"));
    stack->undo();
    QCOMPARE(window.document()->claim(id)->end, oldEnd - 1);
}

void TestWorkspace::findAndSearch()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("find.claimledger"))));
    QVERIFY(window.importArticleFile(stargatePath));
    auto *view = window.findChild<ArticleView *>();

    // Ctrl+F in the reader.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(find->isVisible());
    QVERIFY(find->hasFocus());
    find->insert(QStringLiteral("소프트뱅크")); // as an input method would type it
    QVERIFY(view->textCursor().selectedText() == QStringLiteral("소프트뱅크"));
    const int first = view->textCursor().selectionStart();
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(view->textCursor().selectionStart() > first);
    QVERIFY(!view->extraSelections().isEmpty());
    QTest::keyClick(find, Qt::Key_Escape);
    QVERIFY(!find->isVisible());

    // Search the project and jump to a claim.
    const qsizetype at = view->toPlainText().indexOf(QStringLiteral("오픈AI"));
    QTextCursor selection(view->document());
    selection.setPosition(int(at));
    selection.setPosition(int(at + 4), QTextCursor::KeepAnchor);
    view->setTextCursor(selection);
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);
    const qint64 claimId = window.document()->claims().constFirst().id;
    window.findChild<ArticleView *>()->selectClaim(0);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("projectSearchField"));
    QVERIFY(field->isVisible());
    field->insert(QStringLiteral("오픈AI"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *results = window.findChild<QListWidget *>(QStringLiteral("projectSearchResults"));
    QVERIFY(results->count() >= 2); // the article and the claim
    QListWidgetItem *claimHit = nullptr;
    for (int row = 0; row < results->count(); ++row) {
        if (results->item(row)->text().startsWith(u"Claim"))
            claimHit = results->item(row);
    }
    QVERIFY(claimHit);
    Q_EMIT results->itemActivated(claimHit);
    QCOMPARE(window.findChild<ClaimsPane *>()->selectedClaimIds(), QList<qint64>{claimId});
}

void TestWorkspace::originalIsHighlighted()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("raw.claimledger"))));
    QVERIFY(window.importArticleFile(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/article-ko.html")));
    QAction *showOriginal = actionNamed(window, QStringLiteral("Show &Original…"));
    QVERIFY(showOriginal && showOriginal->isEnabled());
    showOriginal->trigger();
    auto *raw = window.findChild<RawViewDialog *>();
    QVERIFY(raw);
    QCOMPARE(raw->definitionName(), QStringLiteral("HTML"));
    QVERIFY(raw->editor()->toPlainText().contains(u"<html"));
    // KSyntaxHighlighting has coloured the markup.
    const QTextBlock block = raw->editor()->document()->firstBlock();
    QVERIFY(!block.layout()->formats().isEmpty());
    raw->close();
}

void TestWorkspace::layoutIsKeptAndCanBeReset()
{
    {
        MainWindow window;
        window.show();
        auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(inspector->isVisible());
        inspector->close();
        window.close(); // saves the layout
    }
    MainWindow window;
    window.show();
    auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(!inspector->isVisible());
    actionNamed(window, QStringLiteral("&Reset Layout"))->trigger();
    QVERIFY(inspector->isVisible());
}

void TestWorkspace::everyPanelIsReachedFromTheKeyboard()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("keys.claimledger"))));
    QVERIFY(window.importArticleFile(stargatePath));
    const QList<std::pair<Qt::Key, QString>> panels{{Qt::Key_1, QStringLiteral("articleList")},
                                                    {Qt::Key_2, QStringLiteral("articleView")},
                                                    {Qt::Key_3, QStringLiteral("claimTable")},
                                                    {Qt::Key_4, QStringLiteral("claimInspector")}};
    for (const auto &[key, name] : panels) {
        QTest::keyClick(&window, key, Qt::ControlModifier);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused, qPrintable(name));
        QVERIFY2(focused->objectName() == name
                     || (focused->parentWidget() && window.findChild<QWidget *>(name)->isAncestorOf(focused)),
                 qPrintable(name + QStringLiteral(" got ") + focused->objectName()));
    }
    // Every menu action has a name for screen readers and most have shortcuts.
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY(!menu->text().isEmpty());
    for (const QString &text :
         {QStringLiteral("&Mark Claim"), QStringLiteral("&Accept Candidate"), QStringLiteral("&Find in Article…"),
          QStringLiteral("Search &Project…"), QStringLiteral("Fi&lter Claims…"), QStringLiteral("Show &Original…")}) {
        QAction *action = actionNamed(window, text);
        QVERIFY2(action && !action->shortcut().isEmpty(), qPrintable(text));
    }
}

void TestWorkspace::sourceByAddressLinkedAsEvidence()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.article = QByteArray("<html><head><title>Stargate funding, explained</title>"
                                "<meta property=\"og:site_name\" content=\"Example Wire\"></head><body><article>"
                                "<p>OpenAI and SoftBank each committed 19 billion dollars to the venture, far less "
                                "than the 500 billion dollars announced.</p></article></body></html>");
    const QString projectPath = m_dir->filePath(QStringLiteral("sources.claimledger"));
    qint64 claimId = 0;
    {
        MainWindow window;
        QVERIFY(showActive(window));
        QVERIFY(window.newProject(projectPath));
        QVERIFY(window.importArticleFile(stargatePath));
        auto *view = window.findChild<ArticleView *>();
        const auto figure = candidateStarting(view, QStringLiteral("5천억달러"));
        QVERIFY(figure);
        placeCursor(view, figure->start + 1);
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        claimId = window.document()->claims().constFirst().id;
        QCOMPARE(window.findChild<ClaimsPane *>()->selectedClaimIds(), QList<qint64>{claimId});

        // Sources > Add Source: the page is fetched and archived.
        bool filled = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<AddSourceDialog *>();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("sourceUrl"))
                ->setText(server.url(QStringLiteral("/article")).toString());
            filled = true;
            dialog->accept();
        });
        actionNamed(window, QStringLiteral("&Add Source…"))->trigger();
        QVERIFY(filled);
        const QList<Source> sources = window.document()->project().sources().value();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.constFirst().title, QStringLiteral("Stargate funding, explained"));
        QCOMPARE(sources.constFirst().publisher, QStringLiteral("Example Wire"));
        const QList<Snapshot> snapshots = window.document()->project().snapshots(sources.constFirst().id).value();
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.constFirst().bytes, server.article);
        QVERIFY(snapshots.constFirst().hashMatches());

        // Link it to the claim as supporting, with an excerpt.
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<EvidenceDialog *>();
            QVERIFY(dialog);
            auto *stance = dialog->findChild<QComboBox *>(QStringLiteral("evidenceStance"));
            stance->setCurrentIndex(stance->findData(int(Stance::Supports)));
            dialog->setExcerpt(QStringLiteral("far less than the 500 billion dollars announced"));
            dialog->accept();
        });
        actionNamed(window, QStringLiteral("&Link Source to Claim…"))->trigger();
        const auto evidence = [&] { return window.document()->project().evidenceForClaim(claimId).value(); };
        QCOMPARE(evidence().size(), 1);
        QCOMPARE(evidence().constFirst().stance, Stance::Supports);
        QCOMPARE(evidence().constFirst().excerpt, QStringLiteral("far less than the 500 billion dollars announced"));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("inspectorEvidence"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"Stargate funding"));

        QUndoStack *stack = window.document()->undoStack();
        QVERIFY(stack->undoText().startsWith(u"Link"));
        stack->undo();
        QVERIFY(evidence().isEmpty());
        QCOMPARE(list->count(), 0);
        stack->redo();
        QCOMPARE(evidence().size(), 1);
        QCOMPARE(list->count(), 1);
        // A source dropped on a claim's row in the table opens the link for that claim.
        {
            QMimeData mime;
            mime.setData(QString::fromLatin1(SourceIdMimeType), QByteArray::number(sources.constFirst().id));
            auto *claimTable = window.findChild<QTableView *>(QStringLiteral("claimTable"));
            const QPoint onRow = claimTable->visualRect(claimTable->model()->index(0, 1)).center();
            QDragEnterEvent enter(onRow, Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(claimTable->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            bool offered = false;
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = window.findChild<EvidenceDialog *>();
                offered = dialog && dialog->evidence().claimId == claimId
                    && dialog->evidence().sourceId == sources.constFirst().id;
                dialog->reject();
            });
            QDropEvent drop(QPointF(onRow), Qt::LinkAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(claimTable->viewport(), &drop);
            QVERIFY(offered);
            QCOMPARE(evidence().size(), 1); // cancelled: nothing linked
        }

        // A passage selected in the snapshot becomes an excerpt anchored in it.
        auto *sourceTable = window.findChild<QTableView *>(QStringLiteral("sourceTable"));
        sourceTable->selectRow(0);
        Q_EMIT sourceTable->activated(sourceTable->model()->index(0, 0));
        auto *raw = window.findChild<RawViewDialog *>();
        QVERIFY(raw);
        QVERIFY(raw->hashVerified());
        const qsizetype at = raw->editor()->toPlainText().indexOf(QStringLiteral("19 billion dollars"));
        QVERIFY(at > 0);
        QTextCursor passage(raw->editor()->document());
        passage.setPosition(int(at));
        passage.setPosition(int(at + 18), QTextCursor::KeepAnchor);
        raw->editor()->setTextCursor(passage);
        QTimer::singleShot(0, &window, [&] { window.findChild<EvidenceDialog *>()->accept(); });
        raw->findChild<QPushButton *>(QStringLiteral("useExcerpt"))->click();
        QCOMPARE(evidence().size(), 2);
        QCOMPARE(evidence().constLast().excerpt, QStringLiteral("19 billion dollars"));
        QVERIFY2(evidence().constLast().locator.startsWith(
                     QStringLiteral("snapshot ") + QString::fromLatin1(snapshots.constFirst().sha256.left(12))),
                 qPrintable(evidence().constLast().locator));
        raw->close();
        stack->undo();
        QCOMPARE(evidence().size(), 1);

        // Undoing the source takes its link with it; redoing brings the source back.
        stack->undo();
        stack->undo();
        QVERIFY(window.document()->project().sources()->isEmpty());
        stack->redo();
        stack->redo();
        QCOMPARE(evidence().size(), 1);
    }
    MainWindow window;
    QVERIFY(window.openProject(projectPath));
    QCOMPARE(window.document()->project().evidenceForClaim(claimId)->size(), 1);
    auto *sourceTable = window.findChild<QTableView *>(QStringLiteral("sourceTable"));
    QCOMPARE(sourceTable->model()->rowCount(), 1);
    QCOMPARE(sourceTable->model()->index(0, 6).data().toInt(), 1); // cited by one claim
}

void TestWorkspace::exportWithPreviewInEveryFormat()
{
    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("export.claimledger"))));
    QVERIFY(window.importArticleFile(stargatePath));
    auto *view = window.findChild<ArticleView *>();
    for (const QString &start : {QStringLiteral("5천억달러"), QStringLiteral("10만개")}) {
        const auto candidate = candidateStarting(view, start);
        QVERIFY2(candidate, qPrintable(start));
        placeCursor(view, candidate->start + 1);
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    }
    const QList<Claim> claims = window.document()->claims();
    QCOMPARE(claims.size(), 2);
    QVERIFY(window.document()->setClaimVerdict(claims.constFirst().id, Verdict::MostlyTrue).ok());

    // The table filtered to one verdict: "the claims the table shows" is that one.
    ClaimFilter filter;
    filter.verdict = Verdict::MostlyTrue;
    window.findChild<ClaimsPane *>()->setFilter(filter);
    ExportDialog dialog(window.document(), view->articleId(), {claims.constFirst().id}, &window);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    dialog.findChild<QRadioButton *>()->setChecked(true); // the whole project
    QCOMPARE(dialog.render()->count("\r\n"), 3);
    const QList<QRadioButton *> scopes = dialog.findChildren<QRadioButton *>();
    scopes.at(2)->setChecked(true); // the filtered claims
    QCOMPARE(dialog.render()->count("\r\n"), 2);
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"))->toPlainText().contains(u"mostly-true"));

    // HTML previewed as the report; PDF on A4 and Letter pages, its text extractable.
    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("exportPreview"))->toPlainText().contains(u"Claim report"));
    const QString a4 = m_dir->filePath(QStringLiteral("report-a4.pdf"));
    QVERIFY(dialog.exportTo(a4).ok());
    auto pdf = ArticleImporter::importFile(a4);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY2(pdf->article.text.contains(u"5천억달러"), qPrintable(pdf->article.text.left(300)));
    QVERIFY(pdf->article.text.contains(u"Page 1 of"));
    QFile a4File(a4);
    QVERIFY(a4File.open(QIODevice::ReadOnly));
    QVERIFY(a4File.readAll().contains("/MediaBox [0 0 595"));
    auto *pageSize = dialog.findChild<QComboBox *>(QStringLiteral("exportPageSize"));
    pageSize->setCurrentIndex(1); // Letter
    const QString letter = m_dir->filePath(QStringLiteral("report-letter.pdf"));
    QVERIFY(dialog.exportTo(letter).ok());
    QFile letterFile(letter);
    QVERIFY(letterFile.open(QIODevice::ReadOnly));
    const QByteArray letterBytes = letterFile.readAll();
    const qsizetype box = letterBytes.indexOf("/MediaBox");
    QVERIFY2(letterBytes.mid(box, 40).startsWith("/MediaBox [0 0 612"), letterBytes.mid(box, 40).constData());

    // The other formats render too.
    for (const QString &key : {QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("claimreview"),
                               QStringLiteral("annotations"), QStringLiteral("html")}) {
        format->setCurrentIndex(format->findData(key));
        QVERIFY2(dialog.render().ok() && !dialog.render()->isEmpty(), qPrintable(key));
    }
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
