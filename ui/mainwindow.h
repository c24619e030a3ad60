#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QProgressDialog;
class QMenu;
class QUndoGroup;
class QUrl;

namespace ClaimLedger {

struct Article;
struct ImportedArticle;
struct StoredImport;
class ImportQueue;
class ArticleView;
class ClaimInspector;
class ClaimsPane;
class NavigatorPane;
class SearchPane;
class SourcesPane;
class ProjectDocument;
class ReaderPane;

/// The analyst's workspace: the project navigator on the left, the article reader in
/// the centre, the claim inspector and project search on the right, the claims table
/// below, all in docks that can be moved and closed. Holds at most one open project.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectDocument *document() const { return m_document.get(); }

    // Each returns false after telling the user why (in a window-modal message box).
    bool newProject(const QString &path);
    bool openProject(const QString &path);
    bool importArticleFile(const QString &path);
    /// Imports files in the background with progress and Cancel; importsFinished() follows.
    void importFiles(const QStringList &paths);
    /// Imports what the clipboard holds: HTML when it has some, else plain text.
    bool importClipboard();
    /// Fetches a web page or document and imports it, with progress and a way to cancel.
    void importArticleUrl(const QUrl &url);
    bool openSampleProject();
    /// Writes a copy of the open project to `path`; with `switchToCopy` (Save As) the
    /// window goes on with the copy.
    bool saveCopy(const QString &path, bool switchToCopy);
    void closeProject();

    /// Opens what a command line or the desktop names: project files are opened, web
    /// addresses and other files imported into the open project.
    void openArguments(const QStringList &arguments);
    /// File > New Project: asks where, then creates it.
    void chooseNewProject();

    /// Shows a claim: its article in the reader, the claim outlined and its row selected.
    void showClaim(qint64 claimId);

Q_SIGNALS:
    void importsFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createFileActions();
    void createEditActions();
    void createSourceActions();
    void createViewActions();
    void createSettingsAndHelpActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void showDock(const QString &objectName);
    void focusPanel(QWidget *target);
    void updateStatus();
    void noteSaved();
    void acceptCandidate();
    void moveClaimToSelection();
    void showOriginal();
    void applyVerdictColors();
    void addSource();
    void exportReport();
    void linkSource(qint64 claimId, qint64 sourceId, const QString &excerpt = {}, const QString &locator = {});
    void openSnapshot(qint64 sourceId);
    void removeSource(qint64 sourceId);
    void saveSourceToLibrary(qint64 sourceId);
    void addSourceFromLibrary();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void updateActions();
    void updateTitle();
    void updateRecentFilesMenu();
    void showError(const QString &title, const QString &message);
    /// The project file was deleted or replaced while open: says so and offers Save As,
    /// which keeps everything the window holds.
    void offerSaveAs(const QString &message);
    /// The document's import queue, made on first use.
    ImportQueue *importQueue();
    /// A progress dialog whose Cancel stops the import queue, closed when it is through.
    QProgressDialog *importProgress(const QString &objectName, const QString &label, int maximum);
    void reportImport(const StoredImport &stored);
    /// The status bar's account of a new version: claims carried, figures changed, left.
    QString carryMessage(const Article &article) const;
    void chooseUrlToImport();
    /// Article > Check for Changes: the shown article's web address fetched again, or
    /// its file read again; a changed text becomes a new version with the claims carried.
    void checkForChanges();
    void pasteArticle();

    void chooseProjectToOpen();
    void chooseArticlesToImport();
    void chooseCopyPath(bool switchToCopy);
    void markClaim();
    void deleteSelectedClaims();
    void setSelectedVerdict(int verdict);
    void showPreferences();
    void showAbout();

    void showArticle(qint64 articleId);
    void onClaimSelectionChanged();
    void refreshArticleClaims();
    QList<qint64> selectedClaimIds() const;

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup;
    ReaderPane *m_reader;
    ArticleView *m_articleView;
    NavigatorPane *m_navigator;
    ClaimsPane *m_claims;
    ClaimInspector *m_inspector;
    SearchPane *m_search;
    SourcesPane *m_sources;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QLabel *m_savedLabel;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importUrlAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QPointer<ImportQueue> m_importQueue;
    QAction *m_saveAsAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_acceptCandidateAction = nullptr;
    QAction *m_moveClaimAction = nullptr;
    QAction *m_addSourceAction = nullptr;
    QAction *m_linkSourceAction = nullptr;
    QAction *m_linksAsSourcesAction = nullptr;
    QAction *m_searchProjectAction = nullptr;
    QAction *m_filterClaimsAction = nullptr;
    QAction *m_showOriginalAction = nullptr;
    QAction *m_checkChangesAction = nullptr;
    QAction *m_showCandidatesAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QList<QAction *> m_focusActions;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_deleteClaimAction = nullptr;
    QList<QAction *> m_verdictActions;
    QAction *m_preferencesAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_verdictMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace ClaimLedger
