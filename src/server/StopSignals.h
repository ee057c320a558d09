#pragma once

#include <QObject>

class QSocketNotifier;

namespace zct {

// Turns SIGINT and SIGTERM into a Qt signal. The handler only writes a byte to a socket pair
// (the one thing a signal handler may safely do); a QSocketNotifier reads it in the event loop.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool install(QString *error);

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace zct
