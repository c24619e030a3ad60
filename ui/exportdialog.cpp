#include "exportdialog.h"

#include "offlinetextdocument.h"
#include "plainmessagebox.h"
#include "projectdocument.h"
#include "reportformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

/// The preview shows this much of a large export.
constexpr qsizetype PreviewLimit = 256 * 1024;

} // namespace

ExportDialog::ExportDialog(ProjectDocument *document, qint64 articleId, const QSet<qint64> &filteredClaims,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_articleId(articleId)
    , m_filteredClaims(filteredClaims)
    , m_format(new QComboBox(this))
    , m_wholeProject(new QRadioButton(tr("The &whole project"), this))
    , m_article(new QRadioButton(tr("The &article shown"), this))
    , m_filtered(new QRadioButton(tr("The claims the &table shows (%1)").arg(filteredClaims.size()), this))
    , m_bom(new QCheckBox(tr("Start with a &byte order mark (for spreadsheets)"), this))
    , m_pageSize(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    // The preview shows the report as it is, loading nothing it names (OfflineTextDocument)
    // and following no link.
    m_preview->setDocument(new OfflineTextDocument(m_preview));
    m_preview->setOpenLinks(false);
    setWindowTitle(tr("Export"));
    resize(820, 640);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ReportFormat &info : ReportFormat::all())
        m_format->addItem(info.displayName(), QString::fromLatin1(info.key));
    m_wholeProject->setChecked(true);
    m_article->setEnabled(articleId != 0);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_author->setPlaceholderText(tr("The organisation publishing the reviews"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_wholeProject);
    scope->addWidget(m_article);
    scope->addWidget(m_filtered);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("What:"), scope);
    form->addRow(QString(), m_bom);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("Reviews &published by:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    for (QWidget *control : {static_cast<QWidget *>(m_wholeProject), static_cast<QWidget *>(m_article),
                             static_cast<QWidget *>(m_filtered)})
        connect(static_cast<QRadioButton *>(control), &QRadioButton::toggled, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_author, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    updatePreview();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

ReportRequest ExportDialog::request(bool forLayout) const
{
    ReportRequest request;
    request.format = format();
    request.articleId = m_article->isChecked() ? m_articleId : 0;
    if (m_filtered->isChecked())
        request.claims = m_filteredClaims;
    request.options.byteOrderMark = m_bom->isChecked();
    request.options.review = {m_author->text().trimmed(), QString()};
    request.options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    request.options.forLayout = forLayout;
    return request;
}

Result<QByteArray> ExportDialog::render(bool forLayout) const
{
    return m_document->renderReport(request(forLayout));
}

Status ExportDialog::exportTo(const QString &path) const
{
    return m_document->exportReport(request(false), path);
}

void ExportDialog::updatePreview()
{
    const QString key = format();
    m_bom->setVisible(key == QLatin1StringView("csv"));
    m_pageSize->setEnabled(key == QLatin1StringView("pdf"));
    m_author->setEnabled(key == QLatin1StringView("claimreview"));
    const bool whole = key == QLatin1StringView("json");
    m_article->setEnabled(!whole && m_articleId != 0);
    m_filtered->setEnabled(!whole);
    // PDF pages show the HTML report's content.
    const QString shown = key == QLatin1StringView("pdf") ? QStringLiteral("html") : key;
    const int index = m_format->currentIndex();
    m_format->blockSignals(true);
    m_format->setCurrentIndex(m_format->findData(shown));
    auto bytes = render(true);
    m_format->setCurrentIndex(index);
    m_format->blockSignals(false);
    if (!bytes) {
        m_preview->setPlainText(bytes.error());
        return;
    }
    if (shown == QLatin1StringView("html"))
        m_preview->setHtml(QString::fromUtf8(bytes.value()));
    else
        m_preview->setPlainText(QString::fromUtf8(bytes->first(std::min(bytes->size(), PreviewLimit))));
}

void ExportDialog::chooseFileAndExport()
{
    const ReportFormat *chosen = ReportFormat::find(format());
    const QString suffix = QString::fromLatin1(chosen ? chosen->suffix : "html");
    const QString suggested = m_document->project().displayName() + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    if (auto written = exportTo(path); !written) {
        PlainMessageBox::warn(this, tr("Cannot export"), written.error());
        return;
    }
    accept();
}

} // namespace ClaimLedger
