// Fuzzes "Create a profile from a curl command": CurlPaste::tokenize (a POSIX-sh-like word
// splitter) and CurlPaste::parse, with whatever people paste (see corpus/curlpaste).

#include "FuzzSupport.h"

#include "CurlPaste.h"

using namespace zct;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString command = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    QString ignoredTail;
    const QList<ShellWord> words = CurlPaste::tokenize(command, &error, &ignoredTail);
    ZCT_FUZZ_CHECK(words.size() <= command.size());
    const CurlPasteResult result = CurlPaste::parse(command);
    // The profile may hold anything but the secret: that goes to the keychain or nowhere.
    ZCT_FUZZ_CHECK(!result.profile.rememberSecret);
    return 0;
}
