#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace ClaimLedger {

class ProjectDocument;
class SourceTableModel;

/// The project's source library: a table to sort, filter and search, the claims the
/// selected source is evidence for, and ways to add, open and remove sources. Sources
/// can be dragged onto a claim to link them.
class SourcesPane final : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPane(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QTableView *table() const { return m_table; }
    qint64 selectedSourceId() const;
    void selectSource(qint64 sourceId);

Q_SIGNALS:
    void addRequested();
    void removeRequested(qint64 sourceId);
    void snapshotRequested(qint64 sourceId);
    void claimRequested(qint64 claimId);
    void saveToLibraryRequested(qint64 sourceId);
    void addFromLibraryRequested();

private:
    void updateCitingClaims();

    ProjectDocument *m_document = nullptr;
    SourceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QListWidget *m_citing;
};

} // namespace ClaimLedger
