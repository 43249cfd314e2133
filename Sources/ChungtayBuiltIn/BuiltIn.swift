import ChungtaySample

/// What an installed chungtay carries, so that it runs from any folder: the campaign's official rules files and the
/// sample province.
///
/// The rules are `Rules/` as committed, embedded by SwiftPM (`Sources/ChungtayBuiltIn/Rules/` links to each file;
/// a year's file is added there and below). The sample is made by its generator, which gives `Seeds/` byte for byte.
public enum BuiltIn {
    /// The official rules files, by name, as in `Rules/`.
    public static let rules: [(name: String, bytes: [UInt8])] = [
        ("2022.json", PackageResources.rules_2022_json),
        ("2023.json", PackageResources.rules_2023_json),
        ("2024.json", PackageResources.rules_2024_json),
        ("2025.json", PackageResources.rules_2025_json),
        ("2026.json", PackageResources.rules_2026_json),
        ("2027.json", PackageResources.rules_2027_json),
    ]

    /// The sample province's files, by name, as in `Seeds/`: `units.csv`, `members.csv`, `activities.csv`,
    /// `rejections.csv`.
    public static func sample() -> [String: [UInt8]] {
        SampleProvince.files()
    }
}
