#include "mainwindow.h"

#include "addsourcedialog.h"
#include "appsettings.h"
#include "articlefetcher.h"
#include "articleimporter.h"
#include "articleview.h"
#include "claimhighlighter.h"
#include "claiminspector.h"
#include "claimledger_version.h"
#include "claimspane.h"
#include "evidencedialog.h"
#include "exportdialog.h"
#include "importqueue.h"
#include "itemroles.h"
#include "navigatorpane.h"
#include "plainmessagebox.h"
#include "preferencesdialog.h"
#include "projectdocument.h"
#include "rawviewdialog.h"
#include "readerpane.h"
#include "sampleproject.h"
#include "searchpane.h"
#include "sourcelibrary.h"
#include "sourcespane.h"
#include "verdictcolors.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace ClaimLedger {

namespace {

/// The file dialogs' filter for articles: Import and Check for Changes offer the same.
QString articleFileFilter()
{
    return MainWindow::tr("Articles (*.txt *.text *.md *.html *.htm *.pdf *.docx *.odt);;All files (*)");
}

const QString projectSuffix = QStringLiteral("claimledger");

QString withProjectSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + u'.' + projectSuffix : path;
}

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(projectSuffix, Qt::CaseInsensitive) == 0;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_reader(new ReaderPane(this))
    , m_articleView(m_reader->view())
    , m_navigator(new NavigatorPane(this))
    , m_claims(new ClaimsPane(this))
    , m_inspector(new ClaimInspector(this))
    , m_search(new SearchPane(this))
    , m_sources(new SourcesPane(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_savedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/claimledger/icons/claimledger.svg")));
    setAcceptDrops(true);

    setCentralWidget(m_reader);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    m_articleView->setContextActions(
        {m_markAction, m_acceptCandidateAction, m_moveClaimAction, m_deleteClaimAction, m_verdictMenu->menuAction()});
    connect(m_articleView, &ArticleView::claimClicked, this, &MainWindow::showClaim);
    connect(m_articleView, &QPlainTextEdit::copyAvailable, this, &MainWindow::updateActions);
    connect(m_articleView, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateActions);
    createStatusBar();
    applyVerdictColors();

    statusBar()->showMessage(tr("Create or open a project to begin."));
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (AppSettings::windowGeometry().isEmpty())
        resize(1200, 800);
    updateRecentFilesMenu();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Views and models point into the document: take them down in order before it goes.
    setDocument(nullptr);
}

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createSourceActions();
    createViewActions();
    createSettingsAndHelpActions();
}

// File: projects, imports, copies and exports.
void MainWindow::createFileActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentNew), tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new project file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewProject);

    m_openAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentOpen), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing project file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProjectToOpen);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Article…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Add text articles to the project"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseArticlesToImport);

    m_saveAsAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::DocumentSaveAs), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Copy the project to a new file and go on working in the copy"));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { chooseCopyPath(true); });

    m_saveCopyAction = new QAction(tr("Save a Cop&y…"), this);
    m_saveCopyAction->setStatusTip(tr("Write a copy of the project, for example to send it to a colleague"));
    connect(m_saveCopyAction, &QAction::triggered, this, [this] { chooseCopyPath(false); });

    m_importUrlAction = new QAction(tr("Import from &Web Address…"), this);
    m_importUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importUrlAction->setStatusTip(tr("Fetch a web page or document and add it to the project"));
    connect(m_importUrlAction, &QAction::triggered, this, &MainWindow::chooseUrlToImport);
    m_checkChangesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Check for C&hanges"), this);
    m_checkChangesAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_checkChangesAction->setStatusTip(
        tr("Fetch the article again (or read its file again); a changed text becomes a new version and the "
           "claims are carried to it"));
    connect(m_checkChangesAction, &QAction::triggered, this, &MainWindow::checkForChanges);

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write a report (HTML, PDF, Markdown) or an exchange file (CSV, JSON, "
                                    "ClaimReview, Web Annotation)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);

    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_quitAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::ApplicationExit), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

// Edit: undo, finding, and making and editing claims.
void MainWindow::createEditActions()
{
    m_pasteAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::EditPaste), tr("&Paste as Article"), this);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setStatusTip(tr("Add the text or web page on the clipboard to the project"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteArticle);

    // The undo actions follow the open project's stack and name the edit they undo.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditUndo));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditRedo));
    m_redoAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));

    m_markAction = new QAction(QIcon::fromTheme(QStringLiteral("format-text-highlight")), tr("&Mark Claim"), this);
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markAction->setStatusTip(tr("Mark the selected text as a claim"));
    connect(m_markAction, &QAction::triggered, this, &MainWindow::markClaim);

    m_findAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::EditFind), tr("&Find in Article…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find text in the article shown"));
    connect(m_findAction, &QAction::triggered, m_reader, &ReaderPane::startFind);
    m_findNextAction = new QAction(tr("Find &Next"), this);
    m_findNextAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::FindNext));
    connect(m_findNextAction, &QAction::triggered, m_reader, [this] { m_reader->findNext(); });
    m_findPreviousAction = new QAction(tr("Find Pre&vious"), this);
    m_findPreviousAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::FindPrevious));
    connect(m_findPreviousAction, &QAction::triggered, m_reader, [this] { m_reader->findNext(true); });

    m_acceptCandidateAction
        = new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")), tr("&Accept Candidate"), this);
    m_acceptCandidateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_acceptCandidateAction->setStatusTip(
        tr("Make a claim of the figure, quote or date under the cursor, with its value and speaker"));
    connect(m_acceptCandidateAction, &QAction::triggered, this, &MainWindow::acceptCandidate);

    m_moveClaimAction = new QAction(tr("Move Claim to &Selection"), this);
    m_moveClaimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_moveClaimAction->setStatusTip(tr("Make the selected text the span of the selected claim"));
    connect(m_moveClaimAction, &QAction::triggered, this, &MainWindow::moveClaimToSelection);

    m_searchProjectAction
        = new QAction(QIcon::fromTheme(QStringLiteral("system-search")), tr("Search &Project…"), this);
    m_searchProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchProjectAction->setStatusTip(tr("Search every article, claim and source of the project"));
    connect(m_searchProjectAction, &QAction::triggered, this, [this] {
        showDock(QStringLiteral("searchDock"));
        m_search->focusSearch();
    });
    m_filterClaimsAction = new QAction(tr("Fi&lter Claims…"), this);
    m_filterClaimsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_filterClaimsAction->setStatusTip(tr("Filter the claims table by words, verdict, kind, claimant or tag"));
    connect(m_filterClaimsAction, &QAction::triggered, this, [this] {
        showDock(QStringLiteral("claimDock"));
        m_claims->focusFilter();
    });

    m_deleteClaimAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::EditDelete), tr("&Delete Claim"), this);
    m_deleteClaimAction->setShortcut(QKeySequence::Delete);
    m_deleteClaimAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteClaimAction, &QAction::triggered, this, &MainWindow::deleteSelectedClaims);

    int number = 0;
    for (const Verdict verdict : allVerdicts()) {
        auto *action = new QAction(swatch(verdictColor(verdict)), verdictDisplayName(verdict), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + number++)));
        connect(action, &QAction::triggered, this, [this, verdict] { setSelectedVerdict(int(verdict)); });
        m_verdictActions.append(action);
    }
}

// Sources: the library and evidence.
void MainWindow::createSourceActions()
{
    m_addSourceAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Source…"), this);
    m_addSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addSourceAction->setStatusTip(tr("Add a web page, document or statement to the project's sources"));
    connect(m_addSourceAction, &QAction::triggered, this, &MainWindow::addSource);
    m_linkSourceAction = new QAction(tr("&Link Source to Claim…"), this);
    m_linkSourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_linkSourceAction->setStatusTip(tr("Record a source as evidence for or against the selected claim"));
    connect(m_linkSourceAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedClaimIds();
        if (ids.size() == 1)
            linkSource(ids.constFirst(), m_sources->selectedSourceId());
    });

    m_linksAsSourcesAction = new QAction(tr("Add the Article's Li&nks as Sources"), this);
    m_linksAsSourcesAction->setStatusTip(tr("Make a source of every link in the text of the article shown"));
    connect(m_linksAsSourcesAction, &QAction::triggered, this, [this] {
        if (!m_document || m_articleView->articleId() == 0)
            return;
        if (auto added = m_document->addArticleLinksAsSources(m_articleView->articleId())) {
            showDock(QStringLiteral("sourcesDock"));
            statusBar()->showMessage(added.value() == 0
                                         ? tr("The article links to nothing new.")
                                         : tr("Added the article's links as sources: %1.").arg(added.value()),
                                     5000);
        }
    });
}

// View: what the reader shows and where the panels are.
void MainWindow::createViewActions()
{
    m_showOriginalAction = new QAction(tr("Show &Original…"), this);
    m_showOriginalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showOriginalAction->setStatusTip(tr("Show the bytes the article was imported from, highlighted"));
    connect(m_showOriginalAction, &QAction::triggered, this, &MainWindow::showOriginal);

    m_showCandidatesAction = new QAction(tr("Show &Candidates"), this);
    m_showCandidatesAction->setCheckable(true);
    m_showCandidatesAction->setChecked(AppSettings::candidatesShown());
    m_showCandidatesAction->setStatusTip(tr("Underline the figures, quotes and dates the article may claim"));
    connect(m_showCandidatesAction, &QAction::toggled, this, [this](bool shown) {
        AppSettings::setCandidatesShown(shown);
        m_articleView->highlighter()->setCandidatesShown(shown);
        m_articleView->refreshMarks();
    });
    m_articleView->highlighter()->setCandidatesShown(AppSettings::candidatesShown());

    m_resetLayoutAction = new QAction(tr("&Reset Layout"), this);
    m_resetLayoutAction->setStatusTip(tr("Put every panel back where it was at first"));
    connect(m_resetLayoutAction, &QAction::triggered, this, [this] {
        for (QDockWidget *dock : std::as_const(m_docks))
            dock->show();
        restoreState(m_defaultState);
    });

    const QList<std::pair<QString, QWidget *>> focusTargets{
        {tr("Go to &Project"), static_cast<QWidget *>(m_navigator->articleList())},
        {tr("Go to &Article"), static_cast<QWidget *>(m_articleView)},
        {tr("Go to C&laims"), static_cast<QWidget *>(m_claims->table())},
        {tr("Go to &Inspector"), static_cast<QWidget *>(m_inspector)},
    };
    int focusKey = Qt::Key_1;
    for (const auto &[text, target] : focusTargets) {
        auto *action = new QAction(text, this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(focusKey++)));
        connect(action, &QAction::triggered, this, [this, target] { focusPanel(target); });
        m_focusActions.append(action);
    }
}

// Settings and Help.
void MainWindow::createSettingsAndHelpActions()
{
    m_preferencesAction
        = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_sampleAction = new QAction(tr("Open &Sample Project"), this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleProject);

    m_aboutAction = new QAction(QIcon::fromTheme(QIcon::ThemeIcon::HelpAbout), tr("&About ClaimLedger"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_importAction);
    fileMenu->addAction(m_importUrlAction);
    fileMenu->addAction(m_checkChangesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addAction(m_saveCopyAction);
    fileMenu->addAction(m_exportAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_pasteAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_findNextAction);
    editMenu->addAction(m_findPreviousAction);
    editMenu->addAction(m_searchProjectAction);
    editMenu->addAction(m_filterClaimsAction);
    editMenu->addSeparator();
    editMenu->addAction(m_markAction);
    editMenu->addAction(m_acceptCandidateAction);
    editMenu->addAction(m_moveClaimAction);
    m_verdictMenu = editMenu->addMenu(tr("Set &Verdict"));
    m_verdictMenu->addActions(m_verdictActions);
    editMenu->addAction(m_deleteClaimAction);

    QMenu *sourcesMenu = menuBar()->addMenu(tr("&Sources"));
    sourcesMenu->addAction(m_addSourceAction);
    sourcesMenu->addAction(m_linkSourceAction);
    sourcesMenu->addAction(m_linksAsSourcesAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_showCandidatesAction);
    m_viewMenu->addAction(m_showOriginalAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_focusActions);
    m_viewMenu->addAction(m_resetLayoutAction);
    m_viewMenu->addSeparator();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_preferencesAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_sampleAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_importAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addAction(m_markAction);
    toolBar->addAction(m_acceptCandidateAction);
    toolBar->addSeparator();
    toolBar->addAction(m_searchProjectAction);
    m_viewMenu->addAction(toolBar->toggleViewAction());
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks.append(dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createDocks()
{
    m_viewMenu->addSeparator();
    QDockWidget *navigatorDock
        = addDock(m_navigator, tr("Project"), QStringLiteral("navigatorDock"), Qt::LeftDockWidgetArea);
    QDockWidget *claimDock = addDock(m_claims, tr("Claims"), QStringLiteral("claimDock"), Qt::BottomDockWidgetArea);
    QDockWidget *inspectorDock
        = addDock(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    QDockWidget *searchDock = addDock(m_search, tr("Search"), QStringLiteral("searchDock"), Qt::RightDockWidgetArea);
    QDockWidget *sourcesDock
        = addDock(m_sources, tr("Sources"), QStringLiteral("sourcesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(claimDock, sourcesDock);
    claimDock->raise();
    tabifyDockWidget(inspectorDock, searchDock);
    inspectorDock->raise();
    resizeDocks({navigatorDock, inspectorDock}, {240, 320}, Qt::Horizontal);
    resizeDocks({claimDock}, {260}, Qt::Vertical);
    m_defaultState = saveState();

    m_claims->table()->addAction(m_deleteClaimAction);
    m_articleView->addAction(m_deleteClaimAction);
    connect(m_navigator, &NavigatorPane::articleSelected, this, &MainWindow::showArticle);
    connect(m_navigator, &NavigatorPane::tagActivated, this, [this](const QString &tag) {
        ClaimFilter filter;
        filter.tag = tag;
        m_claims->setFilter(filter);
    });
    connect(m_navigator, &NavigatorPane::entityActivated, this, [this](const QString &name) {
        ClaimFilter filter;
        filter.claimant = name;
        m_claims->setFilter(filter);
    });
    connect(m_claims, &ClaimsPane::selectionChanged, this, &MainWindow::onClaimSelectionChanged);
    connect(m_search, &SearchPane::articleRequested, this, &MainWindow::showArticle);
    connect(m_search, &SearchPane::claimRequested, this, &MainWindow::showClaim);
    connect(m_search, &SearchPane::sourceRequested, this, [this, sourcesDock](qint64 sourceId) {
        sourcesDock->show();
        sourcesDock->raise();
        m_sources->selectSource(sourceId);
    });
    connect(m_sources, &SourcesPane::addRequested, this, &MainWindow::addSource);
    connect(m_sources, &SourcesPane::snapshotRequested, this, &MainWindow::openSnapshot);
    connect(m_sources, &SourcesPane::removeRequested, this, &MainWindow::removeSource);
    connect(m_sources, &SourcesPane::claimRequested, this, &MainWindow::showClaim);
    connect(m_sources, &SourcesPane::saveToLibraryRequested, this, &MainWindow::saveSourceToLibrary);
    connect(m_sources, &SourcesPane::addFromLibraryRequested, this, &MainWindow::addSourceFromLibrary);
    connect(m_inspector, &ClaimInspector::linkRequested, this,
            [this](qint64 claimId, qint64 sourceId) { linkSource(claimId, sourceId); });
    connect(m_claims, &ClaimsPane::sourceDropped, this,
            [this](qint64 claimId, qint64 sourceId) { linkSource(claimId, sourceId); });
}

void MainWindow::createStatusBar()
{
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_countLabel->setObjectName(QStringLiteral("statusCounts"));
    m_savedLabel->setObjectName(QStringLiteral("statusSaved"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_pathLabel->clear();
        m_countLabel->clear();
        m_savedLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->project().path()));
    m_countLabel->setText(tr("%Ln article(s)", nullptr, int(m_document->articles().size())) + QStringLiteral(" · ")
                          + tr("%Ln claim(s)", nullptr, int(m_document->totalClaimCount())));
}

void MainWindow::noteSaved()
{
    // Every edit is written when it is made; say when the last one was.
    m_savedLabel->setText(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    updateStatus();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    m_articleView->clearArticle();
    m_inspector->setDocument(nullptr);
    m_search->setDocument(nullptr);
    m_sources->setDocument(nullptr);
    m_claims->setDocument(nullptr);
    m_navigator->setDocument(nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);
    m_savedLabel->clear();

    if (m_document) {
        m_document->setAnalystName(AppSettings::analystName());
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_navigator->setDocument(m_document.get());
        m_claims->setDocument(m_document.get());
        m_inspector->setDocument(m_document.get());
        m_search->setDocument(m_document.get());
        m_sources->setDocument(m_document.get());
        connect(m_document.get(), &ProjectDocument::claimAdded, this, &MainWindow::refreshArticleClaims);
        connect(m_document.get(), &ProjectDocument::claimChanged, this, &MainWindow::refreshArticleClaims);
        connect(m_document.get(), &ProjectDocument::claimRemoved, this, &MainWindow::refreshArticleClaims);
        connect(m_document.get(), &ProjectDocument::articleRemoved, this, [this](qint64 articleId) {
            if (m_articleView->articleId() == articleId)
                m_articleView->clearArticle();
            noteSaved();
        });
        connect(m_document.get(), &ProjectDocument::articleAdded, this, [this](const Article &article) {
            showArticle(article.id);
            noteSaved();
        });
        connect(m_document.get(), &ProjectDocument::articleUpdated, this, [this](const Article &article) {
            if (m_articleView->articleId() == article.id) {
                m_articleView->showArticle(article, m_document->claimsForArticle(article.id),
                                           m_document->candidates(article, ArticleView::shownLengthOf(article.text)));
                m_reader->updateNotice();
            }
            noteSaved();
        });
        connect(m_document.get(), &ProjectDocument::errorOccurred, this, [this](const QString &message) {
            if (m_document && !m_document->project().fileIsStillThere())
                offerSaveAs(message);
            else
                showError(tr("The change was not saved"), message);
        });
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
        if (!m_document->articles().isEmpty())
            showArticle(m_document->articles().constFirst().id);
    }
    updateActions();
    updateTitle();
    updateStatus();
}

bool MainWindow::newProject(const QString &path)
{
    auto document = ProjectDocument::create(withProjectSuffix(path));
    if (!document) {
        showError(tr("Cannot create the project"), document.error());
        return false;
    }
    AppSettings::addRecentFile(document.value()->project().path());
    setDocument(std::move(document.value()));
    updateRecentFilesMenu();
    statusBar()->showMessage(
        tr("Created %1. Import an article to begin.").arg(QDir::toNativeSeparators(m_document->project().path())));
    return true;
}

bool MainWindow::openProject(const QString &path)
{
    auto document = ProjectDocument::open(path);
    if (!document) {
        if (!QFileInfo::exists(path))
            AppSettings::removeRecentFile(path);
        updateRecentFilesMenu();
        showError(tr("Cannot open the project"), document.error());
        return false;
    }
    AppSettings::addRecentFile(document.value()->project().path());
    setDocument(std::move(document.value()));
    updateRecentFilesMenu();
    if (m_document->project().isReadOnly())
        showError(tr("The project is read-only"), m_document->project().readOnlyReason());
    else if (!m_document->project().backupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded %1 to the current file format; the original is kept as %2.")
                                     .arg(QDir::toNativeSeparators(m_document->project().path()),
                                          QDir::toNativeSeparators(m_document->project().backupPath())));
    else
        statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(m_document->project().path())), 5000);
    return true;
}

bool MainWindow::openSampleProject()
{
    const QString path = AppSettings::sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = SampleProject::create(path);
        if (!created) {
            showError(tr("Cannot create the sample project"), created.error());
            return false;
        }
    }
    return openProject(path);
}

bool MainWindow::importArticleFile(const QString &path)
{
    if (!m_document) {
        showError(tr("No project is open"), tr("Create or open a project before importing articles."));
        return false;
    }
    auto stored = m_document->importFile(path);
    if (!stored) {
        showError(tr("Cannot import the article"), stored.error());
        return false;
    }
    reportImport(stored.value());
    return true;
}

void MainWindow::reportImport(const StoredImport &stored)
{
    const Article &article = stored.article;
    showArticle(article.id);
    if (!stored.warnings.isEmpty())
        showError(tr("The article was imported with problems"), stored.warnings.join(u'\n'));
    else if (stored.outcome == Project::ImportOutcome::Unchanged)
        statusBar()->showMessage(tr("“%1” is already in the project, unchanged.").arg(article.title), 5000);
    else if (stored.outcome == Project::ImportOutcome::NewVersion)
        statusBar()->showMessage(carryMessage(article), 10000);
    else
        statusBar()->showMessage(tr("Imported “%1”.").arg(article.title), 5000);
}

QString MainWindow::carryMessage(const Article &article) const
{
    const CarrySummary summary = m_document->carrySummary(article.id);
    QString message
        = tr("“%1” has changed: imported as version %2.").arg(article.title, QString::number(article.version));
    if (summary.carried > 0)
        message += u' ' + tr("%n claim(s) carried to the new text.", nullptr, summary.carried);
    if (summary.figureChanged > 0)
        message += u' ' + tr("A figure changed in %n claim(s).", nullptr, summary.figureChanged);
    const int left = summary.needsReview + summary.orphaned;
    if (left > 0)
        message
            += u' ' + tr("%n claim(s) stay on the earlier version: not found for sure in the new text.", nullptr, left);
    return message;
}

void MainWindow::pasteArticle()
{
    importClipboard();
}

bool MainWindow::importClipboard()
{
    if (!m_document)
        return false;
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    auto stored = m_document->importPasted(clipboard && clipboard->hasHtml() ? clipboard->html() : QString(),
                                           clipboard && clipboard->hasText() ? clipboard->text() : QString());
    if (!stored) {
        showError(tr("Cannot import the article"), stored.error());
        return false;
    }
    reportImport(stored.value());
    return true;
}

void MainWindow::chooseUrlToImport()
{
    bool accepted = false;
    const QString text = QInputDialog::getText(this, tr("Import from Web Address"), tr("Address of the article:"),
                                               QLineEdit::Normal, QString(), &accepted);
    if (!accepted || text.trimmed().isEmpty())
        return;
    if (!ImportQueue::isWebAddress(text.trimmed())) {
        showError(tr("Cannot import the article"), tr("“%1” is not a web address (http:// or https://).").arg(text));
        return;
    }
    importArticleUrl(QUrl(text.trimmed()));
}

ImportQueue *MainWindow::importQueue()
{
    // One queue per document: it goes with the project it imports into.
    if (!m_importQueue) {
        m_importQueue = new ImportQueue(m_document.get(), m_document.get());
        connect(m_importQueue, &ImportQueue::imported, this, &MainWindow::reportImport);
        connect(m_importQueue, &ImportQueue::finished, this, [this](const QStringList &failures) {
            if (failures.size() == 1)
                showError(tr("Cannot import the article"), failures.constFirst());
            else if (!failures.isEmpty())
                showError(tr("Some articles could not be imported"), failures.join(u'\n'));
            Q_EMIT importsFinished();
        });
    }
    return m_importQueue;
}

QProgressDialog *MainWindow::importProgress(const QString &objectName, const QString &label, int maximum)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, maximum, this);
    progress->setObjectName(objectName);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setValue(0);
    ImportQueue *queue = importQueue();
    connect(progress, &QProgressDialog::canceled, queue, &ImportQueue::cancel);
    connect(queue, &ImportQueue::finished, progress, &QWidget::close);
    return progress;
}

void MainWindow::importArticleUrl(const QUrl &url)
{
    if (!m_document || m_document->project().isReadOnly() || importQueue()->isRunning())
        return;
    QProgressDialog *progress
        = importProgress(QStringLiteral("fetchProgress"), tr("Fetching %1…").arg(url.toDisplayString()), 0);
    connect(m_importQueue, &ImportQueue::received, progress, [progress](qint64 received, qint64 total) {
        progress->setMaximum(total > 0 ? int(total / 1024) : 0);
        progress->setValue(int(received / 1024));
    });
    FetchOptions options;
    options.maximumBytes = qint64(AppSettings::fetchLimitMegabytes()) * 1024 * 1024;
    m_importQueue->importAddress(url, options);
}

bool MainWindow::saveCopy(const QString &path, bool switchToCopy)
{
    if (!m_document)
        return false;
    const QString target = QFileInfo(withProjectSuffix(path)).absoluteFilePath();
    if (target == m_document->project().path()) {
        showError(tr("Cannot copy the project"), tr("Choose a file other than the open project."));
        return false;
    }
    if (const Status copied = m_document->project().saveCopy(target); !copied) {
        showError(tr("Cannot copy the project"), copied.error());
        return false;
    }
    if (switchToCopy)
        return openProject(target);
    statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 5000);
    return true;
}

void MainWindow::chooseCopyPath(bool switchToCopy)
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(this, switchToCopy ? tr("Save Project As") : tr("Save a Copy"),
                                                      QFileInfo(m_document->project().path()).absolutePath(),
                                                      tr("ClaimLedger projects (*.claimledger)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        saveCopy(path, switchToCopy);
}

void MainWindow::closeProject()
{
    setDocument(nullptr);
    statusBar()->showMessage(tr("Create or open a project to begin."));
}

void MainWindow::chooseNewProject()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Project"), folder, tr("ClaimLedger projects (*.claimledger)"),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        newProject(path);
}

void MainWindow::chooseProjectToOpen()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), folder,
                                                      tr("ClaimLedger projects (*.claimledger);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseArticlesToImport()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(), articleFileFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::checkForChanges()
{
    const auto article = m_document ? m_document->article(m_articleView->articleId()) : std::nullopt;
    if (!article)
        return;
    // The same source again, so that the import finds the article and compares texts.
    const QString location = ArticleImporter::rereadLocation(*article, m_document->project().path());
    if (ArticleFetcher::isWebAddress(location)) {
        importArticleUrl(QUrl(location));
        return;
    }
    if (!location.isEmpty()) {
        importFiles({location});
        return;
    }
    const QString fileName = QFileInfo(article->source).fileName();
    const QString beside = QFileInfo(m_document->project().path()).absoluteDir().filePath(fileName);
    const QString path = QFileDialog::getOpenFileName(this, tr("Check “%1” for Changes").arg(article->title), beside,
                                                      articleFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).fileName() != fileName) {
        showError(tr("Cannot check for changes"),
                  tr("Choose the article's own file, %1: a file of another name is imported as another article.")
                      .arg(fileName));
        return;
    }
    importFiles({path});
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_document || m_document->project().isReadOnly() || paths.isEmpty() || importQueue()->isRunning())
        return;
    QProgressDialog *progress
        = importProgress(QStringLiteral("importProgress"), tr("Importing articles…"), int(paths.size()));
    connect(m_importQueue, &ImportQueue::progressed, progress, [progress](int done, int total, const QString &next) {
        progress->setMaximum(total);
        progress->setValue(done);
        if (!next.isEmpty())
            progress->setLabelText(tr("Importing %1…").arg(next));
    });
    m_importQueue->importFiles(paths);
}

void MainWindow::markClaim()
{
    if (!m_document || m_articleView->articleId() == 0)
        return;
    const auto [start, end] = m_articleView->selectedSpan();
    if (start == end) {
        statusBar()->showMessage(tr("Select the text of the claim first."), 5000);
        return;
    }
    auto claim = m_document->markClaim(m_articleView->articleId(), start, end);
    if (!claim)
        return;
    showClaim(claim->id);
    statusBar()->showMessage(tr("Marked a claim. Set its verdict with Edit > Set Verdict."), 5000);
}

void MainWindow::acceptCandidate()
{
    if (!m_document || m_articleView->articleId() == 0)
        return;
    const auto candidate = m_articleView->candidateAtCursor();
    if (!candidate) {
        statusBar()->showMessage(tr("Put the cursor in an underlined figure, quote or date first."), 5000);
        return;
    }
    auto claim = m_document->acceptCandidate(m_articleView->articleId(), *candidate);
    if (!claim)
        return;
    showClaim(claim->id);
    statusBar()->showMessage(tr("Accepted “%1” as a claim. Rate it in the inspector.").arg(candidate->text), 5000);
}

void MainWindow::moveClaimToSelection()
{
    const QList<qint64> ids = selectedClaimIds();
    const auto [start, end] = m_articleView->selectedSpan();
    if (!m_document || ids.size() != 1 || start == end)
        return;
    const auto claim = m_document->claim(ids.constFirst());
    if (!claim || claim->articleId != m_articleView->articleId()) {
        statusBar()->showMessage(tr("Select text in the claim's own article."), 5000);
        return;
    }
    if (m_document->setClaimSpan(claim->id, start, end))
        m_articleView->selectClaim(claim->id, m_document->claim(claim->id)->start);
}

void MainWindow::showOriginal()
{
    if (!m_document || m_articleView->articleId() == 0)
        return;
    const auto article = m_document->article(m_articleView->articleId());
    auto original = m_document->project().articleOriginal(m_articleView->articleId());
    if (!article || !original) {
        showError(tr("Cannot show the original"), original ? tr("The article is gone.") : original.error());
        return;
    }
    auto *dialog = new RawViewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showOriginal(article.value(), original.value());
    dialog->show();
}

void MainWindow::applyVerdictColors()
{
    setVerdictColors(AppSettings::verdictColors());
    m_reader->updateLegend();
    int number = 0;
    for (const Verdict verdict : allVerdicts())
        m_verdictActions.at(number++)->setIcon(swatch(verdictColor(verdict)));
    m_articleView->refreshMarks();
}

void MainWindow::addSource()
{
    if (!m_document || m_document->project().isReadOnly())
        return;
    AddSourceDialog dialog(m_document.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showDock(QStringLiteral("sourcesDock"));
    if (dialog.existingSourceId() != 0) {
        m_sources->selectSource(dialog.existingSourceId());
        statusBar()->showMessage(tr("The source was already in the library; it is selected."), 5000);
        return;
    }
    const SourceRecord record = dialog.record().value();
    auto added = m_document->addSource(record.source, record.snapshots);
    if (!added)
        return;
    m_sources->selectSource(added->id);
    statusBar()->showMessage(tr("Added “%1” to the sources.").arg(added->title), 5000);
}

void MainWindow::linkSource(qint64 claimId, qint64 sourceId, const QString &excerpt, const QString &locator)
{
    if (!m_document || m_document->project().isReadOnly())
        return;
    EvidenceDialog dialog(m_document.get(), claimId, this);
    if (sourceId != 0)
        dialog.setSource(sourceId);
    if (!excerpt.isEmpty())
        dialog.setExcerpt(excerpt, locator);
    if (dialog.exec() == QDialog::Accepted && m_document->linkEvidence(dialog.evidence()))
        statusBar()->showMessage(tr("Linked the source to the claim."), 5000);
}

void MainWindow::openSnapshot(qint64 sourceId)
{
    if (!m_document)
        return;
    const auto source = m_document->project().source(sourceId);
    const auto snapshots = m_document->project().snapshots(sourceId);
    if (!source || !snapshots) {
        showError(tr("Cannot open the snapshot"), source ? snapshots.error() : source.error());
        return;
    }
    if (snapshots->isEmpty()) {
        statusBar()->showMessage(tr("“%1” was entered by hand: it has no archived copy.").arg(source->title), 5000);
        return;
    }
    auto *dialog = new RawViewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showSnapshot(source.value(), snapshots->constLast());
    const QList<qint64> claims = selectedClaimIds();
    dialog->offerExcerpts(claims.size() == 1 && !m_document->project().isReadOnly());
    connect(dialog, &RawViewDialog::excerptChosen, this,
            [this, claims, sourceId](const QString &excerpt, const QString &locator) {
                if (claims.size() == 1)
                    linkSource(claims.constFirst(), sourceId, excerpt, locator);
            });
    if (!dialog->hashVerified())
        showError(tr("A snapshot was changed"),
                  tr("The archived copy of “%1” no longer matches the SHA-256 recorded when it was fetched.")
                      .arg(source->title));
    dialog->show();
}

void MainWindow::removeSource(qint64 sourceId)
{
    if (!m_document)
        return;
    const auto evidence = m_document->project().evidenceForSource(sourceId);
    const qsizetype cited = evidence ? evidence->size() : 0;
    if (cited > 0
        && PlainMessageBox::ask(this, tr("Remove Source"),
                                tr("This source is evidence for %Ln claim(s); removing it removes those links too "
                                   "(Edit > Undo brings them back). Remove it?",
                                   nullptr, int(cited)))
            != QMessageBox::Yes)
        return;
    (void)m_document->removeSource(sourceId);
}

void MainWindow::saveSourceToLibrary(qint64 sourceId)
{
    if (!m_document)
        return;
    auto library = SourceLibrary::open();
    if (!library) {
        showError(tr("Cannot open your source library"), library.error());
        return;
    }
    auto saved = SourceLibrary::save(m_document->project(), sourceId, *library.value());
    if (!saved) {
        showError(tr("Cannot save the source to your library"), saved.error());
        return;
    }
    statusBar()->showMessage(tr("“%1” is in your library.").arg(saved->title), 5000);
}

void MainWindow::addSourceFromLibrary()
{
    if (!m_document || m_document->project().isReadOnly())
        return;
    auto library = SourceLibrary::open();
    auto sources = library ? library.value()->sources() : Result<QList<Source>>(Error{library.error()});
    if (!sources) {
        showError(tr("Cannot open your source library"), sources.error());
        return;
    }
    if (sources->isEmpty()) {
        statusBar()->showMessage(tr("Your library is empty: save sources to it from a project first."), 8000);
        return;
    }
    QStringList names;
    for (const Source &source : sources.value())
        names.append(source.publisher.isEmpty() ? source.title : tr("%1 (%2)").arg(source.title, source.publisher));
    bool chosen = false;
    const QString name
        = QInputDialog::getItem(this, tr("Add from My Library"), tr("Source:"), names, 0, false, &chosen);
    if (!chosen)
        return;
    const Source &picked = sources->at(names.indexOf(name));
    auto record = SourceLibrary::read(*library.value(), picked.id);
    if (!record) {
        showError(tr("Cannot read the source from your library"), record.error());
        return;
    }
    showDock(QStringLiteral("sourcesDock"));
    if (auto same = SourceLibrary::findSame(m_document->project(), record->source); same && same->has_value()) {
        m_sources->selectSource(same->value().id);
        statusBar()->showMessage(tr("The source is already in this project; it is selected."), 5000);
        return;
    }
    if (auto added = m_document->addSource(record->source, record->snapshots))
        m_sources->selectSource(added->id);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    // "The claims the table shows": every row the filter lets through.
    // Unfiltered, that is every claim, fetched into the table or not.
    QSet<qint64> shown;
    if (m_claims->proxy()->filter().isEmpty()) {
        const QList<qint64> all = m_document->claimIds();
        shown = QSet<qint64>(all.cbegin(), all.cend());
    } else {
        const QAbstractItemModel *rows = m_claims->table()->model();
        for (int row = 0; row < rows->rowCount(); ++row)
            shown.insert(rows->index(row, 0).data(ClaimIdRole).toLongLong());
    }
    ExportDialog dialog(m_document.get(), m_articleView->articleId(), shown, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported."), 5000);
}

void MainWindow::showDock(const QString &objectName)
{
    if (auto *dock = findChild<QDockWidget *>(objectName)) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::focusPanel(QWidget *target)
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->isAncestorOf(target)) {
            dock->show();
            dock->raise();
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::deleteSelectedClaims()
{
    if (!m_document)
        return;
    const QList<qint64> ids = selectedClaimIds();
    if (!ids.isEmpty())
        (void)m_document->removeClaims(ids);
}

void MainWindow::setSelectedVerdict(int verdict)
{
    if (!m_document)
        return;
    (void)m_document->setClaimsVerdict(selectedClaimIds(), Verdict(verdict));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_document)
        m_document->setAnalystName(AppSettings::analystName());
    applyVerdictColors();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About ClaimLedger"),
                                tr("<h3>ClaimLedger %1</h3>"
                                   "<p>Track the claims news articles make and the evidence for them.</p>"
                                   "<p>Qt %2 · KSyntaxHighlighting %3</p>"
                                   "<p>ClaimLedger is free software under the MIT licence.</p>"
                                   "<p>What it ships: the sample article, its people, companies and figures are "
                                   "fictional and were written for ClaimLedger, as were the icon and the "
                                   "translations; they are under the same licence. The syntax definitions of "
                                   "the original view come from KSyntaxHighlighting (MIT) as installed on "
                                   "this system.</p>"
                                   "<p>Exchange rates: the euro foreign exchange reference rates of the European "
                                   "Central Bank (source: ECB), shipped unchanged; the ECB permits their "
                                   "reproduction with this acknowledgement.</p>")
                                    .arg(QString::fromLatin1(VersionString), QString::fromLatin1(qVersion()),
                                         QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_document)
        return;
    const auto article = m_document->article(articleId);
    if (!article)
        return;
    if (m_articleView->articleId() != articleId) {
        m_articleView->showArticle(article.value(), m_document->claimsForArticle(articleId),
                                   m_document->candidates(article.value(), ArticleView::shownLengthOf(article->text)));
        m_reader->updateNotice();
        m_claims->setCurrentArticle(articleId);
    }
    m_navigator->setCurrentArticle(articleId);
    updateActions();
}

void MainWindow::showClaim(qint64 claimId)
{
    if (!m_document)
        return;
    const auto claim = m_document->claim(claimId);
    if (!claim)
        return;
    showArticle(claim->articleId);
    m_articleView->selectClaim(claimId, claim->start);
    if (!m_claims->selectClaim(claimId)) {
        // Hidden by the table's filter: the inspector still shows it.
        m_inspector->showClaim(claimId);
    }
}

void MainWindow::onClaimSelectionChanged()
{
    const QList<qint64> ids = selectedClaimIds();
    const qint64 id = ids.size() == 1 ? ids.constFirst() : 0;
    m_inspector->showClaim(id, ids.size());
    if (id != 0)
        showClaim(id);
    else
        m_articleView->selectClaim(0);
    updateActions();
}

void MainWindow::refreshArticleClaims()
{
    if (m_document && m_articleView->articleId() != 0)
        m_articleView->setClaims(m_document->claimsForArticle(m_articleView->articleId()));
    noteSaved();
    updateActions();
}

QList<qint64> MainWindow::selectedClaimIds() const
{
    return m_claims->selectedClaimIds();
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->project().isReadOnly();
    const bool hasClaimSelection = writable && !selectedClaimIds().isEmpty();
    m_importAction->setEnabled(writable);
    m_importUrlAction->setEnabled(writable);
    m_checkChangesAction->setEnabled(writable && m_articleView->articleId() != 0);
    m_pasteAction->setEnabled(writable);
    m_closeAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_saveCopyAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_markAction->setEnabled(writable && m_articleView->articleId() != 0);
    m_acceptCandidateAction->setEnabled(writable && m_articleView->candidateAtCursor().has_value());
    m_moveClaimAction->setEnabled(writable && selectedClaimIds().size() == 1
                                  && m_articleView->textCursor().hasSelection());
    m_showOriginalAction->setEnabled(open && m_articleView->articleId() != 0);
    m_searchProjectAction->setEnabled(open);
    m_addSourceAction->setEnabled(writable);
    m_linksAsSourcesAction->setEnabled(writable && m_articleView->articleId() != 0);
    m_linkSourceAction->setEnabled(writable && selectedClaimIds().size() == 1);
    m_deleteClaimAction->setEnabled(hasClaimSelection);
    m_verdictMenu->setEnabled(hasClaimSelection);
    for (QAction *action : std::as_const(m_verdictActions))
        action->setEnabled(hasClaimSelection);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowFilePath(QString());
        setWindowTitle(QStringLiteral("ClaimLedger"));
        return;
    }
    setWindowFilePath(m_document->project().path());
    QString title = m_document->project().displayName();
    if (m_document->project().isReadOnly())
        title += QStringLiteral(" ") + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" — ClaimLedger"));
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    int number = 0;
    for (const QString &file : files) {
        QString label = QFileInfo(file).completeBaseName();
        if (number < 9)
            label = QStringLiteral("&%1 %2").arg(++number).arg(label);
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openProject(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking: the message stays until read, nothing waits on it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    // Messages quote file names, titles and servers' words: text, never markup.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::offerSaveAs(const QString &message)
{
    // One offer at a time, however many edits fail while it is shown.
    if (findChild<QMessageBox *>(QStringLiteral("projectGone")))
        return;
    statusBar()->showMessage(message, 10000);
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("The project file is gone"), message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("projectGone"));
    box->setTextFormat(Qt::PlainText); // the message names the file
    box->setInformativeText(tr("Everything open in this window is still here. Save it as a new project file to "
                               "go on working; until then nothing more can be saved."));
    QPushButton *saveAs = box->addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(saveAs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(saveAs, &QPushButton::clicked, this, [this] { chooseCopyPath(true); });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already in the project file: nothing to ask before closing.
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    event->accept();
}

void MainWindow::openArguments(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments) {
        const QUrl url(argument);
        if (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"))
            importArticleUrl(url);
        else if (isProjectFile(url.isLocalFile() ? url.toLocalFile() : argument))
            openProject(url.isLocalFile() ? url.toLocalFile() : argument);
        else
            files.append(url.isLocalFile() ? url.toLocalFile() : argument);
    }
    if (files.isEmpty())
        return;
    if (!m_document) {
        showError(tr("No project is open"),
                  tr("Create or open a project before importing articles: %1").arg(files.join(QStringLiteral(", "))));
        return;
    }
    importFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    QStringList files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            if (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"))
                importArticleUrl(url);
            continue;
        }
        const QString path = url.toLocalFile();
        if (isProjectFile(path))
            openProject(path);
        else
            files.append(path);
    }
    importFiles(files);
    event->acceptProposedAction();
}

} // namespace ClaimLedger
