#pragma once

#include "ConnectionResult.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <array>

class QThread;

// A loopback "Zuora" for load tests that misbehaves on purpose, on its own thread so that a
// busy client does not slow it down (nor it the client). It reads session logins
// (POST .../v1/connections) and decides what to do from the user name, "load-<n>@example.com":
// check n meets faultFor(n), every time, also when the client sends the request again.
//
//   Accept  the recorded 200 {"success" : true} with a ZSession cookie, connection kept open
//   Reject  the recorded 401 with code 90000011, connection kept open
//   Drop    closes the connection without answering (FIN)
//   Reset   resets the connection without answering (RST, SO_LINGER 0)
//   Stall   reads the request and never answers, until the client goes away
class FaultyZuoraPeer final : public QObject
{
    Q_OBJECT
public:
    enum class Fault { Accept, Reject, Drop, Reset, Stall };
    static constexpr int FaultCount = 5;

    // sharePercent of checks each for Drop, Reset and Stall, 10% Reject, the rest Accept,
    // spread evenly over the check numbers.
    static Fault faultFor(int check, int sharePercent);
    static QString faultName(Fault fault);
    // How a check meeting this fault must end (Drop and Reset: network; Stall: timeout).
    static zct::ErrorKind expectedKind(Fault fault);
    static QString userFor(int check);

    explicit FaultyZuoraPeer(int sharePercent = 10, QObject *parent = nullptr);
    ~FaultyZuoraPeer() override;

    bool start(QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    int sharePercent() const { return m_share; }

    // Thread-safe counters.
    int connectionsAccepted() const;
    int connectionsOpen() const;
    int requests() const;
    std::array<int, FaultCount> requestsPerFault() const;
    int requestsFor(int check) const;   // 0 when the check never reached the server

private:
    class Listener;
    friend class Listener;
    void record(int check, Fault fault);
    void connectionOpened();
    void connectionClosed();

    const int m_share;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr;
    QUrl m_baseUrl;

    mutable QMutex m_mutex;
    int m_accepted = 0;
    int m_open = 0;
    int m_requests = 0;
    std::array<int, FaultCount> m_perFault{};
    QHash<int, int> m_perCheck;
};
