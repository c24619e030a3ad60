#pragma once

#include "evidence.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ClaimLedger {

class ProjectDocument;

/// Links a claim to a source: which source, its stance (supports, contradicts,
/// context, origin), the excerpt it quotes, where in the source (page, paragraph,
/// timestamp), the credibility of that information (1–6) and a note.
class EvidenceDialog final : public QDialog
{
    Q_OBJECT

public:
    EvidenceDialog(ProjectDocument *document, qint64 claimId, QWidget *parent = nullptr);

    void setSource(qint64 sourceId);
    void setExcerpt(const QString &excerpt, const QString &locator = {});
    /// The link as filled in (call after the dialog was accepted).
    Evidence evidence() const;

private:
    qint64 m_claimId;
    QComboBox *m_source;
    QComboBox *m_stance;
    QPlainTextEdit *m_excerpt;
    QLineEdit *m_locator;
    QSpinBox *m_credibility;
    QLineEdit *m_note;
};

} // namespace ClaimLedger
