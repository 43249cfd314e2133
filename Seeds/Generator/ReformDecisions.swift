import ChungtayCore

/// The decisions of the sample's reform, numbered in the order they are made, all dated the day before the reform.
/// Their numbers are invented and say so: `Quyết định 12-QĐ/TĐTN-TCKT ngày 30/6/2025 (số hiệu mẫu): …`.
struct ReformDecisions {
    private var count = 0
    private let date: String

    init(reform: CivilDate) {
        let (year, month, day) = reform.adding(days: -1).components
        date = "\(day)/\(month)/\(year)"
    }

    /// The Trung ương Đoàn's decision that makes Tỉnh đoàn Bình Định part of Tỉnh đoàn Gia Lai.
    func province(from old: String, to new: String) -> String {
        text(ReformCatalog.provinceDecisionNumber, "hợp nhất \(old) và \(new) thành \(new)")
    }

    /// The next decision of the Ban Thường vụ Tỉnh đoàn, on `subject`.
    mutating func next(_ subject: String) -> String {
        count += 1
        return text(pad(count, 2) + "-QĐ/TĐTN-TCKT", subject)
    }

    private func text(_ number: String, _ subject: String) -> String {
        let decision = "Quyết định \(number) ngày \(date) (số hiệu mẫu): \(subject)"
        precondition(decision.count <= 200, "decision longer than data.md allows: \(decision)")
        return decision
    }
}
