#pragma once

#include "claim.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClaimLedger {

class ProjectDocument;

/// Every claim of a project, one row each, in text order (article, then position).
/// Rows reach views in batches as they scroll (canFetchMore/fetchMore), and cells read
/// claims from the document by id, so a project of 100,000 claims opens at once.
/// Editing a cell pushes an undo command through the document.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ArticleColumn,
        TextColumn,
        KindColumn,
        ClaimantColumn,
        VerdictColumn,
        PriorityColumn,
        TagsColumn,
        ColumnCount
    };
    /// Rows handed to views per fetchMore().
    static constexpr int BatchSize = 2000;

    explicit ClaimTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Hands every remaining row to the views (before filtering or sorting them all).
    void fetchAll();
    /// The row of a claim, fetching up to it if needed; -1 when there is none.
    int rowOf(qint64 claimId);
    qint64 claimIdAt(int row) const;

private:
    void onClaimAdded(const Claim &claim);
    void onClaimChanged(const Claim &claim);
    void onClaimRemoved(const Claim &claim);
    qsizetype insertionRow(const Claim &claim) const;

    ProjectDocument *m_document;
    QList<qint64> m_ids; // every claim, in text order
    qsizetype m_fetched = 0; // rows the views know of: the first m_fetched of m_ids
};

} // namespace ClaimLedger
