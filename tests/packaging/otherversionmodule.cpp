// A commands module of another version (test_climodule: otherVersionIsRefused): rebound-cli must refuse it
// without calling its entry point.
#include <cstdio>

extern "C" __attribute__((visibility("default"))) int rebound_cli_commands_main(int, char*[]) {
    std::puts("the other version's module ran");
    return 42;
}

extern "C" __attribute__((visibility("default"))) const char* rebound_cli_commands_version() {
    return "0.0.1-other";
}
