// Fuzzes profile import (ProfileExchange::parse) against two existing profiles, then applies the
// valid entries to an in-memory store (never saved) and checks that what was imported exports
// and imports again cleanly. Seeds: exported files (corpus/profileimport).

#include "FuzzSupport.h"

#include "ProfileExchange.h"
#include "ProfileStore.h"

using namespace Qt::StringLiterals;
using namespace zct;

namespace {

QList<Profile> existingProfiles()
{
    Profile sandbox;
    sandbox.name = u"Acme sandbox"_s;
    sandbox.settings.baseUrl = u"https://rest.apisandbox.zuora.com"_s;
    sandbox.settings.username = u"api.user@example.com"_s;
    sandbox.rememberSecret = true;
    Profile production;
    production.name = u"Acme production (EU)"_s;
    production.settings.baseUrl = u"https://rest.eu.zuora.com"_s;
    production.settings.authMode = AuthMode::OAuthClientCredentials;
    production.settings.username = u"6c7e2d4f-8a1b-4c3d-9e5f-0a1b2c3d4e5f"_s;
    production.settings.entityId = u"1a2b7a37-3e7d-4cb3-b0e2-883de9e766cc"_s;
    return {sandbox, production};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<Profile> existing = existingProfiles();
    const ImportPlan plan = ProfileExchange::parse(fuzz::bytes(data, size), existing);
    plan.errorTexts();
    for (const ImportIssue &issue : plan.warnings)
        issue.text();
    ZCT_FUZZ_CHECK(plan.fileError.isEmpty() || (plan.entries.isEmpty() && plan.errors.isEmpty()));
    ZCT_FUZZ_CHECK(plan.entries.size() <= plan.entryCount);

    // Never loaded or saved: apply() changes the store in memory only.
    ProfileStore store(u"/nonexistent/zct-fuzz/profiles.ini"_s);
    for (const Profile &profile : existing)
        store.upsert(profile);
    ImportChoices choices;
    choices.applyValidEntriesOnly = true;
    choices.defaultChoice = size % 2 ? ClashChoice::Rename : ClashChoice::Replace;
    const ImportOutcome outcome = ProfileExchange::apply(plan, choices, store);
    ZCT_FUZZ_CHECK(outcome.applied == plan.fileError.isEmpty());

    QList<Profile> imported;
    for (const ImportEntry &entry : plan.entries)
        imported << entry.profile;
    const ImportPlan again = ProfileExchange::parse(ProfileExchange::exportProfiles(imported), {});
    ZCT_FUZZ_CHECK(again.isClean());
    ZCT_FUZZ_CHECK(again.entries.size() == imported.size());
    return 0;
}
