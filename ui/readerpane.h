#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ClaimLedger {

class ArticleView;

/// The centre of the window: the article reader with what belongs to it — a notice
/// when only part of a long article is shown, a find bar (Ctrl+F) and the legend of
/// verdict colours.
class ReaderPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderPane(QWidget *parent = nullptr);

    ArticleView *view() const { return m_view; }

    /// Opens the find bar with the selected text, or focuses it when open.
    void startFind();
    /// Moves to the next (or previous) match of the find bar's text; false when none.
    bool findNext(bool backwards = false);
    /// Rebuilds the legend's colours (after the preferences change them).
    void updateLegend();
    /// Shows or hides the notice about a shortened article; call after showArticle().
    void updateNotice();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void highlightMatches();
    void closeFind();

    ArticleView *m_view;
    QLabel *m_notice;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    QWidget *m_legend;
};

} // namespace ClaimLedger
