// zct-bench-floor: the bare-Qt floor for one check. One QNetworkAccessManager POST of the session
// login (the same four headers zuora-check sends), trusting one extra CA, nothing else: no
// argument parser, no classifier, no output beyond the status. bench/run measures zuora-check
// against it in the same run.
//
//   ZUORA_PASSWORD=... zct-bench-floor URL USER [CA-PEM]
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>

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
    if (argc > 3) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(QString::fromLocal8Bit(argv[3])));
        request.setSslConfiguration(tls);
    }
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.post(request, QByteArray());
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        std::printf("%d\n", status);
        QCoreApplication::exit(status == 200 ? 0 : 1);
    });
    return QCoreApplication::exec();
}
