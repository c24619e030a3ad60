# Installs the build into a staging folder, as `cmake --install` does for a package.
#   cmake -DBUILD_DIR=… -DSTAGING=… -P install_staging.cmake
file(REMOVE_RECURSE "${STAGING}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGING}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()
foreach(file bin/claimledger bin/claimledger-cli
        share/applications/org.example.claimledger.desktop
        share/metainfo/org.example.claimledger.metainfo.xml
        share/mime/packages/org.example.claimledger.xml
        share/icons/hicolor/scalable/apps/org.example.claimledger.svg
        share/icons/hicolor/16x16/apps/org.example.claimledger.png
        share/icons/hicolor/256x256/apps/org.example.claimledger.png
        share/claimledger/translations/claimledger_ko.qm
        share/man/man1/claimledger-cli.1.gz
        share/doc/claimledger/copyright)
    if(NOT EXISTS "${STAGING}/${file}")
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
