import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text in a legacy encoding (GB18030, as older Excel saves CSV in China) decoded with the C
/// library's iconv; nil when it is not valid in that encoding.
enum Iconv {
    static func decode(_ bytes: some Collection<UInt8>, from encoding: String) -> String? {
        convert(Array(bytes), from: encoding, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Text encoded in `encoding` (for tests that need a legacy file).
    static func encodeForTests(_ text: String, to encoding: String) -> Data? {
        convert(Array(text.utf8), from: "UTF-8", to: encoding).map { Data($0) }
    }

    private static func convert(_ input: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let converter = iconv_open(target, source)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = input
        var output = [UInt8](repeating: 0, count: input.count * 4 + 4)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    }
}
