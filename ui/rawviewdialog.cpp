#include "rawviewdialog.h"

#include "article.h"
#include "snapshot.h"
#include "source.h"
#include "sourcelibrary.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

/// The syntax of an original, from its bytes and where it came from.
QString syntaxName(const Article &article, QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 2048)).toByteArray().trimmed().toLower();
    if (head.startsWith('<') || head.contains("<html") || head.contains("<!doctype"))
        return QStringLiteral("HTML");
    const QString source = article.source.toLower();
    if (source.endsWith(QLatin1StringView(".md")) || source.endsWith(QLatin1StringView(".markdown")))
        return QStringLiteral("Markdown");
    return QStringLiteral("None");
}

bool isBinaryDocument(QByteArrayView bytes)
{
    return bytes.startsWith("%PDF") || bytes.startsWith("PK\x03\x04");
}

} // namespace

RawViewDialog::RawViewDialog(QWidget *parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document()))
    , m_extracted(new QCheckBox(tr("&Extracted text"), this))
    , m_useExcerpt(new QPushButton(tr("&Use Selection as Excerpt"), this))
{
    setObjectName(QStringLiteral("rawView"));
    resize(900, 700);
    m_header->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("rawText"));
    m_text->setAccessibleName(tr("Original bytes of the article"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Light or dark, as the palette is.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme theme = repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(theme);
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Base,
                         QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    textPalette.setColor(QPalette::Text, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_text->setPalette(textPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_extracted->setObjectName(QStringLiteral("rawExtracted"));
    m_extracted->hide();
    m_useExcerpt->setObjectName(QStringLiteral("useExcerpt"));
    m_useExcerpt->hide();
    buttons->addButton(m_useExcerpt, QDialogButtonBox::ActionRole);
    connect(m_useExcerpt, &QPushButton::clicked, this, [this] {
        const QTextCursor cursor = m_text->textCursor();
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
        if (selected.trimmed().isEmpty())
            return;
        // Anchored in the snapshot: which one (by hash), which view, which characters.
        const QString view = m_extracted->isChecked() ? tr("extracted text") : tr("original");
        Q_EMIT excerptChosen(selected.trimmed(),
                             tr("snapshot %1, %2, characters %3–%4")
                                 .arg(m_snapshotHash.left(12), view)
                                 .arg(cursor.selectionStart())
                                 .arg(cursor.selectionEnd()));
    });
    connect(m_extracted, &QCheckBox::toggled, this, [this](bool extracted) {
        if (!extracted) {
            m_highlighter->setDefinition(repository().definitionForName(syntaxName({}, m_bytes)));
            m_text->setPlainText(QString::fromUtf8(m_bytes.first(std::min<qsizetype>(m_bytes.size(), DisplayLimit))));
            return;
        }
        auto text = SourceLibrary::snapshotText(m_bytes, m_mimeType);
        m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("None")));
        m_text->setPlainText(text ? text.value() : text.error());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_extracted);
    layout->addWidget(buttons);
}

RawViewDialog::~RawViewDialog() = default;

KSyntaxHighlighting::Repository &RawViewDialog::repository()
{
    // Reading the syntax definitions takes a while: once per run.
    static KSyntaxHighlighting::Repository shared;
    return shared;
}

void RawViewDialog::showOriginal(const Article &article, const QByteArray &original)
{
    setWindowTitle(tr("Original of “%1”").arg(article.title));
    QString header = tr("Version %1 as imported from %2 (%3 bytes, %4).")
                         .arg(article.version)
                         .arg(article.source, QLocale().toString(original.size()),
                              article.encoding.isEmpty() ? tr("encoding unknown") : article.encoding);
    if (isBinaryDocument(original)) {
        m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("None")));
        m_text->setPlainText(tr("The original is a PDF or office document: the reader shows the text extracted "
                                "from it."));
        m_header->setText(header);
        return;
    }
    QByteArrayView shown = original;
    if (shown.size() > DisplayLimit) {
        shown = shown.first(DisplayLimit);
        header += u' ' + tr("Only the first %1 bytes are shown.").arg(QLocale().toString(DisplayLimit));
    }
    m_header->setText(header);
    QStringDecoder decoder(article.encoding.isEmpty() ? "UTF-8" : article.encoding.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(shown);
    m_highlighter->setDefinition(repository().definitionForName(syntaxName(article, shown)));
    m_text->setPlainText(text);
}

void RawViewDialog::showSnapshot(const Source &source, const Snapshot &snapshot)
{
    setWindowTitle(tr("Snapshot of “%1”").arg(source.title));
    m_bytes = snapshot.bytes;
    m_mimeType = snapshot.mimeType;
    m_snapshotHash = QString::fromLatin1(snapshot.sha256);
    m_verified = snapshot.hashMatches();
    QString header = tr("%1, fetched %2 (HTTP %3, %4, %5 bytes).")
                         .arg(snapshot.finalUrl.isEmpty() ? source.url : snapshot.finalUrl,
                              QLocale().toString(snapshot.fetchedAt.toLocalTime(), QLocale::ShortFormat))
                         .arg(snapshot.httpStatus)
                         .arg(snapshot.mimeType, QLocale().toString(snapshot.bytes.size()));
    header += u' ';
    header += m_verified ? tr("SHA-256 %1: verified.").arg(QString::fromLatin1(snapshot.sha256))
                         : tr("<b style=\"color:#b00020\">The bytes no longer match the SHA-256 recorded when they "
                              "were archived (%1): the snapshot was changed since.</b>")
                               .arg(QString::fromLatin1(snapshot.sha256));
    m_header->setTextFormat(Qt::RichText);
    m_extracted->show();
    Article described;
    described.title = source.title;
    described.source = snapshot.finalUrl;
    described.version = 1;
    if (isBinaryDocument(snapshot.bytes)) {
        m_header->setText(header);
        m_extracted->setChecked(true);
        return;
    }
    m_header->setText(header);
    m_highlighter->setDefinition(repository().definitionForName(syntaxName(described, snapshot.bytes)));
    m_text->setPlainText(
        QString::fromUtf8(snapshot.bytes.first(std::min<qsizetype>(snapshot.bytes.size(), DisplayLimit))));
}

void RawViewDialog::offerExcerpts(bool offer)
{
    m_useExcerpt->setVisible(offer);
}

QString RawViewDialog::definitionName() const
{
    return m_highlighter->definition().name();
}

} // namespace ClaimLedger
