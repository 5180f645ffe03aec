# Translations of the interface and of the knowledge files' texts.
#
#   cmake --build <dir> --target update_translations   # lupdate: refreshes translations/rebound_*.ts
#
# lupdate reads every source of core/, ui/ and app/ plus a generated file that lists the user-visible
# texts of resources/*.json (translations/extract_data_strings.py). lrelease builds the .qm files at
# every build; they are embedded in rebound_ui under :/rebound/i18n (see ui/translation.h).
# -locations none keeps the .ts files the same whatever the build directory is.

set(REBOUND_LANGUAGES de fr es pt_BR ja)
set(REBOUND_TS_FILES "")
foreach(language IN LISTS REBOUND_LANGUAGES)
    list(APPEND REBOUND_TS_FILES "${PROJECT_SOURCE_DIR}/translations/rebound_${language}.ts")
endforeach()

set(REBOUND_DATA_TEXTS_CPP "${PROJECT_BINARY_DIR}/translations/datatexts.cpp")
set(_rebound_data_files
    "${PROJECT_SOURCE_DIR}/resources/diagnosis/rules.json"
    "${PROJECT_SOURCE_DIR}/resources/smtp/findings.json"
    "${PROJECT_SOURCE_DIR}/resources/auth/findings.json"
    "${PROJECT_SOURCE_DIR}/resources/blocklist/catalog.json"
    "${PROJECT_SOURCE_DIR}/resources/blocklist/rdns-generic.json"
    "${PROJECT_SOURCE_DIR}/resources/ui/auth-tags.json"
    "${PROJECT_SOURCE_DIR}/resources/bounce/reasons.json")
set(_rebound_extract "${PROJECT_SOURCE_DIR}/translations/extract_data_strings.py")

find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    # At configure time, so that the file exists when lupdate runs; re-run when a data file changes.
    execute_process(
        COMMAND "${Python3_EXECUTABLE}" "${_rebound_extract}" "${PROJECT_SOURCE_DIR}/resources"
                "${REBOUND_DATA_TEXTS_CPP}"
        RESULT_VARIABLE _rebound_extract_result)
    if(NOT _rebound_extract_result EQUAL 0)
        message(FATAL_ERROR "extract_data_strings.py failed: ${_rebound_extract_result}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_rebound_data_files} ${_rebound_extract})
else()
    message(WARNING "No Python 3: update_translations would drop the knowledge files' texts")
    file(WRITE "${REBOUND_DATA_TEXTS_CPP}" "// Python 3 was not found; data texts not extracted\n")
endif()

file(GLOB_RECURSE REBOUND_I18N_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")
list(SORT REBOUND_I18N_SOURCES)

qt_add_translations(rebound_ui
    TS_FILES ${REBOUND_TS_FILES}
    RESOURCE_PREFIX "/rebound/i18n"
    SOURCES ${REBOUND_I18N_SOURCES} "${REBOUND_DATA_TEXTS_CPP}"
    LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines
    LRELEASE_OPTIONS -nounfinished -removeidentical)
