/// Benchmark of the ingest stage (placeholder until the stage lands).
enum IngestBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("ingest: no benchmark yet")
    }
}
