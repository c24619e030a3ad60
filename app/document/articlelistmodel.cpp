#include "articlelistmodel.h"

#include "itemroles.h"
#include "projectdocument.h"

namespace ClaimLedger {

ArticleListModel::ArticleListModel(ProjectDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_articles(document->articles())
{
    connect(document, &ProjectDocument::articleAdded, this, &ArticleListModel::onArticleAdded);
    connect(document, &ProjectDocument::articleRemoved, this, &ArticleListModel::onArticleRemoved);
    connect(document, &ProjectDocument::articleUpdated, this, &ArticleListModel::onArticleUpdated);
    connect(document, &ProjectDocument::claimAdded, this,
            [this](const Claim &claim) { onClaimCountChanged(claim.articleId); });
    connect(document, &ProjectDocument::claimRemoved, this,
            [this](const Claim &claim) { onClaimCountChanged(claim.articleId); });
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // "Title (claims)", and the version when there is more than one.
        const qsizetype claims = m_document->claimCount(article.id);
        QString text = claims == 0 ? article.title : tr("%1 (%2)").arg(article.title, QString::number(claims));
        if (article.version > 1)
            text += u' ' + tr("· version %1").arg(article.version);
        return text;
    }
    case Qt::ToolTipRole:
        return tr("%1\nSource: %2\nImported: %3")
            .arg(article.title, article.source,
                 QLocale().toString(article.importedAt.toLocalTime(), QLocale::ShortFormat));
    case ArticleIdRole:
        return article.id;
    case ClaimCountRole:
        return qlonglong(m_document->claimCount(article.id));
    }
    return {};
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (qsizetype row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == articleId)
            return int(row);
    }
    return -1;
}

void ArticleListModel::onArticleAdded(const Article &article)
{
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(article);
    endInsertRows();
}

void ArticleListModel::onArticleRemoved(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_articles.removeAt(row);
    endRemoveRows();
}

void ArticleListModel::onArticleUpdated(const Article &article)
{
    const int row = rowOf(article.id);
    if (row < 0)
        return;
    m_articles[row] = article;
    Q_EMIT dataChanged(index(row), index(row));
}

void ArticleListModel::onClaimCountChanged(qint64 articleId)
{
    const int row = rowOf(articleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, ClaimCountRole});
}

} // namespace ClaimLedger
