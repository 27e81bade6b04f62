public import Foundation

/// Expands the paths a user names into the files to read: folders are searched recursively.
public struct InputCollector: Sendable {
    public init() {}

    /// The files under `paths`, in a stable order, plus the problems met on the way.
    public func collect(paths: [String]) -> (files: [String], problems: [IngestError]) {
        var files: [String] = []
        var problems: [IngestError] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(IngestError(input: path, reason: "does not exist"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                problems.append(IngestError(input: path, reason: "folder cannot be listed"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(relative)
                var isSubdirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue,
                    !(relative as NSString).lastPathComponent.hasPrefix(".")
                {
                    found.append(full)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, problems)
    }
}
