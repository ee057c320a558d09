// The monitoring formats of zuora-check (issue 12): nagios, checkmk, prometheus and junit as pure
// formatters over tables of results, then the command line's bad input as a process. The real
// engines (promtool, node_exporter, nagios4, xmllint) read the outputs in tests/monitoring/*.sh.
#include "CheckmkFormat.h"
#include "JunitFormat.h"
#include "MonitoringState.h"
#include "NagiosFormat.h"
#include "NagiosRange.h"
#include "ProgramRun.h"
#include "PrometheusFormat.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

const QString kBin = QStringLiteral(ZCT_BIN_DIR);
const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QString kUser = u"api.user@example.com"_s;

ConnectionResult accepted(AuthMode mode = AuthMode::SessionLogin, double ms = 412)
{
    ConnectionResult result;
    result.settings.authMode = mode;
    result.settings.username = kUser;
    result.endpoint = QUrl(u"https://rest.test.zuora.com/v1/connections"_s);
    result.startedAt = kNow.addSecs(-1);
    result.attempts = 1;
    result.httpStatus = 200;
    result.verdict = Verdict::Accepted;
    result.errorKind = ErrorKind::None;
    result.cause = u"Session login accepted; Zuora issued a ZSession cookie."_s;
    result.timings.connecting = 5;
    result.timings.tlsDone = 40;
    result.timings.requestSent = 41;
    result.timings.firstByte = ms - 2;
    result.timings.finished = ms;
    if (mode == AuthMode::OAuthClientCredentials)
        result.token.expiresIn = 3599;
    return result;
}

ConnectionResult failed(ErrorKind kind, int httpStatus = 0, const QString &cause = u"It did not work."_s)
{
    ConnectionResult result = accepted();
    result.verdict = kind == ErrorKind::Rejected ? Verdict::Rejected : Verdict::Error;
    result.errorKind = kind;
    result.httpStatus = httpStatus;
    result.cause = cause;
    result.hint = u"Check it."_s;
    if (kind == ErrorKind::Rejected)
        result.reasons << ZuoraReason{ZuoraErrorCode::fromNumber(90000011), u"this resource is protected, please sign in first"_s};
    if (kind == ErrorKind::MissingSecret || kind == ErrorKind::InvalidInput) {
        result.attempts = 0;
        result.httpStatus = 0;
        result.timings = Timings();
    }
    if (httpStatus == 0 && kind != ErrorKind::MissingSecret)
        result.timings.firstByte = result.timings.requestSent = -1;
    return result;
}

MonitoringOptions monitoringOptions(const QString &warning = {}, const QString &critical = {})
{
    MonitoringOptions options;
    QString error;
    options.warning = NagiosRange::parse(warning, &error);
    options.critical = NagiosRange::parse(critical, &error);
    options.now = kNow;
    return options;
}

CheckedProfile entry(const QString &profile, const ConnectionResult &result, std::optional<QDateTime> expiry = {})
{
    return CheckedProfile{profile, u"sandbox"_s, result, expiry};
}

template<typename Format>
OutputFormat::Output render(const QList<CheckedProfile> &entries, const MonitoringOptions &options = monitoringOptions())
{
    Format format(options);
    for (const CheckedProfile &e : entries)
        format.add(e);
    return format.finish();
}

} // namespace

Q_DECLARE_METATYPE(zct::CheckedProfile)

class tst_MonitoringFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ranges_data();
    void ranges();
    void nagiosStates_data();
    void nagiosStates();
    void nagiosSeveralProfiles();
    void nagiosStaysUnder4k();
    void checkmkLines_data();
    void checkmkLines();
    void prometheusText_data();
    void prometheusText();
    void junitCases();
    void noUserNameInAnyFormat();
    void commandLineBadInput_data();
    void commandLineBadInput();
    void textfileFolderNotWritable();
    void textfileWrittenWhole();
    void jsonIsFormatJson();

private:
    ProgramRun check(const QStringList &arguments, bool asNobody = false);
    QTemporaryDir m_home;
};

void tst_MonitoringFormats::initTestCase()
{
    // Numbers must come out in the C locale whatever the default locale is.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(m_home.isValid());
}

void tst_MonitoringFormats::ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<double>>("alerting");
    QTest::addColumn<QList<double>>("quiet");
    using L = QList<double>;
    // The plugin guidelines' examples (monitoring.md section 1).
    QTest::newRow("10: outside 0..10") << u"10"_s << true << L{-1, 10.01} << L{0, 5, 10};
    QTest::newRow("10: below 10") << u"10:"_s << true << L{9.99, -3} << L{10, 1000};
    QTest::newRow("~:10 above 10") << u"~:10"_s << true << L{10.5} << L{-1000, 0, 10};
    QTest::newRow("10:20 outside") << u"10:20"_s << true << L{9, 21} << L{10, 15, 20};
    QTest::newRow("@10:20 inside") << u"@10:20"_s << true << L{10, 15, 20} << L{9.9, 20.1};
    QTest::newRow("decimal 0.5") << u"0.5"_s << true << L{0.51} << L{0, 0.5};
    QTest::newRow("empty: no threshold") << QString() << true << L{} << L{-1, 0, 1e9};
    QTest::newRow("words") << u"abc"_s << false << L{} << L{};
    QTest::newRow("start after end") << u"20:10"_s << false << L{} << L{};
    QTest::newRow("two colons") << u"1:2:3"_s << false << L{} << L{};
    QTest::newRow("decimal comma") << u"1,5"_s << false << L{} << L{};
    QTest::newRow("only @") << u"@"_s << false << L{} << L{};
    QTest::newRow("~ as end") << u"1:~"_s << false << L{} << L{};
    QTest::newRow("nan") << u"nan"_s << false << L{} << L{};
}

void tst_MonitoringFormats::ranges()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<double>, alerting);
    QFETCH(QList<double>, quiet);
    QString error;
    const NagiosRange range = NagiosRange::parse(text, &error);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(error.contains(text) && error.contains(u"[@][start:][end]"_s), qPrintable(error));
        QVERIFY(!range.isSet());
        return;
    }
    QCOMPARE(range.isSet(), !text.isEmpty());
    QCOMPARE(range.text(), text);
    for (const double value : alerting)
        QVERIFY2(range.alerts(value), qPrintable(QString::number(value)));
    for (const double value : quiet)
        QVERIFY2(!range.alerts(value), qPrintable(QString::number(value)));
}

void tst_MonitoringFormats::nagiosStates_data()
{
    QTest::addColumn<ConnectionResult>("result");
    QTest::addColumn<QDateTime>("certificateExpiry");   // invalid: not known
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("critical");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("statusPart");

    const QDateTime none;
    ConnectionResult tryAgain = failed(ErrorKind::RateLimited, 429, u"Too many requests (429)."_s);
    ConnectionResult locking = failed(ErrorKind::UnexpectedAnswer, 200, u"Zuora said: lock competition."_s);
    locking.reasons << ZuoraReason{ZuoraErrorCode::fromNumber(90000050), u"lock competition"_s};
    QTest::newRow("accepted") << accepted() << none << u""_s << u""_s << 0 << u"ZUORA OK - Acme sandbox: Session login accepted in 0.412 s"_s;
    QTest::newRow("oauth accepted") << accepted(AuthMode::OAuthClientCredentials) << none << u"2"_s << u"5"_s << 0 << u"OAuth token accepted"_s;
    QTest::newRow("slow: warning") << accepted(AuthMode::SessionLogin, 2500) << none << u"2"_s << u"5"_s << 1 << u"ZUORA WARNING - Acme sandbox: login took 2.5 s (warning: 2)"_s;
    QTest::newRow("slower: critical") << accepted(AuthMode::SessionLogin, 6000) << none << u"2"_s << u"5"_s << 2 << u"ZUORA CRITICAL - Acme sandbox: login took 6 s"_s;
    QTest::newRow("rejected") << failed(ErrorKind::Rejected, 401, u"Authentication failed (90000011)."_s) << none << u""_s << u""_s << 2
                              << u"ZUORA CRITICAL - Acme sandbox: rejected: Authentication failed (90000011)"_s;
    QTest::newRow("host not found") << failed(ErrorKind::HostNotFound) << none << u""_s << u""_s << 2 << u"ZUORA CRITICAL - "_s;
    QTest::newRow("connection refused") << failed(ErrorKind::ConnectionRefused) << none << u""_s << u""_s << 2 << u"ZUORA CRITICAL - "_s;
    QTest::newRow("tls") << failed(ErrorKind::Tls) << none << u""_s << u""_s << 2 << u"ZUORA CRITICAL - "_s;
    QTest::newRow("5xx") << failed(ErrorKind::ServerError, 502) << none << u""_s << u""_s << 2 << u"ZUORA CRITICAL - "_s;
    QTest::newRow("own timeout") << failed(ErrorKind::Timeout) << none << u""_s << u""_s << 3 << u"ZUORA UNKNOWN - Acme sandbox: no verdict within the timeout"_s;
    QTest::newRow("429: try again") << tryAgain << none << u""_s << u""_s << 1 << u"ZUORA WARNING - Acme sandbox: try again later"_s;
    QTest::newRow("retryable code") << locking << none << u""_s << u""_s << 1 << u"ZUORA WARNING - Acme sandbox: try again later"_s;
    QTest::newRow("missing secret") << failed(ErrorKind::MissingSecret) << none << u""_s << u""_s << 3 << u"ZUORA UNKNOWN - Acme sandbox: not checked"_s;
    QTest::newRow("cert in 5 days") << accepted() << kNow.addDays(5).addSecs(60) << u""_s << u""_s << 1 << u"ZUORA WARNING - Acme sandbox: certificate expires in 5 day(s)"_s;
    QTest::newRow("cert in 30 days") << accepted() << kNow.addDays(30) << u""_s << u""_s << 0 << u"ZUORA OK"_s;
    QTest::newRow("cert expired") << accepted() << kNow.addSecs(-3600) << u""_s << u""_s << 2 << u"ZUORA CRITICAL - Acme sandbox: certificate expired"_s;
}

void tst_MonitoringFormats::nagiosStates()
{
    QFETCH(ConnectionResult, result);
    QFETCH(QDateTime, certificateExpiry);
    QFETCH(QString, warning);
    QFETCH(QString, critical);
    QFETCH(int, state);
    QFETCH(QString, statusPart);

    std::optional<QDateTime> expiry;
    if (certificateExpiry.isValid())
        expiry = certificateExpiry;
    const OutputFormat::Output output =
        render<NagiosFormat>({entry(u"Acme sandbox"_s, result, expiry)}, monitoringOptions(warning, critical));
    QCOMPARE(output.exitCode, state);
    QVERIFY(output.text.endsWith(u'\n'));
    const QStringList lines = output.text.split(u'\n');
    const QString first = lines.constFirst();
    const QString status = first.section(u" | "_s, 0, 0);
    QVERIFY2(status.contains(statusPart), qPrintable(first));
    QVERIFY2(status.size() < 80, qPrintable(status));
    QVERIFY2(status.startsWith(u"ZUORA "_s + MonitoringState::name(ServiceState(state)) + u" - "_s), qPrintable(status));
    // Perfdata: [a-z0-9_] labels, C-locale plain numbers, in seconds; "U"/exponents never.
    const QStringList perf = first.section(u" | "_s, 1).split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression item(u"^[a-z0-9_]+=-?[0-9.]+(s)?(;[^; ]*){0,4}$"_s);
    for (const QString &p : perf)
        QVERIFY2(item.match(p).hasMatch(), qPrintable(p));
    if (result.attempts > 0) {
        QVERIFY2(perf.constFirst().startsWith(u"time=%1s;%2;%3;0"_s.arg(OutputFormat::decimal(result.timings.finished / 1000), warning, critical)),
                 qPrintable(first));
    }
    QCOMPARE(first.contains(u"cert_days="_s), expiry.has_value());
    QCOMPARE(first.contains(u"token_ttl=3599s"_s), result.token.expiresIn >= 0);
    // The long output carries the decoded reasons.
    for (const ZuoraReason &reason : result.reasons)
        QVERIFY2(output.text.contains(u"reason: "_s + reason.code.text()), qPrintable(output.text));
    QVERIFY(!output.text.contains(kUser));
}

void tst_MonitoringFormats::nagiosSeveralProfiles()
{
    const OutputFormat::Output output = render<NagiosFormat>(
        {entry(u"Acme sandbox"_s, accepted()),
         entry(u"Acme EU"_s, failed(ErrorKind::Rejected, 401, u"Authentication failed (90000011)."_s)),
         entry(u"Globex"_s, failed(ErrorKind::Timeout)),
         entry(u"Acme sandbox"_s, accepted(AuthMode::OAuthClientCredentials))});
    QCOMPARE(output.exitCode, 2);
    const QStringList lines = output.text.trimmed().split(u'\n');
    QCOMPARE(lines.constFirst(), u"ZUORA CRITICAL - 4 profiles: 1 CRITICAL, 1 UNKNOWN, 2 OK (Acme EU)"_s);
    QVERIFY(!lines.constFirst().contains(u'|'));
    QStringList profileLines;
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            profileLines << line.section(u" | "_s, 0, 0);
    }
    QCOMPARE(profileLines.size(), 4);
    QVERIFY2(profileLines.at(0).startsWith(u"[OK] Acme sandbox (sandbox, session): "_s), qPrintable(profileLines.at(0)));
    QVERIFY2(profileLines.at(1).startsWith(u"[CRITICAL] Acme EU (sandbox, session): rejected"_s), qPrintable(profileLines.at(1)));
    QVERIFY2(profileLines.at(2).startsWith(u"[UNKNOWN] Globex"_s), qPrintable(profileLines.at(2)));
    QVERIFY2(profileLines.at(3).startsWith(u"[OK] Acme sandbox (2) (sandbox, oauth)"_s), qPrintable(profileLines.at(3)));
    QVERIFY(output.text.contains(u"    reason: 90000011"_s));
    // Perfdata of all profiles after the last long line, each label prefixed and unique.
    const QString perf = lines.constLast().section(u" | "_s, 1);
    QVERIFY2(perf.startsWith(u"acme_sandbox_time=0.412s;;;0 acme_sandbox_http_status=200;;;100;599 acme_eu_time="_s), qPrintable(perf));
    QVERIFY2(perf.contains(u"acme_sandbox_2_token_ttl=3599s"_s), qPrintable(perf));
}

void tst_MonitoringFormats::nagiosStaysUnder4k()
{
    QList<CheckedProfile> many;
    for (int i = 0; i < 300; ++i)
        many << entry(u"Tenant number %1 with a long name"_s.arg(i), failed(ErrorKind::Rejected, 401, u"Authentication failed (90000011)."_s));
    const OutputFormat::Output output = render<NagiosFormat>(many);
    QCOMPARE(output.exitCode, 2);
    QVERIFY2(output.text.toUtf8().size() < 4096, QByteArray::number(output.text.toUtf8().size()).constData());
    QVERIFY(output.text.startsWith(u"ZUORA CRITICAL - 300 profiles: 300 CRITICAL"_s));
    QVERIFY(output.text.contains(u"--profile NAME"_s));
}

void tst_MonitoringFormats::checkmkLines_data()
{
    QTest::addColumn<QList<CheckedProfile>>("entries");
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<int>("exitCode");
    ConnectionResult hostile = failed(ErrorKind::NotZuora, 200, u"An HTML page\nwith \"quotes\" and | pipes"_s);
    QTest::newRow("one accepted") << QList<CheckedProfile>{entry(u"Acme"_s, accepted())} << QList<int>{0} << 0;
    QTest::newRow("mix") << QList<CheckedProfile>{entry(u"Acme"_s, accepted(AuthMode::OAuthClientCredentials)),
                                                  entry(u"Acme \"EU\"\nprod"_s, failed(ErrorKind::Rejected, 401)),
                                                  entry(u"Globex"_s, failed(ErrorKind::MissingSecret)),
                                                  entry(u"Hooli"_s, hostile),
                                                  entry(u"Initech"_s, accepted(), kNow.addDays(3))}
                         << QList<int>{0, 2, 3, 2, 1} << 4;
}

void tst_MonitoringFormats::checkmkLines()
{
    QFETCH(QList<CheckedProfile>, entries);
    QFETCH(QList<int>, states);
    QFETCH(int, exitCode);
    const OutputFormat::Output output = render<CheckmkFormat>(entries, monitoringOptions(u"2"_s, u"5"_s));
    QCOMPARE(output.exitCode, exitCode);   // the tool's own code: the agent reads the lines
    QVERIFY(output.text.endsWith(u'\n'));
    const QStringList lines = output.text.chopped(1).split(u'\n');
    QCOMPARE(lines.size(), entries.size());
    // <state> "<service>" <metrics> <detail>, exactly one space between the four parts.
    static const QRegularExpression line(u"^([0-3]) (\"[^\"\\n]*\") (\\S+) (\\S.*)$"_s);
    static const QRegularExpression metric(u"^zuora_[a-z_]+=[0-9.]+(;[0-9.:]*){0,4}$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = line.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(1).toInt(), states.at(i));
        QVERIFY2(match.captured(2).startsWith(u"\"Zuora login "_s), qPrintable(match.captured(2)));
        QVERIFY(!lines.at(i).contains(u"  "_s));
        if (match.captured(3) != u"-"_s) {
            for (const QString &m : match.captured(3).split(u'|'))
                QVERIFY2(metric.match(m).hasMatch(), qPrintable(m));
        }
        QVERIFY(!lines.at(i).contains(kUser));
    }
    if (entries.size() > 1) {
        QVERIFY2(lines.at(0).contains(u" zuora_login_time=0.412;2;5|zuora_http_status=200|zuora_token_ttl=3599 "_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"2 \"Zuora login Acme 'EU' prod\" "_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"\\nreason: 90000011"_s), qPrintable(lines.at(1)));   // the two characters \n
        QVERIFY2(lines.at(2).contains(u" - not checked"_s), qPrintable(lines.at(2)));        // no metrics: "-"
        QVERIFY2(lines.at(4).contains(u"|zuora_cert_days=3;14:;0:"_s), qPrintable(lines.at(4)));
    }
}

void tst_MonitoringFormats::prometheusText_data()
{
    QTest::addColumn<QList<CheckedProfile>>("entries");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("one accepted") << QList<CheckedProfile>{entry(u"Acme"_s, accepted())} << 0;
    QTest::newRow("refused only") << QList<CheckedProfile>{entry(u"Acme"_s, failed(ErrorKind::ConnectionRefused))} << 3;
    QTest::newRow("mix") << QList<CheckedProfile>{entry(u"Acme"_s, accepted(AuthMode::OAuthClientCredentials), kNow.addDays(20)),
                                                  entry(u"Acme \"EU\" \\ prod\nline"_s, failed(ErrorKind::Rejected, 401)),
                                                  entry(u"Globex"_s, failed(ErrorKind::MissingSecret)),
                                                  entry(u"Hooli"_s, failed(ErrorKind::RateLimited, 429))}
                         << 4;
}

void tst_MonitoringFormats::prometheusText()
{
    QFETCH(QList<CheckedProfile>, entries);
    QFETCH(int, exitCode);
    const OutputFormat::Output output = render<PrometheusFormat>(entries);
    QCOMPARE(output.exitCode, exitCode);
    QVERIFY(output.text.endsWith(u'\n'));
    QVERIFY(!output.text.contains(u'\r'));
    QVERIFY(!output.text.contains(kUser));
    // HELP then TYPE once per family, before its samples; samples without timestamps.
    static const QRegularExpression sample(
        u"^(zuora_check_[a-z_]+)\\{auth=\"(session|oauth)\",environment=\"[^\"]*\",profile=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,[a-z]+=\"[^\"]*\")*\\} -?[0-9.]+$"_s);
    QStringList declared;
    QString current;
    QString expecting;
    for (const QString &line : output.text.chopped(1).split(u'\n')) {
        if (line.startsWith(u"# HELP "_s)) {
            current = line.section(u' ', 2, 2);
            QVERIFY2(!declared.contains(current), qPrintable(line));
            declared << current;
            expecting = u"# TYPE "_s + current + u" gauge"_s;
            continue;
        }
        if (!expecting.isEmpty()) {
            QCOMPARE(line, expecting);
            expecting.clear();
            continue;
        }
        const QRegularExpressionMatch match = sample.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1), current);
    }
    QVERIFY(declared.contains(u"zuora_check_success"_s));
    QVERIFY(declared.contains(u"zuora_check_http_status_code"_s));
    QVERIFY(declared.contains(u"zuora_check_last_run_timestamp_seconds"_s));
    const int count = int(entries.size());
    QCOMPARE(output.text.count(u"\nzuora_check_success{"_s) + int(output.text.startsWith(u"zuora_check_success{"_s)), count);
    if (count > 1) {
        QVERIFY(output.text.contains(u"profile=\"Acme \\\"EU\\\" \\\\ prod\\nline\"} 0\n"_s));
        QVERIFY(output.text.contains(u"zuora_check_success{auth=\"oauth\",environment=\"sandbox\",profile=\"Acme\"} 1\n"_s));
        QVERIFY(output.text.contains(u"zuora_check_token_expires_in_seconds{auth=\"oauth\",environment=\"sandbox\",profile=\"Acme\"} 3599\n"_s));
        QVERIFY(output.text.contains(u"zuora_check_tls_cert_expiry_timestamp_seconds{auth=\"oauth\",environment=\"sandbox\",profile=\"Acme\"} %1\n"_s
                                         .arg(kNow.addDays(20).toSecsSinceEpoch())));
        QVERIFY(output.text.contains(u"zuora_check_duration_seconds{auth=\"oauth\",environment=\"sandbox\",profile=\"Acme\"} 0.412\n"_s));
        QVERIFY(output.text.contains(u"zuora_check_phase_duration_seconds{auth=\"oauth\",environment=\"sandbox\",profile=\"Acme\",phase=\"connect\"} 0.035\n"_s));
        QVERIFY(output.text.contains(u",profile=\"Hooli\",outcome=\"try-again\",kind=\"rateLimited\",code=\"\"} 1\n"_s));
        QVERIFY(output.text.contains(u",profile=\"Globex\",outcome=\"not-sent\",kind=\"missingSecret\",code=\"\"} 1\n"_s));
        // Not sent: no duration.
        QVERIFY(!output.text.contains(u"zuora_check_duration_seconds{auth=\"session\",environment=\"sandbox\",profile=\"Globex\"}"_s));
    } else if (!entries.constFirst().result.accepted()) {
        QVERIFY(output.text.contains(u"zuora_check_http_status_code{auth=\"session\",environment=\"sandbox\",profile=\"Acme\"} 0\n"_s));
        QVERIFY(!output.text.contains(u"zuora_check_tls_cert_expiry"_s));
    }
}

void tst_MonitoringFormats::junitCases()
{
    ConnectionResult hostile = failed(ErrorKind::NotZuora, 200, u"Page \x01with\x1b control <b>&</b>"_s);
    const OutputFormat::Output output = render<JunitFormat>(
        {entry(u"Acme"_s, accepted()), entry(u"Acme <EU>"_s, failed(ErrorKind::Rejected, 401, u"Authentication failed (90000011)."_s)),
         entry(u"Globex"_s, failed(ErrorKind::HostNotFound)), entry(u"Hooli"_s, hostile),
         entry(u"Initech"_s, failed(ErrorKind::MissingSecret, 0, u"Not sent: no secret."_s))});
    QCOMPARE(output.exitCode, 4);
    QXmlStreamReader xml(output.text);
    QStringList cases;
    QMap<QString, QString> suite;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        if (name == u"testsuite"_s) {
            for (const QXmlStreamAttribute &a : xml.attributes())
                suite.insert(a.name().toString(), a.value().toString());
        } else if (name == u"testcase"_s) {
            cases << xml.attributes().value(u"name"_s).toString() + u" @ "_s + xml.attributes().value(u"classname"_s).toString()
                         + u" @ "_s + xml.attributes().value(u"time"_s).toString();
        } else if (name == u"failure"_s || name == u"error"_s || name == u"skipped"_s) {
            cases.last() += u" @ "_s + name + u':' + xml.attributes().value(u"type"_s).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suite.value(u"name"_s), u"zuora-check"_s);
    QCOMPARE(suite.value(u"tests"_s), u"5"_s);
    QCOMPARE(suite.value(u"failures"_s), u"1"_s);
    QCOMPARE(suite.value(u"errors"_s), u"2"_s);
    QCOMPARE(suite.value(u"skipped"_s), u"1"_s);
    QCOMPARE(suite.value(u"time"_s), u"1.648"_s);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"_s).match(suite.value(u"timestamp"_s)).hasMatch());
    QCOMPARE(cases, (QStringList{u"Acme session @ zuora-check.sandbox @ 0.412"_s,
                                 u"Acme <EU> session @ zuora-check.sandbox @ 0.412 @ failure:rejected"_s,
                                 u"Globex session @ zuora-check.sandbox @ 0.412 @ error:network"_s,
                                 u"Hooli session @ zuora-check.sandbox @ 0.412 @ error:unexpected"_s,
                                 u"Initech session @ zuora-check.sandbox @ 0 @ skipped:"_s}));
    QVERIFY(output.text.contains(u"Reason: 90000011"_s));
    QVERIFY(!output.text.contains(kUser));
}

void tst_MonitoringFormats::noUserNameInAnyFormat()
{
    // The user name or client id is high-cardinality and personal: never a label, never a line.
    const QList<CheckedProfile> mix{entry(u"Acme"_s, accepted()), entry(u"Globex"_s, failed(ErrorKind::Rejected, 401)),
                                    entry(u"Hooli"_s, accepted(AuthMode::OAuthClientCredentials))};
    for (const QString &text : {render<NagiosFormat>(mix).text, render<CheckmkFormat>(mix).text,
                                render<PrometheusFormat>(mix).text, render<JunitFormat>(mix).text})
        QVERIFY2(!text.contains(kUser), qPrintable(text));
}

ProgramRun tst_MonitoringFormats::check(const QStringList &arguments, bool asNobody)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
    environment.remove(u"CREDENTIALS_DIRECTORY"_s);
    if (asNobody) {
        // Root writes into any folder: the unwritable folder is tried as nobody.
        return ProgramRun::run(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                                         kBin + u"/zuora-check"_s} + arguments, environment);
    }
    return ProgramRun::run(kBin + u"/zuora-check"_s, arguments, environment);
}

void tst_MonitoringFormats::commandLineBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("onStdout");   // nagios: UNKNOWN on stdout; the others: stderr
    QTest::addColumn<QString>("message");
    const QStringList demo{u"--demo"_s};
    QTest::newRow("unknown format") << demo + QStringList{u"--format"_s, u"xml"_s} << 2 << false
                                    << u"Unknown format \"xml\"; use one of human, json, nagios, checkmk, prometheus, junit."_s;
    QTest::newRow("--json and another format") << demo + QStringList{u"--json"_s, u"--format"_s, u"junit"_s} << 2 << false
                                               << u"--json is short for --format json"_s;
    QTest::newRow("nagios: warning not a range") << demo + QStringList{u"--format"_s, u"nagios"_s, u"--warning"_s, u"two"_s} << 3
                                                 << true << u"ZUORA UNKNOWN - \"two\" is not a threshold range: the end \"two\" is not a number."_s;
    QTest::newRow("nagios: critical start > end") << demo + QStringList{u"--format=nagios"_s, u"--critical"_s, u"5:1"_s} << 3
                                                  << true << u"ZUORA UNKNOWN - \"5:1\" is not a threshold range: the start is greater than the end."_s;
    QTest::newRow("nagios: two colons") << demo + QStringList{u"--format"_s, u"nagios"_s, u"--warning"_s, u"1:2:3"_s} << 3 << true
                                        << u"it has more than one colon"_s;
    QTest::newRow("nagios: other usage error") << QStringList{u"--format"_s, u"nagios"_s} << 3 << true << u"ZUORA UNKNOWN - Say where to check"_s;
    QTest::newRow("nagios: cert-warning words") << demo + QStringList{u"--format"_s, u"nagios"_s, u"--cert-warning"_s, u"soon"_s}
                                                << 3 << true << u"--cert-warning takes a number of days"_s;
    QTest::newRow("checkmk: bad range") << demo + QStringList{u"--format"_s, u"checkmk"_s, u"--warning"_s, u"1,5"_s} << 2 << false
                                        << u"\"1,5\" is not a threshold range"_s;
    QTest::newRow("thresholds with prometheus") << demo + QStringList{u"--format"_s, u"prometheus"_s, u"--warning"_s, u"2"_s} << 2 << false
                                                << u"--warning applies to --format nagios and --format checkmk."_s;
    QTest::newRow("textfile without prometheus") << demo + QStringList{u"--format"_s, u"junit"_s, u"--textfile"_s, u"/tmp/x.prom"_s}
                                                 << 2 << false << u"--textfile writes the prometheus format"_s;
    QTest::newRow("textfile folder missing") << demo + QStringList{u"--format"_s, u"prometheus"_s, u"--textfile"_s, u"/nonexistent-zct/x.prom"_s}
                                             << 2 << false << u"the folder /nonexistent-zct does not exist"_s;
}

void tst_MonitoringFormats::commandLineBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, onStdout);
    QFETCH(QString, message);
    const ProgramRun run = check(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1\n"_s.arg(run.exitCode) + QString::fromUtf8(run.out + run.err)));
    const QByteArray &where = onStdout ? run.out : run.err;
    QVERIFY2(where.contains(message.toUtf8()), qPrintable(QString::fromUtf8(run.out + "\n---\n" + run.err)));
    if (onStdout)
        QVERIFY(run.out.startsWith("ZUORA UNKNOWN - ") && run.out.count('\n') == 1);
    else
        QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void tst_MonitoringFormats::textfileFolderNotWritable()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"zuora_check.prom"_s);
    const QByteArray previous = "# previous run\nzuora_check_success{profile=\"a\"} 1\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(previous), previous.size());
    }
    QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                                     | QFile::ReadGroup | QFile::ExeGroup));
    const bool asNobody = ::geteuid() == 0;
    const ProgramRun run = check({u"--demo"_s, u"--format"_s, u"prometheus"_s, u"--textfile"_s, path}, asNobody);
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(run.exitCode == 2, qPrintable(u"exit %1\n"_s.arg(run.exitCode) + QString::fromUtf8(run.out + run.err)));
    QVERIFY2(run.err.contains(u"Cannot write %1: the folder %2 is not writable for this user (Permission denied)."_s
                                  .arg(path, folder.path()).toUtf8()),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), previous);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"zuora_check.prom"_s});
}

void tst_MonitoringFormats::textfileWrittenWhole()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"zuora_check.prom"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("stale\n");
    old.close();
    const ProgramRun run = check({u"--demo"_s, u"--format"_s, u"prometheus"_s, u"--textfile"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(run.out + run.err)));
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("stale"));
    QVERIFY(written.contains("zuora_check_success{auth=\"session\",environment=\"demo\",profile=\"demo\"} 1\n"));
    QVERIFY(!written.contains('\r'));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"zuora_check.prom"_s});
}

void tst_MonitoringFormats::jsonIsFormatJson()
{
    const ProgramRun shortForm = check({u"--demo"_s, u"--json"_s});
    const ProgramRun longForm = check({u"--demo"_s, u"--format"_s, u"json"_s});
    QCOMPARE(shortForm.exitCode, 0);
    QCOMPARE(longForm.exitCode, 0);
    QCOMPARE(shortForm.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(longForm.json().value(u"ok"_s).toBool(), true);
    QCOMPARE(longForm.json().keys(), shortForm.json().keys());
}

QTEST_GUILESS_MAIN(tst_MonitoringFormats)
#include "tst_monitoringformats.moc"
