#pragma once

#include "importqueue.h"
#include "projectdocument.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;

namespace ClaimLedger {

/// Adds a source to the project's library: by web address (fetched, its metadata read
/// and a snapshot archived), from a file (likewise archived), or by hand (a statement,
/// an interview, a dataset without an address). An address already in the library —
/// compared in canonical form, tracking parameters and all — is offered for reuse.
class AddSourceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddSourceDialog(ProjectDocument *document, QWidget *parent = nullptr);
    ~AddSourceDialog() override;

    /// What to add, once accepted (none when an existing source was chosen instead).
    std::optional<SourceRecord> record() const { return m_record; }
    /// The source already in the library that the analyst chose to reuse, or 0.
    qint64 existingSourceId() const { return m_existing; }

    void accept() override;
    void reject() override;

private:
    void fetch(const QUrl &url);
    void finish(ImportedSource source);
    void fail(const QString &message);

    ProjectDocument *m_document;
    QTabWidget *m_tabs;
    QLineEdit *m_url;
    QLineEdit *m_file;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_handUrl;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QDateEdit *m_published;
    QLineEdit *m_notes;
    QComboBox *m_reliability;
    QProgressBar *m_progress;
    QLabel *m_message;
    ImportQueue *m_queue;
    std::optional<SourceRecord> m_record;
    qint64 m_existing = 0;
};

} // namespace ClaimLedger
