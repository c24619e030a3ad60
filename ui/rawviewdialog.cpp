#include "rawviewdialog.h"

#include "article.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
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

QString RawViewDialog::definitionName() const
{
    return m_highlighter->definition().name();
}

} // namespace ClaimLedger
