#include "sourcespane.h"

#include "itemroles.h"
#include "projectdocument.h"
#include "sourcetablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ClaimLedger {

SourcesPane::SourcesPane(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_citing(new QListWidget(this))
{
    setObjectName(QStringLiteral("sourcesPane"));
    m_filter->setObjectName(QStringLiteral("sourceFilter"));
    m_filter->setPlaceholderText(tr("Filter sources"));
    m_filter->setAccessibleName(tr("Filter sources"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("sourceTable"));
    m_table->setAccessibleName(tr("Sources"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_citing->setObjectName(QStringLiteral("sourceCitingClaims"));
    m_citing->setAccessibleName(tr("Claims this source is evidence for"));

    auto *add = new QPushButton(tr("&Add Source…"), this);
    add->setObjectName(QStringLiteral("addSourceButton"));
    auto *open = new QPushButton(tr("&Open Snapshot"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *save = new QPushButton(tr("Save to My &Library"), this);
    save->setToolTip(tr("Keep this source in your own library, to use it in other projects"));
    auto *fromLibrary = new QPushButton(tr("From My Li&brary…"), this);
    fromLibrary->setToolTip(tr("Add a source you kept in your library"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(add);
    buttons->addWidget(fromLibrary);
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addWidget(remove);

    auto *citing = new QWidget(this);
    auto *citingLayout = new QVBoxLayout(citing);
    citingLayout->setContentsMargins(0, 0, 0, 0);
    citingLayout->addWidget(new QLabel(tr("Evidence for:"), citing));
    citingLayout->addWidget(m_citing);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(citing);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &SourcesPane::addRequested);
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSourceId())
            Q_EMIT snapshotRequested(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSourceId())
            Q_EMIT removeRequested(id);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedSourceId())
            Q_EMIT saveToLibraryRequested(id);
    });
    connect(fromLibrary, &QPushButton::clicked, this, &SourcesPane::addFromLibraryRequested);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 id = selectedSourceId())
            Q_EMIT snapshotRequested(id);
    });
    connect(m_citing, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT claimRequested(item->data(Qt::UserRole).toLongLong()); });
}

void SourcesPane::setDocument(ProjectDocument *document)
{
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_document = document;
    m_citing->clear();
    if (!document)
        return;
    m_model = new SourceTableModel(document, this);
    m_proxy->setSourceModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(SourceTableModel::TitleColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesPane::updateCitingClaims);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPane::updateCitingClaims);
}

qint64 SourcesPane::selectedSourceId() const
{
    if (!m_table->selectionModel())
        return 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(SourceIdRole).toLongLong();
}

void SourcesPane::selectSource(qint64 sourceId)
{
    if (!m_model)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(sourceId), 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SourcesPane::updateCitingClaims()
{
    m_citing->clear();
    const qint64 sourceId = selectedSourceId();
    if (!m_document || sourceId == 0)
        return;
    auto evidence = m_document->project().evidenceForSource(sourceId);
    if (!evidence)
        return;
    for (const Evidence &link : evidence.value()) {
        const Claim *claim = m_document->findClaim(link.claimId);
        if (!claim)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(stanceDisplayName(link.stance), claim->quote.exact.simplified()), m_citing);
        item->setData(Qt::UserRole, claim->id);
    }
}

} // namespace ClaimLedger
