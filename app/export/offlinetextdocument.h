#pragma once

#include <QTextDocument>

namespace ClaimLedger {

/// A QTextDocument that loads nothing from outside itself. A plain one fetches the
/// images and style sheets its HTML names, local files included: a report holding
/// `<img src="file:///home/…">` from a hostile project would copy a picture from the
/// analyst's disk into a PDF. Reports are self-contained, so every external resource
/// (file:, qrc:, data:, relative or remote) is refused here.
class OfflineTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace ClaimLedger
