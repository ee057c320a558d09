#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QString>

namespace zct {

// Secrets kept in this process only: for tests, and for a "this session only" choice where
// nothing may reach the disk. Answers arrive from the event loop, like a real keychain's.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    int readSecret(const QString &key) override;
    int writeSecret(const QString &key, const QString &secret) override;
    int deleteSecret(const QString &key) override;

    // Every request made from now on fails with status and errorText detail; Status::Ok heals.
    void setFailure(Status status, const QString &detail = QString());
    Status failure() const { return m_failure; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int count() const { return int(m_secrets.size()); }
    void clear() { m_secrets.clear(); }

private:
    QString failureText() const;

    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
    QString m_failureDetail;
    int m_lastRequestId = 0;
};

} // namespace zct
