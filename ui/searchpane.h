#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace ClaimLedger {

class ProjectDocument;

/// Searches the whole project — articles, claims, sources and evidence — through its
/// full-text index, and lists the hits with the matching words in context. Activating
/// a hit shows it.
class SearchPane final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPane(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    /// Focuses the search field, selecting what it holds.
    void focusSearch();
    /// Runs a search as if typed (the field is updated too).
    void search(const QString &text);
    QListWidget *results() const { return m_results; }

Q_SIGNALS:
    void articleRequested(qint64 articleId);
    void claimRequested(qint64 claimId);
    void sourceRequested(qint64 sourceId);

private:
    void run();
    void activate(QListWidgetItem *item);

    ProjectDocument *m_document = nullptr;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_status;
};

} // namespace ClaimLedger
