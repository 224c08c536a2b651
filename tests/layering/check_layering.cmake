# cmake -DROOT=<source tree> -P check_layering.cmake
# Fails when a layer includes something it must not:
#   base/     no Qt header, nothing from any other folder (the value types fiscal/ and app/ share)
#   fiscal/   no Qt header, nothing from app/, devices/ or widgets/
#   devices/  nothing from app/, fiscal/ or widgets/
#   app/      nothing from widgets/ and no QtWidgets header
#   widgets/  nothing from fiscal/ (it talks to the registrar only through app/), and never the
#             till's database: screens get services from the session, not app::Database

if(NOT ROOT)
    message(FATAL_ERROR "pass -DROOT=<source tree>")
endif()

set(qt_header [=[#[ \t]*include[ \t]*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/)[^>"]*[>"]]=])
set(qt_widgets_header [=[#[ \t]*include[ \t]*[<"](QtWidgets/|QApplication|QWidget|QMainWindow|QDialog|QLabel|QPushButton)[^>"]*[>"]]=])

set(violations "")

function(check_layer layer pattern what)
    file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.hpp" "${ROOT}/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "${pattern}")
        foreach(line IN LISTS lines)
            file(RELATIVE_PATH rel "${ROOT}" "${file}")
            string(STRIP "${line}" line)
            list(APPEND violations "${rel}: ${what}: ${line}")
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

function(forbid_folders layer)
    foreach(target IN LISTS ARGN)
        check_layer(${layer} "#[ \t]*include[ \t]*[<\"]${target}/" "${layer}/ must not include ${target}/")
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

check_layer(base "${qt_header}" "base/ must stay Qt-free")
forbid_folders(base fiscal app devices widgets csv)
check_layer(fiscal "${qt_header}" "fiscal/ must stay Qt-free")
forbid_folders(fiscal app devices widgets)
forbid_folders(devices app fiscal widgets)
forbid_folders(app widgets)
check_layer(app "${qt_widgets_header}" "app/ must not use QtWidgets")
forbid_folders(widgets fiscal)
check_layer(widgets [=[(\.|->)database\(\)|app::Database[ &]|storage/database\.h]=]
    "widgets/ get services, never the database")

list(LENGTH violations count)
if(count GREATER 0)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "layering violations (${count}):\n  ${text}")
endif()
message(STATUS "layering: clean")
