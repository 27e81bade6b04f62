import CZlib
package import Foundation

/// Inflates gzip (and zlib) data with zlib, in chunks, refusing output beyond a size cap.
package struct GzipInflater: Sendable {
    /// Why inflating failed.
    package enum Failure: Error, Equatable {
        /// The data is cut off or damaged.
        case damaged
        /// The output would exceed the cap.
        case tooLarge
    }

    /// The most bytes the output may hold.
    package var maximumOutputBytes: Int

    /// An inflater capped at `maximumOutputBytes`.
    package init(maximumOutputBytes: Int) {
        self.maximumOutputBytes = maximumOutputBytes
    }

    /// Whether `data` starts with the gzip magic bytes `1F 8B`.
    package static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The inflated bytes of `data`; concatenated gzip members are all read.
    /// - Throws: ``Failure/damaged`` for truncated or corrupt input, ``Failure/tooLarge`` past the cap.
    /// - Complexity: O(n) in the output size; memory is the output plus one 64 KiB chunk.
    package func inflate(_ data: Data) throws(Failure) -> Data {
        var output = Data()
        let result: Failure? = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Failure? in
            guard let base = input.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return .damaged }
            var stream = z_stream()
            // 15 window bits + 32: detect gzip or zlib headers automatically.
            guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return .damaged
            }
            defer { inflateEnd(&stream) }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(input.count)
            let chunkSize = 64 * 1024
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(chunkSize)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, chunkSize - Int(stream.avail_out))
                }
                if produced > 0 {
                    if output.count + produced > maximumOutputBytes { return .tooLarge }
                    output.append(contentsOf: chunk[0..<produced])
                }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow.
                    guard stream.avail_in > 0 else { return nil }
                    guard inflateReset(&stream) == Z_OK else { return .damaged }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where produced > 0:
                    continue
                default:
                    // Z_BUF_ERROR with no progress: input ended before the stream did.
                    return .damaged
                }
            }
        }
        if let result { throw result }
        return output
    }
}
