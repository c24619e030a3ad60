#include "searchpane.h"

#include "projectdocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

constexpr int ResultLimit = 200;

enum ResultRole { KindRole = Qt::UserRole + 1, ObjectRole };

QString kindLabel(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Article:
        return SearchPane::tr("Article");
    case SearchHit::Kind::Claim:
        return SearchPane::tr("Claim");
    case SearchHit::Kind::Source:
        return SearchPane::tr("Source");
    case SearchHit::Kind::Evidence:
        return SearchPane::tr("Evidence");
    }
    return {};
}

} // namespace

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPane"));
    m_query->setObjectName(QStringLiteral("projectSearchField"));
    m_query->setPlaceholderText(tr("Search articles, claims and sources"));
    m_query->setAccessibleName(tr("Search the project"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("projectSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("projectSearchStatus"));
    m_status->setMargin(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPane::run);
    connect(m_results, &QListWidget::itemActivated, this, &SearchPane::activate);
}

void SearchPane::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_results->clear();
    m_status->clear();
}

void SearchPane::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchPane::search(const QString &text)
{
    m_query->setText(text);
    run();
}

void SearchPane::run()
{
    m_results->clear();
    if (!m_document || m_query->text().trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    auto hits = m_document->project().search(m_query->text(), ResultLimit);
    if (!hits) {
        m_status->setText(hits.error());
        return;
    }
    for (const SearchHit &hit : hits.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(kindLabel(hit.kind), hit.snippet.simplified()),
                                         m_results);
        item->setData(KindRole, int(hit.kind));
        item->setData(ObjectRole, hit.objectId);
    }
    m_status->setText(
        hits->isEmpty() ? tr("Nothing found.")
                        : tr("%Ln result(s) (best first); press Enter on one to show it.", nullptr, int(hits->size())));
    if (!hits->isEmpty())
        m_results->setCurrentRow(0);
}

void SearchPane::activate(QListWidgetItem *item)
{
    if (!m_document || !item)
        return;
    const qint64 id = item->data(ObjectRole).toLongLong();
    switch (SearchHit::Kind(item->data(KindRole).toInt())) {
    case SearchHit::Kind::Article:
        if (auto article = m_document->project().articleIdOfVersion(id))
            Q_EMIT articleRequested(article.value());
        break;
    case SearchHit::Kind::Claim:
        Q_EMIT claimRequested(id);
        break;
    case SearchHit::Kind::Source:
        Q_EMIT sourceRequested(id);
        break;
    case SearchHit::Kind::Evidence:
        // Evidence is shown with the claim it bears on.
        if (auto claim = m_document->project().claimIdOfEvidence(id))
            Q_EMIT claimRequested(claim.value());
        break;
    }
}

} // namespace ClaimLedger
