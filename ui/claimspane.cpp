#include "claimspane.h"

#include "claimtablemodel.h"
#include "enumcombodelegate.h"
#include "itemroles.h"
#include "priority.h"
#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

EnumComboDelegate::Choices verdictChoices()
{
    EnumComboDelegate::Choices choices;
    for (const Verdict verdict : allVerdicts())
        choices.append({int(verdict), verdictDisplayName(verdict)});
    return choices;
}

EnumComboDelegate::Choices kindChoices()
{
    EnumComboDelegate::Choices choices;
    for (const ClaimKind kind : allClaimKinds())
        choices.append({int(kind), claimKindDisplayName(kind)});
    return choices;
}

EnumComboDelegate::Choices priorityChoices()
{
    EnumComboDelegate::Choices choices{{0, ClaimsPane::tr("None")}};
    for (int priority = 1; priority <= HighestPriority; ++priority)
        choices.append({priority, priorityDisplayName(priority)});
    return choices;
}

/// A combo box whose first entry means "any".
QComboBox *filterCombo(const QString &anyText, const EnumComboDelegate::Choices &choices, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText, -1);
    for (const auto &[value, name] : choices)
        combo->addItem(name, value);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

ClaimsPane::ClaimsPane(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ClaimFilterProxy(this))
    , m_table(new QTableView(this))
    , m_words(new QLineEdit(this))
    , m_verdict(filterCombo(tr("Any verdict"), verdictChoices(), this))
    , m_kind(filterCombo(tr("Any kind"), kindChoices(), this))
    , m_claimant(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_thisArticle(new QCheckBox(tr("This article only"), this))
    , m_count(new QLabel(this))
{
    m_words->setObjectName(QStringLiteral("claimFilterWords"));
    m_words->setPlaceholderText(tr("Filter claims"));
    m_words->setAccessibleName(tr("Filter claims by words"));
    m_words->setClearButtonEnabled(true);
    m_verdict->setObjectName(QStringLiteral("claimFilterVerdict"));
    m_verdict->setAccessibleName(tr("Filter by verdict"));
    m_kind->setObjectName(QStringLiteral("claimFilterKind"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_claimant->setObjectName(QStringLiteral("claimFilterClaimant"));
    m_claimant->setPlaceholderText(tr("Claimant"));
    m_claimant->setAccessibleName(tr("Filter by claimant"));
    m_claimant->setClearButtonEnabled(true);
    m_tag->setObjectName(QStringLiteral("claimFilterTag"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_thisArticle->setObjectName(QStringLiteral("claimFilterThisArticle"));
    m_count->setObjectName(QStringLiteral("claimCount"));
    auto *clear = new QToolButton(this);
    clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    clear->setText(tr("Clear Filters"));
    clear->setToolTip(tr("Clear Filters"));
    clear->setAccessibleName(tr("Clear Filters"));
    clear->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_words, 2);
    bar->addWidget(m_verdict);
    bar->addWidget(m_kind);
    bar->addWidget(m_claimant, 1);
    bar->addWidget(m_tag);
    bar->addWidget(m_thisArticle);
    bar->addWidget(clear);
    bar->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("claimTable"));
    m_table->setAccessibleName(tr("Claims"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // text order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    // Rows of one height: the view then lays out 100,000 of them without measuring each.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegateForColumn(ClaimTableModel::VerdictColumn, new EnumComboDelegate(verdictChoices(), this));
    m_table->setItemDelegateForColumn(ClaimTableModel::KindColumn, new EnumComboDelegate(kindChoices(), this));
    m_table->setItemDelegateForColumn(ClaimTableModel::PriorityColumn, new EnumComboDelegate(priorityChoices(), this));

    // Sources dragged from the Sources view link to the claim of the row they land on.
    m_table->setAcceptDrops(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_words, &QLineEdit::textChanged, this, &ClaimsPane::applyFilterBar);
    connect(m_claimant, &QLineEdit::textChanged, this, &ClaimsPane::applyFilterBar);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &ClaimsPane::applyFilterBar);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClaimsPane::applyFilterBar);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ClaimsPane::applyFilterBar);
    connect(m_thisArticle, &QCheckBox::toggled, this, &ClaimsPane::applyFilterBar);
    connect(clear, &QToolButton::clicked, this, &ClaimsPane::clearFilter);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClaimsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClaimsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClaimsPane::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClaimsPane::updateCount);
    updateTagChoices();
    updateCount();
}

void ClaimsPane::setDocument(ProjectDocument *document)
{
    m_proxy->setClaimModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_document = document;
    if (document) {
        m_model = new ClaimTableModel(document, this);
        m_proxy->setClaimModel(m_model);
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(ClaimTableModel::TextColumn, QHeaderView::Stretch);
        header->resizeSection(ClaimTableModel::ArticleColumn, 180);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClaimsPane::selectionChanged);
        connect(document, &ProjectDocument::claimChanged, this, &ClaimsPane::updateTagChoices);
        connect(document, &ProjectDocument::claimAdded, this, &ClaimsPane::updateTagChoices);
    }
    updateTagChoices();
    updateCount();
}

QList<qint64> ClaimsPane::selectedClaimIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ClaimIdRole).toLongLong());
    return ids;
}

bool ClaimsPane::selectClaim(qint64 claimId)
{
    if (!m_model)
        return false;
    const int sourceRow = m_model->rowOf(claimId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    if (selectedClaimIds() != QList<qint64>{claimId})
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ClaimsPane::setCurrentArticle(qint64 articleId)
{
    m_currentArticle = articleId;
    if (m_thisArticle->isChecked())
        applyFilterBar();
}

void ClaimsPane::setFilter(const ClaimFilter &filter)
{
    // Show the filter in the bar, then apply it once.
    m_settingFilter = true;
    m_words->setText(filter.text);
    m_claimant->setText(filter.claimant);
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(filter.verdict ? int(*filter.verdict) : -1)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(filter.kind ? int(*filter.kind) : -1)));
    if (!filter.tag.isEmpty() && m_tag->findData(filter.tag) < 0)
        m_tag->addItem(filter.tag, filter.tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(filter.tag.isEmpty() ? QVariant() : QVariant(filter.tag))));
    m_thisArticle->setChecked(filter.articleId != 0);
    if (filter.articleId != 0)
        m_currentArticle = filter.articleId;
    m_settingFilter = false;
    applyFilterBar();
}

void ClaimsPane::clearFilter()
{
    setFilter({});
}

void ClaimsPane::focusFilter()
{
    m_words->setFocus(Qt::ShortcutFocusReason);
    m_words->selectAll();
}

void ClaimsPane::applyFilterBar()
{
    if (m_settingFilter)
        return;
    ClaimFilter filter;
    filter.text = m_words->text().trimmed();
    filter.claimant = m_claimant->text().trimmed();
    if (const int verdict = m_verdict->currentData().toInt(); verdict >= 0)
        filter.verdict = Verdict(verdict);
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = ClaimKind(kind);
    filter.tag = m_tag->currentData().toString();
    filter.articleId = m_thisArticle->isChecked() ? m_currentArticle : 0;
    m_proxy->setFilter(filter);
    updateCount();
}

void ClaimsPane::updateTagChoices()
{
    const QString current = m_tag->currentData().toString();
    QStringList tags;
    if (m_document) {
        if (auto stored = m_document->project().tags())
            tags = stored.value();
    }
    QStringList shown;
    for (int i = 1; i < m_tag->count(); ++i)
        shown.append(m_tag->itemData(i).toString());
    if (shown == tags && m_tag->count() > 0)
        return;
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QVariant());
    for (const QString &tag : std::as_const(tags))
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current.isEmpty() ? QVariant() : QVariant(current))));
}

void ClaimsPane::updateCount()
{
    if (!m_document) {
        m_count->clear();
        return;
    }
    const qsizetype total = m_document->totalClaimCount();
    if (m_proxy->filter().isEmpty())
        m_count->setText(tr("%Ln claim(s)", nullptr, int(total)));
    else
        m_count->setText(tr("%1 of %Ln claim(s)", nullptr, int(total)).arg(QLocale().toString(m_proxy->rowCount())));
}

bool ClaimsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const bool onClaim = drag->mimeData()->hasFormat(QString::fromLatin1(SourceIdMimeType))
            && m_table->indexAt(drag->position().toPoint()).isValid();
        if (onClaim)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex row = m_table->indexAt(drop->position().toPoint());
        const qint64 sourceId = drop->mimeData()->data(QString::fromLatin1(SourceIdMimeType)).toLongLong();
        if (!row.isValid() || sourceId == 0)
            return false;
        drop->acceptProposedAction();
        Q_EMIT sourceDropped(row.data(ClaimIdRole).toLongLong(), sourceId);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace ClaimLedger
