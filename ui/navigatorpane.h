#pragma once

#include <QWidget>

class QListView;
class QListWidget;
class QTabWidget;

namespace ClaimLedger {

class ArticleListModel;
class ProjectDocument;

/// The project at a glance: its articles (with their claim counts and versions), the
/// sources in its library, the entities claims are attributed to, and the tags in use.
/// Activating an entity or a tag filters the claims table by it.
class NavigatorPane final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPane(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QListView *articleList() const { return m_articles; }
    /// Makes an article the current one in the list.
    void setCurrentArticle(qint64 articleId);
    /// Shows the Sources tab with a source selected.
    void showSource(qint64 sourceId);

Q_SIGNALS:
    void articleSelected(qint64 articleId);
    void entityActivated(const QString &name);
    void tagActivated(const QString &tag);

private:
    void refreshSources();
    /// Entities and tags, which claim edits can add.
    void refreshNames();

    ProjectDocument *m_document = nullptr;
    ArticleListModel *m_articleModel = nullptr;
    QTabWidget *m_tabs;
    QListView *m_articles;
    QListWidget *m_sources;
    QListWidget *m_entities;
    QListWidget *m_tags;
};

} // namespace ClaimLedger
