#pragma once

#include "ConnectionResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zct {

// One line of history: what a person needs to see a trend; no secret, no cookie value,
// no token, no body.
struct HistoryEntry
{
    QDateTime when;        // UTC
    Verdict verdict = Verdict::Error;
    QString errorKind;     // errorKindId()
    int httpStatus = 0;
    QString firstCode;
    double durationMs = -1;
    QString summary;       // the result's one-line cause

    friend bool operator==(const HistoryEntry &a, const HistoryEntry &b)
    {
        return a.when == b.when && a.verdict == b.verdict && a.errorKind == b.errorKind && a.httpStatus == b.httpStatus
            && a.firstCode == b.firstCode && qFuzzyCompare(1.0 + a.durationMs, 1.0 + b.durationMs) && a.summary == b.summary;
    }
};

// The last N results per profile in a JSON file (QStandardPaths AppDataLocation/history.json
// by default), written with QSaveFile. A corrupted file is set aside and history starts empty.
class HistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    static constexpr int DefaultLimit = 50;
    explicit HistoryStore(const QString &path = QString(), int limitPerProfile = DefaultLimit);

    // Like ProfileStore::load(): false only when an existing file was unusable and set aside.
    bool load();
    bool save() const;
    QString saveError() const { return m_saveError; }   // why the last save() failed
    QString path() const { return m_path; }
    QString problem() const { return m_problem; }
    QString backupPath() const { return m_backupPath; }
    int limitPerProfile() const { return m_limit; }

    static HistoryEntry entryFor(const ConnectionResult &result);
    void add(const QString &profileId, const HistoryEntry &entry);   // newest first; trims to the limit
    QList<HistoryEntry> entries(const QString &profileId) const;
    void removeProfile(const QString &profileId);
    QStringList profileIds() const { return m_entries.keys(); }

private:
    bool setAside(const QString &reason);

    QString m_path;
    QString m_problem;
    QString m_backupPath;
    mutable QString m_saveError;
    int m_limit;
    QHash<QString, QList<HistoryEntry>> m_entries;
};

} // namespace zct
