#include "BatchResultsModel.h"

#include "Environments.h"
#include "Outcome.h"
#include "ResultJson.h"
#include "ShownText.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace zct {

namespace {

QString environmentName(const ConnectionSettings &settings)
{
    const NormalizedUrl base = Environments::normalize(settings.baseUrl);
    if (const Environment *environment = base.ok() ? Environments::match(base.url) : nullptr)
        return environment->displayName;
    return base.ok() ? base.url.host() : settings.baseUrl;
}

QString csvField(const QString &value)
{
    QString field = value;
    // A leading = + - @ would make a spreadsheet run it as a formula.
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.at(0)))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
    return field;
}

} // namespace

BatchResultsModel::BatchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchResultsModel::setProfiles(const QList<Profile> &profiles)
{
    beginResetModel();
    m_rows.clear();
    for (const Profile &profile : profiles)
        m_rows << Row{profile, false, {}, {}};
    m_done = 0;
    m_failed = 0;
    endResetModel();
}

void BatchResultsModel::setResult(int index, const ConnectionResult &result)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row &row = m_rows[index];
    if (!row.done) {
        ++m_done;
        if (!result.accepted())
            ++m_failed;
    }
    row.done = true;
    row.result = result;
    row.when = QDateTime::currentDateTimeUtc();
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchResultsModel::text(const Row &row, int column) const
{
    const ConnectionResult &result = row.result;
    switch (column) {
    case ProfileColumn: return row.profile.name;
    case Environment: return environmentName(row.profile.settings);
    case VerdictColumn: return row.done ? OutcomeText::title(result) : tr("Waiting…");
    case Status: return row.done && result.httpStatus > 0 ? QString::number(result.httpStatus) : QString();
    case Code: return row.done ? result.firstCode() : QString();
    case Category:
        if (!row.done)
            return {};
        if (!result.reasons.isEmpty() && result.reasons.first().code.category() >= 0)
            return result.reasons.first().code.categoryName();
        return result.accepted() ? QString() : errorKindName(result.errorKind);
    case Duration:
        return row.done ? OutcomeText::duration(result.timings.finished) : QString();
    case When: return row.done ? QLocale().toString(row.when.toLocalTime().time(), QLocale::ShortFormat) : QString();
    case Cause: return row.done ? shownText(result.cause) : QString();
    default: return {};
    }
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (!row.done)
            return {};
        return shownText(row.result.hint.isEmpty() ? row.result.cause : row.result.cause + u'\n' + row.result.hint);
    case Qt::DecorationRole:
        if (index.column() != VerdictColumn || !row.done)
            return {};
        switch (OutcomeText::of(row.result)) {
        case Outcome::Accepted: return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case Outcome::Rejected: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Outcome::TryAgain: return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        case Outcome::Failed: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Outcome::NotSent:
        case Outcome::Cancelled: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Status: return row.result.httpStatus;
        case Duration: return row.result.timings.finished;
        case When: return row.when;
        case VerdictColumn: return row.done ? int(row.result.verdict) : -1;
        default: return text(row, index.column());
        }
    case FailedRole:
        return row.done && !row.result.accepted();
    case ProfileIdRole:
        return row.profile.id;
    default:
        return {};
    }
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn: return tr("Profile");
    case Environment: return tr("Environment");
    case VerdictColumn: return tr("Verdict");
    case Status: return tr("HTTP");
    case Code: return tr("Code");
    case Category: return tr("Category");
    case Duration: return tr("Duration");
    case When: return tr("When");
    case Cause: return tr("Cause");
    default: return {};
    }
}

QByteArray BatchResultsModel::toCsv(const QList<int> &order) const
{
    QList<int> rows = order;
    if (rows.isEmpty()) {
        for (int index = 0; index < m_rows.size(); ++index)
            rows << index;
    }
    QStringList lines;
    lines << u"profile,environment,verdict,httpStatus,code,category,durationMs,when,cause"_s;
    for (const int index : std::as_const(rows)) {
        const Row &row = m_rows.at(index);
        const ConnectionResult &result = row.result;
        const QString verdict = !row.done ? u"pending"_s : OutcomeText::verdictId(result.verdict);
        QStringList fields = {row.profile.name, environmentName(row.profile.settings), verdict,
                              row.done && result.httpStatus > 0 ? QString::number(result.httpStatus) : QString(),
                              row.done ? result.firstCode() : QString(), row.done ? text(row, Category) : QString(),
                              row.done && result.timings.finished >= 0 ? QString::number(result.timings.finished, 'f', 1) : QString(),
                              row.done ? row.when.toString(Qt::ISODate) : QString(), row.done ? result.cause : QString()};
        for (QString &field : fields)
            field = csvField(field);
        lines << fields.join(u',');
    }
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

QByteArray BatchResultsModel::toJson() const
{
    QJsonArray array;
    for (const Row &row : m_rows) {
        if (!row.done)
            continue;
        JsonOptions options;
        options.label = row.profile.name;
        array.append(ResultJson::toJson(row.result, options));
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace zct
