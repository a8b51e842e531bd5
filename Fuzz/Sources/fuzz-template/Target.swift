import GongkaiKit

/// libFuzzer's entry point: one input, handed to `FuzzEntryPoints.template`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoints.template(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
