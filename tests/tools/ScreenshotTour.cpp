// Drives the real main window into the states worth showing and saves a screenshot of
// each: first run, accepted, rejected with decoded reasons, TLS error, Test all. Run it under a
// real X server (scripts/screenshot uses Xvfb) so the pictures are what a user sees.
// With --small: a 1024x600 screen (under a window manager): the demo tenant tested, then the
// other demo profile selected, which must show its own state.
#include "AppSettings.h"
#include "BatchWindow.h"
#include "DemoCredentials.h"
#include "DemoServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileLibrary.h"
#include "TestCertificate.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *window, const QString &directory, const QString &name)
{
    QTest::qWait(300);   // let the window settle and repaint
    QPixmap shot = window->screen()->grabWindow(window->winId());
    if (shot.isNull())
        shot = window->grab();
    const QString path = QDir(directory).filePath(name);
    const bool ok = shot.save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

bool runTest(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::resultShown);
    // A click, not Ctrl+Return: with no window manager the window may never hold the focus.
    QTest::mouseClick(window.findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
    const bool ok = shown.wait(15000);
    if (!ok)
        std::fprintf(stderr, "no result shown\n");
    return ok;
}

void selectTab(MainWindow &window, const char *tab)
{
    auto *tabs = window.findChild<QTabWidget *>(u"resultTabs"_s);
    tabs->setCurrentWidget(window.findChild<QWidget *>(QString::fromLatin1(tab)));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZCT_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Zuora Credential Tester"_s);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const bool small = args.contains(u"--small"_s);
    QStringList paths = args;
    paths.removeAll(u"--small"_s);
    const QString out = paths.isEmpty() ? u"docs/screenshots"_s : paths.constFirst();
    QDir().mkpath(out);

    QTemporaryDir dir;
    MemorySecretStore secrets;
    ProfileLibrary library(&secrets, dir.filePath(u"profiles.ini"_s), dir.filePath(u"history.json"_s));
    library.load();
    AppSettings settings(dir.filePath(u"app-state.ini"_s));
    MainWindow window(&library, &secrets, &settings);
    const auto selectNamed = [&](const QString &name) {
        auto *list = window.findChild<QListView *>(u"profileList"_s);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(Qt::EditRole).toString() == name)
                list->setCurrentIndex(list->model()->index(row, 0));
        }
    };
    if (small) {
        window.resize(1024, 600);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.startDemo(false);
        bool ok = runTest(window);
        ok = save(&window, out, u"6-small-accepted.png"_s) && ok;
        selectNamed(u"Demo tenant: wrong password"_s);
        ok = save(&window, out, u"7-small-other-profile.png"_s) && ok;
        return ok ? 0 : 1;
    }
    window.resize(1180, 800);
    window.move(0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    bool ok = save(&window, out, u"1-first-run.png"_s);

    window.startDemo(false);
    ok = runTest(window) && ok;
    selectTab(window, "cookiesTab");
    ok = save(&window, out, u"2-accepted.png"_s) && ok;

    selectNamed(u"Demo tenant: wrong password"_s);
    ok = runTest(window) && ok;
    selectTab(window, "responseTab");
    ok = save(&window, out, u"3-rejected.png"_s) && ok;

    // A tenant behind a self-signed certificate that is not trusted.
    TestCertificate certificate;
    DemoServer tlsServer;
    QString error;
    if (!certificate.make() || !tlsServer.useTls(certificate.certificatePath(), certificate.keyPath(), &error)
        || !tlsServer.start(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "TLS server: %s %s\n", qPrintable(certificate.error()), qPrintable(error));
        return 1;
    }
    auto *environment = window.findChild<QComboBox *>(u"environmentCombo"_s);
    environment->setCurrentIndex(environment->count() - 1);
    auto *baseUrl = window.findChild<QLineEdit *>(u"baseUrlEdit"_s);
    baseUrl->setText(tlsServer.baseUrl().toString());
    Q_EMIT baseUrl->textEdited(baseUrl->text());
    ok = runTest(window) && ok;
    selectTab(window, "timingTab");
    ok = save(&window, out, u"4-tls-error.png"_s) && ok;

    // Many tenants at once: a handful of saved profiles with mixed outcomes.
    const auto add = [&](const QString &name, const QString &base, const QString &user, const QString &secret) {
        Profile profile;
        profile.name = name;
        profile.settings.baseUrl = base;
        profile.settings.username = user;
        profile.rememberSecret = !secret.isEmpty();
        profile = library.add(profile);
        if (!secret.isEmpty())
            secrets.writeSecret(profile.id, secret);
    };
    const QString demoBase = window.findChild<QLineEdit *>(u"baseUrlEdit"_s)->text();
    const QString password = QString::fromUtf16(demo::kPassword);
    DemoServer farm;
    farm.start(QHostAddress::LocalHost, 0, &error);
    const QString base = farm.baseUrl().toString();
    add(u"ACME US production"_s, base, QString::fromUtf16(demo::kUser), password);
    add(u"ACME EU sandbox"_s, base, QString::fromUtf16(demo::kUser), u"rotated-yesterday"_s);
    add(u"Globex central sandbox"_s, base, QString::fromUtf16(demo::kMultiEntityUser), password);
    add(u"Initech staging"_s, base, QString::fromUtf16(demo::kBadGatewayUser), password);
    add(u"Umbrella billing"_s, base, QString::fromUtf16(demo::kUser), QString());
    add(u"Wayne Enterprises"_s, tlsServer.baseUrl().toString(), QString::fromUtf16(demo::kUser), password);
    QTest::qWait(100);
    QTest::mouseClick(window.findChild<QPushButton *>(u"testAllButton"_s), Qt::LeftButton);
    QWidget *batch = window.findChild<QWidget *>(u"batchWindow"_s);
    if (!batch)
        return 1;
    QSignalSpy finished(window.batchWindow(), &BatchWindow::finished);
    finished.wait(15000);
    batch->resize(1100, 420);
    batch->move(40, 200);
    ok = save(batch, out, u"5-test-all.png"_s) && ok;
    return ok ? 0 : 1;
}
