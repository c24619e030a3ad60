# Runs the desktop's own validators on the installed files, and builds the MIME
# database from the installed shared-mime-info entry.
#   cmake -DSTAGING=… -P validate_installed.cmake
function(check what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${what}:\n${out}${err}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result})")
    endif()
endfunction()

check("desktop-file-validate" desktop-file-validate "${STAGING}/share/applications/org.example.claimledger.desktop")
check("appstreamcli validate" appstreamcli validate --no-net --explain
    "${STAGING}/share/metainfo/org.example.claimledger.metainfo.xml")
check("update-mime-database" update-mime-database "${STAGING}/share/mime")
if(NOT EXISTS "${STAGING}/share/mime/application/x-claimledger.xml")
    message(FATAL_ERROR "update-mime-database did not register application/x-claimledger")
endif()
