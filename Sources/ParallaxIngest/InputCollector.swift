public import Foundation

/// Expands the paths a user names into the files to read: folders are searched recursively.
///
/// Hidden files and folders (names starting with `.`) are skipped. A missing path or a folder that
/// cannot be listed becomes a problem; the other paths are still collected. Folders reached twice
/// through symbolic links are listed once.
public struct InputCollector: Sendable {
    public init() {}

    /// The files under `paths`, in a stable order, plus the problems met on the way.
    public func collect(paths: [String]) -> (files: [String], problems: [IngestError]) {
        var files: [String] = []
        var problems: [IngestError] = []
        var visited: Set<String> = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(IngestError(input: path, reason: IngestError.Reason.missing))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            walk(path, into: &files, problems: &problems, visited: &visited)
        }
        return (files, problems)
    }

    private func walk(_ folder: String, into files: inout [String], problems: inout [IngestError], visited: inout Set<String>) {
        let manager = FileManager.default
        let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(resolved).inserted else { return }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append(IngestError(input: folder, reason: IngestError.Reason.folderUnlistable))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(full, into: &files, problems: &problems, visited: &visited)
            } else {
                files.append(full)
            }
        }
    }
}
