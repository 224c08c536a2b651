# cmake -DROOT=<src> -DLUPDATE=<lupdate> -DPROJECT_IN=<lupdate project .cmake> -DGENERATOR=<script>
#       -DWORKDIR=<dir> -P check_translations.cmake
# Every tr() string of app/, devices/ and widgets/ must have a finished Russian translation in
# translations/prilavok_ru.ts. lupdate runs on a copy, with the same project description the
# update_translations target uses, so strings not yet extracted count too.
file(MAKE_DIRECTORY "${WORKDIR}")
configure_file("${ROOT}/translations/prilavok_ru.ts" "${WORKDIR}/check_ru.ts" COPYONLY)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORKDIR}/project.json -P ${GENERATOR}
    RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "cannot describe the lupdate project: ${err}")
endif()
execute_process(COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -project "${WORKDIR}/project.json"
        -ts "${WORKDIR}/check_ru.ts"
    RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
endif()
file(READ "${WORKDIR}/check_ru.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" open "${ts}")
list(LENGTH open count)
if(count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"|<source>|</source>|[\r\n]" "" text "${open}")
    string(REPLACE ";" "\n  " text "${text}")
    message(FATAL_ERROR "${count} string(s) lack a Russian translation; run the update_translations target "
        "and translations/translate.py:\n  ${text}")
endif()
message(STATUS "translations: every string has Russian")
