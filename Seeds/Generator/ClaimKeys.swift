import ChungtayCore

/// A dossier code, `000.AA.BB.H05-yymmdd-NNNN`: the one-stop desk (commune AA of town BB, or a provincial
/// department when AA is 00 and BB below 20), the day it was received and its number that day.
struct DossierKey {
    var commune: UInt8
    var town: UInt8
    var day: Int32
    var sequence: Int32

    func text(calendar: CampaignCalendar) -> String {
        "000." + pad(Int(commune), 2) + "." + pad(Int(town), 2) + ".H05-" + calendar.compact[Int(day)] + "-"
            + pad(Int(sequence), 4)
    }
}

/// A citizen's identifier: a fictional 12-digit ID card number starting `0520`, or a phone number in the
/// `095` range (no longer assigned to subscribers). `number` is a counter; the digits are scrambled from it
/// by a bijection, so different counters never give the same identifier.
struct CitizenKey {
    var phone: Bool
    var number: Int

    /// The identifier, written plainly or grouped with spaces or dots (style 0 is plain).
    func text(style: Int) -> String {
        if phone {
            let digits = "095" + pad(scramble(number, digits: 7), 7)
            switch style {
            case 1: return grouped(digits, [4, 3, 3], " ")
            case 2: return grouped(digits, [4, 3, 3], ".")
            default: return digits
            }
        }
        let digits = "0520" + pad(scramble(number, digits: 8), 8)
        return style == 0 ? digits : grouped(digits, [3, 3, 3, 3], " ")
    }

    /// A bijection on the numbers of `digits` digits (affine, digits reversed, affine again), so that
    /// consecutive counters give unrelated-looking numbers and different counters never the same one.
    private func scramble(_ value: Int, digits: Int) -> Int {
        var modulus = 1
        for _ in 0 ..< digits { modulus *= 10 }
        var x = (value % modulus * 7_919 + 2_468_013) % modulus
        var reversed = 0
        for _ in 0 ..< digits {
            reversed = reversed * 10 + x % 10
            x /= 10
        }
        return (reversed * 4_649 + 1_357_911) % modulus
    }

    private func grouped(_ digits: String, _ sizes: [Int], _ separator: String) -> String {
        var parts = [String]()
        var rest = Substring(digits)
        for size in sizes {
            parts.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return parts.joined(separator: separator)
    }
}

/// An earlier claim that a later activity may claim again: its key, who claimed it (a member index; for
/// articles, the unit index), and its row.
struct Claim<Key> {
    var key: Key
    var member: Int32
    var row: Int32
}

/// The most recent claims of one type, from which duplicates are drawn (bounded, so memory stays flat).
struct ClaimRing<Key> {
    private var storage: [Claim<Key>] = []
    private var next = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        storage.reserveCapacity(capacity)
    }

    var isEmpty: Bool { storage.isEmpty }

    mutating func add(_ claim: Claim<Key>) {
        if storage.count < capacity {
            storage.append(claim)
        } else {
            storage[next] = claim
            next = (next + 1) % capacity
        }
    }

    func pick(_ random: inout SeededGenerator) -> Claim<Key> {
        storage[random.below(storage.count)]
    }

    /// Takes a claim out (for accounts whose first transaction is reported once).
    mutating func take(_ random: inout SeededGenerator) -> Claim<Key> {
        let index = random.below(storage.count)
        let claim = storage[index]
        storage[index] = storage[storage.count - 1]
        storage.removeLast()
        next = 0
        return claim
    }
}

/// `value` in decimal, zero-padded to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
