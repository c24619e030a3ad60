#include "navigatorpane.h"

#include "articlelistmodel.h"
#include "itemroles.h"
#include "projectdocument.h"

#include <QListView>
#include <QListWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

QListWidget *libraryList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setUniformItemSizes(true);
    return list;
}

} // namespace

NavigatorPane::NavigatorPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_articles(new QListView(this))
    , m_sources(libraryList(QStringLiteral("sourceList"), tr("Sources"), this))
    , m_entities(libraryList(QStringLiteral("entityList"), tr("Entities"), this))
    , m_tags(libraryList(QStringLiteral("tagList"), tr("Tags"), this))
{
    m_articles->setObjectName(QStringLiteral("articleList"));
    m_articles->setAccessibleName(tr("Articles"));
    m_articles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articles->setUniformItemSizes(true);
    m_tabs->setObjectName(QStringLiteral("navigatorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_articles, tr("Articles"));
    m_tabs->addTab(m_sources, tr("Sources"));
    m_tabs->addTab(m_entities, tr("Entities"));
    m_tabs->addTab(m_tags, tr("Tags"));
    // Every tab's name in view, without scroll arrows.
    m_tabs->setUsesScrollButtons(false);
    setMinimumWidth(m_tabs->tabBar()->sizeHint().width() + 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_entities, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT entityActivated(item->data(Qt::UserRole).toString()); });
    connect(m_tags, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT tagActivated(item->data(Qt::UserRole).toString()); });
}

void NavigatorPane::setDocument(ProjectDocument *document)
{
    m_articles->setModel(nullptr);
    delete m_articleModel;
    m_articleModel = nullptr;
    m_document = document;
    if (document) {
        m_articleModel = new ArticleListModel(document, this);
        m_articles->setModel(m_articleModel);
        connect(m_articles->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        Q_EMIT articleSelected(current.data(ArticleIdRole).toLongLong());
                });
        // Claims name entities and carry tags: read those again when claims change.
        connect(document, &ProjectDocument::claimAdded, this, &NavigatorPane::refreshNames);
        connect(document, &ProjectDocument::claimChanged, this, &NavigatorPane::refreshNames);
        connect(document, &ProjectDocument::claimRemoved, this, &NavigatorPane::refreshNames);
    }
    refreshSources();
    refreshNames();
}

void NavigatorPane::setCurrentArticle(qint64 articleId)
{
    if (!m_articleModel)
        return;
    const int row = m_articleModel->rowOf(articleId);
    if (row >= 0 && m_articles->currentIndex().row() != row)
        m_articles->setCurrentIndex(m_articleModel->index(row));
}

void NavigatorPane::showSource(qint64 sourceId)
{
    m_tabs->setCurrentWidget(m_sources);
    for (int row = 0; row < m_sources->count(); ++row) {
        if (m_sources->item(row)->data(Qt::UserRole).toLongLong() == sourceId)
            m_sources->setCurrentRow(row);
    }
}

void NavigatorPane::refreshSources()
{
    m_sources->clear();
    if (!m_document)
        return;
    if (auto sources = m_document->project().sources()) {
        for (const Source &source : sources.value()) {
            auto *item = new QListWidgetItem(source.title.isEmpty() ? source.url : source.title, m_sources);
            item->setToolTip(source.url.isEmpty() ? source.publisher : source.url);
            item->setData(Qt::UserRole, source.id);
        }
    }
}

void NavigatorPane::refreshNames()
{
    m_entities->clear();
    m_tags->clear();
    if (!m_document)
        return;
    const Project &project = m_document->project();
    if (auto entities = project.entities()) {
        for (const Entity &entity : entities.value()) {
            auto *item = new QListWidgetItem(entity.name, m_entities);
            if (!entity.aliases.isEmpty())
                item->setToolTip(tr("Also: %1").arg(entity.aliases.join(QStringLiteral(", "))));
            item->setData(Qt::UserRole, entity.name);
        }
    }
    if (auto tags = project.tags()) {
        for (const QString &tag : tags.value()) {
            auto *item = new QListWidgetItem(tag, m_tags);
            item->setData(Qt::UserRole, tag);
        }
    }
}

} // namespace ClaimLedger
