// The German translation: every message of the .ts translated, placeholders and mnemonics kept,
// the compiled .qm in step with the .ts, and the .ts in step with the sources (no string that
// lupdate would add). After adding strings, run scripts/update-translations and translate them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;               // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;   // one, or one per plural form

    bool active() const { return type != u"vanished" && type != u"obsolete"; }
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return u"  [%1] \"%2\"%3"_s.arg(context, source, comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();   // <numerusform>
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;   // <translation> comes last in a <message>
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1..%99 and %n, as a sorted list (a translation may reorder them, not drop or add one).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Mnemonic markers: "&" before a letter or digit; "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return u"%1 did not finish: %2"_s.arg(program, process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"%1 failed (%2): %3"_s.arg(program).arg(process.exitCode()).arg(QString::fromLocal8Bit(process.readAll()));
    return {};
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageIsTranslated();
    void placeholdersAndMnemonicsAreKept();
    void compiledTranslationMatchesTheTs();
    void tsIsInStepWithTheSources();

private:
    QList<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_messages = readTs(QStringLiteral(ZCT_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_messages.size() > 100, "the German .ts holds suspiciously few messages");
}

void TestTranslations::everyMessageIsTranslated()
{
    QStringList missing;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.active())
            continue;
        const bool empty = message.translations.isEmpty()
                || std::any_of(message.translations.cbegin(), message.translations.cend(),
                               [](const QString &text) { return text.trimmed().isEmpty(); });
        if (message.type == u"unfinished" || empty)
            missing << message.describe();
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 message(s) not translated into German in %2:\n%3"_s
                            .arg(missing.size()).arg(QStringLiteral(ZCT_TS_FILE), missing.join(u'\n'))));
}

void TestTranslations::placeholdersAndMnemonicsAreKept()
{
    QStringList wrong;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.active() || message.type == u"unfinished")
            continue;
        const QStringList source = placeholders(message.source);
        for (qsizetype form = 0; form < message.translations.size(); ++form) {
            const QString &translation = message.translations.at(form);
            QStringList expected = source;
            QStringList got = placeholders(translation);
            if (message.numerus && form == 0) {
                // The singular may say "one" instead of %n; every other placeholder stays.
                expected.removeAll(u"%n"_s);
                got.removeAll(u"%n"_s);
            }
            if (got != expected)
                wrong << message.describe() + u" -> \"%1\": placeholders %2, want %3"_s
                                                  .arg(translation, got.join(u' '), expected.join(u' '));
            if (mnemonics(message.source) != mnemonics(translation))
                wrong << message.describe() + u" -> \"%1\": the mnemonic (&) differs"_s.arg(translation);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void TestTranslations::compiledTranslationMatchesTheTs()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(ZCT_QM_FILE)), ZCT_QM_FILE);
    QCOMPARE(translator.language(), u"de"_s);
    QStringList stale;
    for (const Message &message : std::as_const(m_messages)) {
        if (!message.active())
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        // German has two forms: n == 1 takes the first, any other n the second.
        const QList<int> counts = message.numerus ? QList<int>{1, 2} : QList<int>{-1};
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const QString got = translator.translate(context.constData(), source.constData(), disambiguation, counts.at(i));
            if (got != message.translations.value(i))
                stale << message.describe() + u" -> \"%1\""_s.arg(got);
        }
    }
    QVERIFY2(stale.isEmpty(), qPrintable(u"the compiled .qm does not match the .ts (rebuild):\n"_s + stale.join(u'\n')));
}

void TestTranslations::tsIsInStepWithTheSources()
{
    // lupdate as `update_translations` runs it, but into a copy: the real .ts is never touched.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString project = scratch.filePath(u"project.json"_s);
    const QString copy = scratch.filePath(QFileInfo(QStringLiteral(ZCT_TS_FILE)).fileName());
    QVERIFY(QFile::copy(QStringLiteral(ZCT_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QString error = run(QStringLiteral(ZCT_CMAKE_COMMAND),
                        {u"-DIN_FILE="_s + QStringLiteral(ZCT_LUPDATE_PROJECT), u"-DOUT_FILE="_s + project,
                         u"-P"_s, QStringLiteral(ZCT_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList arguments = QStringLiteral(ZCT_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << u"-silent"_s << u"-project"_s << project << u"-ts"_s << copy;
    error = run(QStringLiteral(ZCT_LUPDATE), arguments);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QList<Message> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message &message : std::as_const(m_messages)) {
        if (message.active())
            known.insert(message.key());
    }
    QStringList added;
    QStringList gone;
    for (const Message &message : std::as_const(updated)) {
        if (message.active() && !known.contains(message.key()))
            added << message.describe();
        else if (!message.active() && known.contains(message.key()))
            gone << message.describe();
    }
    if (!gone.isEmpty())
        qInfo().noquote() << u"No longer in the sources (harmless; scripts/update-translations marks them vanished):\n"_s
                                 + gone.join(u'\n');
    QVERIFY2(added.isEmpty(),
             qPrintable(u"%1 string(s) in the sources are not in %2; run scripts/update-translations and "
                        "translate them:\n%3"_s.arg(added.size()).arg(QStringLiteral(ZCT_TS_FILE), added.join(u'\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
