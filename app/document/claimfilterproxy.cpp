#include "claimfilterproxy.h"

#include "claimtablemodel.h"
#include "itemroles.h"

#include <QCollator>

namespace ClaimLedger {

ClaimFilterProxy::ClaimFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ClaimFilterProxy::setClaimModel(ClaimTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ClaimFilterProxy::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = filter.text.split(u' ', Qt::SkipEmptyParts);
    if (m_model && !filter.isEmpty())
        m_model->fetchAll();
    // One layout change rather than a removal per range of hidden rows: with 100,000
    // claims a filter hides thousands of ranges, and views handle each separately.
    invalidate();
}

void ClaimFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_model && column >= 0)
        m_model->fetchAll();
    QSortFilterProxyModel::sort(column, order);
}

bool ClaimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter.verdict && index.data(VerdictRole).toInt() != int(*m_filter.verdict))
        return false;
    if (m_filter.kind && index.data(ClaimKindRole).toInt() != int(*m_filter.kind))
        return false;
    if (m_filter.articleId != 0 && index.data(ArticleIdRole).toLongLong() != m_filter.articleId)
        return false;
    if (!m_filter.claimant.isEmpty()
        && !index.data(ClaimantRole).toString().contains(m_filter.claimant, Qt::CaseInsensitive))
        return false;
    if (!m_filter.tag.isEmpty() && !index.data(TagsRole).toStringList().contains(m_filter.tag))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool ClaimFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    if (a.typeId() == QMetaType::QString) {
        // One collator per thread: QCollator is slow to make and not thread-safe.
        thread_local QCollator collator = [] {
            QCollator made;
            made.setNumericMode(true);
            made.setCaseSensitivity(Qt::CaseInsensitive);
            return made;
        }();
        const int order = collator.compare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else if (a != b) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
    // Ties keep text order.
    return left.row() < right.row();
}

} // namespace ClaimLedger
