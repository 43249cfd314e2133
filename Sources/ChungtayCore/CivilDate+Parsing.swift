extension CivilDate {
    /// Parses a date as users type it (data.md, Dates): `YYYY-MM-DD`, or `DD/MM/YYYY` and `D/M/YYYY` with
    /// `/`, `-` or `.` between day, month and year. Nil when malformed or when the date does not exist.
    public init?(userText text: some StringProtocol) {
        if let date = CivilDate(iso: text) {
            self = date
            return
        }
        let bytes = Array(text.utf8)
        guard let separator = bytes.first(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return nil }
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, (1 ... 2).contains(parts[0].count), (1 ... 2).contains(parts[1].count), parts[2].count == 4,
              let day = CivilDate.number(parts[0]), let month = CivilDate.number(parts[1]), let year = CivilDate.number(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

extension CivilDate {
    /// An ISO date (`YYYY-MM-DD`, its UTF-8) as a number that grows with the date (`YYYYMMDD`), read without making a
    /// date: what ranks compare under the `earliest` tie-break. Nil for anything else.
    ///
    /// Inlinable, so that it is specialized where it is called: read once per line of a board of every member, an
    /// unspecialized walk of the bytes looks up generic metadata at every step (it tripled the board's time).
    @inlinable
    public static func sortKey(iso: some Collection<UInt8>) -> Int64? {
        guard iso.count == 10 else { return nil }
        var number: Int64 = 0
        for (offset, byte) in iso.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return number
    }
}
