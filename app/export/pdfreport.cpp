#include "pdfreport.h"

#include "htmlreport.h"
#include "offlinetextdocument.h"
#include "outputguard.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cerrno>

namespace ClaimLedger {

Status PdfReport::write(const ReportContent &content, const QString &path, QPageSize::PageSizeId pageSize)
{
    if (auto allowed = OutputGuard::check(path); !allowed)
        return allowed;
    // Written under a temporary name and renamed: never a partial file.
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Error{OutputGuard::writeFailed(path, errno, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
        writer.setTitle(tr("Claim report: %1").arg(content.title));
        writer.setCreator(QStringLiteral("ClaimLedger"));
        writer.setResolution(300);

        OfflineTextDocument document;
        ReportContent shortened = content;
        shortened.shortenTexts();
        document.setHtml(HtmlReport::render(shortened, QDateTime::currentDateTimeUtc()));
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        // Lay the text out in points, scaled to the writer's resolution when painting.
        const qreal scale = writer.resolution() / 72.0;
        const QSizeF pageInPoints(page.width() / scale, (page.height() - 40 * scale) / scale);
        document.setPageSize(pageInPoints);
        const int pages = document.pageCount();
        QPainter painter(&writer);
        for (int number = 0; number < pages; ++number) {
            if (number > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -number * pageInPoints.height());
            const QRectF visible(0, number * pageInPoints.height(), pageInPoints.width(), pageInPoints.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible;
            painter.setClipRect(visible);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.save();
            painter.scale(scale, scale);
            painter.setFont(QFont(painter.font().family(), 8));
            painter.drawText(QRectF(0, pageInPoints.height() + 8, pageInPoints.width(), 20), Qt::AlignHCenter,
                             tr("Page %1 of %2").arg(number + 1).arg(pages));
            painter.restore();
        }
        painter.end();
    }
    errno = 0;
    if (!file.commit())
        return Error{OutputGuard::writeFailed(path, errno, file.errorString())};
    return {};
}

} // namespace ClaimLedger
