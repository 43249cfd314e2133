import ChungtayCore
import Testing

@Suite("Vocabulary")
struct VocabularyTests {
    @Test("attribute names and order")
    func attributes() {
        #expect(Attribute.allCases.map(\.rawValue) == ["level", "dossier", "citizen", "subject", "online", "paid_online",
                                                        "url", "channel", "attendees", "hours"])
        #expect(Attribute.level < .dossier)
        #expect(Attribute.channel < .hours)
        #expect(!(Attribute.hours < .level))
        #expect(!(Attribute.url < .url))
        #expect([Attribute.hours, .level, .paid_online, .online].sorted() == [.level, .online, .paid_online, .hours])
        #expect(Attribute(rawValue: "paid_online") == .paid_online)
        #expect(Attribute(rawValue: "Level") == nil)
    }

    @Test("values that by may name")
    func byValues() {
        #expect(Set(Attribute.byValues.keys) == [.level, .subject, .channel])
        #expect(Attribute.byValues[.level] == ["1", "2", "3", "4"])
        #expect(Attribute.byValues[.subject] == ["self", "youth", "citizen"])
        #expect(Attribute.byValues[.channel] == ["web", "facebook", "zalo", "tiktok", "youtube", "other"])
        #expect(Attribute.byValues[.hours] == nil)
    }

    @Test("flags and quantities")
    func flagsAndQuantities() {
        #expect(Attribute.booleans == [.online, .paid_online])
        #expect(Attribute.quantities == [.attendees, .hours])
        #expect(Attribute.booleans.isDisjoint(with: Attribute.quantities))
    }

    @Test("closed vocabularies")
    func vocabularies() {
        #expect(Subject.allCases.map(\.rawValue) == ["self", "youth", "citizen"])
        #expect(Channel.allCases.map(\.rawValue) == ["web", "facebook", "zalo", "tiktok", "youtube", "other"])
        #expect(Sector.allCases.map(\.rawValue) == ["commune", "ward", "school", "university", "agency", "enterprise",
                                                     "armed_forces", "other"])
        #expect(AreaFlag.allCases.map(\.rawValue) == ["mountain", "ethnic_minority", "island"])
        #expect(UnitLevel.allCases.map(\.rawValue) == ["province", "district", "grassroots", "cell"])
        #expect(Credit(rawValue: "member") == .member)
        #expect(Credit(rawValue: "unit") == .unit)
        #expect(Credit(rawValue: "district") == nil)
        #expect(MemberStatus.allCases.map(\.rawValue) == ["active", "inactive", "disciplined"])
    }

    @Test("area flag bits are distinct powers of two")
    func areaBits() {
        #expect(AreaFlag.mountain.bit == 1)
        #expect(AreaFlag.ethnic_minority.bit == 2)
        #expect(AreaFlag.island.bit == 4)
        #expect(AreaFlag.allCases.reduce(UInt8(0)) { $0 | $1.bit } == 7)
    }
}
