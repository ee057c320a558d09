#pragma once

#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zct {

class ProfileStore;

// Profiles to and from a file that people can read, mail to a colleague and keep in a repository.
//
// The format, version 1 (UTF-8 JSON; keys in this order when written, any order when read):
//
//   {
//     "format": "zuora-credential-tester-profiles",
//     "version": 1,
//     "profiles": [
//       {
//         "name": "Acme sandbox",                          required, unique (case-insensitively)
//         "baseUrl": "https://rest.apisandbox.zuora.com",  required unless "environment" is given;
//                                                          https, or http to this computer only
//         "environment": "us-sandbox-cloud2",              a preset id (zuora-check --list-environments)
//                                                          or null; when both are given they must agree
//         "authMode": "session",                           "session" (POST /v1/connections) or
//                                                          "oauth" (POST /oauth/token); default "session"
//         "username": "api.user@example.com",              the API user or OAuth client id; may be empty
//                                                          (a draft, as the app saves one), with a warning
//         "entityId": "",                                  optional: Zuora-Entity-Ids
//         "trackId": "",                                   optional: Zuora-Track-Id (64 US-ASCII, no : ; " ')
//         "caFile": "",                                    optional: an extra PEM CA on this computer
//         "timeoutSeconds": 30,                            optional: 0 < n <= 3600, default 30
//         "proxy": {                                       optional; absent or null: the system's proxy
//           "mode": "http",                                "system", "none" (direct), "http" or "socks5"
//           "host": "proxy.example.com",                   http and socks5: required
//           "port": 3128,                                  http and socks5: required, 1..65535
//           "username": "jane"                             optional; the password is never in the file
//         }                                                written only when the mode is not "system"
//       }
//     ]
//   }
//
// Never in the file: secrets (passwords, client secrets, tokens, cookies), profile ids, history,
// "last verified". A secret-looking key in an imported entry is ignored, with a warning. Other
// unknown keys are ignored, so a later minor addition stays readable; a higher "version" is refused.
//
// Import is two-phase so that a person can see everything before anything changes:
//   ImportPlan plan = ProfileExchange::parse(bytes, store.profiles());   // nothing changes
//   ... show plan.fileError, plan.errors (per entry, with the line where the entry starts),
//       plan.warnings and plan.clashes (names already taken) ...
//   ImportOutcome done = ProfileExchange::apply(plan, choices, store);  // changes the store in memory
//   store.save();                                                       // the caller saves
// A plan with a file error, or with any entry in error, changes nothing when applied, unless the
// caller sets ImportChoices::applyValidEntriesOnly, which imports the valid entries and leaves out
// the others. Name clashes are resolved one by one: rename (the imported profile gets "Name (2)"),
// replace (the existing profile takes the imported settings, keeping its id and history), or skip.
struct ImportIssue
{
    int entry = -1;          // index in the file's "profiles" array; -1 for the file as a whole
    int line = 0;            // 1-based line where that entry (or the problem) starts; 0 if unknown
    QString name;            // the entry's name when it has one
    QString message;         // what is wrong, in words
    QString text() const;    // "Entry 3 (line 17, "Acme"): ..." for people
};

struct ImportEntry
{
    int entry = -1;          // index in the file's "profiles" array
    int line = 0;
    Profile profile;         // a new id; rememberSecret false; no history
};

struct NameClash
{
    int entry = -1;          // index in the file's "profiles" array (ImportEntry::entry)
    int line = 0;
    QString importedName;
    QString existingId;
    QString existingName;
};

struct ImportPlan
{
    QString fileError;               // the file as a whole cannot be used: nothing else is filled in
    int entryCount = 0;              // entries in the file, valid or not
    QList<ImportEntry> entries;      // the valid ones, in file order
    QList<ImportIssue> errors;       // per entry; an entry in error is not in `entries`
    QList<ImportIssue> warnings;     // per entry; the entry is still valid
    QList<NameClash> clashes;        // valid entries whose name an existing profile already has

    bool isClean() const { return fileError.isEmpty() && errors.isEmpty(); }
    QStringList errorTexts() const;
};

enum class ClashChoice { Rename, Replace, Skip };

struct ImportChoices
{
    // Asked once per clash, in file order; when unset, defaultChoice applies to every clash.
    std::function<ClashChoice(const NameClash &)> resolve;
    ClashChoice defaultChoice = ClashChoice::Skip;
    bool applyValidEntriesOnly = false;   // import the valid entries of a plan that has errors
};

struct ImportOutcome
{
    bool applied = false;
    QString error;                   // why nothing was applied
    int added = 0;                   // new profiles, renamed ones included
    int renamed = 0;
    int replaced = 0;
    int skipped = 0;                 // clashes skipped
    int leftOut = 0;                 // entries in error, left out under applyValidEntriesOnly
    QStringList profileIds;          // ids of the profiles added or replaced, in file order
    // Replaced profiles whose user, URL or mode changed: their remembered secret was for the old
    // login, so rememberSecret was turned off; the caller should delete these keychain entries.
    QStringList secretsToForget;
    // Replaced profiles whose proxy (mode, host, port or user) changed while they had a proxy user:
    // the SecretStore keys (proxySecretKey(id)) of proxy passwords the caller should delete.
    QStringList proxySecretsToForget;
};

class ProfileExchange final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileExchange)
public:
    static constexpr QLatin1StringView FormatId{"zuora-credential-tester-profiles"};
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 5 * 1024 * 1024;

    static QByteArray exportProfiles(const QList<Profile> &profiles);
    // Atomically (QSaveFile): a failed write leaves any earlier file as it was.
    static bool writeFile(const QString &path, const QList<Profile> &profiles, QString *error);

    static ImportPlan parse(const QByteArray &bytes, const QList<Profile> &existing);
    // Refuses a file over MaxFileBytes before reading it.
    static ImportPlan parseFile(const QString &path, const QList<Profile> &existing);
    static ImportOutcome apply(const ImportPlan &plan, const ImportChoices &choices, ProfileStore &store);
};

} // namespace zct
