#include "HistoryStore.h"

#include "Outcome.h"

#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr int kFileVersion = 1;

QJsonObject toJson(const HistoryEntry &entry)
{
    return QJsonObject{
        {u"when"_s, entry.when.toUTC().toString(Qt::ISODateWithMs)},
        {u"verdict"_s, OutcomeText::verdictId(entry.verdict)},
        {u"errorKind"_s, entry.errorKind},
        {u"httpStatus"_s, entry.httpStatus},
        {u"firstCode"_s, entry.firstCode},
        {u"durationMs"_s, entry.durationMs},
        {u"summary"_s, entry.summary},
    };
}

bool fromJson(const QJsonValue &value, HistoryEntry *entry)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    entry->when = QDateTime::fromString(object.value(u"when").toString(), Qt::ISODateWithMs).toUTC();
    if (!entry->when.isValid() || !OutcomeText::verdictFromId(object.value(u"verdict").toString(), &entry->verdict))
        return false;
    entry->errorKind = object.value(u"errorKind").toString();
    entry->httpStatus = object.value(u"httpStatus").toInt();
    entry->firstCode = object.value(u"firstCode").toString();
    entry->durationMs = object.value(u"durationMs").toDouble(-1);
    entry->summary = object.value(u"summary").toString();
    return true;
}

} // namespace

HistoryStore::HistoryStore(const QString &path, int limitPerProfile)
    : m_path(path.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.json"_s
                 : path)
    , m_limit(qMax(1, limitPerProfile))
{
}

HistoryEntry HistoryStore::entryFor(const ConnectionResult &result)
{
    // Field by field on purpose: the body, headers, cookies and token must never get here.
    HistoryEntry entry;
    entry.when = (result.startedAt.isValid() ? result.startedAt : QDateTime::currentDateTimeUtc()).toUTC();
    entry.verdict = result.verdict;
    entry.errorKind = errorKindId(result.errorKind);
    entry.httpStatus = result.httpStatus;
    entry.firstCode = result.firstCode();
    entry.durationMs = result.timings.finished < 0 ? -1 : std::round(result.timings.finished * 1000.0) / 1000.0;
    entry.summary = result.cause;
    return entry;
}

void HistoryStore::add(const QString &profileId, const HistoryEntry &entry)
{
    QList<HistoryEntry> &list = m_entries[profileId];
    list.prepend(entry);
    list.first().when = entry.when.toUTC();
    if (list.size() > m_limit)
        list.resize(m_limit);
}

QList<HistoryEntry> HistoryStore::entries(const QString &profileId) const
{
    return m_entries.value(profileId);
}

void HistoryStore::removeProfile(const QString &profileId)
{
    m_entries.remove(profileId);
}

bool HistoryStore::setAside(const QString &reason)
{
    m_entries.clear();
    m_backupPath = ProfileStore::moveAside(m_path);
    const QString file = QDir::toNativeSeparators(m_path);
    if (m_backupPath.isEmpty()) {
        m_problem = tr("The history file %1 could not be used (%2) and could not be moved aside either; "
                       "history starts empty.")
                        .arg(file, reason);
    } else {
        m_problem = tr("The history file %1 could not be used (%2). It was kept unchanged as %3, "
                       "and history starts empty.")
                        .arg(file, reason, QDir::toNativeSeparators(m_backupPath));
    }
    return false;
}

bool HistoryStore::load()
{
    m_problem.clear();
    m_backupPath.clear();
    m_entries.clear();

    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return setAside(tr("it cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    if (bytes.trimmed().isEmpty())
        return true;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return setAside(tr("it is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"profiles").isObject())
        return setAside(tr("it is not a history file"));
    const int version = root.value(u"version").toInt(-1);
    if (version > kFileVersion) {
        return setAside(tr("it was written by a newer version of this app: version %1, this version reads up to %2")
                            .arg(version)
                            .arg(kFileVersion));
    }
    if (version != kFileVersion)
        return setAside(tr("its version is missing or unknown"));

    int skipped = 0;
    const QJsonObject profiles = root.value(u"profiles").toObject();
    for (auto it = profiles.constBegin(); it != profiles.constEnd(); ++it) {
        if (!it.value().isArray()) {
            ++skipped;
            continue;
        }
        QList<HistoryEntry> list;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            HistoryEntry entry;
            if (!fromJson(value, &entry)) {
                ++skipped;
                continue;
            }
            if (list.size() < m_limit)
                list << entry;
        }
        if (!list.isEmpty())
            m_entries.insert(it.key(), list);
    }
    if (skipped > 0)
        m_problem = tr("%n history entry(ies) could not be read and were left out.", nullptr, skipped);
    return true;
}

bool HistoryStore::save() const
{
    m_saveError.clear();
    QJsonObject profiles;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        QJsonArray array;
        for (const HistoryEntry &entry : it.value())
            array.append(toJson(entry));
        if (!array.isEmpty())
            profiles.insert(it.key(), array);
    }
    const QJsonObject root{{u"version"_s, kFileVersion}, {u"profiles"_s, profiles}};

    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_saveError = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        m_saveError = tr("The history file %1 could not be written: %2")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

} // namespace zct
