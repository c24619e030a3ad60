#include "claimtablemodel.h"

#include "itemroles.h"
#include "priority.h"
#include "projectdocument.h"
#include "verdictcolors.h"

#include <algorithm>

namespace ClaimLedger {

namespace {

/// Claims span lines; a table cell shows them on one.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

ClaimTableModel::ClaimTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_ids(document->claimIds())
    , m_fetched(std::min<qsizetype>(m_ids.size(), BatchSize))
{
    connect(document, &ProjectDocument::claimAdded, this, &ClaimTableModel::onClaimAdded);
    connect(document, &ProjectDocument::claimChanged, this, &ClaimTableModel::onClaimChanged);
    connect(document, &ProjectDocument::claimRemoved, this, &ClaimTableModel::onClaimRemoved);
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fetched);
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim *found = m_document->findClaim(m_ids.at(index.row()));
    if (!found)
        return {};
    const Claim &claim = *found;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn:
            return m_document->articleTitle(claim.articleId);
        case TextColumn:
            return oneLine(claim.quote.exact);
        case KindColumn:
            return claimKindDisplayName(claim.kind);
        case ClaimantColumn:
            return claim.claimant;
        case VerdictColumn:
            return verdictDisplayName(claim.verdict);
        case PriorityColumn:
            return priorityDisplayName(claim.priority);
        case TagsColumn:
            return claim.tags.join(QStringLiteral(", "));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ArticleColumn:
            return claim.articleId;
        case KindColumn:
            return int(claim.kind);
        case VerdictColumn:
            return int(claim.verdict);
        case PriorityColumn:
            return claim.priority;
        case TextColumn:
            return oneLine(claim.quote.exact);
        case ClaimantColumn:
            return claim.claimant;
        case TagsColumn:
            return claim.tags.join(u',');
        }
        break;
    case SearchTextRole:
        return claim.quote.exact + u'\n' + claim.wording + u'\n' + claim.rationale;
    case ClaimantRole:
        return claim.claimant;
    case TagsRole:
        return claim.tags;
    case Qt::EditRole:
        switch (index.column()) {
        case PriorityColumn:
            return claim.priority;
        case KindColumn:
            return int(claim.kind);
        case ClaimantColumn:
            return claim.claimant;
        case VerdictColumn:
            return int(claim.verdict);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return claim.quote.exact;
        break;
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return verdictColor(claim.verdict);
        break;
    case ClaimIdRole:
        return claim.id;
    case ArticleIdRole:
        return claim.articleId;
    case VerdictRole:
        return int(claim.verdict);
    case ClaimKindRole:
        return int(claim.kind);
    case SpanStartRole:
        return qlonglong(claim.start);
    case SpanEndRole:
        return qlonglong(claim.end);
    }
    return {};
}

bool ClaimTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Claim *found = m_document->findClaim(claimIdAt(index.row()));
    if (!found)
        return false;
    const Claim &claim = *found;
    switch (index.column()) {
    case PriorityColumn: {
        const int priority = value.toInt();
        if (priority < 0 || priority > HighestPriority)
            return false;
        Claim changed = claim;
        changed.priority = priority;
        return m_document->editClaim(changed, tr("Set Priority")).ok();
    }
    case VerdictColumn: {
        const int verdict = value.toInt();
        if (!allVerdicts().contains(Verdict(verdict)))
            return false;
        return m_document->setClaimVerdict(claim.id, Verdict(verdict)).ok();
    }
    case KindColumn: {
        const int kind = value.toInt();
        if (!allClaimKinds().contains(ClaimKind(kind)))
            return false;
        return m_document->setClaimKind(claim.id, ClaimKind(kind)).ok();
    }
    case ClaimantColumn: {
        Claim changed = claim;
        changed.claimant = value.toString().trimmed();
        return m_document->editClaim(changed, tr("Set Claimant")).ok();
    }
    }
    return false;
}

Qt::ItemFlags ClaimTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->project().isReadOnly()
        && (index.column() == VerdictColumn || index.column() == KindColumn || index.column() == ClaimantColumn
            || index.column() == PriorityColumn))
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case TextColumn:
        return tr("Claim");
    case KindColumn:
        return tr("Kind");
    case ClaimantColumn:
        return tr("Claimant");
    case VerdictColumn:
        return tr("Verdict");
    case PriorityColumn:
        return tr("Priority");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

bool ClaimTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_ids.size();
}

void ClaimTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qsizetype more = std::min<qsizetype>(BatchSize, m_ids.size() - m_fetched);
    beginInsertRows({}, int(m_fetched), int(m_fetched + more - 1));
    m_fetched += more;
    endInsertRows();
}

void ClaimTableModel::fetchAll()
{
    if (m_fetched == m_ids.size())
        return;
    beginInsertRows({}, int(m_fetched), int(m_ids.size() - 1));
    m_fetched = m_ids.size();
    endInsertRows();
}

int ClaimTableModel::rowOf(qint64 claimId)
{
    const qsizetype row = m_ids.indexOf(claimId);
    if (row < 0)
        return -1;
    if (row >= m_fetched) {
        beginInsertRows({}, int(m_fetched), int(row));
        m_fetched = row + 1;
        endInsertRows();
    }
    return int(row);
}

qint64 ClaimTableModel::claimIdAt(int row) const
{
    return row >= 0 && row < m_fetched ? m_ids.at(row) : 0;
}

qsizetype ClaimTableModel::insertionRow(const Claim &claim) const
{
    return std::lower_bound(m_ids.cbegin(), m_ids.cend(), claim,
                            [this](qint64 id, const Claim &inserted) {
                                const Claim *existing = m_document->findClaim(id);
                                return existing && isBeforeInText(*existing, inserted);
                            })
        - m_ids.cbegin();
}

void ClaimTableModel::onClaimAdded(const Claim &claim)
{
    const qsizetype row = insertionRow(claim);
    // Rows past the fetched ones are not the views' business yet.
    if (row > m_fetched) {
        m_ids.insert(row, claim.id);
        return;
    }
    beginInsertRows({}, int(row), int(row));
    m_ids.insert(row, claim.id);
    ++m_fetched;
    endInsertRows();
}

void ClaimTableModel::onClaimChanged(const Claim &claim)
{
    const qsizetype row = m_ids.indexOf(claim.id);
    if (row < 0)
        return;
    // A new span can move the claim in text order: the document holds the changed
    // claim already, so compare with the neighbours.
    const auto outOfPlace = [&](qsizetype neighbour, bool before) {
        if (neighbour < 0 || neighbour >= m_ids.size())
            return false;
        const Claim *other = m_document->findClaim(m_ids.at(neighbour));
        return other && (before ? isBeforeInText(claim, *other) : isBeforeInText(*other, claim));
    };
    if (outOfPlace(row - 1, true) || outOfPlace(row + 1, false)) {
        onClaimRemoved(claim);
        onClaimAdded(claim);
        return;
    }
    if (row < m_fetched)
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void ClaimTableModel::onClaimRemoved(const Claim &claim)
{
    const qsizetype row = m_ids.indexOf(claim.id);
    if (row < 0)
        return;
    if (row >= m_fetched) {
        m_ids.removeAt(row);
        return;
    }
    beginRemoveRows({}, int(row), int(row));
    m_ids.removeAt(row);
    --m_fetched;
    endRemoveRows();
}

} // namespace ClaimLedger
