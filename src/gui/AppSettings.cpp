#include "AppSettings.h"

#include "ProfileStore.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

constexpr auto kVersion = "version"_L1;
constexpr auto kGeometry = "window/geometry"_L1;
constexpr auto kProfileSplitter = "window/profileSplitter"_L1;
constexpr auto kResultSplitter = "window/resultSplitter"_L1;
constexpr auto kLastProfile = "session/lastProfileId"_L1;
constexpr auto kHistoryFilter = "history/filter"_L1;
constexpr auto kHistoryAll = "history/allProfiles"_L1;

} // namespace

AppSettings::AppSettings(const QString &path)
    : m_settings(path.isEmpty() ? defaultPath() : path, QSettings::IniFormat)
{
}

QString AppSettings::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"app-state.ini"_s);
}

int AppSettings::version() const
{
    return m_settings.value(kVersion, 0).toInt();
}

bool AppSettings::migrate(const ProfileStore &oldStore)
{
    if (version() >= Version)
        return false;
    bool took = false;
    if (!oldStore.windowGeometry().isEmpty() && windowGeometry().isEmpty()) {
        setWindowGeometry(oldStore.windowGeometry());
        took = true;
    }
    if (!oldStore.splitterState().isEmpty() && profileSplitter().isEmpty()) {
        setProfileSplitter(oldStore.splitterState());
        took = true;
    }
    if (!oldStore.lastProfileId().isEmpty() && lastProfileId().isEmpty()) {
        setLastProfileId(oldStore.lastProfileId());
        took = true;
    }
    m_settings.setValue(kVersion, Version);
    m_settings.sync();
    return took;
}

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray AppSettings::profileSplitter() const { return m_settings.value(kProfileSplitter).toByteArray(); }
void AppSettings::setProfileSplitter(const QByteArray &state) { m_settings.setValue(kProfileSplitter, state); }
QByteArray AppSettings::resultSplitter() const { return m_settings.value(kResultSplitter).toByteArray(); }
void AppSettings::setResultSplitter(const QByteArray &state) { m_settings.setValue(kResultSplitter, state); }
QString AppSettings::lastProfileId() const { return m_settings.value(kLastProfile).toString(); }
void AppSettings::setLastProfileId(const QString &id) { m_settings.setValue(kLastProfile, id); }

AppSettings::HistoryFilter AppSettings::historyFilter() const
{
    const int value = m_settings.value(kHistoryFilter, 0).toInt();
    return value >= 0 && value <= int(HistoryFilter::AcceptedOnly) ? HistoryFilter(value) : HistoryFilter::All;
}

void AppSettings::setHistoryFilter(HistoryFilter filter) { m_settings.setValue(kHistoryFilter, int(filter)); }
bool AppSettings::historyAllProfiles() const { return m_settings.value(kHistoryAll, false).toBool(); }
void AppSettings::setHistoryAllProfiles(bool all) { m_settings.setValue(kHistoryAll, all); }

} // namespace zct
