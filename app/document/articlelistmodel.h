#pragma once

#include "article.h"

#include <QAbstractListModel>
#include <QList>

namespace ClaimLedger {

class ProjectDocument;

/// The project's articles in import order, each with its number of claims.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ArticleListModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 articleId) const;

private:
    void onArticleAdded(const Article &article);
    void onArticleRemoved(qint64 articleId);
    void onArticleUpdated(const Article &article);
    void onClaimCountChanged(qint64 articleId);

    ProjectDocument *m_document;
    QList<Article> m_articles;
};

} // namespace ClaimLedger
