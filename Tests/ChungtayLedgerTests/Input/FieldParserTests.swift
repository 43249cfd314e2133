@testable import ChungtayLedger
import Testing

/// The value parsers on their own, for the forms the import tests do not reach: hosts with Vietnamese letters,
/// empty or spaced hosts, and citizen identifiers written with separators or letters.
@Suite struct FieldParserTests {
    private func url(_ text: String) -> String? {
        if case let .success(value) = FieldParser.url(text) { return value }
        return nil
    }

    private func citizen(_ text: String) -> String? {
        if case let .success(value) = FieldParser.citizen(text) { return value }
        return nil
    }

    @Test func urlsKeepTheirPathAndLowerCaseSchemeAndHost() {
        #expect(url("hTtP://X.vn") == "http://x.vn")
        #expect(url("HTTPS://Đoàn.Bình-Định.VN/Tin/Mới#đầu") == "https://đoàn.bình-định.vn/Tin/Mới")
        #expect(url("http://x.vn?q=1") == "http://x.vn?q=1")
        #expect(url("https://x.vn/a:b://c/") == "https://x.vn/a:b://c")
        // The first "://" ends the scheme.
        #expect(url("mailto:a@x.vn https://x.vn") == nil)
    }

    @Test func urlsWithoutAHostAreRefused() {
        #expect(url("https://") == nil)
        #expect(url("https:///a") == nil)
        #expect(url("https://a b.vn/x") == nil)
        #expect(url("https:/x.vn") == nil)
        #expect(url("ftp://x.vn") == nil)
        #expect(url("") == nil)
    }

    @Test func citizenIdentifiersLoseSeparatorsAndAreUpperCased() {
        #expect(citizen("052079403491") == "052079403491")
        #expect(citizen("052 079.403-491") == "052079403491")
        #expect(citizen("b1234567") == "B1234567")
        #expect(citizen(" . - ") == nil)
    }
}
