# cmake -DIN=page.1 -DOUT=dir/page.1 -DVERSION=x.y.z -P StampManPage.cmake
# Writes OUT.gz: the man page with the version on its .TH line set to VERSION (project(VERSION) is
# the one source of the version), compressed as Debian wants it (gzip -9n: no name, no time).
file(READ "${IN}" page)
string(REGEX REPLACE "(\n\\.TH [^\n]*\"[a-z-]+ )[0-9][0-9A-Za-z.~+-]*\"" "\\1${VERSION}\"" page "${page}")
if(NOT page MATCHES "\n\\.TH [^\n]* ${VERSION}\"")
    message(FATAL_ERROR "${IN}: no .TH line with \"<program> <version>\" to stamp")
endif()
file(WRITE "${OUT}" "${page}")
execute_process(COMMAND gzip -9nf "${OUT}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${OUT} failed: ${status}")
endif()
