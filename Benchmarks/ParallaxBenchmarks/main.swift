// parallax-bench STAGE [options]: throughput and peak memory of one pipeline stage.
// Each stage's benchmark lives in its own file; BENCHMARKS.md records the commands and figures.

import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let stages: [String: @Sendable ([String]) async throws -> Void] = [
    "text": TextBenchmark.run,
    "ingest": IngestBenchmark.run,
    "html": HTMLBenchmark.run,
    "claims": ClaimsBenchmark.run,
    "framing": FramingBenchmark.run,
    "stories": StoriesBenchmark.run,
    "reconcile": ReconcileBenchmark.run,
    "pipeline": PipelineBenchmark.run,
]
guard let stage = arguments.first, let run = stages[stage] else {
    print("usage: parallax-bench STAGE [options]; stages: \(stages.keys.sorted().joined(separator: ", "))")
    exit(2)
}
try await run(Array(arguments.dropFirst()))
