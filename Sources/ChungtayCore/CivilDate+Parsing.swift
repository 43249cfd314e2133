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
