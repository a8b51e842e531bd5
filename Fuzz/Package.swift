// swift-tools-version: 6.0
// libFuzzer targets for gongkai's parsers. Built only by `make fuzz` (scripts/fuzz.sh), in a
// build folder of its own, so the normal build and tests are untouched. The script compiles all
// Swift code with AddressSanitizer and coverage (-Xswiftc), and only these targets link libFuzzer:
// `--sanitize=fuzzer` would give the build-tool executable libFuzzer's `main` as well.
import Foundation
import PackageDescription

/// The gongkai package is the folder above; SwiftPM names a path dependency after its folder.
let gongkai = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

/// An executable whose `main` is libFuzzer's: its own file is compiled as a library.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: [.product(name: "GongkaiKit", package: gongkai)],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])])
}

let package = Package(
    name: "gongkai-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        fuzzTarget("fuzz-yaml"),
        fuzzTarget("fuzz-front-matter"),
        fuzzTarget("fuzz-markdown"),
        fuzzTarget("fuzz-values"),
        fuzzTarget("fuzz-personal-numbers"),
        fuzzTarget("fuzz-template"),
    ],
    swiftLanguageModes: [.v6]
)
