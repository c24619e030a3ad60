#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace ClaimLedger {

struct Article;

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
    /// The name of the syntax definition in use ("HTML", "Markdown", "None").
    QString definitionName() const;
    QPlainTextEdit *editor() const { return m_text; }

private:
    static KSyntaxHighlighting::Repository &repository();

    QLabel *m_header;
    QPlainTextEdit *m_text;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace ClaimLedger
