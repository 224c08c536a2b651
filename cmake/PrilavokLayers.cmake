# The layers (widgets -> app -> {fiscal, devices}) held by the compiler, not only by review.
#
# prilavok_layer_root(<target> <PUBLIC|INTERFACE> <dir>...) gives <target> an include root that holds
# only <dir>/ (a symlink in the build tree to the source directory), instead of the whole source tree.
# A target then finds "fiscal/registrar.h" only when it links, directly or through PUBLIC links, a
# library whose root holds fiscal/. prilavok_core links prilavok_fiscal PRIVATE, so no header of
# fiscal/ compiles in widgets/, however deep an app/ header would include it (tests/layers checks it).
function(prilavok_layer_root target scope)
    set(root ${CMAKE_BINARY_DIR}/layers/${target})
    file(MAKE_DIRECTORY ${root})
    foreach(dir IN LISTS ARGN)
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${dir} ${root}/${dir} SYMBOLIC) # replaces a stale one
    endforeach()
    target_include_directories(${target} ${scope} ${root})
endfunction()
