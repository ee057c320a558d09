// zct-bench-floor: the bare-Qt floor. QNetworkAccessManager POSTs of the session login (the same
// four headers zuora-check sends), trusting one extra CA, nothing else: no argument parser, no
// classifier, no output beyond one line. bench/run measures zuora-check and the batch runner
// against it in the same run.
//
//   ZUORA_PASSWORD=... zct-bench-floor URL USER [CA-PEM [COUNT [CONCURRENCY]]]
//
// COUNT posts (default 1), CONCURRENCY in flight (default 1) on one manager, which reuses its
// connections. Prints the last status; exits 0 only if every answer was 200.
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>
#include <cstdlib>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    QNetworkRequest request(QUrl::fromUserInput(QString::fromLocal8Bit(argv[1])));
    request.setRawHeader("apiAccessKeyId", argv[2]);
    request.setRawHeader("apiSecretAccessKey", qgetenv("ZUORA_PASSWORD"));
    request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    request.setRawHeader("Accept", "application/json");
    if (argc > 3 && argv[3][0] != '\0') {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(QString::fromLocal8Bit(argv[3])));
        request.setSslConfiguration(tls);
    }
    const int count = argc > 4 ? std::atoi(argv[4]) : 1;
    const int concurrency = argc > 5 ? std::atoi(argv[5]) : 1;
    if (count < 1 || concurrency < 1)
        return 2;

    QNetworkAccessManager manager;
    int started = 0;
    int finished = 0;
    int failed = 0;
    int lastStatus = 0;
    std::function<void()> startOne = [&] {
        ++started;
        QNetworkReply *reply = manager.post(request, QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            failed += lastStatus != 200;
            reply->deleteLater();
            if (++finished == count) {
                std::printf("%d\n", lastStatus);
                QCoreApplication::exit(failed == 0 ? 0 : 1);
            } else if (started < count) {
                startOne();
            }
        });
    };
    for (int i = 0; i < concurrency && started < count; ++i)
        startOne();
    return QCoreApplication::exec();
}
