// swift-tools-version: 6.1
import PackageDescription

/// Settings every Parallax target shares: Swift 6 mode plus the upcoming features STYLE.md asks for.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parallax", targets: ["ParallaxCLI"]),
        .library(name: "ParallaxPipeline", targets: ["ParallaxPipeline"]),
        .library(name: "ParallaxTesting", targets: ["ParallaxTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: System libraries
        .systemLibrary(
            name: "CLibXML2", path: "Sources/System/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", path: "Sources/System/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // MARK: Shared value types
        .target(name: "ParallaxModel", swiftSettings: strictSettings),

        // MARK: Pipeline stages, in pipeline order
        .target(
            name: "ParallaxIngest",
            dependencies: ["ParallaxModel", "ParallaxText", "CLibXML2", "CZlib"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(
            name: "ParallaxText", dependencies: ["ParallaxModel"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(
            name: "ParallaxClaims", dependencies: ["ParallaxModel", "ParallaxText"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(
            name: "ParallaxStories", dependencies: ["ParallaxModel", "ParallaxText"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(
            name: "ParallaxReconcile", dependencies: ["ParallaxModel", "ParallaxText"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(
            name: "ParallaxFraming", dependencies: ["ParallaxModel", "ParallaxText"],
            resources: [.copy("Lexicons")], swiftSettings: strictSettings),
        .target(name: "ParallaxReport", dependencies: ["ParallaxModel"], swiftSettings: strictSettings),

        // MARK: Orchestration, evaluation and the command line
        .target(
            name: "ParallaxPipeline",
            dependencies: [
                "ParallaxModel", "ParallaxIngest", "ParallaxText", "ParallaxClaims", "ParallaxStories",
                "ParallaxReconcile", "ParallaxFraming", "ParallaxReport",
            ],
            swiftSettings: strictSettings),
        .target(
            name: "ParallaxEval",
            dependencies: ["ParallaxModel", "ParallaxPipeline", "ParallaxIngest", "ParallaxText", "ParallaxReconcile"],
            swiftSettings: strictSettings),
        .target(
            name: "ParallaxTesting", dependencies: ["ParallaxModel", "ParallaxPipeline"],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "ParallaxCLI",
            dependencies: [
                "ParallaxPipeline", "ParallaxEval", "ParallaxReport", "ParallaxClaims", "ParallaxIngest", "ParallaxReconcile", "ParallaxModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "ParallaxBenchmarks",
            dependencies: [
                "ParallaxPipeline", "ParallaxIngest", "ParallaxText", "ParallaxClaims", "ParallaxStories",
                "ParallaxReconcile", "ParallaxFraming", "ParallaxModel", "ParallaxTesting",
            ],
            path: "Benchmarks/ParallaxBenchmarks", swiftSettings: strictSettings),

        // MARK: Tests, one target per stage
        .testTarget(
            name: "ParallaxTextTests", dependencies: ["ParallaxTesting", "ParallaxText", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxIngestTests", dependencies: ["ParallaxTesting", "ParallaxIngest", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxClaimsTests", dependencies: ["ParallaxTesting", "ParallaxClaims", "ParallaxText", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxStoriesTests", dependencies: ["ParallaxTesting", "ParallaxStories", "ParallaxText", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxReconcileTests", dependencies: ["ParallaxReconcile", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxFramingTests", dependencies: ["ParallaxTesting", "ParallaxFraming", "ParallaxText", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxReportTests", dependencies: ["ParallaxTesting", "ParallaxReport", "ParallaxModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ParallaxPipelineTests",
            dependencies: ["ParallaxPipeline", "ParallaxEval", "ParallaxTesting", "ParallaxModel", "ParallaxReport"],
            swiftSettings: strictSettings),
    ]
)
