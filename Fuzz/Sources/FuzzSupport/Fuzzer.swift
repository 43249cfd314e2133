import FuzzDriver
#if canImport(Glibc)
import Glibc
#endif

/// Runs libFuzzer with this process's arguments, calling `body` with each input, and exits with its status.
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, body))
}

/// The input's bytes (libFuzzer passes a null pointer for the empty input).
public func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: count > 0 ? start : nil, count: count)
}

/// Stops the run (a finding for libFuzzer) when the code under test broke its promise.
public func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
