#pragma once

#include "source.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ClaimLedger {

class ProjectDocument;

/// The project's sources, one row each: kind, title, publisher, author, dates,
/// reliability and how many claims cite it. Read again when sources or evidence change
/// (a library holds hundreds of sources, not hundreds of thousands). Rows can be
/// dragged onto a claim to link it.
class SourceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        TitleColumn,
        PublisherColumn,
        AuthorColumn,
        PublishedColumn,
        ReliabilityColumn,
        ClaimsColumn,
        ColumnCount
    };

    explicit SourceTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    int rowOf(qint64 sourceId) const;
    void reload();

private:
    ProjectDocument *m_document;
    QList<Source> m_sources;
    QHash<qint64, int> m_claimCounts;
};

} // namespace ClaimLedger
