#include "addsourcedialog.h"

#include "appsettings.h"
#include "plainmessagebox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClaimLedger {

namespace {

enum Tab { WebTab, FileTab, HandTab };

QLineEdit *field(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder);
    return edit;
}

} // namespace

AddSourceDialog::AddSourceDialog(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_url(field(QStringLiteral("sourceUrl"), tr("https://…"), this))
    , m_file(field(QStringLiteral("sourceFile"), tr("A PDF, web page, Word or text file"), this))
    , m_kind(new QComboBox(this))
    , m_title(field(QStringLiteral("sourceTitle"), tr("Title"), this))
    , m_handUrl(field(QStringLiteral("sourceHandUrl"), tr("Address, if there is one"), this))
    , m_publisher(field(QStringLiteral("sourcePublisher"), tr("Publisher or organisation"), this))
    , m_author(field(QStringLiteral("sourceAuthor"), tr("Author or speaker"), this))
    , m_published(new QDateEdit(QDate::currentDate(), this))
    , m_notes(field(QStringLiteral("sourceNotes"), tr("Notes"), this))
    , m_reliability(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_queue(new ImportQueue(document, this))
{
    connect(m_queue, &ImportQueue::sourceFetched, this, &AddSourceDialog::finish);
    connect(m_queue, &ImportQueue::finished, this, [this](const QStringList &failures) {
        if (!failures.isEmpty())
            fail(failures.constFirst());
    });
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Add Source"));
    resize(560, 0);

    auto *web = new QWidget(m_tabs);
    auto *webForm = new QFormLayout(web);
    webForm->addRow(tr("&Address:"), m_url);
    webForm->addRow(new QLabel(tr("The page or document is fetched, its title, publisher, author and date read, "
                                  "and a copy archived with its SHA-256."),
                               web));
    auto *file = new QWidget(m_tabs);
    auto *fileRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), file);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileForm = new QFormLayout(file);
    fileForm->addRow(tr("&File:"), fileRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Add a Source from a File"));
        if (!chosen.isEmpty())
            m_file->setText(chosen);
    });
    auto *hand = new QWidget(m_tabs);
    auto *handForm = new QFormLayout(hand);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    for (const SourceKind kind : allSourceKinds())
        m_kind->addItem(sourceKindDisplayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(SourceKind::Statement)));
    m_published->setCalendarPopup(true);
    handForm->addRow(tr("&Type:"), m_kind);
    handForm->addRow(tr("T&itle:"), m_title);
    handForm->addRow(tr("Add&ress:"), m_handUrl);
    handForm->addRow(tr("&Publisher:"), m_publisher);
    handForm->addRow(tr("A&uthor:"), m_author);
    handForm->addRow(tr("&Date:"), m_published);
    handForm->addRow(tr("&Notes:"), m_notes);
    m_tabs->setObjectName(QStringLiteral("sourceTabs"));
    m_tabs->addTab(web, tr("&Web Address"));
    m_tabs->addTab(file, tr("F&ile"));
    m_tabs->addTab(hand, tr("By &Hand"));

    m_reliability->setObjectName(QStringLiteral("sourceReliability"));
    for (const QChar grade : QStringLiteral("ABCDEF"))
        m_reliability->addItem(reliabilityDisplayName(grade), QString(grade));
    m_reliability->setCurrentIndex(5);
    auto *common = new QFormLayout;
    common->addRow(tr("Re&liability:"), m_reliability);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("sourceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSourceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(common);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

AddSourceDialog::~AddSourceDialog() = default;

void AddSourceDialog::accept()
{
    m_message->hide();
    switch (m_tabs->currentIndex()) {
    case WebTab: {
        const QString address = m_url->text().trimmed();
        if (!ImportQueue::isWebAddress(address)) {
            fail(tr("“%1” is not a web address (http:// or https://).").arg(address));
            return;
        }
        // The same page under another spelling of its address is offered for reuse.
        if (auto existing = m_document->project().findSourceByUrl(address); existing && existing.value()) {
            const Source &found = *existing.value();
            const auto answer = PlainMessageBox::ask(
                this, tr("Source Already in the Library"),
                tr("“%1” is already in the library as “%2”. Use that source instead of adding it again?")
                    .arg(address, found.title),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                m_existing = found.id;
                QDialog::accept();
                return;
            }
        }
        fetch(QUrl(address));
        return;
    }
    case FileTab: {
        auto imported = ImportQueue::readSource(m_file->text().trimmed());
        if (!imported) {
            fail(imported.error());
            return;
        }
        finish(imported.value());
        return;
    }
    default: {
        if (m_title->text().trimmed().isEmpty()) {
            fail(tr("Give the source a title."));
            return;
        }
        ImportedSource made;
        made.source.kind = SourceKind(m_kind->currentData().toInt());
        made.source.title = m_title->text().trimmed();
        made.source.url = m_handUrl->text().trimmed();
        made.source.publisher = m_publisher->text().trimmed();
        made.source.author = m_author->text().trimmed();
        made.source.publishedAt = m_published->date().startOfDay(QTimeZone::UTC);
        made.source.notes = m_notes->text().trimmed();
        made.source.accessedAt = QDateTime::currentDateTimeUtc();
        SourceRecord record{made.source, {}, {}};
        record.source.reliability = m_reliability->currentData().toString().at(0);
        m_record = record;
        QDialog::accept();
        return;
    }
    }
}

void AddSourceDialog::fetch(const QUrl &url)
{
    m_progress->show();
    m_tabs->setEnabled(false);
    FetchOptions options;
    options.maximumBytes = qint64(AppSettings::fetchLimitMegabytes()) * 1024 * 1024;
    m_queue->fetchSource(url, options);
}

void AddSourceDialog::finish(ImportedSource source)
{
    m_progress->hide();
    source.source.reliability = m_reliability->currentData().toString().at(0);
    m_record = SourceRecord{source.source, {source.snapshot}, {}};
    QDialog::accept();
}

void AddSourceDialog::fail(const QString &message)
{
    m_progress->hide();
    m_tabs->setEnabled(true);
    m_message->setText(message);
    m_message->show();
}

void AddSourceDialog::reject()
{
    // Cancel stops a fetch first; a second Cancel closes.
    if (m_queue->isRunning()) {
        m_queue->cancel(); // finished() says it was cancelled
        return;
    }
    QDialog::reject();
}

} // namespace ClaimLedger
