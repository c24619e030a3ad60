#pragma once

#include "claimfilterproxy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ClaimLedger {

class ClaimTableModel;
class ProjectDocument;

/// The claims table with its filter bar: words, verdict, kind, claimant, tag, and "this
/// article only". Sorting by a header click; editing verdict, kind, claimant and
/// priority in place.
class ClaimsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPane(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    QTableView *table() const { return m_table; }
    ClaimFilterProxy *proxy() const { return m_proxy; }

    QList<qint64> selectedClaimIds() const;
    /// Selects a claim's row and scrolls to it; false when the filter hides it.
    bool selectClaim(qint64 claimId);
    /// The article "this article only" restricts to.
    void setCurrentArticle(qint64 articleId);

    void setFilter(const ClaimFilter &filter);
    /// Clears every condition of the filter bar.
    void clearFilter();
    /// Puts the keyboard focus in the filter's words field.
    void focusFilter();

Q_SIGNALS:
    void selectionChanged();
    /// A source from the Sources view was dropped on a claim's row.
    void sourceDropped(qint64 claimId, qint64 sourceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilterBar();
    void updateTagChoices();
    void updateCount();

    ProjectDocument *m_document = nullptr;
    ClaimTableModel *m_model = nullptr;
    ClaimFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_words;
    QComboBox *m_verdict;
    QComboBox *m_kind;
    QLineEdit *m_claimant;
    QComboBox *m_tag;
    QCheckBox *m_thisArticle;
    QLabel *m_count;
    qint64 m_currentArticle = 0;
    bool m_settingFilter = false;
};

} // namespace ClaimLedger
