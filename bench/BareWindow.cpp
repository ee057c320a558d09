// The reference for the app's launch time: a bare Qt Widgets window with a menu bar and a
// form, built in the same run with the same flags, shown and closed the same way.
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    auto *central = new QWidget(&window);
    auto *form = new QFormLayout(central);
    form->addRow(u"Base URL:"_s, new QLineEdit(central));
    form->addRow(u"User name:"_s, new QLineEdit(central));
    window.setCentralWidget(central);
    window.show();
    QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
    return QApplication::exec();
}
