#pragma once

#include "verdict.h"

#include <QColor>
#include <QDialog>
#include <QHash>

class QComboBox;
class QPushButton;
class QLineEdit;
class QSpinBox;

namespace ClaimLedger {

/// Settings > Preferences: the analyst's name, the interface language, the download
/// limit and the highlight colours of verdicts.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void updateColorButtons();

    QLineEdit *m_analystName;
    QHash<Verdict, QColor> m_colors;
    QHash<Verdict, QPushButton *> m_colorButtons;
    QComboBox *m_language;
    QSpinBox *m_fetchLimit;
};

} // namespace ClaimLedger
