#pragma once

#include "claim.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClaimLedger {

class ProjectDocument;

/// Every claim of a project, one row each, in text order (article, then position).
/// Editing a cell pushes an undo command through the document.
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ArticleColumn, TextColumn, KindColumn, ClaimantColumn, VerdictColumn, ColumnCount };

    explicit ClaimTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of a claim, or -1.
    int rowOf(qint64 claimId) const;
    qint64 claimIdAt(int row) const;

private:
    void onClaimAdded(const Claim &claim);
    void onClaimChanged(const Claim &claim);
    void onClaimRemoved(const Claim &claim);
    qsizetype insertionRow(const Claim &claim) const;
    QString articleTitle(qint64 articleId) const;

    ProjectDocument *m_document;
    QList<Claim> m_claims; // in text order
};

} // namespace ClaimLedger
