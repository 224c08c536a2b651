# Warnings, ccache and Qt strictness shared by every target of ours.

find_program(PRILAVOK_CCACHE ccache)
if(PRILAVOK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${PRILAVOK_CCACHE}")
endif()

add_library(prilavok_warnings INTERFACE)
target_compile_options(prilavok_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(PRILAVOK_WERROR)
    target_compile_options(prilavok_warnings INTERFACE -Werror)
endif()

# Strict Qt: no implicit const char* -> QString, no signals/slots keywords colliding with Boost.
set(PRILAVOK_QT_DEFINITIONS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS
    QT_NO_FOREACH QT_USE_QSTRINGBUILDER QT_DISABLE_DEPRECATED_BEFORE=0x060400)

function(prilavok_target_defaults target)
    target_link_libraries(${target} PRIVATE prilavok_warnings)
endfunction()

function(prilavok_qt_target_defaults target)
    prilavok_target_defaults(${target})
    target_compile_definitions(${target} PRIVATE ${PRILAVOK_QT_DEFINITIONS})
endfunction()
