#include "sourcetablemodel.h"

#include "itemroles.h"
#include "projectdocument.h"

#include <QLocale>
#include <QMimeData>

namespace ClaimLedger {

SourceTableModel::SourceTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::sourcesChanged, this, &SourceTableModel::reload);
    reload();
}

void SourceTableModel::reload()
{
    beginResetModel();
    auto sources = m_document->project().sources();
    m_sources = sources ? sources.value() : QList<Source>();
    auto counts = m_document->project().claimCountsPerSource();
    m_claimCounts = counts ? counts.value() : QHash<qint64, int>();
    endResetModel();
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources.at(index.row());
    if (role == SourceIdRole)
        return source.id;
    if (role == Qt::ToolTipRole)
        return source.url.isEmpty() ? source.notes : source.url;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return sourceKindDisplayName(source.kind);
    case TitleColumn:
        return source.title;
    case PublisherColumn:
        return source.publisher;
    case AuthorColumn:
        return source.author;
    case PublishedColumn:
        if (role == SortRole)
            return source.publishedAt;
        return source.publishedAt.isValid() ? QLocale().toString(source.publishedAt.date(), QLocale::ShortFormat)
                                            : QString();
    case ReliabilityColumn:
        return role == SortRole ? QVariant(QString(source.reliability))
                                : QVariant(reliabilityDisplayName(source.reliability));
    case ClaimsColumn:
        return m_claimCounts.value(source.id);
    }
    return {};
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case AuthorColumn:
        return tr("Author");
    case PublishedColumn:
        return tr("Published");
    case ReliabilityColumn:
        return tr("Reliability");
    case ClaimsColumn:
        return tr("Claims");
    }
    return {};
}

Qt::ItemFlags SourceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid())
        result |= Qt::ItemIsDragEnabled;
    return result;
}

QStringList SourceTableModel::mimeTypes() const
{
    return {QString::fromLatin1(SourceIdMimeType)};
}

QMimeData *SourceTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(SourceIdMimeType),
                  QByteArray::number(indexes.constFirst().data(SourceIdRole).toLongLong()));
    return mime;
}

int SourceTableModel::rowOf(qint64 sourceId) const
{
    for (qsizetype row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).id == sourceId)
            return int(row);
    }
    return -1;
}

} // namespace ClaimLedger
