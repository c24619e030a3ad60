#include "preferencesdialog.h"

#include "appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClaimLedger {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_analystName(new QLineEdit(AppSettings::analystName(), this))
    , m_language(new QComboBox(this))
    , m_fetchLimit(new QSpinBox(this))
{
    m_fetchLimit->setRange(1, 1024);
    m_fetchLimit->setSuffix(tr(" MB"));
    m_fetchLimit->setValue(AppSettings::fetchLimitMegabytes());
    m_fetchLimit->setAccessibleName(tr("Largest download"));
    setWindowTitle(tr("Preferences"));
    m_analystName->setPlaceholderText(tr("Your name, as the change log should record it"));
    m_analystName->setAccessibleName(tr("Analyst name"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(m_language->findData(AppSettings::language()));
    m_language->setAccessibleName(tr("Interface language"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Analyst name:"), m_analystName);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Largest &download:"), m_fetchLimit);
    auto *note = new QLabel(tr("A new language takes effect the next time ClaimLedger starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setAnalystName(m_analystName->text());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setFetchLimitMegabytes(m_fetchLimit->value());
    QDialog::accept();
}

} // namespace ClaimLedger
