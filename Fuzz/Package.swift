// swift-tools-version: 6.0
// libFuzzer targets for gongkai's parsers. Built only by `make fuzz` (scripts/fuzz.sh), in a
// build folder of its own, so the normal build and tests are untouched. The script has the
// compiler instrument all Swift code for libFuzzer and AddressSanitizer and names libFuzzer's
// driver without its `main` (GONGKAI_FUZZER_LIB): each target has a main that calls
// LLVMFuzzerRunDriver, since `--sanitize=fuzzer` would give the build-tool executable
// libFuzzer's `main` as well.
import Foundation
import PackageDescription

/// The gongkai package is the folder above; SwiftPM names a path dependency after its folder.
let gongkai = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent
let fuzzerLibrary = ProcessInfo.processInfo.environment["GONGKAI_FUZZER_LIB"].map { ["-Xlinker", $0] } ?? []

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: ["CFuzzDriver", .product(name: "GongkaiKit", package: gongkai)],
        linkerSettings: [.unsafeFlags(fuzzerLibrary)])
}

let package = Package(
    name: "gongkai-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        fuzzTarget("fuzz-yaml"),
        fuzzTarget("fuzz-front-matter"),
        fuzzTarget("fuzz-markdown"),
        fuzzTarget("fuzz-values"),
        fuzzTarget("fuzz-personal-numbers"),
        fuzzTarget("fuzz-template"),
    ],
    swiftLanguageModes: [.v6]
)
