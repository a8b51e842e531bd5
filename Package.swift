// swift-tools-version: 6.0
import PackageDescription

let acrossTargets: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "gongkai",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .library(name: "GongkaiKit", targets: ["GongkaiKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CQRencode", pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CArgon2", pkgConfig: "libargon2",
            providers: [.apt(["libargon2-dev"])]),
        .target(name: "CGongkaiSupport"),
        .executableTarget(name: "EmbedTemplates"),
        .executableTarget(name: "GenerateTemplateFields"),
        .plugin(
            name: "TemplatesPlugin", capability: .buildTool(),
            dependencies: ["EmbedTemplates", "GenerateTemplateFields"]),
        // The stages, bottom to top; each target sees only those below it (ARCHITECTURE.md).
        // Optimized across targets, as one module was: values and helpers inline where they are used.
        .target(
            name: "GongkaiCore",
            dependencies: ["CGongkaiSupport", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: acrossTargets),
        .target(
            name: "GongkaiContent", dependencies: ["GongkaiCore", "CCmarkGFM", "CYAML"], swiftSettings: acrossTargets),
        .target(
            name: "GongkaiSite", dependencies: ["GongkaiContent", "GongkaiCore", "CQRencode"],
            swiftSettings: acrossTargets, plugins: ["TemplatesPlugin"]),
        .target(
            name: "GongkaiEditor",
            dependencies: [
                "GongkaiSite", "GongkaiContent", "GongkaiCore",
                // Uploaded spreadsheets (导入): the .xlsx container and its XML, and CSV.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: acrossTargets),
        .target(name: "GongkaiKit", dependencies: ["GongkaiEditor", "GongkaiSite", "GongkaiContent", "GongkaiCore"]),
        .target(
            name: "GongkaiServe",
            dependencies: [
                "GongkaiKit", "GongkaiAccounts",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "GongkaiAccounts",
            // GongkaiCore for the words its problems are told in.
            dependencies: ["GongkaiCore", "CSQLite", "CArgon2", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "GongkaiKit", "GongkaiServe", "GongkaiAccounts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(
            name: "GongkaiKitTests",
            dependencies: [
                "GongkaiKit", "GongkaiAccounts", "GongkaiServe", "gongkai",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
