#include "ProfileExchange.h"

#include "AuthMethod.h"
#include "Environments.h"
#include "ProfileStore.h"
#include "ProxyFactory.h"
#include "SoapLogin.h"
#include "WireText.h"
#include "ZuoraConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr int kMaxTimeoutSeconds = 3600;

// One JSON value as text, escaped the way QJsonDocument escapes it.
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(qBound<qsizetype>(0, offset, bytes.size())).count('\n')) + 1;
}

// The line on which each element of the top-level "profiles" array starts. The text is known to
// be valid JSON (QJsonDocument parsed it), so a small scanner that tracks strings and depth is
// enough; QJsonDocument itself keeps no positions.
QList<int> entryLines(const QByteArray &bytes)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    QByteArray text;          // the string being read, when at depth 1
    QByteArray lastString;    // the last complete string at depth 1
    QByteArray key;           // the current key at depth 1
    int arrayDepth = -1;      // depth inside the "profiles" array, once entered
    bool expectElement = false;
    for (const char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastString = text;
            }
            else if (depth == 1)
                text += c;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectElement && depth == arrayDepth && c != ']') {
            lines << line;
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            text.clear();
            break;
        case ':':
            if (depth == 1)
                key = lastString;
            break;
        case ',':
            if (depth == 1)
                key.clear();
            else if (depth == arrayDepth)
                expectElement = true;
            break;
        case '{':
        case '[':
            ++depth;
            if (c == '[' && depth == 2 && key == "profiles" && arrayDepth < 0) {
                arrayDepth = depth;
                expectElement = true;
            }
            break;
        case '}':
        case ']':
            if (depth == arrayDepth) {
                arrayDepth = -2;   // done: a second "profiles" key is not ours to count
                expectElement = false;
            }
            --depth;
            break;
        default:
            break;
        }
    }
    return lines;
}

// A lone UTF-16 surrogate (JSON can spell one as "\ud800") cannot be written back as UTF-8.
bool hasBrokenText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool looksLikeSecretKey(const QString &key)
{
    const QString lower = key.toLower();
    for (const QStringView word : {u"secret", u"password", u"passwd", u"token", u"cookie", u"session"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"true/false"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"text"_s;
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

// Reads one entry; problems go to errors, harmless oddities to warnings.
class EntryReader final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExchange)
public:
    EntryReader(const QJsonObject &object, QStringList *errors, QStringList *warnings)
        : m_object(object)
        , m_errors(errors)
        , m_warnings(warnings)
    {
    }

    // A string field: absent or null reads as empty; anything else but text is an error.
    QString text(const QString &key, bool *present = nullptr)
    {
        const QJsonValue value = m_object.value(key);
        if (present)
            *present = value.isString();
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString()) {
            *m_errors << tr("\"%1\" must be text, not %2.").arg(key, typeName(value));
            return QString();
        }
        if (hasBrokenText(value.toString())) {
            *m_errors << tr("\"%1\" holds an invalid character (a lone UTF-16 surrogate).").arg(key);
            return QString();
        }
        return value.toString();
    }

    Profile read()
    {
        Profile profile;
        profile.rememberSecret = false;

        const QJsonValue nameValue = m_object.value(u"name"_s);
        if (nameValue.isUndefined() || nameValue.isNull() || (nameValue.isString() && nameValue.toString().trimmed().isEmpty()))
            *m_errors << tr("It has no name.");
        else if (!nameValue.isString())
            *m_errors << tr("\"name\" must be text, not %1.").arg(typeName(nameValue));
        else if (WireText::hasControlCharacters(nameValue.toString()) || hasBrokenText(nameValue.toString()))
            *m_errors << tr("The name contains control characters such as a line break, or invalid characters.");
        else
            profile.name = nameValue.toString().trimmed();

        readUrl(profile);

        const QString mode = text(u"authMode"_s);
        if (const AuthMethod *method = mode.isEmpty() ? &AuthMethod::of(AuthMode::SessionLogin) : AuthMethod::fromId(mode)) {
            profile.settings.authMode = method->mode;
        } else {
            QStringList ids;
            for (const AuthMethod &known : AuthMethod::all())
                ids << u'"' + known.idString() + u'"';
            *m_errors << tr("Unknown authMode \"%1\": use %2.").arg(mode, ids.join(tr(" or ")));
        }

        const QJsonValue user = m_object.value(u"username"_s);
        // The app saves a profile before its user is typed in (a draft), so export writes one too.
        if (user.isUndefined() || user.isNull() || (user.isString() && user.toString().trimmed().isEmpty()))
            *m_warnings << tr("It has no username yet (the API user name or OAuth client id); fill it in before testing.");
        else if (!user.isString())
            *m_errors << tr("\"%1\" must be text, not %2.").arg(u"username"_s, typeName(user));
        else if (WireText::hasControlCharacters(user.toString()) || hasBrokenText(user.toString()))
            *m_errors << tr("The username contains control characters such as a line break, or invalid characters.");
        else
            profile.settings.username = user.toString().trimmed();

        profile.settings.entityId = text(u"entityId"_s).trimmed();
        if (WireText::hasControlCharacters(profile.settings.entityId) || profile.settings.entityId.size() > 256)
            *m_errors << tr("The entity id contains control characters or is too long.");

        const QString wsdl = text(u"wsdlVersion"_s);
        profile.settings.wsdlVersion = SoapLogin::normalizedVersion(wsdl);
        if (!wsdl.isEmpty() && profile.settings.wsdlVersion.isEmpty())
            *m_errors << tr("\"wsdlVersion\" must be a version number such as %1.").arg(SoapLogin::DefaultWsdlVersion);

        profile.settings.trackId = text(u"trackId"_s);
        const QString trackProblem = ZuoraConnection::validateTrackId(profile.settings.trackId);
        if (!trackProblem.isEmpty())
            *m_errors << trackProblem;

        profile.settings.caFile = text(u"caFile"_s);
        if (!profile.settings.caFile.isEmpty() && !QFileInfo(profile.settings.caFile).isFile())
            *m_warnings << tr("The CA file %1 does not exist on this computer; the check will fail until it does.")
                               .arg(profile.settings.caFile);

        const QJsonValue timeout = m_object.value(u"timeoutSeconds"_s);
        if (timeout.isDouble()) {
            const double seconds = timeout.toDouble();
            if (!std::isfinite(seconds) || seconds <= 0 || seconds > kMaxTimeoutSeconds)
                *m_errors << tr("\"timeoutSeconds\" must be more than 0 and at most %1.").arg(kMaxTimeoutSeconds);
            else
                profile.settings.timeoutMs = qMax(1, int(std::lround(seconds * 1000)));
        } else if (!timeout.isUndefined() && !timeout.isNull()) {
            *m_errors << tr("\"timeoutSeconds\" must be a number, not %1.").arg(typeName(timeout));
        }

        readProxy(profile.settings.proxy);

        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (looksLikeSecretKey(it.key()))
                *m_warnings << tr("\"%1\" was ignored: secrets are never imported from a file. "
                                  "Type the secret in the app and let it remember it in the keychain.")
                                   .arg(it.key());
        }
        return profile;
    }

private:
    void readProxy(ProxySettings &proxy)
    {
        const QJsonValue value = m_object.value(u"proxy"_s);
        if (value.isUndefined() || value.isNull())
            return;   // the system's proxy
        if (!value.isObject()) {
            *m_errors << tr("\"proxy\" must be an object such as {\"mode\": \"http\", \"host\": ..., \"port\": ...}, not %1.")
                             .arg(typeName(value));
            return;
        }
        const QJsonObject object = value.toObject();
        const QJsonValue mode = object.value(u"mode"_s);
        if (!mode.isString() || !proxyModeFromId(mode.toString(), &proxy.mode)) {
            *m_errors << tr("\"proxy\": \"mode\" must be \"system\", \"none\", \"http\" or \"socks5\".");
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (looksLikeSecretKey(it.key()))
                *m_warnings << tr("\"proxy\": \"%1\" was ignored: a proxy password is never imported from a file. "
                                  "Type it in the app and let it remember it in the keychain.")
                                   .arg(it.key());
        }
        if (!proxy.isExplicit())
            return;
        const QJsonValue host = object.value(u"host"_s);
        const bool hostIsText = host.isString() && !hasBrokenText(host.toString());
        if (!hostIsText)
            *m_errors << tr("\"proxy\": \"host\" must be the proxy's host name or IP address.");
        else
            proxy.host = host.toString().trimmed();
        const QJsonValue port = object.value(u"port"_s);
        const double number = port.toDouble(-1);
        if (!port.isDouble() || number != std::floor(number) || number < 1 || number > 65535) {
            *m_errors << tr("\"proxy\": \"port\" must be a number from 1 to 65535.");
            return;
        }
        proxy.port = int(number);
        const QJsonValue user = object.value(u"username"_s);
        if (user.isString() && !hasBrokenText(user.toString()))
            proxy.username = user.toString().trimmed();
        else if (!user.isUndefined() && !user.isNull())
            *m_errors << tr("\"proxy\": \"username\" must be text, not %1.").arg(typeName(user));
        const QString problem = ProxyFactory::validate(proxy);
        if (!problem.isEmpty() && hostIsText)
            *m_errors << tr("\"proxy\": %1").arg(problem);
    }

    void readUrl(Profile &profile)
    {
        const Environment *environment = nullptr;
        const QJsonValue environmentValue = m_object.value(u"environment"_s);
        if (environmentValue.isString()) {
            environment = Environments::find(environmentValue.toString());
            if (!environment)
                *m_errors << tr("Unknown environment \"%1\"; see zuora-check --list-environments.")
                                 .arg(environmentValue.toString());
        } else if (!environmentValue.isUndefined() && !environmentValue.isNull()) {
            *m_errors << tr("\"environment\" must be text or null, not %1.").arg(typeName(environmentValue));
        }

        const QJsonValue urlValue = m_object.value(u"baseUrl"_s);
        if (urlValue.isUndefined() || urlValue.isNull() || (urlValue.isString() && urlValue.toString().trimmed().isEmpty())) {
            if (environment)
                profile.settings.baseUrl = environment->baseUrl.toString();
            else if (environmentValue.isUndefined() || environmentValue.isNull())
                *m_errors << tr("It has no baseUrl (nor an environment).");
            return;
        }
        if (!urlValue.isString()) {
            *m_errors << tr("\"%1\" must be text, not %2.").arg(u"baseUrl"_s, typeName(urlValue));
            return;
        }
        const QString url = urlValue.toString();
        if (hasBrokenText(url)) {
            *m_errors << tr("\"%1\" holds an invalid character (a lone UTF-16 surrogate).").arg(u"baseUrl"_s);
            return;
        }
        const NormalizedUrl normalized = Environments::normalize(url);
        if (!normalized.ok()) {
            *m_errors << tr("baseUrl: %1").arg(normalized.error);
            return;
        }
        if (environment && normalized.url != environment->baseUrl) {
            *m_errors << tr("\"environment\" is %1 (%2) but \"baseUrl\" is %3; give one, or make them agree.")
                             .arg(environment->id, environment->baseUrl.toString(), normalized.url.toString());
            return;
        }
        profile.settings.baseUrl = url.trimmed();
    }

    const QJsonObject &m_object;
    QStringList *m_errors;
    QStringList *m_warnings;
};

} // namespace

QString ImportIssue::text() const
{
    if (entry < 0)
        return line > 0 ? ProfileExchange::tr("Line %1: %2").arg(line).arg(message) : message;
    const QString where = name.isEmpty()
        ? ProfileExchange::tr("Entry %1 (line %2)").arg(entry + 1).arg(line)
        : ProfileExchange::tr("Entry %1 (line %2, \"%3\")").arg(entry + 1).arg(line).arg(name);
    return where + u": "_s + message;
}

QStringList ImportPlan::errorTexts() const
{
    QStringList texts;
    if (!fileError.isEmpty())
        texts << fileError;
    for (const ImportIssue &issue : errors)
        texts << issue.text();
    return texts;
}

QByteArray ProfileExchange::exportProfiles(const QList<Profile> &profiles)
{
    // Written by hand rather than by QJsonDocument, which sorts keys: a person reads this file,
    // and "format" and "version" belong at the top, "name" first in each entry.
    QByteArray out = "{\n  \"format\": " + jsonText(QString(FormatId)) + ",\n  \"version\": "
        + QByteArray::number(FormatVersion) + ",\n  \"profiles\": [";
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        const ConnectionSettings &settings = profile.settings;
        const NormalizedUrl base = Environments::normalize(settings.baseUrl);
        const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr;
        const QJsonValue timeout = settings.timeoutMs % 1000 == 0 ? QJsonValue(settings.timeoutMs / 1000)
                                                                  : QJsonValue(settings.timeoutMs / 1000.0);
        QList<QPair<const char *, QJsonValue>> fields = {
            {"name", profile.name},
            {"baseUrl", settings.baseUrl},
            {"environment", environment ? QJsonValue(environment->id) : QJsonValue(QJsonValue::Null)},
            {"authMode", AuthMethod::of(settings.authMode).idString()},
            {"username", settings.username},
            {"entityId", settings.entityId},
            {"trackId", settings.trackId},
            {"caFile", settings.caFile},
            {"timeoutSeconds", timeout},
        };
        if (settings.authMode == AuthMode::SoapLogin || !settings.wsdlVersion.isEmpty())
            fields.append({"wsdlVersion", settings.wsdlVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(settings.wsdlVersion)});
        if (settings.proxy.mode != ProxyMode::System) {
            QJsonObject proxy{{u"mode"_s, proxyModeId(settings.proxy.mode)}};
            if (settings.proxy.isExplicit()) {
                proxy[u"host"_s] = settings.proxy.host;
                proxy[u"port"_s] = settings.proxy.port;
                proxy[u"username"_s] = settings.proxy.username;
            }
            fields.append({"proxy", proxy});
        }
        out += i == 0 ? "\n    {" : ",\n    {";
        for (qsizetype f = 0; f < fields.size(); ++f) {
            out += f == 0 ? "\n      \"" : ",\n      \"";
            out += fields.at(f).first;
            out += "\": " + jsonText(fields.at(f).second);
        }
        out += "\n    }";
    }
    out += profiles.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

bool ProfileExchange::writeFile(const QString &path, const QList<Profile> &profiles, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = exportProfiles(profiles);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The profiles could not be written to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ImportPlan ProfileExchange::parseFile(const QString &path, const QList<Profile> &existing)
{
    ImportPlan plan;
    QFile file(path);
    const qint64 size = QFileInfo(path).size();
    if (size > MaxFileBytes) {
        plan.fileError = tr("%1 is %2 MB; a profiles file is at most %3 MB. Is it the right file?")
                             .arg(path, QString::number(size / (1024.0 * 1024.0), 'f', 1),
                                  QString::number(MaxFileBytes / (1024 * 1024)));
        return plan;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        plan.fileError = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return plan;
    }
    // Read one byte past the cap: a file that grew since it was measured is still refused.
    return parse(file.read(MaxFileBytes + 1), existing);
}

ImportPlan ProfileExchange::parse(const QByteArray &input, const QList<Profile> &existing)
{
    ImportPlan plan;
    if (input.size() > MaxFileBytes) {
        plan.fileError = tr("The file is larger than %1 MB; a profiles file is much smaller. Is it the right file?")
                             .arg(MaxFileBytes / (1024 * 1024));
        return plan;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);   // a BOM some editors add; JSON does not want it, people do not see it
    if (bytes.trimmed().isEmpty()) {
        plan.fileError = tr("The file is empty.");
        return plan;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        plan.fileError = tr("This is not a profiles file: it is not valid JSON (line %1: %2).")
                             .arg(lineAt(bytes, parseError.offset))
                             .arg(parseError.errorString());
        return plan;
    }
    if (!document.isObject()) {
        plan.fileError = tr("This is not a profiles file: it holds no JSON object.");
        return plan;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != FormatId) {
        plan.fileError = tr("This is not a profiles file of Zuora Credential Tester: its \"format\" is not \"%1\".")
                             .arg(FormatId);
        return plan;
    }
    const QJsonValue versionValue = root.value(u"version"_s);
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != std::floor(version) || version < 1) {
        plan.fileError = tr("The file has no valid \"version\"; this app reads version %1.").arg(FormatVersion);
        return plan;
    }
    if (version > FormatVersion) {
        plan.fileError = tr("The file was written by a newer Zuora Credential Tester (format version %1); this version "
                            "reads version %2. Update the app to import it.")
                             .arg(version, 0, 'f', 0)   // a double: 1e35 does not fit an integer
                             .arg(FormatVersion);
        return plan;
    }
    const QJsonValue profilesValue = root.value(u"profiles"_s);
    if (!profilesValue.isArray()) {
        plan.fileError = tr("The file has no list of \"profiles\".");
        return plan;
    }

    const QJsonArray entries = profilesValue.toArray();
    const QList<int> lines = entryLines(bytes);
    plan.entryCount = int(entries.size());
    QHash<QString, int> seenNames;   // lower-cased name -> index in plan.entries
    for (int index = 0; index < entries.size(); ++index) {
        const int line = index < lines.size() ? lines.at(index) : 0;
        const QJsonValue value = entries.at(index);
        if (!value.isObject()) {
            plan.errors << ImportIssue{index, line, QString(), tr("It is %1, not an object.").arg(typeName(value))};
            continue;
        }
        QStringList errors;
        QStringList warnings;
        const QJsonObject object = value.toObject();
        EntryReader reader(object, &errors, &warnings);
        Profile profile = reader.read();
        const QString shownName = profile.name.isEmpty() ? object.value(u"name"_s).toString() : profile.name;

        const QString folded = profile.name.toCaseFolded();
        if (!profile.name.isEmpty() && seenNames.contains(folded)) {
            const ImportEntry &first = plan.entries.at(seenNames.value(folded));
            errors << tr("Entry %1 (line %2) of this file has the same name.").arg(first.entry + 1).arg(first.line);
        }
        for (const QString &message : std::as_const(warnings))
            plan.warnings << ImportIssue{index, line, shownName, message};
        if (!errors.isEmpty()) {
            for (const QString &message : std::as_const(errors))
                plan.errors << ImportIssue{index, line, shownName, message};
            continue;
        }
        seenNames.insert(folded, int(plan.entries.size()));
        plan.entries << ImportEntry{index, line, profile};
        if (const Profile *taken = ProfileStore::findByName(existing, profile.name))
            plan.clashes << NameClash{index, line, profile.name, taken->id, taken->name};
    }
    return plan;
}

ImportOutcome ProfileExchange::apply(const ImportPlan &plan, const ImportChoices &choices, ProfileStore &store)
{
    ImportOutcome outcome;
    if (!plan.fileError.isEmpty()) {
        outcome.error = plan.fileError;
        return outcome;
    }
    QList<int> entriesInError;
    for (const ImportIssue &issue : plan.errors) {
        if (!entriesInError.contains(issue.entry))
            entriesInError << issue.entry;
    }
    if (!entriesInError.isEmpty() && !choices.applyValidEntriesOnly) {
        outcome.error = tr("%n entries of the file have errors; nothing was imported.", nullptr, int(entriesInError.size()));
        return outcome;
    }
    outcome.leftOut = int(entriesInError.size());

    for (const ImportEntry &entry : plan.entries) {
        const Profile *taken = store.findByName(entry.profile.name);
        if (!taken) {
            store.upsert(entry.profile);
            ++outcome.added;
            outcome.profileIds << entry.profile.id;
            continue;
        }
        const Profile existing = *taken;
        const NameClash clash{entry.entry, entry.line, entry.profile.name, existing.id, existing.name};
        const ClashChoice choice = choices.resolve ? choices.resolve(clash) : choices.defaultChoice;
        switch (choice) {
        case ClashChoice::Skip:
            ++outcome.skipped;
            break;
        case ClashChoice::Rename: {
            Profile renamed = entry.profile;
            renamed.name = store.uniqueName(entry.profile.name);
            store.upsert(renamed);
            ++outcome.added;
            ++outcome.renamed;
            outcome.profileIds << renamed.id;
            break;
        }
        case ClashChoice::Replace: {
            // The existing profile keeps its id, so its history and keychain entry stay attached.
            Profile replaced = existing;
            replaced.name = entry.profile.name;
            replaced.settings = entry.profile.settings;
            if (!(replaced.settings == existing.settings)) {
                replaced.lastVerified = QDateTime();
                replaced.lastTested = QDateTime();
                replaced.lastVerdict = Verdict::Error;
            }
            const bool sameLogin = replaced.settings.username == existing.settings.username
                && replaced.settings.authMode == existing.settings.authMode
                && replaced.settings.baseUrl.trimmed() == existing.settings.baseUrl.trimmed();
            if (!sameLogin && existing.rememberSecret) {
                replaced.rememberSecret = false;
                outcome.secretsToForget << existing.id;
            }
            const ProxySettings &before = existing.settings.proxy;
            const ProxySettings &after = replaced.settings.proxy;
            if (before.isExplicit() && !before.username.isEmpty()
                && (after.mode != before.mode || after.host != before.host || after.port != before.port
                    || after.username != before.username))
                outcome.proxySecretsToForget << proxySecretKey(existing.id);
            store.upsert(replaced);
            ++outcome.replaced;
            outcome.profileIds << existing.id;
            break;
        }
        }
    }
    outcome.applied = true;
    return outcome;
}

} // namespace zct
