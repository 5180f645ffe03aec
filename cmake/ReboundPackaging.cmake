# Desktop integration, install layout and CPack settings.
#
# Linux (built and checked in CI by scripts/check-package.sh): an FHS install tree under
# CMAKE_INSTALL_PREFIX and `cpack -G DEB`. Windows (WiX) and macOS (app bundle, DragNDrop) are
# configured below but not built in CI here; see docs/PACKAGING.md.
#
# Everything carries the one application id REBOUND_APP_ID (org.rebound.Rebound): the .desktop
# file, the AppStream component id, the icon name and QGuiApplication::desktopFileName.

set(REBOUND_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")
set(REBOUND_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/rebound.svg")

foreach(file IN ITEMS "${REBOUND_APP_ID}.desktop" "${REBOUND_APP_ID}.metainfo.xml")
    if(NOT EXISTS "${REBOUND_PACKAGING_DIR}/${file}")
        message(FATAL_ERROR "packaging/${file} must exist and be named after REBOUND_APP_ID")
    endif()
endforeach()

# Installed directories get 0755 whatever the umask of the build machine (lintian checks).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
    # --- Desktop entry, AppStream metadata, icons --------------------------------------------
    install(FILES "${REBOUND_PACKAGING_DIR}/${REBOUND_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${REBOUND_PACKAGING_DIR}/${REBOUND_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${REBOUND_ICON_SVG}"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME "${REBOUND_APP_ID}.svg")

    # PNG sizes for desktops and software centres that do not render SVG, rendered at build time.
    find_program(REBOUND_RSVG_CONVERT rsvg-convert)
    if(REBOUND_RSVG_CONVERT)
        set(rendered_icons "")
        foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
            set(png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${REBOUND_APP_ID}.png")
            add_custom_command(OUTPUT "${png}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}"
                COMMAND "${REBOUND_RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${REBOUND_ICON_SVG}"
                DEPENDS "${REBOUND_ICON_SVG}"
                COMMENT "Rendering the ${size}x${size} icon"
                VERBATIM)
            list(APPEND rendered_icons "${png}")
            install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(rebound_icons ALL DEPENDS ${rendered_icons})
    else()
        message(WARNING "rsvg-convert (librsvg2-bin) not found: only the scalable icon is installed")
    endif()

    # --- Man pages (compressed, as Debian policy asks), shell completion, docs ---------------
    find_program(REBOUND_GZIP gzip)
    set(man_pages "")
    foreach(page IN ITEMS rebound.1 rebound-cli.1)
        set(source "${REBOUND_PACKAGING_DIR}/man/${page}")
        if(REBOUND_GZIP)
            set(gz "${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz")
            add_custom_command(OUTPUT "${gz}"
                COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/man"
                COMMAND "${REBOUND_GZIP}" -9 -n -c "${source}" > "${gz}"
                DEPENDS "${source}"
                COMMENT "Compressing the ${page} man page")
            list(APPEND man_pages "${gz}")
        else()
            list(APPEND man_pages "${source}")
        endif()
    endforeach()
    add_custom_target(rebound_man ALL DEPENDS ${man_pages})
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    install(FILES "${REBOUND_PACKAGING_DIR}/completion/rebound-cli"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

    # Debian wants the copyright file and a changelog in /usr/share/doc/<package>.
    set(REBOUND_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/rebound)
    install(FILES "${REBOUND_PACKAGING_DIR}/debian/copyright" "${PROJECT_SOURCE_DIR}/docs/CLI.md"
        DESTINATION ${REBOUND_DOC_DIR})
    if(REBOUND_GZIP)
        set(changelog_gz "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz")
        add_custom_command(OUTPUT "${changelog_gz}"
            COMMAND "${REBOUND_GZIP}" -9 -n -c "${REBOUND_PACKAGING_DIR}/debian/changelog" > "${changelog_gz}"
            DEPENDS "${REBOUND_PACKAGING_DIR}/debian/changelog"
            COMMENT "Compressing the Debian changelog")
        add_custom_target(rebound_changelog ALL DEPENDS "${changelog_gz}")
        install(FILES "${changelog_gz}" DESTINATION ${REBOUND_DOC_DIR})
    endif()
endif()

# --- CPack: common ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "rebound")
set(CPACK_PACKAGE_VENDOR "The Rebound developers")
set(CPACK_PACKAGE_CONTACT "The Rebound developers <maintainers@rebound.example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "email deliverability troubleshooter")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rebound")
set(CPACK_PACKAGE_EXECUTABLES "rebound;Rebound")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/")

# --- Debian ----------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "rebound")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The first line is the synopsis; the rest, indented by one space, the extended description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "email deliverability troubleshooter
 Rebound finds out why mail bounces. Paste a bounce message, drop an .eml
 file, or type an IP address, a domain or an address: Rebound checks the
 sending address against the DNS blocklists with its reverse DNS, the
 domain's SPF, DKIM, DMARC, MX, MTA-STS, TLS-RPT and BIMI records, and the
 receiving mail servers over SMTP and STARTTLS, then explains the likely
 causes with their evidence and the steps to fix them.
 .
 The package holds the desktop application (rebound) and a command-line
 tool for scripts and monitoring (rebound-cli).")
# Library dependencies come from dpkg-shlibdeps; plugins loaded at run time are not linked and
# must be named: the SQLite driver (history), the platform plugins (xcb, wayland, offscreen),
# the SVG icon engine and image plugin for the icon, and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# --- Windows: WiX MSI (not built in CI) ------------------------------------------------------
if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change this GUID: it lets a new MSI replace an installed older version.
    set(CPACK_WIX_UPGRADE_GUID "6C1B8F3E-2F4A-4E8B-9C2D-5A7E0B3D41F6")
    # An .ico is not in the repository yet; rsvg-convert + icotool can make one from the SVG.
    if(EXISTS "${REBOUND_PACKAGING_DIR}/windows/rebound.ico")
        set(CPACK_WIX_PRODUCT_ICON "${REBOUND_PACKAGING_DIR}/windows/rebound.ico")
    endif()
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Rebound")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    # WiX shows the license from a .txt or .rtf file.
    configure_file("${REBOUND_PACKAGING_DIR}/debian/copyright" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${REBOUND_APP_ID}")
    # Qt's DLLs, plugins (platforms/qwindows, sqldrivers/qsqlite, iconengines/qsvgicon, tls) and
    # translations next to the executables, by windeployqt.
    qt_generate_deploy_app_script(TARGET rebound
        OUTPUT_SCRIPT rebound_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${rebound_deploy_script}")
endif()

# --- macOS: app bundle in a disk image (not built in CI) -------------------------------------
if(APPLE)
    # MACOSX_BUNDLE itself is set where the target is made (app/CMakeLists.txt), before install().
    set_target_properties(rebound PROPERTIES
        OUTPUT_NAME "Rebound"
        MACOSX_BUNDLE_BUNDLE_NAME "Rebound"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${REBOUND_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "The Rebound developers")
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Rebound")
    # The bundle gets Qt's frameworks and plugins from macdeployqt; rebound-cli stays a plain
    # executable installed next to it.
    qt_generate_deploy_app_script(TARGET rebound
        OUTPUT_SCRIPT rebound_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${rebound_deploy_script}")
endif()

if(NOT WIN32 AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
