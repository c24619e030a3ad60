# A Debian package for Debian 13, built with:  cmake --build build --target package
# (see packaging/README.md). Dependencies are computed by dpkg-shlibdeps from the
# installed executables, not written by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME claimledger)
set(CPACK_PACKAGE_VENDOR "The ClaimLedger developers")
set(CPACK_PACKAGE_CONTACT "The ClaimLedger developers <developers@claimledger.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/package")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: SQLite for projects,
# the X11/Wayland platforms, SVG icons.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-svg-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-nanum, qt6-wayland")
# The summary comes first; CPack indents this paragraph beneath it.
set(CPACK_PACKAGE_DESCRIPTION "ClaimLedger is a desktop application for analysts, fact-checkers and media
researchers: it imports news articles in any language and encoding, proposes
the figures, quotes and dates they claim, and keeps the analyst's claims,
ratings and sources in one project file. claimledger-cli does the same from
scripts.")

include(CPack)
