#pragma once

#include <QMessageBox>

namespace ClaimLedger {

/// QMessageBox's static questions and warnings, with the text shown as text: messages
/// quote file names, source titles and addresses, which a page or a project file
/// chose, and QMessageBox would otherwise render anything that looks like HTML as such.
class PlainMessageBox final
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                           QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void warn(QWidget *parent, const QString &title, const QString &text);
};

} // namespace ClaimLedger
