#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QTableView;
class QUndoGroup;
class QUrl;

namespace ClaimLedger {

struct ImportedArticle;
struct StoredImport;
class ArticleFetcher;
class ArticleListModel;
class ArticleView;
class ClaimTableModel;
class ProjectDocument;
class ReaderPane;

/// The analyst's workspace: the project's articles on the left, the article reader in
/// the centre, the claims table below. Holds at most one open project.
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
    void createMenus();
    void createToolBar();
    void createDocks();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    void updateActions();
    void updateTitle();
    void updateRecentFilesMenu();
    void showError(const QString &title, const QString &message);
    bool addImported(const ImportedArticle &imported);
    void reportImport(const StoredImport &stored);
    void chooseUrlToImport();
    void pasteArticle();

    void chooseNewProject();
    void chooseProjectToOpen();
    void chooseArticlesToImport();
    void chooseCopyPath(bool switchToCopy);
    void markClaim();
    void deleteSelectedClaims();
    void setSelectedVerdict(int verdict);
    void showPreferences();
    void showAbout();

    void showArticle(qint64 articleId);
    void onArticleSelected();
    void onClaimSelectionChanged();
    void refreshArticleClaims();
    qint64 selectedClaimId() const;
    QList<qint64> selectedClaimIds() const;

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup;
    ReaderPane *m_reader;
    ArticleView *m_articleView;
    QListView *m_articleList;
    QTableView *m_claimTable;
    ArticleListModel *m_articleModel = nullptr;
    ClaimTableModel *m_claimModel = nullptr;
    QSortFilterProxyModel *m_claimProxy;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importUrlAction = nullptr;
    QAction *m_pasteAction = nullptr;
    ArticleFetcher *m_fetcher = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_markAction = nullptr;
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
