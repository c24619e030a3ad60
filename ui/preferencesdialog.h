#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ClaimLedger {

/// Settings > Preferences: the analyst's name and the interface language.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QLineEdit *m_analystName;
    QComboBox *m_language;
    QSpinBox *m_fetchLimit;
};

} // namespace ClaimLedger
