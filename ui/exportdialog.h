#pragma once

#include "projectdocument.h"
#include "result.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QTextBrowser;

namespace ClaimLedger {

/// File > Export: every report and exchange format, for the whole project, the article
/// shown or the claims the table's filter shows, with a preview before writing.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ProjectDocument *document, qint64 articleId, const QSet<qint64> &filteredClaims,
                 QWidget *parent = nullptr);

    /// The chosen format's bytes (every format but PDF, which is laid out on pages);
    /// `forLayout` shortens long texts as the PDF does, for the preview.
    Result<QByteArray> render(bool forLayout = false) const;
    /// Writes the chosen format to `path`, whole or not at all.
    Status exportTo(const QString &path) const;

private:
    ReportRequest request(bool forLayout) const;
    QString format() const;
    void updatePreview();
    void chooseFileAndExport();

    ProjectDocument *m_document;
    qint64 m_articleId;
    QSet<qint64> m_filteredClaims;
    QComboBox *m_format;
    QRadioButton *m_wholeProject;
    QRadioButton *m_article;
    QRadioButton *m_filtered;
    QCheckBox *m_bom;
    QComboBox *m_pageSize;
    QLineEdit *m_author;
    QTextBrowser *m_preview;
};

} // namespace ClaimLedger
