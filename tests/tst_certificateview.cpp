// The Certificate tab, driven through its real widgets: results built from certificates made at
// test time with openssl (an authority, servers issued by it for chosen validity windows, a
// self-signed one), the fingerprint checked against `openssl x509 -fingerprint -sha256`.
#include "CertificateView.h"
#include "ResultPane.h"
#include "SensitiveClipboard.h"
#include "TestCertificate.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace zct;
using namespace Qt::StringLiterals;

namespace {

const QString kProtocol = u"TLS 1.3"_s;
const QString kCipher = u"TLS_AES_256_GCM_SHA384"_s;

QSslCertificate load(const QString &path)
{
    return QSslCertificate::fromPath(path, QSsl::Pem).value(0);
}

QString opensslFingerprint(const QString &path)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, path});
    openssl.waitForFinished(10000);
    return QString::fromLatin1(openssl.readAllStandardOutput()).trimmed().section(u'=', 1);   // "sha256 Fingerprint=AB:.."
}

ConnectionResult attempt(const QString &endpoint, ErrorKind kind = ErrorKind::None)
{
    ConnectionResult result;
    result.endpoint = QUrl(endpoint);
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.errorKind = kind;
    result.verdict = kind == ErrorKind::None ? Verdict::Accepted : Verdict::Error;
    if (kind == ErrorKind::None)
        result.httpStatus = 200;
    return result;
}

template <typename T>
T *part(QWidget *scope, const char *name)
{
    T *widget = scope->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

} // namespace

class tst_CertificateView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatTheHandshakeSettled_data();
    void showsWhatTheHandshakeSettled();
    void keyboardSelectsTheNextCertificate();
    void tabReachesEveryControl();
    void copiesTheFingerprint();
    void neverShowsAStaleChain();
    void resultPaneKeepsTheTabInStep();

private:
    ConnectionResult resultFor(const QString &made, QString *serverPath) const;

    TestCertificate m_authority;
    TestCertificate m_server;     // 40 days left
    TestCertificate m_expiring;   // 5 days left
    TestCertificate m_expired;    // ended 2 days ago
    TestCertificate m_selfSigned;
    std::unique_ptr<CertificateView> m_view;
};

void tst_CertificateView::initTestCase()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_authority.makeAuthority(u"ZCT Inspecting Proxy CA"_s), qPrintable(m_authority.error()));
    QVERIFY2(m_server.makeIssuedBy(m_authority, now.addSecs(-3600), now.addDays(40), u"rest.test.example"_s,
                                   u"DNS:rest.test.example,IP:127.0.0.1"_s),
             qPrintable(m_server.error()));
    QVERIFY2(m_expiring.makeIssuedBy(m_authority, now.addSecs(-3600), now.addDays(5), u"soon.test.example"_s,
                                     u"DNS:soon.test.example"_s),
             qPrintable(m_expiring.error()));
    QVERIFY2(m_expired.makeIssuedBy(m_authority, now.addDays(-30), now.addDays(-2), u"old.test.example"_s,
                                    u"DNS:old.test.example"_s),
             qPrintable(m_expired.error()));
    QVERIFY2(m_selfSigned.make(u"127.0.0.1"_s), qPrintable(m_selfSigned.error()));
}

void tst_CertificateView::init()
{
    m_view = std::make_unique<CertificateView>();
    m_view->resize(900, 420);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void tst_CertificateView::cleanup()
{
    m_view.reset();
}

ConnectionResult tst_CertificateView::resultFor(const QString &made, QString *serverPath) const
{
    const auto chainOf = [this](const TestCertificate &server) {
        return QList<QSslCertificate>{load(server.certificatePath()), load(m_authority.certificatePath())};
    };
    const auto over = [&](const TestCertificate &server, const QList<QSslCertificate> &extraCa) {
        *serverPath = server.certificatePath();
        ConnectionResult result = attempt(u"https://rest.test.example/v1/connections"_s);
        result.tls = TlsDetails::from(chainOf(server), kProtocol, kCipher, extraCa);
        return result;
    };
    if (made == u"chain")
        return over(m_server, {});
    if (made == u"expiring")
        return over(m_expiring, {});
    if (made == u"expired")
        return over(m_expired, {});
    if (made == u"extra CA")
        return over(m_server, {load(m_authority.certificatePath())});
    if (made == u"untrusted self-signed") {
        // The handshake was refused, but the chain that was presented was captured.
        *serverPath = m_selfSigned.certificatePath();
        ConnectionResult result = attempt(u"https://127.0.0.1:8443/v1/connections"_s, ErrorKind::Tls);
        result.tls = TlsDetails::from({load(m_selfSigned.certificatePath())}, QString(), QString(), {});
        result.tlsErrors = {u"The certificate is self-signed, and untrusted."_s};
        return result;
    }
    serverPath->clear();
    if (made == u"plain http")
        return attempt(u"http://127.0.0.1:8080/v1/connections"_s);
    if (made == u"no handshake")
        return attempt(u"https://127.0.0.1:1/v1/connections"_s, ErrorKind::ConnectionRefused);
    qFatal("unknown row");
}

void tst_CertificateView::showsWhatTheHandshakeSettled_data()
{
    QTest::addColumn<QString>("made");
    QTest::addColumn<int>("chainRows");
    QTest::addColumn<QString>("words");        // in the trust or expiry line, or instead of the chain
    QTest::addColumn<QString>("trustIcon");    // the icon's name, said with the words
    QTest::addColumn<QString>("expiryIcon");

    QTest::newRow("normal chain") << u"chain"_s << 2 << u"is valid for 39 more day(s), until "_s << u"Trusted"_s << u"Valid"_s;
    QTest::newRow("expiring in 5 days") << u"expiring"_s << 2 << u"Warning: the server certificate expires in 4 day(s)"_s
                                        << u"Trusted"_s << u"Warning"_s;
    QTest::newRow("expired") << u"expired"_s << 2 << u"Expired: the server certificate stopped being valid on "_s
                             << u"Trusted"_s << u"Error"_s;
    QTest::newRow("trusted only through the extra CA") << u"extra CA"_s << 2
                                                       << u"trusted only through this profile's extra CA file"_s
                                                       << u"Warning"_s << u"Valid"_s;
    // `openssl req -x509 -days 1`: it expires within the day, so its expiry warns too.
    QTest::newRow("untrusted self-signed, chain kept") << u"untrusted self-signed"_s << 1
                                                       << u"Not trusted: The certificate is self-signed"_s << u"Error"_s
                                                       << u"Warning"_s;
    QTest::newRow("plain http") << u"plain http"_s << 0 << u"No TLS: this check used plain http to a loopback address"_s
                                << QString() << QString();
    QTest::newRow("no handshake") << u"no handshake"_s << 0
                                  << u"No certificate was received: the connection failed before the TLS handshake"_s
                                  << QString() << QString();
}

void tst_CertificateView::showsWhatTheHandshakeSettled()
{
    QFETCH(QString, made);
    QFETCH(int, chainRows);
    QFETCH(QString, words);
    QFETCH(QString, trustIcon);
    QFETCH(QString, expiryIcon);
    QString serverPath;
    const ConnectionResult result = resultFor(made, &serverPath);
    m_view->showResult(result);

    auto *chain = part<QTreeWidget>(m_view.get(), "chainView");
    auto *fingerprint = part<QLineEdit>(m_view.get(), "fingerprintEdit");
    auto *noCertificate = part<QLabel>(m_view.get(), "noCertificateLabel");
    QCOMPARE(chain->topLevelItemCount(), chainRows);
    if (chainRows == 0) {
        QVERIFY(noCertificate->isVisible());
        QVERIFY2(noCertificate->text().startsWith(words), qPrintable(noCertificate->text()));
        QVERIFY(!part<QLabel>(m_view.get(), "noCertificateIcon")->pixmap().isNull());
        QVERIFY(!chain->isVisible());
        QVERIFY(!fingerprint->isVisible());
        QVERIFY(fingerprint->text().isEmpty());
        return;
    }
    QVERIFY(!noCertificate->isVisible());
    QVERIFY(chain->isVisible());
    const CertificateDetails &server = result.tls.chain.constFirst();
    // One row per certificate, server first: subject CN, issuer CN, valid until.
    QCOMPARE(chain->topLevelItem(0)->text(0), load(serverPath).subjectInfo(QSslCertificate::CommonName).value(0));
    QCOMPARE(chain->topLevelItem(0)->text(1), load(serverPath).issuerInfo(QSslCertificate::CommonName).value(0));
    QCOMPARE(chain->topLevelItem(0)->text(2), server.notAfter.date().toString(Qt::ISODate));
    QCOMPARE(chain->currentItem(), chain->topLevelItem(0));
    // The details are the server certificate's; the fingerprint is the one openssl computes.
    QVERIFY(fingerprint->isVisible());
    QCOMPARE(fingerprint->text(), opensslFingerprint(serverPath));
    QVERIFY(part<QLabel>(m_view.get(), "subjectLabel")->text().startsWith(u"CN="_s + chain->topLevelItem(0)->text(0)));
    QCOMPARE(part<QLabel>(m_view.get(), "validUntilLabel")->text(),
             server.notAfter.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s);
    QCOMPARE(part<QLabel>(m_view.get(), "validFromLabel")->text(),
             server.notBefore.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s);
    QCOMPARE(part<QLabel>(m_view.get(), "keyLabel")->text(), u"RSA, 2048 bits"_s);
    QCOMPARE(part<QLabel>(m_view.get(), "alternativeNamesLabel")->text(), server.alternativeNames.join(u", "_s));
    QVERIFY(!part<QLabel>(m_view.get(), "alternativeNamesLabel")->text().isEmpty());
    QCOMPARE(part<QLabel>(m_view.get(), "selfSignedLabel")->text().startsWith(u"Yes"_s), made == u"untrusted self-signed");
    if (result.errorKind == ErrorKind::None)
        QCOMPARE(part<QLabel>(m_view.get(), "connectionLabel")->text(), u"TLS 1.3, cipher TLS_AES_256_GCM_SHA384"_s);

    // Warnings are words and an icon, not colour alone.
    auto *trust = part<QLabel>(m_view.get(), "trustLabel");
    auto *expiry = part<QLabel>(m_view.get(), "expiryLabel");
    QVERIFY(trust->isVisible() && expiry->isVisible());
    QVERIFY2(trust->text().contains(words) || expiry->text().contains(words),
             qPrintable(trust->text() + u" | "_s + expiry->text()));
    if (made == u"expired" || made == u"expiring" || made == u"chain")
        QVERIFY(expiry->text().contains(server.notAfter.date().toString(Qt::ISODate)));
    auto *trustMark = part<QLabel>(m_view.get(), "trustIcon");
    auto *expiryMark = part<QLabel>(m_view.get(), "expiryIcon");
    QVERIFY(trustMark->isVisible() && !trustMark->pixmap().isNull());
    QVERIFY(expiryMark->isVisible() && !expiryMark->pixmap().isNull());
    QCOMPARE(trustMark->accessibleName(), trustIcon);
    QCOMPARE(expiryMark->accessibleName(), expiryIcon);
    QCOMPARE(expiry->text().startsWith(u"Warning:"_s), expiryIcon == u"Warning"_s);
    QCOMPARE(trust->text().startsWith(u"Warning:"_s), trustIcon == u"Warning"_s);
}

void tst_CertificateView::keyboardSelectsTheNextCertificate()
{
    QString serverPath;
    m_view->showResult(resultFor(u"chain"_s, &serverPath));
    auto *chain = part<QTreeWidget>(m_view.get(), "chainView");
    auto *fingerprint = part<QLineEdit>(m_view.get(), "fingerprintEdit");
    auto *subject = part<QLabel>(m_view.get(), "subjectLabel");
    QCOMPARE(fingerprint->text(), opensslFingerprint(serverPath));
    QCOMPARE(part<QLabel>(m_view.get(), "selfSignedLabel")->text(), u"No"_s);
    QCOMPARE(part<QGroupBox>(m_view.get(), "detailsBox")->title(), u"Server certificate"_s);

    chain->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chain->hasFocus());
    QTest::keyClick(chain, Qt::Key_Down);
    QCOMPARE(chain->currentItem(), chain->topLevelItem(1));
    QCOMPARE(fingerprint->text(), opensslFingerprint(m_authority.certificatePath()));
    QVERIFY2(subject->text().startsWith(u"CN=ZCT Inspecting Proxy CA"_s), qPrintable(subject->text()));
    QVERIFY(part<QLabel>(m_view.get(), "selfSignedLabel")->text().startsWith(u"Yes"_s));
    QCOMPARE(part<QLabel>(m_view.get(), "alternativeNamesLabel")->text(), u"None"_s);
    QCOMPARE(part<QGroupBox>(m_view.get(), "detailsBox")->title(), u"Certificate 2 of 2"_s);
    // The summary stays the server certificate's: only the details follow the selection.
    QVERIFY(part<QLabel>(m_view.get(), "expiryLabel")->text().contains(u"39 more day"_s));

    QTest::keyClick(chain, Qt::Key_Up);
    QCOMPARE(fingerprint->text(), opensslFingerprint(serverPath));
}

void tst_CertificateView::tabReachesEveryControl()
{
    QString serverPath;
    m_view->showResult(resultFor(u"chain"_s, &serverPath));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    part<QPushButton>(m_view.get(), "copyFingerprintButton")->setFocus(Qt::TabFocusReason);
    QSet<QString> reached;
    for (int press = 0; press < 30; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
    }
    // The controls; the labels are text to read (and select with the mouse), as elsewhere in the window.
    QCOMPARE(reached, (QSet<QString>{u"chainView"_s, u"fingerprintEdit"_s, u"copyFingerprintButton"_s}));
    QVERIFY(!part<QTreeWidget>(m_view.get(), "chainView")->accessibleName().isEmpty());
    QVERIFY(!part<QLineEdit>(m_view.get(), "fingerprintEdit")->accessibleName().isEmpty());
}

void tst_CertificateView::copiesTheFingerprint()
{
    SensitiveClipboard clipboard;
    m_view->setUp(&clipboard);
    QString serverPath;
    m_view->showResult(resultFor(u"chain"_s, &serverPath));
    QGuiApplication::clipboard()->setText(u"something else"_s);
    QSignalSpy messages(m_view.get(), &CertificateView::message);
    auto *copy = part<QPushButton>(m_view.get(), "copyFingerprintButton");
    QVERIFY(copy->isEnabled());
    copy->setFocus(Qt::TabFocusReason);
    QTest::keyClick(copy, Qt::Key_Space);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), opensslFingerprint(serverPath));
    QVERIFY(!clipboard.clearPending());   // a fingerprint is no secret: it stays
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.constFirst().constFirst().toString().contains(u"rest.test.example"_s));

    // With nothing shown there is nothing to copy.
    m_view->showResult(resultFor(u"plain http"_s, &serverPath));
    QVERIFY(!copy->isEnabled());
}

void tst_CertificateView::neverShowsAStaleChain()
{
    QString serverPath;
    m_view->showResult(resultFor(u"extra CA"_s, &serverPath));
    auto *chain = part<QTreeWidget>(m_view.get(), "chainView");
    QCOMPARE(chain->topLevelItemCount(), 2);
    const QStringList detailLabels{u"subjectLabel"_s, u"issuerLabel"_s, u"alternativeNamesLabel"_s, u"validFromLabel"_s,
                                   u"validUntilLabel"_s, u"keyLabel"_s, u"selfSignedLabel"_s, u"connectionLabel"_s,
                                   u"trustLabel"_s, u"expiryLabel"_s};
    for (const QString &name : detailLabels)
        QVERIFY2(!m_view->findChild<QLabel *>(name)->text().isEmpty(), qPrintable(name));

    for (const QString &next : {u"plain http"_s, u"no handshake"_s}) {
        m_view->showResult(resultFor(next, &serverPath));
        QCOMPARE(chain->topLevelItemCount(), 0);
        QVERIFY(part<QLineEdit>(m_view.get(), "fingerprintEdit")->text().isEmpty());
        for (const QString &name : detailLabels)
            QVERIFY2(m_view->findChild<QLabel *>(name)->text().isEmpty(), qPrintable(next + u": "_s + name));
        QVERIFY(part<QLabel>(m_view.get(), "trustIcon")->pixmap().isNull());
        QVERIFY(part<QLabel>(m_view.get(), "noCertificateLabel")->isVisible());
        // Back to a chain: the new one, not the old.
        m_view->showResult(resultFor(u"expired"_s, &serverPath));
        QCOMPARE(part<QLineEdit>(m_view.get(), "fingerprintEdit")->text(), opensslFingerprint(serverPath));
        QVERIFY(!part<QLabel>(m_view.get(), "trustLabel")->text().contains(u"extra CA"_s));
    }
    // Cleared: nothing tested, said in words.
    m_view->showResult(ConnectionResult{});
    QCOMPARE(chain->topLevelItemCount(), 0);
    QVERIFY(part<QLabel>(m_view.get(), "noCertificateLabel")->text().startsWith(u"Nothing tested yet"_s));
}

void tst_CertificateView::resultPaneKeepsTheTabInStep()
{
    ResultPane pane;
    SensitiveClipboard clipboard;
    pane.setUp(nullptr, &clipboard);
    pane.resize(900, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *tabs = part<QTabWidget>(&pane, "resultTabs");
    auto *certificateTab = part<QWidget>(&pane, "certificateTab");
    const int index = tabs->indexOf(certificateTab);
    QVERIFY(index >= 0);
    QVERIFY(tabs->isTabEnabled(index));
    QVERIFY(!QKeySequence::mnemonic(tabs->tabText(index)).isEmpty());
    tabs->setCurrentIndex(index);
    auto *chain = part<QTreeWidget>(&pane, "chainView");
    auto *fingerprint = part<QLineEdit>(&pane, "fingerprintEdit");

    QString serverPath;
    pane.showResult(resultFor(u"chain"_s, &serverPath));
    QCOMPARE(chain->topLevelItemCount(), 2);
    QCOMPARE(fingerprint->text(), opensslFingerprint(serverPath));
    // Tab from the tab bar reaches the tab's controls.
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    tabs->tabBar()->setFocus(Qt::TabFocusReason);
    QSet<QString> reached;
    for (int press = 0; press < 20; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
    }
    for (const QString &name : {u"chainView"_s, u"fingerprintEdit"_s, u"copyFingerprintButton"_s})
        QVERIFY2(reached.contains(name), qPrintable(name));
    // The Copy fingerprint button of the pane uses the pane's clipboard and speaks through the pane.
    QSignalSpy messages(&pane, &ResultPane::message);
    part<QPushButton>(&pane, "copyFingerprintButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), opensslFingerprint(serverPath));
    QCOMPARE(messages.size(), 1);

    // Another profile's result replaces it; clearing (a profile not tested yet) empties it.
    pane.showResult(resultFor(u"expiring"_s, &serverPath));
    QCOMPARE(fingerprint->text(), opensslFingerprint(serverPath));
    pane.showIdle(u"Not tested in this session."_s);
    QCOMPARE(chain->topLevelItemCount(), 0);
    QVERIFY(fingerprint->text().isEmpty());
    QVERIFY(part<QLabel>(&pane, "noCertificateLabel")->isVisible());
    pane.showResult(resultFor(u"chain"_s, &serverPath));
    pane.showProfile(nullptr);   // the unsaved form of a first run
    QCOMPARE(chain->topLevelItemCount(), 0);
    pane.showResult(resultFor(u"plain http"_s, &serverPath));
    QCOMPARE(chain->topLevelItemCount(), 0);
    QVERIFY(part<QLabel>(&pane, "noCertificateLabel")->text().startsWith(u"No TLS"_s));
}

QTEST_MAIN(tst_CertificateView)
#include "tst_certificateview.moc"
