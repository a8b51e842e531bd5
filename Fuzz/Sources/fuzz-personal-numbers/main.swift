import CFuzzDriver
import Foundation
import GongkaiKit

// libFuzzer's driver runs the loop and reads its flags from the command line.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        FuzzEntryPoints.personalNumbers(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    })
