#include "ProfileStore.h"

#include "AuthMethod.h"
#include "Outcome.h"
#include "SoapLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

const QString kSchemaVersion = u"schemaVersion"_s;
const QString kLastProfileId = u"lastProfileId"_s;
const QString kProfiles = u"profiles"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kSplitter = u"window/splitter"_s;
const QString kVersion1Group = u"Profiles"_s;

QString timeToText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool replaceFile(const QString &from, const QString &to)
{
    // std::rename replaces the target atomically on POSIX; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    QFile::remove(to);
    return QFile::rename(from, to);
}

} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles.ini"_s
                 : path)
{
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/ZuoraCredentialTester/zuora-credential-tester/profiles.ini"_s;
}

QString ProfileStore::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (QFile::rename(path, target))
        return target;
    // Renaming can fail where copying works (an odd file system); the bytes must survive either way.
    if (QFile::copy(path, target) && QFile::remove(path))
        return target;
    QFile::remove(target);
    return QString();
}

bool ProfileStore::setAside(const QString &reason)
{
    m_profiles.clear();
    m_lastProfileId.clear();
    m_geometry.clear();
    m_splitter.clear();
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_onDamage == OnDamage::Leave) {
        m_problem = tr("The profiles file %1 cannot be used (%2); it was left as it is.").arg(file, reason);
        return false;
    }
    m_backupPath = moveAside(m_path);
    if (m_backupPath.isEmpty()) {
        m_problem = tr("The profiles file %1 could not be used (%2) and could not be moved aside either; "
                       "the app starts with no profiles. Move the file away yourself before saving profiles.")
                        .arg(file, reason);
    } else {
        m_problem = tr("The profiles file %1 could not be used (%2). It was kept unchanged as %3, "
                       "and the app starts with no profiles.")
                        .arg(file, reason, QDir::toNativeSeparators(m_backupPath));
    }
    return false;
}

bool ProfileStore::load(OnDamage onDamage)
{
    m_onDamage = onDamage;
    m_problem.clear();
    m_backupPath.clear();
    m_loadedVersion = 0;
    m_profiles.clear();
    m_lastProfileId.clear();
    m_geometry.clear();
    m_splitter.clear();

    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return setAside(tr("it cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    if (bytes.trimmed().isEmpty())
        return true;
    // QSettings escapes every byte it writes, so a raw NUL means the file is not ours any more.
    if (bytes.contains('\0'))
        return setAside(tr("it is not a text file"));

    // QSettings caches parsed files by path and re-reads only when size or modification time
    // change; parsing a private copy guarantees that what is parsed is exactly these bytes.
    QTemporaryFile copy(QDir::tempPath() + u"/zct-profiles-XXXXXX.ini"_s);
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return setAside(tr("it cannot be read: %1").arg(copy.errorString()));
    copy.close();
    QSettings settings(copy.fileName(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return setAside(tr("it is not a valid settings file"));

    int skipped = 0;
    const QVariant versionValue = settings.value(kSchemaVersion);
    if (!versionValue.isValid()) {
        // v1 wrote no version; anything else without one is not a profiles file.
        if (!settings.childGroups().contains(kVersion1Group))
            return setAside(tr("it holds no profiles in a known format"));
        readVersion1(settings, &skipped);
    } else {
        bool isNumber = false;
        const int version = versionValue.toString().toInt(&isNumber);
        if (!isNumber || version < 1)
            return setAside(tr("its schema version \"%1\" is not a version number").arg(versionValue.toString()));
        if (version > SchemaVersion) {
            // Never overwrite what a newer release wrote: it may hold fields this one would drop.
            return setAside(tr("it was written by a newer version of this app: schema %1, this version reads up to %2")
                                .arg(version)
                                .arg(SchemaVersion));
        }
        if (version == 1) {
            readVersion1(settings, &skipped);
        } else if (!readCurrent(settings, &skipped)) {
            return setAside(tr("its list of profiles is damaged or cut short"));
        }
    }

    if (!m_lastProfileId.isEmpty() && !find(m_lastProfileId))
        m_lastProfileId.clear();
    if (skipped > 0)
        m_problem = tr("%n saved profile(s) had no name or an unusable id and were left out.", nullptr, skipped);
    return true;
}

bool ProfileStore::readCurrent(QSettings &settings, int *skipped)
{
    m_loadedVersion = SchemaVersion;
    m_lastProfileId = settings.value(kLastProfileId).toString();
    m_geometry = settings.value(kGeometry).toByteArray();
    m_splitter = settings.value(kSplitter).toByteArray();

    // QSettings sorts keys and writes "size" last: a truncated file loses it, or leaves entries
    // that "size" does not account for. Either way the list cannot be trusted.
    settings.beginGroup(kProfiles);
    const QStringList groups = settings.childGroups();
    const bool hasSize = settings.contains(u"size"_s);
    bool sizeIsNumber = false;
    const int size = settings.value(u"size"_s).toString().toInt(&sizeIsNumber);
    settings.endGroup();
    if (groups.isEmpty() && !hasSize)
        return true;
    if (!hasSize || !sizeIsNumber || size < 0 || groups.size() != size)
        return false;
    for (const QString &group : groups) {
        bool isIndex = false;
        const int index = group.toInt(&isIndex);
        if (!isIndex || index < 1 || index > size)
            return false;
    }

    QList<Profile> loaded;
    settings.beginReadArray(kProfiles);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        if (!settings.contains(u"id"_s) && !settings.contains(u"name"_s)) {
            settings.endArray();
            return false;
        }
        Profile profile;
        profile.id = settings.value(u"id"_s).toString().trimmed();
        profile.name = settings.value(u"name"_s).toString();
        profile.settings.baseUrl = settings.value(u"baseUrl"_s).toString();
        const QString mode = settings.value(u"authMode"_s).toString();
        profile.settings.username = settings.value(u"username"_s).toString();
        profile.settings.entityId = settings.value(u"entityId"_s).toString();
        profile.settings.trackId = settings.value(u"trackId"_s).toString();
        // A version that is not one (a hand edit) falls back to the default rather than breaking the profile.
        profile.settings.wsdlVersion = SoapLogin::normalizedVersion(settings.value(u"wsdlVersion"_s).toString());
        profile.settings.caFile = settings.value(u"caFile"_s).toString();
        bool timeoutIsNumber = false;
        const int timeout = settings.value(u"timeoutMs"_s).toString().toInt(&timeoutIsNumber);
        if (timeoutIsNumber && timeout > 0)
            profile.settings.timeoutMs = timeout;
        profile.rememberSecret = settings.value(u"rememberSecret"_s).toBool();
        const QString proxyMode = settings.value(u"proxyMode"_s).toString();
        const bool knownProxyMode = proxyMode.isEmpty() || proxyModeFromId(proxyMode, &profile.settings.proxy.mode);
        profile.settings.proxy.host = settings.value(u"proxyHost"_s).toString();
        bool proxyPortIsNumber = false;
        const int proxyPort = settings.value(u"proxyPort"_s).toString().toInt(&proxyPortIsNumber);
        if (proxyPortIsNumber && proxyPort > 0 && proxyPort <= 65535)
            profile.settings.proxy.port = proxyPort;
        profile.settings.proxy.username = settings.value(u"proxyUser"_s).toString();
        profile.lastVerified = timeFromText(settings.value(u"lastVerified"_s).toString());
        profile.lastTested = timeFromText(settings.value(u"lastTested"_s).toString());
        if (!OutcomeText::verdictFromId(settings.value(u"lastVerdict"_s).toString(), &profile.lastVerdict))
            profile.lastVerdict = Verdict::Error;

        const AuthMethod *method = mode.isEmpty() ? &AuthMethod::of(AuthMode::SessionLogin) : AuthMethod::fromId(mode);
        const bool knownMode = method != nullptr;
        const bool duplicate = std::any_of(loaded.cbegin(), loaded.cend(),
                                           [&](const Profile &p) { return p.id == profile.id; });
        if (!profile.isValid() || !knownMode || !knownProxyMode || duplicate) {
            ++*skipped;
            continue;
        }
        profile.settings.authMode = method->mode;
        loaded << profile;
    }
    settings.endArray();
    m_profiles = loaded;
    return true;
}

void ProfileStore::readVersion1(QSettings &settings, int *skipped)
{
    m_loadedVersion = 1;
    settings.beginGroup(kVersion1Group);
    const QStringList names = settings.childGroups();
    for (const QString &name : names) {
        settings.beginGroup(name);
        Profile profile;   // v1 had no ids: each migrated profile gets a new one
        profile.name = name.trimmed();
        profile.settings.baseUrl = settings.value(u"url"_s).toString();
        profile.settings.username = settings.value(u"user"_s).toString();
        profile.settings.entityId = settings.value(u"entity"_s).toString();
        profile.settings.authMode = settings.value(u"oauth"_s).toBool() ? AuthMode::OAuthClientCredentials
                                                                         : AuthMode::SessionLogin;
        profile.rememberSecret = settings.value(u"remember"_s).toBool();
        settings.endGroup();
        if (!profile.isValid()) {
            ++*skipped;
            continue;
        }
        profile.name = uniqueName(profile.name);   // v1 told "Acme" and "acme" apart; we do not
        m_profiles << profile;
    }
    settings.endGroup();
}

bool ProfileStore::save() const
{
    m_saveError.clear();
    const QFileInfo target(m_path);
    if (!QDir().mkpath(target.absolutePath())) {
        m_saveError = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }

    // QSettings edits a file in place and keeps keys it did not touch; writing a fresh file next
    // to the real one and renaming it over gives a clean file and an atomic switch. A unique name
    // also keeps QSettings' per-path cache out of the way.
    QTemporaryFile temp(m_path + u".XXXXXX.new"_s);
    temp.setAutoRemove(false);
    if (!temp.open()) {
        m_saveError = tr("A temporary file next to %1 cannot be created: %2")
                          .arg(QDir::toNativeSeparators(m_path), temp.errorString());
        return false;
    }
    const QString tempPath = temp.fileName();
    temp.close();

    QSettings::Status status = QSettings::NoError;
    {
        QSettings out(tempPath, QSettings::IniFormat);
        out.setValue(kSchemaVersion, SchemaVersion);
        if (!m_lastProfileId.isEmpty())
            out.setValue(kLastProfileId, m_lastProfileId);
        out.beginWriteArray(kProfiles, int(m_profiles.size()));
        for (int i = 0; i < m_profiles.size(); ++i) {
            const Profile &profile = m_profiles.at(i);
            out.setArrayIndex(i);
            out.setValue(u"id"_s, profile.id);
            out.setValue(u"name"_s, profile.name);
            out.setValue(u"baseUrl"_s, profile.settings.baseUrl);
            out.setValue(u"authMode"_s, AuthMethod::of(profile.settings.authMode).idString());
            out.setValue(u"username"_s, profile.settings.username);
            out.setValue(u"entityId"_s, profile.settings.entityId);
            out.setValue(u"trackId"_s, profile.settings.trackId);
            if (!profile.settings.wsdlVersion.isEmpty())
                out.setValue(u"wsdlVersion"_s, profile.settings.wsdlVersion);
            out.setValue(u"caFile"_s, profile.settings.caFile);
            out.setValue(u"timeoutMs"_s, profile.settings.timeoutMs);
            out.setValue(u"rememberSecret"_s, profile.rememberSecret);
            const ProxySettings &proxy = profile.settings.proxy;
            if (!(proxy == ProxySettings())) {   // the default (System) leaves the keys out
                out.setValue(u"proxyMode"_s, proxyModeId(proxy.mode));
                out.setValue(u"proxyHost"_s, proxy.host);
                out.setValue(u"proxyPort"_s, proxy.port);
                out.setValue(u"proxyUser"_s, proxy.username);
            }
            out.setValue(u"lastVerified"_s, timeToText(profile.lastVerified));
            out.setValue(u"lastTested"_s, timeToText(profile.lastTested));
            out.setValue(u"lastVerdict"_s, OutcomeText::verdictId(profile.lastVerdict));
        }
        out.endArray();
        if (!m_geometry.isEmpty())
            out.setValue(kGeometry, m_geometry);
        if (!m_splitter.isEmpty())
            out.setValue(kSplitter, m_splitter);
        out.sync();
        status = out.status();
    }
    if (status != QSettings::NoError) {
        QFile::remove(tempPath);
        m_saveError = tr("The profiles could not be written next to %1.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!replaceFile(tempPath, m_path)) {
        QFile::remove(tempPath);
        m_saveError = tr("The profiles file %1 could not be replaced.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

const Profile *ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

const Profile *ProfileStore::findByName(const QList<Profile> &profiles, const QString &name)
{
    const QString wanted = name.trimmed();
    const Profile *caseless = nullptr;
    for (const Profile &profile : profiles) {
        const QString candidate = profile.name.trimmed();
        if (candidate == wanted)
            return &profile;
        if (!caseless && candidate.compare(wanted, Qt::CaseInsensitive) == 0)
            caseless = &profile;
    }
    return caseless;
}

void ProfileStore::upsert(const Profile &profile)
{
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            return;
        }
    }
    m_profiles << profile;
}

bool ProfileStore::remove(const QString &id)
{
    const auto removed = m_profiles.removeIf([&](const Profile &profile) { return profile.id == id; });
    if (removed > 0 && m_lastProfileId == id)
        m_lastProfileId.clear();
    return removed > 0;
}

QString ProfileStore::uniqueName(const QString &wanted) const
{
    QString base = wanted.trimmed();
    if (base.isEmpty())
        base = tr("Profile");
    if (!findByName(base))
        return base;
    // "Acme (2)" taken too: continue from "Acme (3)" rather than making "Acme (2) (2)".
    static const QRegularExpression numbered(u"^(.*\\S)\\s+\\((\\d+)\\)$"_s);
    const QRegularExpressionMatch match = numbered.match(base);
    int n = 2;
    if (match.hasMatch()) {
        base = match.captured(1);
        n = match.captured(2).toInt() + 1;
    }
    QString candidate;
    do {
        candidate = u"%1 (%2)"_s.arg(base, QString::number(n++));
    } while (findByName(candidate));
    return candidate;
}

} // namespace zct
