extension String {
    /// The text in lower-case ASCII letters and digits only: Vietnamese letters lose their marks
    /// ("Ghềnh Ráng" → "ghenhrang"), anything else is dropped. Used to build unit codes and URL slugs.
    var asciiFolded: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in lowercased() {
            if let folded = vietnameseFold[character] {
                result.append(folded)
            } else if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            }
        }
        return result
    }
}

private let vietnameseFold: [Character: Character] = {
    let groups: [(String, Character)] = [
        ("àáảãạăằắẳẵặâầấẩẫậ", "a"), ("èéẻẽẹêềếểễệ", "e"), ("ìíỉĩị", "i"),
        ("òóỏõọôồốổỗộơờớởỡợ", "o"), ("ùúủũụưừứửữự", "u"), ("ỳýỷỹỵ", "y"), ("đ", "d"),
    ]
    var table: [Character: Character] = [:]
    for (letters, base) in groups {
        for letter in letters { table[letter] = base }
    }
    return table
}()
