# cmake -DBUILD_DIR=<build tree> -P check_include_roots.cmake (ctest: layering_include_roots)
# Builds the two layer probes of CMakeLists.txt here: widgets/ must not find fiscal/registrar.h.

function(build_probe target out_result out_log)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
        RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
    set(${out_result} ${result} PARENT_SCOPE)
    set(${out_log} "${log}" PARENT_SCOPE)
endfunction()

# The control: app/ headers (Result, money, the fiscal service's messages and settings) compile with
# widgets' flags, so the failure below is the include root and nothing else.
build_probe(layer_probe_widgets_app result log)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the app/ probe does not compile with prilavok_widgets' flags:\n${log}")
endif()

build_probe(layer_probe_widgets_fiscal result log)
if(result EQUAL 0)
    message(FATAL_ERROR "a widgets/ file compiled #include \"fiscal/registrar.h\": "
        "prilavok_fiscal's include root reaches prilavok_widgets (prilavok_core must link it PRIVATE, "
        "cmake/PrilavokLayers.cmake)")
endif()
if(NOT log MATCHES "fiscal/registrar\\.h: No such file or directory")
    message(FATAL_ERROR "the fiscal/ probe failed, but not on its include:\n${log}")
endif()
message(STATUS "widgets/ cannot include fiscal/registrar.h; app/ and base/ headers compile there")
