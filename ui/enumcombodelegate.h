#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace ClaimLedger {

/// Edits an integer-valued column (verdict, kind) with a combo box of named choices.
class EnumComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<int, QString>>;

    explicit EnumComboDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace ClaimLedger
