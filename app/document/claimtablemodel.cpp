#include "claimtablemodel.h"

#include "itemroles.h"
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
    , m_claims(document->claims())
{
    connect(document, &ProjectDocument::claimAdded, this, &ClaimTableModel::onClaimAdded);
    connect(document, &ProjectDocument::claimChanged, this, &ClaimTableModel::onClaimChanged);
    connect(document, &ProjectDocument::claimRemoved, this, &ClaimTableModel::onClaimRemoved);
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ArticleColumn:
            return articleTitle(claim.articleId);
        case TextColumn:
            return oneLine(claim.quote.exact);
        case KindColumn:
            return claimKindDisplayName(claim.kind);
        case ClaimantColumn:
            return claim.claimant;
        case VerdictColumn:
            return verdictDisplayName(claim.verdict);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
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
    const Claim &claim = m_claims.at(index.row());
    switch (index.column()) {
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
        && (index.column() == VerdictColumn || index.column() == KindColumn || index.column() == ClaimantColumn))
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
    }
    return {};
}

int ClaimTableModel::rowOf(qint64 claimId) const
{
    for (qsizetype row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).id == claimId)
            return int(row);
    }
    return -1;
}

qint64 ClaimTableModel::claimIdAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? m_claims.at(row).id : 0;
}

qsizetype ClaimTableModel::insertionRow(const Claim &claim) const
{
    return std::lower_bound(m_claims.cbegin(), m_claims.cend(), claim, isBeforeInText) - m_claims.cbegin();
}

void ClaimTableModel::onClaimAdded(const Claim &claim)
{
    const int row = int(insertionRow(claim));
    beginInsertRows({}, row, row);
    m_claims.insert(row, claim);
    endInsertRows();
}

void ClaimTableModel::onClaimChanged(const Claim &claim)
{
    const int row = rowOf(claim.id);
    if (row < 0)
        return;
    if (m_claims.at(row).start != claim.start || m_claims.at(row).end != claim.end) {
        // A new span can move the claim in text order.
        onClaimRemoved(claim);
        onClaimAdded(claim);
        return;
    }
    m_claims[row] = claim;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClaimTableModel::onClaimRemoved(const Claim &claim)
{
    const int row = rowOf(claim.id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_claims.removeAt(row);
    endRemoveRows();
}

QString ClaimTableModel::articleTitle(qint64 articleId) const
{
    const auto article = m_document->article(articleId);
    return article ? article->title : QString();
}

} // namespace ClaimLedger
