// Fuzzes the strict reading of SOAP login() answers (SoapLogin::parse) and the login envelope.
// Besides crashes it holds both to their promises: a session is only ever read from a body that
// carries it, a body that is not the expected envelope never yields a session, and any user name
// and password the envelope accepts arrive back exactly, in order, when the envelope is read.

#include "FuzzSupport.h"

#include "SoapLogin.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace zct;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    const SoapLoginAnswer answer = SoapLogin::parse(input);
    switch (answer.kind) {
    case SoapLoginAnswer::Kind::Session:
        ZCT_FUZZ_CHECK(!answer.session.trimmed().isEmpty());
        ZCT_FUZZ_CHECK(answer.problem.isEmpty());
        break;
    case SoapLoginAnswer::Kind::NotSoap:
        ZCT_FUZZ_CHECK(answer.session.isEmpty());
        ZCT_FUZZ_CHECK(!answer.problem.isEmpty());
        break;
    case SoapLoginAnswer::Kind::LoginFault:
    case SoapLoginAnswer::Kind::UnexpectedFault:
    case SoapLoginAnswer::Kind::OtherFault:
        ZCT_FUZZ_CHECK(answer.session.isEmpty());
        ZCT_FUZZ_CHECK(!answer.faultCode.isEmpty());
        break;
    case SoapLoginAnswer::Kind::NoSession:
        ZCT_FUZZ_CHECK(answer.session.trimmed().isEmpty());
        break;
    }

    // The same bytes as credentials: split at the first newline into user and password.
    const QString text = QString::fromUtf8(input);
    const qsizetype newline = text.indexOf(u'\n');
    const QString username = newline < 0 ? text : text.left(newline);
    const QString password = newline < 0 ? QString() : text.mid(newline + 1);
    QByteArray body;
    QString problem;
    if (!SoapLogin::envelope(username, password, QString(), &body, &problem)) {
        ZCT_FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }
    QXmlStreamReader xml(body);
    QStringList values;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == SoapLogin::ApiNamespace
            && xml.name() != u"login")
            values << xml.readElementText();
    }
    ZCT_FUZZ_CHECK(!xml.hasError());
    ZCT_FUZZ_CHECK(values.size() == 2);
    // Exactly, CRs included (a reader would turn a raw CR into LF: the envelope writes them as &#13;).
    ZCT_FUZZ_CHECK(values.value(0) == username);
    ZCT_FUZZ_CHECK(values.value(1) == password);
    return 0;
}
