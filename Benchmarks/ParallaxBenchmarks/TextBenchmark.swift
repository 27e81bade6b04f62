/// Benchmark of the text stage (placeholder until the stage lands).
enum TextBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("text: no benchmark yet")
    }
}
