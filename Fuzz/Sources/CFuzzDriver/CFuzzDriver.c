// Declarations only: LLVMFuzzerRunDriver comes from libclang_rt.fuzzer_no_main.
#include "CFuzzDriver.h"
