/// Benchmark of the framing stage (placeholder until the stage lands).
enum FramingBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("framing: no benchmark yet")
    }
}
