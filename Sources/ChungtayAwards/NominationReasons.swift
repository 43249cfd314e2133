import ChungtayCore
import ChungtayRanking
import ChungtayRules

/// The reasons a nominee carries: each condition of its award that it met, in words ("Xếp hạng 3/1.234 toàn tỉnh",
/// "42 hồ sơ được hỗ trợ"). The rank always comes first, as the committee reads it first.
struct NominationReasons {
    let award: Award
    /// The rules file whose awards these are, for the labels of activity types without a noun of their own.
    let file: RulesFile?
    let ranked: Int
    let scoreBasis: RankingSettings.ScoreBasis
    let targets: TargetCheck?
    let status: (String) -> MemberStatus

    func reasons(_ entry: BoardEntry) -> [Reason] {
        var reasons: [Reason] = []
        if let rank = entry.rank {
            let (r, n) = (ExactDecimal(rank), ExactDecimal(ranked))
            reasons.append(Reason(vi: "Xếp hạng \(r.grouped(.vi))/\(n.grouped(.vi)) toàn tỉnh",
                                  en: "Ranked \(r.grouped(.en)) of \(n.grouped(.en)) province-wide"))
        }
        if let percent = award.topPercent {
            reasons.append(Reason(vi: "Thuộc \(percent.grouped(.vi))% dẫn đầu toàn tỉnh", en: "In the province's top \(percent.grouped(.en))%"))
        }
        if award.minScore != nil, let score = entry.score?.exact {
            reasons.append(scoreBasis == .per_member
                ? Reason(vi: "Đạt \(score.grouped(.vi)) điểm bình quân mỗi đoàn viên", en: "\(score.grouped(.en)) points per member")
                : Reason(vi: "Đạt \(score.grouped(.vi)) điểm", en: "\(score.grouped(.en)) points"))
        }
        for minimum in award.minCounts {
            reasons.append(count(entry.tally(minimum.type).count, of: minimum.type))
        }
        if award.statuses != nil, award.board == .members {
            switch status(entry.id) {
            case .active: reasons.append(Reason(vi: "Đoàn viên đang sinh hoạt", en: "Active member"))
            case .inactive: reasons.append(Reason(vi: "Đoàn viên tạm ngừng sinh hoạt", en: "Inactive member"))
            case .disciplined: reasons.append(Reason(vi: "Đoàn viên đang chịu kỷ luật", en: "Member under discipline"))
            }
        }
        if award.targetsMet, let targets {
            let applying = targets.applicable[entry.id] ?? 0
            reasons.append(applying == 0
                ? Reason(vi: "Không có chỉ tiêu cơ sở Đoàn nào áp dụng", en: "No branch target applies")
                : Reason(vi: "Đạt mọi chỉ tiêu cơ sở Đoàn trong kỳ (\(applying) chỉ tiêu)",
                         en: "Met every branch target in the period (\(applying))"))
        }
        return reasons
    }

    /// Why an entry ranked among the nominees is left out, in words: "Đã được đề nghị Bằng khen …", "Chưa đạt 20 hồ sơ
    /// được hỗ trợ (có 12)". `earlier` is the award it was nominated for, `districtName` its district's name.
    func leftOut(_ entry: BoardEntry, _ why: NomineeSelection.LeftOut, earlier: Award?, districtName: String?) -> Reason {
        switch why {
        case .taken:
            let title = earlier?.title ?? ""
            return Reason(vi: "Đã được đề nghị \(title)", en: "Already nominated for \(title)")
        case .quota:
            let quota = award.quotaPerDistrict ?? 0
            let district = districtName ?? entry.district
            return district.map { Reason(vi: "\($0) đã đủ \(quota) đề nghị", en: "\($0) already has \(quota) nominees") }
                ?? Reason(vi: "Các đơn vị trực thuộc Tỉnh đoàn đã đủ \(quota) đề nghị", en: "The units directly under the province already have \(quota) nominees")
        case .limit:
            let limit = award.limit ?? 0
            return Reason(vi: "Hình thức này đã đủ \(limit) đề nghị", en: "This award already has \(limit) nominees")
        case let .unmet(unmet):
            switch unmet {
            case .noRank:
                return Reason(vi: "Chưa có hạng", en: "No rank")
            case let .minScore(minimum):
                let score = entry.score?.exact ?? .zero
                return Reason(vi: "Chưa đạt \(minimum.grouped(.vi)) điểm (đạt \(score.grouped(.vi)))",
                              en: "Below \(minimum.grouped(.en)) points (\(score.grouped(.en)))")
            case let .minCount(type, minimum):
                let needed = count(minimum, of: type), has = ExactDecimal(entry.tally(type).count)
                return Reason(vi: "Chưa đạt \(needed.vi) (có \(has.grouped(.vi)))", en: "Fewer than \(needed.en) (\(has.grouped(.en)))")
            case let .maxRank(rank):
                return Reason(vi: "Ngoài hạng \(rank)", en: "Ranked below \(rank)")
            case let .topPercent(percent):
                return Reason(vi: "Ngoài \(percent.grouped(.vi))% dẫn đầu", en: "Outside the top \(percent.grouped(.en))%")
            case .status(.active):
                return Reason(vi: "Đoàn viên đang sinh hoạt không thuộc diện xét", en: "Active members are not eligible")
            case .status(.inactive):
                return Reason(vi: "Đoàn viên tạm ngừng sinh hoạt", en: "Inactive member")
            case .status(.disciplined):
                return Reason(vi: "Đoàn viên đang chịu kỷ luật", en: "Member under discipline")
            case .targets:
                return Reason(vi: "Chưa đạt mọi chỉ tiêu cơ sở Đoàn trong kỳ", en: "Did not meet every branch target in the period")
            }
        }
    }

    /// `42 hồ sơ được hỗ trợ`: the campaign's types have nouns; another type is named by its label.
    func count(_ value: Int, of type: String) -> Reason {
        let number = ExactDecimal(value)
        if let noun = Self.nouns[type] {
            return Reason(vi: "\(number.grouped(.vi)) \(noun.vi)", en: "\(number.grouped(.en)) \(noun.en)")
        }
        let label = file?.activityType(type)?.label ?? type
        return Reason(vi: "\(label): \(number.grouped(.vi))", en: "\(label): \(number.grouped(.en))")
    }

    /// What one activity of each of the campaign's types (Rules/) is called when counted.
    static let nouns: [String: (vi: String, en: String)] = [
        "account_opened": ("tài khoản được hỗ trợ mở", "accounts opened"),
        "account_transacted": ("tài khoản có giao dịch thực tế", "accounts with a real transaction"),
        "dossier_assisted": ("hồ sơ được hỗ trợ", "dossiers assisted"),
        "own_dossier": ("hồ sơ của bản thân", "own dossiers"),
        "article_posted": ("tin, bài", "articles posted"),
        "propaganda_session": ("buổi tuyên truyền", "information sessions"),
        "volunteer_shift": ("ca trực tình nguyện", "volunteer shifts"),
        "training_attended": ("lượt tham gia tập huấn", "trainings attended"),
        "contest_held": ("cuộc thi", "contests held"),
        "vneid_activated": ("tài khoản VNeID được kích hoạt", "VNeID accounts activated"),
    ]
}
