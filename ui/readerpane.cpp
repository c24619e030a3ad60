#include "readerpane.h"

#include "articleview.h"
#include "verdictcolors.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

/// Matches beyond this many are counted but not painted: painting is per match.
constexpr int PaintedMatchLimit = 2000;

QToolButton *toolButton(const QString &iconName, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new ArticleView(this))
    , m_notice(new QLabel(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
    , m_legend(new QWidget(this))
{
    m_view->setObjectName(QStringLiteral("articleView"));
    m_notice->setObjectName(QStringLiteral("readerNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMargin(6);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->hide();

    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setAccessibleName(tr("Find in article"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    auto *previous = toolButton(QStringLiteral("go-up"), tr("Previous Match"), m_findBar);
    auto *next = toolButton(QStringLiteral("go-down"), tr("Next Match"), m_findBar);
    auto *close = toolButton(QStringLiteral("window-close"), tr("Close Find Bar"), m_findBar);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        highlightMatches();
        QTextCursor start(m_view->document());
        m_view->setTextCursor(start);
        findNext();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(close, &QToolButton::clicked, this, &ReaderPane::closeFind);
    connect(m_view->document(), &QTextDocument::contentsChanged, this, [this] {
        if (m_findBar->isVisible())
            highlightMatches();
    });

    m_legend->setObjectName(QStringLiteral("verdictLegend"));
    m_legend->setAccessibleName(tr("Verdict colours"));
    new QHBoxLayout(m_legend);
    updateLegend();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_legend);
}

void ReaderPane::startFind()
{
    m_findBar->show();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
    highlightMatches();
}

bool ReaderPane::findNext(bool backwards)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = m_view->document()->find(needle, m_view->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, as every find bar does.
        QTextCursor from(m_view->document());
        if (backwards)
            from.movePosition(QTextCursor::End);
        found = m_view->document()->find(needle, from, flags);
    }
    if (found.isNull())
        return false;
    m_view->setTextCursor(found);
    m_view->ensureCursorVisible();
    return true;
}

void ReaderPane::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_findEdit->text();
    int count = 0;
    if (!needle.isEmpty() && m_findBar->isVisible()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(150));
        QTextCursor cursor(m_view->document());
        while (!(cursor = m_view->document()->find(needle, cursor)).isNull()) {
            if (++count <= PaintedMatchLimit)
                selections.append({cursor, format});
        }
    }
    m_view->setExtraSelections(selections);
    if (needle.isEmpty())
        m_findStatus->clear();
    else if (count == 0)
        m_findStatus->setText(tr("Not found"));
    else
        m_findStatus->setText(tr("%Ln match(es)", nullptr, int(count)));
}

void ReaderPane::closeFind()
{
    m_findBar->hide();
    m_view->setExtraSelections({});
    m_view->setFocus();
}

void ReaderPane::updateLegend()
{
    auto *layout = static_cast<QHBoxLayout *>(m_legend->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    layout->setContentsMargins(8, 2, 8, 2);
    for (const Verdict verdict : allVerdicts()) {
        auto *chip = new QLabel(verdictDisplayName(verdict), m_legend);
        chip->setObjectName(QStringLiteral("legend-") + verdictKey(verdict));
        chip->setMargin(2);
        chip->setAutoFillBackground(true);
        QPalette chipPalette = chip->palette();
        chipPalette.setColor(QPalette::Window, verdictColor(verdict));
        chipPalette.setColor(QPalette::WindowText, Qt::black);
        chip->setPalette(chipPalette);
        layout->addWidget(chip);
    }
    layout->addStretch(1);
}

void ReaderPane::updateNotice()
{
    m_notice->setVisible(m_view->isTruncated());
    if (m_view->isTruncated())
        m_notice->setText(tr("This article is very long: the reader shows its first %Ln character(s). The rest "
                             "is saved in the project, searchable and exported with it.",
                             nullptr, int(m_view->shownLength())));
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeFind();
            return true;
        }
        if (key->key() == Qt::Key_Return && key->modifiers() & Qt::ShiftModifier) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ClaimLedger
