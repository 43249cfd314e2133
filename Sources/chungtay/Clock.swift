import ChungtayCore
import Foundation

/// The one place chungtay reads the clock (the libraries are given dates and times, never read them).
///
/// `CHUNGTAY_NOW` (ISO 8601, e.g. `2026-11-30T08:00:00+07:00`) stands for the clock where set: a bulletin can then
/// be written again byte for byte, and the tests fix the time of what they publish.
enum Clock {
    /// Asia/Ho_Chi_Minh: UTC+7, no daylight saving.
    private static let offset = 7 * 3600

    private static var now: Date {
        GlobalOptions.environment["CHUNGTAY_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) } ?? Date()
    }

    /// Today in Asia/Ho_Chi_Minh, the default of `--today`.
    static func today() -> CivilDate {
        let seconds = Int(now.timeIntervalSince1970) + offset
        return CivilDate(dayNumber: Int32(seconds.quotientAndRemainder(dividingBy: 86_400).quotient))
    }

    /// The time now in Asia/Ho_Chi_Minh, ISO 8601 with its offset: when a rejection or restoration is logged.
    static func localTimestamp() -> String {
        timestamp(in: TimeZone(secondsFromGMT: offset)!)
    }

    /// The time now, UTC, `YYYY-MM-DDTHH:MM:SSZ`: when a new revision of a bulletin is first stored.
    static func utcTimestamp() -> String {
        timestamp(in: TimeZone(identifier: "UTC")!)
    }

    private static func timestamp(in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.string(from: now)
    }
}
