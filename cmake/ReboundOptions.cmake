# Warnings and Qt defines shared by every Rebound target, carried by one INTERFACE target.
add_library(rebound_options INTERFACE)
add_library(Rebound::options ALIAS rebound_options)

target_compile_options(rebound_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Wformat=2
    $<$<BOOL:${REBOUND_WERROR}>:-Werror>)

target_compile_definitions(rebound_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# REBOUND_VERSION is defined on the executables only (app/CMakeLists.txt, rebound_test_app_version in
# tests/): libraries read QCoreApplication::applicationVersion(), which each main() sets.
