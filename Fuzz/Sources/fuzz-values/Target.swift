import GongkaiKit

/// libFuzzer's entry point: one input, handed to `FuzzEntryPoints.values`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.values(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
