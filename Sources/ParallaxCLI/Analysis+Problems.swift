import ArgumentParser
import Foundation
import ParallaxIngest
import ParallaxPipeline

extension Analysis {
    /// Writes one line per input that could not be read and per stage that could not run in full to standard error,
    /// after the report is written, and ends the command with exit status 1 when there was any (`analyze`, `demo`).
    func reportProblems() throws {
        let lines = problems.map(\.description) + stageProblems
        for line in lines {
            FileHandle.standardError.write(Data("parallax: \(line)\n".utf8))
        }
        if !lines.isEmpty { throw ExitCode(1) }
    }
}
