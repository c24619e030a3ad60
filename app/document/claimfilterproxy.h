#pragma once

#include "claimkind.h"
#include "verdict.h"

#include <QCollatorSortKey>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

#include <optional>

namespace ClaimLedger {

class ClaimTableModel;

/// What the claims table shows: every condition set must hold.
struct ClaimFilter {
    std::optional<Verdict> verdict;
    std::optional<ClaimKind> kind;
    qint64 articleId = 0; ///< 0: every article
    QString claimant; ///< part of the claimant's name, any case
    QString tag; ///< a tag the claim carries, exactly
    QString text; ///< words found in the claim's text, wording or rationale, any case

    bool isEmpty() const
    {
        return !verdict && !kind && articleId == 0 && claimant.isEmpty() && tag.isEmpty() && text.isEmpty();
    }
    friend bool operator==(const ClaimFilter &, const ClaimFilter &) = default;
};

/// Sorts and filters the claims table. Columns sort by what they mean (verdicts in
/// scale order, priorities by rank, text by the locale's collation), and the source
/// hands over all its rows before a filter or a sort applies, so neither sees only
/// the rows scrolled to so far.
class ClaimFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClaimFilterProxy(QObject *parent = nullptr);

    void setClaimModel(ClaimTableModel *model);
    void setFilter(const ClaimFilter &filter);
    const ClaimFilter &filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// What a row sorts by in one column, computed once per sort: a collation key for
    /// text (comparing two is a byte comparison, not a collation), else the number.
    struct SortKey {
        qint64 number = 0;
        std::optional<QCollatorSortKey> text;
    };
    SortKey keyOf(int sourceRow, int column) const;
    void forgetSortKeys();

    ClaimTableModel *m_model = nullptr;
    std::vector<SortKey> m_sortKeys; // by source row, for m_sortKeyColumn
    int m_sortKeyColumn = -1;
    ClaimFilter m_filter;
    QStringList m_words; // of m_filter.text
};

} // namespace ClaimLedger
