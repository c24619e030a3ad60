#include "claiminspector.h"

#include "itemroles.h"
#include "priority.h"
#include "projectdocument.h"

#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

QComboBox *choiceCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    return combo;
}

} // namespace

ClaimInspector::ClaimInspector(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_quote(new QLabel(this))
    , m_article(new QLabel(this))
    , m_start(new QSpinBox(this))
    , m_end(new QSpinBox(this))
    , m_kind(choiceCombo(tr("Kind"), this))
    , m_claimant(choiceCombo(tr("Claimant"), this))
    , m_wording(new QLineEdit(this))
    , m_verdict(choiceCombo(tr("Verdict"), this))
    , m_rationale(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_priority(choiceCombo(tr("Priority"), this))
    , m_figures(new QLabel(this))
    , m_evidence(new QListWidget(this))
{
    setObjectName(QStringLiteral("claimInspector"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(12);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_quote->setObjectName(QStringLiteral("inspectorQuote"));
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    m_article->setObjectName(QStringLiteral("inspectorArticle"));
    m_article->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("inspectorStart"));
    m_start->setAccessibleName(tr("Start of the claim"));
    m_end->setObjectName(QStringLiteral("inspectorEnd"));
    m_end->setAccessibleName(tr("End of the claim"));
    m_start->setKeyboardTracking(false);
    m_end->setKeyboardTracking(false);
    auto *span = new QHBoxLayout;
    span->addWidget(m_start);
    span->addWidget(new QLabel(QStringLiteral("–"), this));
    span->addWidget(m_end);
    span->addStretch(1);

    m_kind->setObjectName(QStringLiteral("inspectorKind"));
    for (const ClaimKind kind : allClaimKinds())
        m_kind->addItem(claimKindDisplayName(kind), int(kind));
    m_verdict->setObjectName(QStringLiteral("inspectorVerdict"));
    for (const Verdict verdict : allVerdicts())
        m_verdict->addItem(verdictDisplayName(verdict), int(verdict));
    m_priority->setObjectName(QStringLiteral("inspectorPriority"));
    m_priority->addItem(tr("None"), 0);
    for (int priority = 1; priority <= HighestPriority; ++priority)
        m_priority->addItem(priorityDisplayName(priority), priority);
    m_claimant->setObjectName(QStringLiteral("inspectorClaimant"));
    m_claimant->setEditable(true);
    m_claimant->setInsertPolicy(QComboBox::NoInsert);
    m_claimant->lineEdit()->setPlaceholderText(tr("Who makes the claim"));
    m_claimant->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_claimant->completer()->setFilterMode(Qt::MatchContains);
    m_claimant->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_wording->setObjectName(QStringLiteral("inspectorWording"));
    m_wording->setAccessibleName(tr("Normalized wording"));
    m_wording->setPlaceholderText(tr("The claim in plain words"));
    m_rationale->setObjectName(QStringLiteral("inspectorRationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setPlaceholderText(tr("Why this verdict (saved when you leave the field)"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->installEventFilter(this);
    m_tags->setObjectName(QStringLiteral("inspectorTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_figures->setObjectName(QStringLiteral("inspectorFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_quote);
    form->addRow(tr("Article:"), m_article);
    auto *spanLabel = new QLabel(tr("&Span:"), editor);
    spanLabel->setBuddy(m_start);
    form->addRow(spanLabel, span);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&laimant:"), m_claimant);
    form->addRow(tr("&Wording:"), m_wording);
    form->addRow(tr("&Verdict:"), m_verdict);
    form->addRow(tr("&Rationale:"), m_rationale);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Figures:"), m_figures);
    m_evidence->setObjectName(QStringLiteral("inspectorEvidence"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setMaximumHeight(140);
    auto *link = new QPushButton(tr("&Link Source…"), editor);
    link->setObjectName(QStringLiteral("linkSourceButton"));
    auto *unlink = new QPushButton(tr("Remove Evidence"), editor);
    unlink->setObjectName(QStringLiteral("removeEvidenceButton"));
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(link);
    evidenceButtons->addWidget(unlink);
    evidenceButtons->addStretch(1);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(evidenceButtons);
    connect(link, &QPushButton::clicked, this, [this] {
        if (m_claimId != 0)
            Q_EMIT linkRequested(m_claimId, 0);
    });
    connect(unlink, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_evidence->currentItem(); item && m_document)
            (void)m_document->removeEvidence(item->data(Qt::UserRole).toLongLong());
    });
    // Sources dragged from the Sources view link to the claim shown.
    setAcceptDrops(true);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_kind, &QComboBox::activated, this, [this] {
        if (m_claimId != 0)
            (void)m_document->setClaimKind(m_claimId, ClaimKind(m_kind->currentData().toInt()));
    });
    connect(m_verdict, &QComboBox::activated, this, [this] {
        if (m_claimId != 0)
            (void)m_document->setClaimVerdict(m_claimId, Verdict(m_verdict->currentData().toInt()));
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        const int priority = m_priority->currentData().toInt();
        edit([priority](Claim &claim) { claim.priority = priority; }, tr("Set Priority"));
    });
    connect(m_claimant->lineEdit(), &QLineEdit::editingFinished, this, &ClaimInspector::commitClaimant);
    connect(m_claimant, &QComboBox::activated, this, &ClaimInspector::commitClaimant);
    connect(m_wording, &QLineEdit::editingFinished, this, [this] {
        const QString wording = m_wording->text().trimmed();
        edit([wording](Claim &claim) { claim.wording = wording; }, tr("Edit Wording"));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        const QStringList tags = m_tags->text().split(u',', Qt::SkipEmptyParts);
        edit([tags](Claim &claim) { claim.tags = tags; }, tr("Set Tags"));
    });
    connect(m_start, &QSpinBox::valueChanged, this, &ClaimInspector::commitSpan);
    connect(m_end, &QSpinBox::valueChanged, this, &ClaimInspector::commitSpan);
    showClaim(0);
}

void ClaimInspector::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_claimId = 0;
    if (document) {
        connect(document, &ProjectDocument::claimChanged, this, [this](const Claim &claim) {
            if (claim.id == m_claimId)
                refresh();
        });
        connect(document, &ProjectDocument::claimRemoved, this, [this](const Claim &claim) {
            if (claim.id == m_claimId)
                showClaim(0, 0);
        });
        connect(document, &ProjectDocument::claimAdded, this, [this](const Claim &claim) {
            if (claim.id == m_claimId)
                refresh();
        });
        connect(document, &ProjectDocument::evidenceChanged, this, [this](qint64 claimId) {
            if (claimId == m_claimId)
                refreshEvidence();
        });
        connect(document, &ProjectDocument::sourcesChanged, this, &ClaimInspector::refreshEvidence);
    }
    updateEntityChoices();
    showClaim(0, 0);
}

void ClaimInspector::showClaim(qint64 claimId, qsizetype selectedCount)
{
    m_claimId = m_document && m_document->findClaim(claimId) ? claimId : 0;
    if (m_claimId == 0) {
        m_placeholder->setText(selectedCount > 1 ? tr("%Ln claim(s) selected. Set their verdict with Edit > Set "
                                                      "Verdict, or select one to edit it here.",
                                                      nullptr, int(selectedCount))
                                                 : tr("Select a claim in the article or the table to see and edit "
                                                      "it here."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);
    refresh();
}

void ClaimInspector::refresh()
{
    const Claim *claim = m_document ? m_document->findClaim(m_claimId) : nullptr;
    if (!claim)
        return;
    m_refreshing = true;
    const auto article = m_document->article(claim->articleId);
    const bool writable = !m_document->project().isReadOnly();
    // Offsets count in the claim's own version; only a claim on the current text moves.
    const bool current = article && (claim->versionId == 0 || claim->versionId == article->versionId);
    m_quote->setText(QStringLiteral("“%1”").arg(claim->quote.exact.simplified()));
    // Which text the claim was checked against, once the article has several.
    QString where = article ? article->title : QString();
    if (article && article->version > 1)
        where = current
            ? tr("%1 · version %2").arg(where, QString::number(article->version))
            : tr("%1 · an earlier version: the article is at version %2, where this claim was not found for "
                 "sure; select its words there and choose Edit > Move Claim to Selection")
                  .arg(where, QString::number(article->version));
    m_article->setText(where);
    const int length = article ? int(article->text.size()) : int(claim->end);
    m_start->setRange(0, length);
    m_end->setRange(0, length);
    m_start->setValue(int(claim->start));
    m_end->setValue(int(claim->end));
    m_start->setEnabled(writable && current);
    m_end->setEnabled(writable && current);
    m_kind->setCurrentIndex(m_kind->findData(int(claim->kind)));
    m_verdict->setCurrentIndex(m_verdict->findData(int(claim->verdict)));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(claim->priority)));
    m_claimant->setEditText(claim->claimant);
    m_wording->setText(claim->wording);
    if (m_rationale->toPlainText() != claim->rationale)
        m_rationale->setPlainText(claim->rationale);
    m_tags->setText(claim->tags.join(QStringLiteral(", ")));
    for (QWidget *field :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_verdict), static_cast<QWidget *>(m_priority),
          static_cast<QWidget *>(m_claimant), static_cast<QWidget *>(m_wording), static_cast<QWidget *>(m_tags)})
        field->setEnabled(writable);
    m_rationale->setReadOnly(!writable);

    QStringList figures;
    if (auto stored = m_document->project().figuresForClaim(claim->id)) {
        for (const Figure &figure : stored.value()) {
            const QString value = figure.low.isEmpty() ? figure.value : figure.low + u'~' + figure.high;
            figures.append(tr("%1 = %2 %3 (%4)").arg(figure.stated, value, figure.unit, figure.qualifier));
        }
    }
    m_figures->setText(figures.isEmpty() ? tr("none") : figures.join(u'\n'));
    refreshEvidence();
    m_refreshing = false;
}

namespace {

/// A small mark in the stance's colour: green supports, red contradicts, grey context,
/// blue origin.
QIcon stanceIcon(Stance stance)
{
    QColor color;
    switch (stance) {
    case Stance::Supports:
        color = QColor(0x2e, 0x8b, 0x57);
        break;
    case Stance::Contradicts:
        color = QColor(0xc0, 0x39, 0x2b);
        break;
    case Stance::Context:
        color = QColor(0x8a, 0x8a, 0x8a);
        break;
    case Stance::Origin:
        color = QColor(0x1f, 0x6f, 0xd0);
        break;
    }
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pixmap);
}

} // namespace

void ClaimInspector::refreshEvidence()
{
    m_evidence->clear();
    if (!m_document || m_claimId == 0)
        return;
    auto evidence = m_document->project().evidenceForClaim(m_claimId);
    if (!evidence)
        return;
    for (const Evidence &link : evidence.value()) {
        const auto source = m_document->project().source(link.sourceId);
        QString text = tr("%1 · %2").arg(stanceDisplayName(link.stance), source ? source->title : QString());
        if (!link.excerpt.isEmpty())
            text += QStringLiteral("\n“%1”").arg(link.excerpt.simplified().left(160));
        auto *item = new QListWidgetItem(stanceIcon(link.stance), text, m_evidence);
        item->setData(Qt::UserRole, link.id);
        item->setToolTip(tr("Credibility %1 · %2").arg(link.credibility).arg(link.locator));
    }
}

void ClaimInspector::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_claimId != 0 && event->mimeData()->hasFormat(QString::fromLatin1(SourceIdMimeType)))
        event->acceptProposedAction();
}

void ClaimInspector::dropEvent(QDropEvent *event)
{
    const qint64 sourceId = event->mimeData()->data(QString::fromLatin1(SourceIdMimeType)).toLongLong();
    if (m_claimId != 0 && sourceId != 0) {
        event->acceptProposedAction();
        Q_EMIT linkRequested(m_claimId, sourceId);
    }
}

void ClaimInspector::updateEntityChoices()
{
    const QString text = m_claimant->currentText();
    m_claimant->clear();
    if (m_document) {
        if (auto entities = m_document->project().entities()) {
            for (const Entity &entity : entities.value()) {
                m_claimant->addItem(entity.name, entity.name);
                for (const QString &alias : entity.aliases)
                    m_claimant->addItem(tr("%1 (%2)").arg(alias, entity.name), entity.name);
            }
        }
    }
    m_claimant->setEditText(text);
}

void ClaimInspector::edit(const std::function<void(Claim &)> &change, const QString &actionText)
{
    if (m_refreshing || m_claimId == 0 || !m_document)
        return;
    const Claim *current = m_document->findClaim(m_claimId);
    if (!current)
        return;
    Claim changed = *current;
    change(changed);
    if (changed != *current)
        (void)m_document->editClaim(changed, actionText);
}

void ClaimInspector::commitClaimant()
{
    if (m_refreshing || m_claimId == 0)
        return;
    // A picked alias stands for its entity's name.
    QString name = m_claimant->currentText().trimmed();
    const int picked = m_claimant->findText(name);
    if (picked >= 0)
        name = m_claimant->itemData(picked).toString();
    const Claim *current = m_document->findClaim(m_claimId);
    if (!current || current->claimant == name)
        return;
    if (!name.isEmpty() && picked < 0) {
        const auto entity = m_document->ensureEntity(name);
        if (entity)
            name = entity->name;
        updateEntityChoices();
    }
    edit([name](Claim &claim) { claim.claimant = name; }, tr("Set Claimant"));
}

void ClaimInspector::commitRationale()
{
    const QString rationale = m_rationale->toPlainText().trimmed();
    edit([rationale](Claim &claim) { claim.rationale = rationale; }, tr("Edit Rationale"));
}

void ClaimInspector::commitSpan()
{
    if (m_refreshing || m_claimId == 0 || m_start->value() >= m_end->value())
        return;
    (void)m_document->setClaimSpan(m_claimId, m_start->value(), m_end->value(), true);
}

bool ClaimInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rationale) {
        if (event->type() == QEvent::FocusOut)
            commitRationale();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            // Ctrl+Return saves without leaving the field.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers() & Qt::ControlModifier) {
                commitRationale();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ClaimLedger
