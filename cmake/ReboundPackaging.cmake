# Desktop integration, install layout and CPack settings.
#
# Linux: an FHS install tree under CMAKE_INSTALL_PREFIX and `cpack -G DEB`, checked by the ctest
# label "packaging" (tests/packaging) and by scripts/package.sh [--install-check]. Windows (WiX)
# and macOS (app bundle, DragNDrop) are configured below but not built in CI here; see
# docs/PACKAGING.md.
#
# Everything carries the one application id REBOUND_APP_ID (org.rebound.Rebound): the .desktop
# file, the AppStream component id, the icon name, QGuiApplication::desktopFileName, the macOS
# bundle identifier and the Windows ProgId.

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
        if(TARGET test_desktopintegration)
            add_dependencies(test_desktopintegration rebound_icons)
        endif()
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
        "${PROJECT_SOURCE_DIR}/docs/WATCH.md"
        DESTINATION ${REBOUND_DOC_DIR})
    # The watch's systemd units and alert rules are examples to copy (docs/WATCH.md), not enabled units.
    install(FILES "${REBOUND_PACKAGING_DIR}/systemd/rebound-watch.service"
        "${REBOUND_PACKAGING_DIR}/systemd/rebound-watch.timer"
        "${REBOUND_PACKAGING_DIR}/systemd/rebound-alerts.yml"
        DESTINATION ${REBOUND_DOC_DIR}/examples)
    if(REBOUND_GZIP)
        set(changelog_gz "${CMAKE_CURRENT_BINARY_DIR}/changelog.Debian.gz")
        add_custom_command(OUTPUT "${changelog_gz}"
            COMMAND "${REBOUND_GZIP}" -9 -n -c "${REBOUND_PACKAGING_DIR}/debian/changelog" > "${changelog_gz}"
            DEPENDS "${REBOUND_PACKAGING_DIR}/debian/changelog"
            COMMENT "Compressing the Debian changelog")
        add_custom_target(rebound_changelog ALL DEPENDS "${changelog_gz}")
        install(FILES "${changelog_gz}" DESTINATION ${REBOUND_DOC_DIR})
    endif()
    # The lintian tags that are accepted on purpose, each with its reason (docs/PACKAGING.md).
    install(FILES "${REBOUND_PACKAGING_DIR}/debian/lintian-overrides"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME rebound)

    # Full RELRO: the dynamic relocations are resolved at start (for the module: when it is loaded)
    # and made read-only (Debian's hardening flags; lintian's hardening-no-bindnow).
    foreach(target IN ITEMS rebound rebound-cli rebound-cli-commands)
        target_link_options(${target} PRIVATE "LINKER:-z,relro,-z,now")
    endforeach()

    # A stripped install (cpack with CPACK_STRIP_FILES, cmake --install --strip) also drops the
    # compiler's .comment notes, as dh_strip does (lintian's binary-has-unneeded-section). Runs
    # after app/'s install rules, which are declared first (CMP0082).
    if(CMAKE_OBJCOPY)
        install(CODE "
            if(CMAKE_INSTALL_DO_STRIP)
                foreach(binary IN ITEMS ${CMAKE_INSTALL_BINDIR}/rebound ${CMAKE_INSTALL_BINDIR}/rebound-cli
                        ${REBOUND_CLI_MODULE_DESTINATION}/$<TARGET_FILE_NAME:rebound-cli-commands>)
                    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
                        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/\${binary}\"
                        COMMAND_ERROR_IS_FATAL ANY)
                endforeach()
            endif()")
    endif()
endif()

# Qt's deployment script for Windows and macOS (windeployqt, macdeployqt): Qt 6.4 names the
# output FILENAME_VARIABLE, Qt 6.5 and later OUTPUT_SCRIPT.
function(rebound_install_qt_deployment target)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT "${deploy_script}")
endfunction()

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
# CPack takes the synopsis from CPACK_PACKAGE_DESCRIPTION_SUMMARY and indents this text itself
# (an empty line becomes " ."), so it is written plain, without the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Rebound finds out why mail bounces. Paste a bounce message, drop an .eml
file, or type an IP address, a domain or an address: Rebound checks the
sending address against the DNS blocklists with its reverse DNS, the
domain's SPF, DKIM, DMARC, MX, MTA-STS, TLS-RPT and BIMI records, and the
receiving mail servers over SMTP and STARTTLS, then explains the likely
causes with their evidence and the steps to fix them.

The package holds the desktop application (rebound) and a command-line
tool for scripts and monitoring (rebound-cli).")
# Library dependencies come from dpkg-shlibdeps; plugins loaded at run time are not linked and
# must be named: the SQLite driver (history), the platform plugins (xcb, wayland, offscreen),
# the SVG icon engine and image plugin for the icon, and Qt's own translations.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
# A CJK font for reports in Japanese (a Japanese desktop has one already).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, fonts-noto-cjk | fonts-ipafont-gothic")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# --- Windows: WiX MSI (not built in CI) ------------------------------------------------------
# Needs WiX Toolset 3.x on PATH (candle, light). `cpack -G WIX` in a build made with MSVC and Qt's
# MSVC kit; `cpack -G ZIP` for a portable folder.
if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
    # Never change this GUID: it lets a new MSI replace an installed older version.
    set(CPACK_WIX_UPGRADE_GUID "6C1B8F3E-2F4A-4E8B-9C2D-5A7E0B3D41F6")
    set(CPACK_WIX_PRODUCT_GUID "*")
    # The .ico is made from the SVG by packaging/windows/make-ico.py and committed: the executable
    # carries it (rebound.rc) and Add/Remove Programs shows it.
    enable_language(RC)
    target_sources(rebound PRIVATE "${REBOUND_PACKAGING_DIR}/windows/rebound.rc")
    set(CPACK_WIX_PRODUCT_ICON "${REBOUND_PACKAGING_DIR}/windows/rebound.ico")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Rebound")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
    # Per-machine install under Program Files, a Start menu entry (CPACK_PACKAGE_EXECUTABLES) and
    # the .eml association (packaging/windows/eml-association.wxs, a WiX patch on the rebound.exe
    # component: ProgId org.rebound.Rebound.eml, "Open with Rebound", never the default handler).
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
    set(CPACK_WIX_PATCH_FILE "${REBOUND_PACKAGING_DIR}/windows/eml-association.wxs")
    # WiX shows the license from a .txt or .rtf file.
    configure_file("${REBOUND_PACKAGING_DIR}/debian/copyright" "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${REBOUND_APP_ID}")
    # Qt's DLLs, plugins (platforms/qwindows, sqldrivers/qsqlite, iconengines/qsvgicon, tls) and
    # translations next to the executables, by windeployqt; rebound-cli and its commands module
    # (rebound-cli-commands.dll, installed next to rebound-cli.exe, where it looks for it) use the same
    # DLLs, which rebound needs too (Qt Gui, Network, NetworkAuth, Sql).
    # c-ares, OpenSSL and libpsl DLLs come from the vcpkg or MSYS2 prefix and are not deployed
    # by windeployqt: install them with the runtime dependency set (docs/PACKAGING.md).
    rebound_install_qt_deployment(rebound)
endif()

# --- macOS: app bundle in a disk image (not built in CI) -------------------------------------
if(APPLE)
    # MACOSX_BUNDLE itself is set where the target is made (app/CMakeLists.txt). The Info.plist
    # template adds what CMake's default lacks: the .eml document type, the minimum system and
    # high-resolution support.
    set(REBOUND_ICNS "${CMAKE_CURRENT_BINARY_DIR}/rebound.icns")
    set_target_properties(rebound PROPERTIES
        OUTPUT_NAME "Rebound"
        MACOSX_BUNDLE_INFO_PLIST "${REBOUND_PACKAGING_DIR}/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Rebound"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${REBOUND_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "rebound.icns"
        MACOSX_BUNDLE_COPYRIGHT "The Rebound developers")
    # The .icns is made from the SVG at build time: rsvg-convert (Homebrew librsvg) renders the
    # iconset, iconutil (Xcode command-line tools) packs it. Without them the bundle has no icon.
    find_program(REBOUND_RSVG_CONVERT rsvg-convert)
    find_program(REBOUND_ICONUTIL iconutil)
    if(REBOUND_RSVG_CONVERT AND REBOUND_ICONUTIL)
        set(iconset "${CMAKE_CURRENT_BINARY_DIR}/rebound.iconset")
        set(render_commands "")
        foreach(size IN ITEMS 16 32 128 256 512)
            math(EXPR double "${size} * 2")
            list(APPEND render_commands
                COMMAND "${REBOUND_RSVG_CONVERT}" -w ${size} -h ${size}
                    -o "${iconset}/icon_${size}x${size}.png" "${REBOUND_ICON_SVG}"
                COMMAND "${REBOUND_RSVG_CONVERT}" -w ${double} -h ${double}
                    -o "${iconset}/icon_${size}x${size}@2x.png" "${REBOUND_ICON_SVG}")
        endforeach()
        add_custom_command(OUTPUT "${REBOUND_ICNS}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${iconset}"
            ${render_commands}
            COMMAND "${REBOUND_ICONUTIL}" -c icns -o "${REBOUND_ICNS}" "${iconset}"
            DEPENDS "${REBOUND_ICON_SVG}"
            VERBATIM)
        set_source_files_properties("${REBOUND_ICNS}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(rebound PRIVATE "${REBOUND_ICNS}")
    else()
        message(WARNING "rsvg-convert or iconutil not found: the app bundle has no icon")
    endif()
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Rebound")
    # The bundle gets Qt's frameworks and plugins from macdeployqt; rebound-cli stays a plain
    # executable installed next to it (bin/), with its commands module in lib/rebound/
    # (REBOUND_CLI_MODULE_DESTINATION), which it finds from its own path (_NSGetExecutablePath).
    rebound_install_qt_deployment(rebound)
endif()

if(NOT WIN32 AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
