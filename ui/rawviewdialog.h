#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace ClaimLedger {

struct Article;
struct Snapshot;
struct Source;

/// Shows the original bytes an article version was imported from — the saved HTML
/// page, the Markdown or text file — highlighted with KSyntaxHighlighting in the theme
/// that matches the palette. Nothing in it is executed or loaded.
class RawViewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Shows at most this many bytes of the original.
    static constexpr qsizetype DisplayLimit = 4 * 1024 * 1024;

    explicit RawViewDialog(QWidget *parent = nullptr);
    ~RawViewDialog() override;

    void showOriginal(const Article &article, const QByteArray &original);
    /// Shows a source's archived snapshot after checking its SHA-256: a mismatch is
    /// said at the top, in red, never hidden. "Extracted text" shows what the importer
    /// reads of it instead of the bytes.
    void showSnapshot(const Source &source, const Snapshot &snapshot);
    bool hashVerified() const { return m_verified; }
    /// Offers "Use Selection as Excerpt", which emits excerptChosen().
    void offerExcerpts(bool offer);
    /// The name of the syntax definition in use ("HTML", "Markdown", "None").
    QString definitionName() const;
    QPlainTextEdit *editor() const { return m_text; }

Q_SIGNALS:
    /// A passage chosen as an excerpt, with where it is in the snapshot.
    void excerptChosen(const QString &excerpt, const QString &locator);

private:
    static KSyntaxHighlighting::Repository &repository();

    QLabel *m_header;
    QPlainTextEdit *m_text;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QCheckBox *m_extracted;
    QPushButton *m_useExcerpt;
    QByteArray m_bytes;
    QString m_mimeType;
    QString m_snapshotHash;
    bool m_verified = true;
};

} // namespace ClaimLedger
