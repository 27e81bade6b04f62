/// Benchmark of the reconcile stage (placeholder until the stage lands).
enum ReconcileBenchmark {
    static func run(_ arguments: [String]) async throws {
        print("reconcile: no benchmark yet")
    }
}
