import Crypto
import Foundation

/// Turns a citizen's normalised identifier into the only thing the ledger keeps of it: HMAC-SHA256 with the
/// deployment's secret key, in hex. The identifier itself is never stored, logged or printed.
public struct CitizenHasher {
    private let key: SymmetricKey

    /// - Parameter secret: the deployment key (the key file's text, or `CHUNGTAY_SECRET`).
    public init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    func hash(_ normalizedIdentifier: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(normalizedIdentifier.utf8), using: key)
        return code.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A new random secret for a key file: 32 random bytes in hex.
    public static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0 ..< 32).map { _ in
            let byte = UInt8.random(in: 0 ... 255, using: &generator)
            return byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }
}
