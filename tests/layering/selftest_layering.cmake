# Builds a small tree with one forbidden include per rule and expects the checker to name each.

file(REMOVE_RECURSE "${WORKDIR}")
file(WRITE "${WORKDIR}/fiscal/qt_leak.h" "#pragma once\n#include <QString>\n")
file(WRITE "${WORKDIR}/fiscal/up.cpp" "#include \"app/logging.h\"\n")
file(WRITE "${WORKDIR}/app/ui_leak.cpp" "#include \"widgets/mainwindow.h\"\n")
file(WRITE "${WORKDIR}/devices/up.cpp" "#include \"widgets/mainwindow.h\"\n")
file(WRITE "${WORKDIR}/widgets/shortcut.cpp" "#include \"fiscal/codec/frame.h\"\n")
file(WRITE "${WORKDIR}/app/widgets_header.cpp" "#include <QWidget>\n")
file(WRITE "${WORKDIR}/base/up.h" "#pragma once\n#include \"fiscal/registrar.h\"\n")
file(WRITE "${WORKDIR}/widgets/db_leak.cpp" "auto model = makeModel(session.database())\n")

execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${WORKDIR} -P ${CHECKER}
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(code EQUAL 0)
    message(FATAL_ERROR "the layering check passed a tree full of violations")
endif()
foreach(expected "fiscal/qt_leak.h" "fiscal/up.cpp" "app/ui_leak.cpp" "devices/up.cpp" "widgets/shortcut.cpp"
        "app/widgets_header.cpp" "base/up.h" "widgets/db_leak.cpp" "violations (8)")
    string(FIND "${err}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the layering check did not report ${expected}:\n${err}")
    endif()
endforeach()
message(STATUS "layering self-test: all eight violations reported")
