/// Benchmark of the claims stage (placeholder until the stage lands).
enum ClaimsBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("claims: no benchmark yet")
    }
}
