#include "evidencedialog.h"

#include "projectdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClaimLedger {

EvidenceDialog::EvidenceDialog(ProjectDocument *document, qint64 claimId, QWidget *parent)
    : QDialog(parent)
    , m_claimId(claimId)
    , m_source(new QComboBox(this))
    , m_stance(new QComboBox(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_locator(new QLineEdit(this))
    , m_credibility(new QSpinBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Link a Source"));
    m_source->setObjectName(QStringLiteral("evidenceSource"));
    m_source->setAccessibleName(tr("Source"));
    if (auto sources = document->project().sources()) {
        for (const Source &source : sources.value())
            m_source->addItem(source.title.isEmpty() ? source.url : source.title, source.id);
    }
    m_stance->setObjectName(QStringLiteral("evidenceStance"));
    m_stance->setAccessibleName(tr("Stance"));
    for (const Stance stance : allStances())
        m_stance->addItem(stanceDisplayName(stance), int(stance));
    m_excerpt->setObjectName(QStringLiteral("evidenceExcerpt"));
    m_excerpt->setAccessibleName(tr("Excerpt"));
    m_excerpt->setPlaceholderText(tr("The passage of the source, as it reads"));
    m_excerpt->setTabChangesFocus(true);
    m_locator->setObjectName(QStringLiteral("evidenceLocator"));
    m_locator->setPlaceholderText(tr("p. 12, paragraph 3, 14:05"));
    m_credibility->setObjectName(QStringLiteral("evidenceCredibility"));
    m_credibility->setRange(1, 6);
    m_credibility->setValue(6);
    m_credibility->setToolTip(tr("1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, "
                                 "6 cannot be judged"));
    m_note->setObjectName(QStringLiteral("evidenceNote"));

    QString claimText;
    if (const Claim *claim = document->findClaim(claimId))
        claimText = claim->quote.exact.simplified();
    auto *claimLabel = new QLabel(tr("Claim: “%1”").arg(claimText), this);
    claimLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(claimLabel);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("S&tance:"), m_stance);
    form->addRow(tr("&Excerpt:"), m_excerpt);
    form->addRow(tr("&Where:"), m_locator);
    form->addRow(tr("&Credibility:"), m_credibility);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_source->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_source->count() == 0)
        layout->addWidget(new QLabel(tr("The project has no sources yet: add one in the Sources view first."), this));
    layout->addWidget(buttons);
}

void EvidenceDialog::setSource(qint64 sourceId)
{
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceId)));
}

void EvidenceDialog::setExcerpt(const QString &excerpt, const QString &locator)
{
    m_excerpt->setPlainText(excerpt);
    if (!locator.isEmpty())
        m_locator->setText(locator);
}

Evidence EvidenceDialog::evidence() const
{
    Evidence evidence;
    evidence.claimId = m_claimId;
    evidence.sourceId = m_source->currentData().toLongLong();
    evidence.stance = Stance(m_stance->currentData().toInt());
    evidence.excerpt = m_excerpt->toPlainText().trimmed();
    evidence.locator = m_locator->text().trimmed();
    evidence.credibility = m_credibility->value();
    evidence.note = m_note->text().trimmed();
    return evidence;
}

} // namespace ClaimLedger
