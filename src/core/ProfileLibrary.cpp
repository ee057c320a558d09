#include "ProfileLibrary.h"

#include "Outcome.h"
#include "SecretStore.h"

#include <QDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace zct {

ProfileLibrary::ProfileLibrary(SecretStore *secrets, const QString &profilesPath, const QString &historyPath,
                               Access access, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(profilesPath)
    , m_history(historyPath)
    , m_access(access)
{
    m_outcomeSave.setSingleShot(true);
    m_outcomeSave.setInterval(OutcomeSaveDelayMs);
    connect(&m_outcomeSave, &QTimer::timeout, this, &ProfileLibrary::saveAll);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::writeFinished, this,
                [this](int requestId, const QString &key, SecretStore::Status status, const QString &errorText) {
                    onSecretWritten(requestId, key, int(status), errorText);
                });
    }
}

ProfileLibrary::~ProfileLibrary()
{
    flush();
}

bool ProfileLibrary::load()
{
    const bool profilesOk =
        m_store.load(m_access == Access::ReadOnly ? ProfileStore::OnDamage::Leave : ProfileStore::OnDamage::MoveAside);
    if (m_access == Access::ReadWrite)
        m_history.load();
    return profilesOk;
}

QString ProfileLibrary::problem() const
{
    QStringList problems;
    if (!m_store.problem().isEmpty())
        problems << m_store.problem();
    if (!m_history.problem().isEmpty())
        problems << m_history.problem();
    return problems.join(u' ');
}

QList<Profile> ProfileLibrary::profiles() const
{
    return m_store.profiles() + m_demo;
}

const Profile *ProfileLibrary::find(const QString &id) const
{
    if (const Profile *saved = m_store.find(id))
        return saved;
    for (const Profile &demo : m_demo) {
        if (demo.id == id)
            return &demo;
    }
    return nullptr;
}

const Profile *ProfileLibrary::findByName(const QString &name) const
{
    if (const Profile *saved = m_store.findByName(name))
        return saved;
    return ProfileStore::findByName(m_demo, name);
}

QString ProfileLibrary::uniqueName(const QString &wanted) const
{
    const QString base = wanted.trimmed().isEmpty() ? tr("Profile") : wanted.trimmed();
    const QList<Profile> all = profiles();
    QString candidate = base;
    for (int n = 2; ProfileStore::findByName(all, candidate); ++n)
        candidate = u"%1 (%2)"_s.arg(base).arg(n);
    return candidate;
}

Profile ProfileLibrary::add(Profile profile)
{
    if (profile.id.isEmpty() || contains(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = uniqueName(profile.name);
    if (profile.demo) {
        m_demo << profile;
        m_demoSecrets.insert(profile.id, QString());
    } else {
        m_store.upsert(profile);
        saveProfiles();
    }
    Q_EMIT profileAdded(profile.id);
    return profile;
}

bool ProfileLibrary::update(const Profile &profile)
{
    if (profile.demo || isDemo(profile.id)) {
        for (Profile &demo : m_demo) {
            if (demo.id == profile.id) {
                demo.name = profile.name;
                demo.settings = profile.settings;
                Q_EMIT profileChanged(profile.id);
                return true;
            }
        }
        return false;
    }
    const Profile *saved = m_store.find(profile.id);
    if (!saved)
        return false;
    Profile updated = *saved;
    updated.name = profile.name.trimmed().isEmpty() ? saved->name : profile.name;
    updated.settings = profile.settings;
    updated.rememberSecret = profile.rememberSecret;
    if (updated == *saved)
        return true;
    m_store.upsert(updated);
    const bool ok = saveProfiles();
    Q_EMIT profileChanged(profile.id);
    return ok;
}

bool ProfileLibrary::rename(const QString &id, const QString &name)
{
    const Profile *profile = find(id);
    if (!profile || name.trimmed().isEmpty())
        return false;
    if (profile->name == name)
        return true;
    Profile renamed = *profile;
    const Profile *taken = findByName(name);
    renamed.name = taken && taken->id != id ? uniqueName(name) : name;
    return update(renamed);
}

Profile ProfileLibrary::duplicate(const QString &id)
{
    const Profile *original = find(id);
    if (!original) {
        Profile none;
        none.id.clear();
        return none;
    }
    Profile copy;
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.settings = original->settings;
    copy.rememberSecret = false;
    copy.demo = original->demo;
    if (copy.demo) {
        Profile added = add(copy);
        m_demoSecrets.insert(added.id, m_demoSecrets.value(id));
        return added;
    }
    return add(copy);
}

bool ProfileLibrary::remove(const QString &id)
{
    if (isDemo(id)) {
        m_demo.removeIf([&](const Profile &profile) { return profile.id == id; });
        m_demoSecrets.remove(id);
        m_demoHistory.remove(id);
        m_sessionResults.remove(id);
        Q_EMIT profileRemoved(id);
        return true;
    }
    const Profile *saved = m_store.find(id);
    if (!saved)
        return false;
    forgetSecrets(id);
    m_store.remove(id);
    m_history.removeProfile(id);
    m_sessionResults.remove(id);
    const bool ok = saveAll();
    Q_EMIT profileRemoved(id);
    return ok;
}

ImportOutcome ProfileLibrary::import(const ImportPlan &plan, const ImportChoices &choices)
{
    ImportOutcome outcome = ProfileExchange::apply(plan, choices, m_store);
    if (!outcome.applied)
        return outcome;
    if (m_secrets) {
        for (const QString &key : outcome.secretsToForget + outcome.proxySecretsToForget)
            m_secrets->deleteSecret(key);
    }
    for (const QString &id : outcome.profileIds)
        m_sessionResults.remove(id);   // a replaced profile's last result was for its old settings
    saveProfiles();
    Q_EMIT profilesReset();
    return outcome;
}

void ProfileLibrary::addDemo(Profile profile, const QString &secret)
{
    profile.demo = true;
    profile.rememberSecret = false;
    if (isDemo(profile.id)) {
        update(profile);
        m_demoSecrets.insert(profile.id, secret);
        return;
    }
    const Profile added = add(profile);
    m_demoSecrets.insert(added.id, secret);
}

QStringList ProfileLibrary::secretKeys(const QString &profileId)
{
    return {profileId, proxySecretKey(profileId)};
}

void ProfileLibrary::storeSecrets(const QString &id, const QString &secret, const QString &proxyPassword)
{
    const Profile *profile = m_store.find(id);
    if (!m_secrets || !profile || !profile->rememberSecret)
        return;
    if (!secret.isEmpty())
        m_pendingWrites.insert(m_secrets->writeSecret(id, secret), id);
    if (profile->settings.proxy.isExplicit() && !proxyPassword.isEmpty())
        m_pendingWrites.insert(m_secrets->writeSecret(proxySecretKey(id), proxyPassword), id);
    else if (!profile->settings.proxy.isExplicit())
        m_secrets->deleteSecret(proxySecretKey(id));
}

void ProfileLibrary::forgetSecrets(const QString &id)
{
    if (!m_secrets || isDemo(id))
        return;
    for (const QString &key : secretKeys(id))
        m_secrets->deleteSecret(key);
}

void ProfileLibrary::onSecretWritten(int requestId, const QString &, int status, const QString &errorText)
{
    const auto pending = m_pendingWrites.find(requestId);
    if (pending == m_pendingWrites.end())
        return;   // another part of the program wrote
    const QString id = pending.value();
    m_pendingWrites.erase(pending);
    if (SecretStore::Status(status) != SecretStore::Status::Ok)
        Q_EMIT secretProblem(id, SecretStore::describe(SecretStore::Status(status), errorText));
}

void ProfileLibrary::recordOutcome(const QString &id, const ConnectionResult &result)
{
    const Profile *profile = find(id);
    if (!profile)
        return;
    m_sessionResults.insert(id, result);
    if (OutcomeText::isVerdict(result)) {
        Profile stamped = *profile;
        const QDateTime now = result.startedAt.isValid() ? result.startedAt.toUTC() : QDateTime::currentDateTimeUtc();
        stamped.lastTested = now;
        stamped.lastVerdict = result.verdict;
        if (result.accepted())
            stamped.lastVerified = now;
        const HistoryEntry entry = HistoryStore::entryFor(result);
        if (stamped.demo) {
            for (Profile &demo : m_demo) {
                if (demo.id == id)
                    demo = stamped;
            }
            QList<HistoryEntry> &entries = m_demoHistory[id];
            entries.prepend(entry);
            if (entries.size() > m_history.limitPerProfile())
                entries.resize(m_history.limitPerProfile());
        } else {
            m_store.upsert(stamped);
            m_history.add(id, entry);
            if (m_access == Access::ReadWrite && !m_outcomeSave.isActive())
                m_outcomeSave.start();
        }
    }
    Q_EMIT outcomeRecorded(id);
}

const ConnectionResult *ProfileLibrary::sessionResult(const QString &id) const
{
    const auto found = m_sessionResults.constFind(id);
    return found == m_sessionResults.constEnd() ? nullptr : &found.value();
}

QList<HistoryEntry> ProfileLibrary::history(const QString &id) const
{
    if (isDemo(id))
        return m_demoHistory.value(id);
    return m_history.entries(id);
}

QStringList ProfileLibrary::historyProfileIds() const
{
    QStringList ids = m_history.profileIds();
    for (auto it = m_demoHistory.constBegin(); it != m_demoHistory.constEnd(); ++it)
        ids << it.key();
    return ids;
}

void ProfileLibrary::flush()
{
    if (m_outcomeSave.isActive()) {
        m_outcomeSave.stop();
        saveAll();
    }
}

bool ProfileLibrary::saveProfiles()
{
    if (m_access == Access::ReadOnly)
        return true;
    const bool ok = m_store.save();
    reportSave(ok, m_store.path(), m_store.saveError());
    return ok;
}

bool ProfileLibrary::saveAll()
{
    if (m_access == Access::ReadOnly)
        return true;
    m_outcomeSave.stop();
    if (!saveProfiles())
        return false;
    const bool ok = m_history.save();
    reportSave(ok, m_history.path(), m_history.saveError());
    return ok;
}

void ProfileLibrary::reportSave(bool ok, const QString &path, const QString &reason)
{
    if (ok) {
        m_saveError.clear();
        Q_EMIT saved();
        return;
    }
    m_saveError = tr("Could not save to %1: %2").arg(QDir::toNativeSeparators(path), reason);
    Q_EMIT saveFailed(m_saveError);
}

} // namespace zct
