/// Benchmark of the html stage (placeholder until the stage lands).
enum HTMLBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("html: no benchmark yet")
    }
}
