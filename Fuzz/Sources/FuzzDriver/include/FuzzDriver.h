#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): runs the fuzzing loop with the given callback.
// SwiftPM names an executable's entry point after its module, so the targets call this from their own @main
// instead of relying on libFuzzer's main().
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
