#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace ClaimLedger {

class ProjectDocument;
struct Claim;

/// Shows the selected claim and edits it: kind, claimant (picked from the project's
/// entities and their aliases, a new name becoming a new entity), normalized wording,
/// verdict, rationale, tags, priority and its span. Every change applies at once as
/// one undoable edit.
class ClaimInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimInspector(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    /// Shows one claim (0: none); `selectedCount` says how many the table has selected.
    void showClaim(qint64 claimId, qsizetype selectedCount = 1);
    qint64 claimId() const { return m_claimId; }

Q_SIGNALS:
    /// The analyst asked to link the shown claim to a source (0: to be chosen).
    void linkRequested(qint64 claimId, qint64 sourceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void refreshEvidence();
    void updateEntityChoices();
    /// Applies an edit made in a field to the shown claim.
    void edit(const std::function<void(Claim &)> &change, const QString &actionText);
    void commitClaimant();
    void commitRationale();
    void commitSpan();

    ProjectDocument *m_document = nullptr;
    qint64 m_claimId = 0;
    bool m_refreshing = false;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_quote;
    QLabel *m_article;
    QSpinBox *m_start;
    QSpinBox *m_end;
    QComboBox *m_kind;
    QComboBox *m_claimant;
    QLineEdit *m_wording;
    QComboBox *m_verdict;
    QPlainTextEdit *m_rationale;
    QLineEdit *m_tags;
    QComboBox *m_priority;
    QLabel *m_figures;
    QListWidget *m_evidence;
};

} // namespace ClaimLedger
