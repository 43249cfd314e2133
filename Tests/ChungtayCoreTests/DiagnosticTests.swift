import ChungtayCore
import Testing

private func message(_ text: String) -> Diagnostic.Message {
    Diagnostic.Message(vi: text, en: "en: " + text)
}

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("description for each kind of location", arguments: [
        (Diagnostic(file: "Rules/2026.json", location: .jsonPath("$.a.b"), vi: "msg", en: "english"), "Rules/2026.json: $.a.b: msg"),
        (Diagnostic(file: "units.csv", location: .line(12, column: "parent"), vi: "msg", en: "english"), "units.csv:12: parent: msg"),
        (Diagnostic(file: "units.csv", location: .line(3, column: nil), vi: "msg", en: "english"), "units.csv:3: msg"),
        (Diagnostic(file: "f", location: .file, vi: "msg", en: "english"), "f: msg"),
        (Diagnostic(file: "Rules/2026.json", location: .jsonPath("$.activities.dossier_assisted.by.level"),
                    vi: "không có mức 5", en: "there is no level 5"),
         "Rules/2026.json: $.activities.dossier_assisted.by.level: không có mức 5"),
        (Diagnostic(file: "hoạt động.csv", location: .line(1, column: "ngày"), vi: "ngày không tồn tại: 31/02/2026",
                    en: "no such date: 31/02/2026"),
         "hoạt động.csv:1: ngày: ngày không tồn tại: 31/02/2026"),
    ])
    func description(diagnostic: Diagnostic, expected: String) {
        #expect(diagnostic.description == expected)
        #expect("\(diagnostic)" == expected)
        #expect(diagnostic.text(.vi) == expected)
    }

    @Test("text in English for each kind of location", arguments: [
        (Diagnostic.Location.jsonPath("$.a.b"), "Rules/2026.json: $.a.b: english"),
        (.line(12, column: "parent"), "Rules/2026.json:12: parent: english"),
        (.line(3, column: nil), "Rules/2026.json:3: english"),
        (.file, "Rules/2026.json: english"),
    ])
    func english(location: Diagnostic.Location, expected: String) {
        let diagnostic = Diagnostic(file: "Rules/2026.json", location: location, vi: "tiếng Việt", en: "english")
        #expect(diagnostic.text(.en) == expected)
        #expect(diagnostic.text(.vi) == expected.replacingLast("english", with: "tiếng Việt"))
    }

    @Test("messages in both languages")
    func messages() {
        let text = Diagnostic.Message(vi: "thiếu cột", en: "missing column")
        #expect(text.vi == "thiếu cột")
        #expect(text.en == "missing column")
        #expect(text.text(.vi) == "thiếu cột")
        #expect(text.text(.en) == "missing column")
        #expect(text == Diagnostic.Message(vi: "thiếu cột", en: "missing column"))
        #expect(text != Diagnostic.Message(vi: "thiếu cột", en: "missing"))
        // Both initialisers give the same diagnostic.
        #expect(Diagnostic(file: "f", location: .file, message: text) == Diagnostic(file: "f", location: .file, vi: "thiếu cột", en: "missing column"))
    }

    @Test("stored properties")
    func properties() {
        let diagnostic = Diagnostic(file: "units.csv", location: .line(12, column: "parent"), message: message("unknown parent"))
        #expect(diagnostic.file == "units.csv")
        #expect(diagnostic.location == Diagnostic.Location.line(12, column: "parent"))
        #expect(diagnostic.message.vi == "unknown parent")
        #expect(diagnostic.message.en == "en: unknown parent")
    }

    @Test("equality and hashing")
    func equality() {
        let a = Diagnostic(file: "f", location: .line(3, column: nil), message: message("m"))
        let b = Diagnostic(file: "f", location: .line(3, column: nil), message: message("m"))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != Diagnostic(file: "f", location: .line(3, column: "x"), message: message("m")))
        #expect(a != Diagnostic(file: "f", location: .line(4, column: nil), message: message("m")))
        #expect(a != Diagnostic(file: "f", location: .file, message: message("m")))
        #expect(a != Diagnostic(file: "g", location: .line(3, column: nil), message: message("m")))
        #expect(a != Diagnostic(file: "f", location: .line(3, column: nil), message: message("n")))
        #expect(a != Diagnostic(file: "f", location: .line(3, column: nil), vi: "m", en: "other"))
        #expect(Diagnostic.Location.jsonPath("$.a") != Diagnostic.Location.jsonPath("$.b"))
        #expect(Set([a, b, Diagnostic(file: "f", location: .file, message: message("m"))]).count == 2)
    }

    @Test("DiagnosticsError carries every diagnostic in order")
    func error() {
        let list = [
            Diagnostic(file: "a", location: .file, vi: "một", en: "one"),
            Diagnostic(file: "b", location: .jsonPath("$"), vi: "hai", en: "two"),
        ]
        let error = DiagnosticsError(list)
        #expect(error.diagnostics == list)
        #expect(error.diagnostics.map { $0.description } == ["a: một", "b: $: hai"])
        #expect(error.diagnostics.map { $0.text(.en) } == ["a: one", "b: $: two"])
        #expect(throws: DiagnosticsError.self) { throw error }
    }
}

extension String {
    /// Replaces the last occurrence of `target` (the message comes last in a diagnostic's text).
    fileprivate func replacingLast(_ target: String, with replacement: String) -> String {
        guard hasSuffix(target) else { return self }
        return String(dropLast(target.count)) + replacement
    }
}
