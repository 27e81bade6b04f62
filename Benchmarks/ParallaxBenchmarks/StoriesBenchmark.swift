/// Benchmark of the stories stage (placeholder until the stage lands).
enum StoriesBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("stories: no benchmark yet")
    }
}
