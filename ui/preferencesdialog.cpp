#include "preferencesdialog.h"

#include "appsettings.h"
#include "verdictcolors.h"

#include <QColorDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QPushButton>

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
    // Highlight colours: a button per verdict showing its colour, and a way back.
    m_colors = AppSettings::verdictColors();
    auto *colorBox = new QGroupBox(tr("Highlight colours"), this);
    auto *colorGrid = new QGridLayout(colorBox);
    int cell = 0;
    for (const Verdict verdict : allVerdicts()) {
        auto *button = new QPushButton(verdictDisplayName(verdict), colorBox);
        button->setObjectName(QStringLiteral("color-") + verdictKey(verdict));
        button->setAccessibleName(tr("Highlight colour for %1").arg(verdictDisplayName(verdict)));
        m_colorButtons.insert(verdict, button);
        connect(button, &QPushButton::clicked, this, [this, verdict] {
            const QColor chosen = QColorDialog::getColor(m_colors.value(verdict, defaultVerdictColor(verdict)), this,
                                                         tr("Colour for %1").arg(verdictDisplayName(verdict)));
            if (chosen.isValid())
                m_colors.insert(verdict, chosen);
            updateColorButtons();
        });
        colorGrid->addWidget(button, cell / 4, cell % 4);
        ++cell;
    }
    auto *defaults = new QPushButton(tr("Default Colours"), colorBox);
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_colors.clear();
        updateColorButtons();
    });
    colorGrid->addWidget(defaults, cell / 4 + 1, 0, 1, 4, Qt::AlignRight);
    updateColorButtons();

    auto *note = new QLabel(tr("A new language takes effect the next time ClaimLedger starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(colorBox);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setAnalystName(m_analystName->text());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setFetchLimitMegabytes(m_fetchLimit->value());
    AppSettings::setVerdictColors(m_colors);
    setVerdictColors(m_colors);
    QDialog::accept();
}

void PreferencesDialog::updateColorButtons()
{
    for (auto it = m_colorButtons.cbegin(); it != m_colorButtons.cend(); ++it) {
        const QColor color = m_colors.value(it.key(), defaultVerdictColor(it.key()));
        QPixmap swatch(16, 16);
        swatch.fill(color);
        it.value()->setIcon(QIcon(swatch));
    }
}

} // namespace ClaimLedger
