/// The free text of the sample: notes on activities and reasons for rejections. Some notes hold commas and
/// quotes (quoted in the file); a very few hold a line break or a no-break space, which the importer folds
/// into one space.
enum ActivityNotes {
    static func notes(for kind: ActivityKind) -> [String] {
        switch kind {
        case .accountOpened:
            return ["Hỗ trợ tại điểm chợ", "Hỗ trợ tại nhà văn hóa thôn", "Ngày thứ Bảy tình nguyện",
                    "Hỗ trợ người cao tuổi, người khuyết tật", "Hỗ trợ phụ huynh học sinh", "Đăng ký qua VNeID"]
        case .accountTransacted:
            return ["Nộp hồ sơ cấp bản sao trích lục khai sinh", "Thanh toán lệ phí trực tuyến",
                    "Tra cứu, nộp thuế đất", "Đăng ký tạm trú"]
        case .dossierAssisted:
            return ["Cấp bản sao trích lục khai sinh", "Đăng ký thường trú", "Cấp đổi giấy phép lái xe",
                    "Đăng ký kinh doanh hộ cá thể", "Cấp phiếu lý lịch tư pháp", "Đăng ký khai tử",
                    "Cấp giấy chứng nhận quyền sử dụng đất, lần đầu",
                    "Hỗ trợ tại Bộ phận một cửa, \"Ngày thứ Bảy tình nguyện\"",
                    "Liên thông khai sinh – thường trú – cấp thẻ BHYT cho trẻ dưới 6 tuổi"]
        case .ownDossier:
            return ["Đăng ký tạm trú", "Cấp đổi giấy phép lái xe", "Xác nhận tình trạng hôn nhân",
                    "Cấp phiếu lý lịch tư pháp", "Nộp hồ sơ của đơn vị"]
        case .articlePosted:
            return ["Bài đăng trên trang Fanpage của Đoàn", "Video hướng dẫn, 3 phút", "Infographic các bước nộp hồ sơ",
                    "Chia sẻ bài của Tỉnh đoàn", "Tin hoạt động \"Ngày thứ Bảy tình nguyện\""]
        case .propagandaSession:
            return ["Lồng ghép sinh hoạt chi đoàn", "Tuyên truyền tại hội nghị thôn",
                    "Có cán bộ Trung tâm Phục vụ hành chính công tham dự, hướng dẫn trực tiếp",
                    "Tuyên truyền qua loa phát thanh, kết hợp phát tờ rơi", "Diễn đàn \"Thanh niên với chuyển đổi số\""]
        case .volunteerShift:
            return ["Trực tại Bộ phận Tiếp nhận và Trả kết quả UBND xã", "Trực tại Trung tâm Phục vụ hành chính công tỉnh",
                    "Ca trực sáng Thứ Bảy", "Đội hình Chiến dịch Thanh niên tình nguyện hè"]
        case .trainingAttended:
            return ["Lớp tập huấn kỹ năng hỗ trợ dịch vụ công trực tuyến do Tỉnh đoàn tổ chức",
                    "Tập huấn trực tuyến", "Lớp bồi dưỡng kỹ năng số cho cán bộ Đoàn cơ sở",
                    "Tập huấn hướng dẫn sử dụng VNeID, Cổng Dịch vụ công quốc gia"]
        case .contestHeld:
            return ["Cuộc thi \"Thanh niên với dịch vụ công trực tuyến\"", "Sân khấu hóa \"Dịch vụ công trong tầm tay\"",
                    "Cuộc thi tìm hiểu trực tuyến, có giải thưởng", "Hội thi tiểu phẩm tuyên truyền chuyển đổi số"]
        case .vneidActivated:
            return ["Hỗ trợ tại nhà", "Kích hoạt mức độ 2", "Hỗ trợ hộ nghèo, hộ cận nghèo", "Hỗ trợ cùng Công an xã"]
        }
    }

    /// Notes written awkwardly on purpose: a line break inside the quoted field, a no-break space, a tab.
    static let awkward = [
        "Hỗ trợ tại nhà văn hóa thôn\nngoài giờ hành chính",
        "Hỗ trợ\u{00A0}tại chợ, sáng sớm",
        "Đã gửi minh chứng\tqua Zalo",
    ]

    static let duplicateReasons = [
        "Trùng hồ sơ đã báo cáo", "Trùng người dân đã được hỗ trợ, đã báo cáo", "Trùng đường dẫn đã báo cáo",
    ]

    static let firstClaimReason = "Minh chứng không hợp lệ, xác minh lại thì đoàn viên khác đã hỗ trợ"

    static func rejectionReasons(for kind: ActivityKind) -> [String] {
        switch kind {
        case .accountOpened: return ["Không có minh chứng", "Tài khoản không tra cứu được trên Cổng Dịch vụ công"]
        case .accountTransacted: return ["Chưa phát sinh giao dịch thực tế"]
        case .dossierAssisted:
            return ["Hồ sơ không thuộc mức độ 3, mức độ 4", "Không có minh chứng",
                    "Mã hồ sơ không tra cứu được trên Cổng Dịch vụ công"]
        case .ownDossier: return ["Hồ sơ không phải của bản thân, đơn vị"]
        case .articlePosted: return ["Đường dẫn không truy cập được", "Bài viết không có nội dung về dịch vụ công trực tuyến"]
        case .propagandaSession: return ["Số người tham dự không khớp biên bản", "Không có minh chứng"]
        case .volunteerShift: return ["Ca trực không có trong lịch phân công"]
        case .trainingAttended: return ["Không có tên trong danh sách học viên"]
        case .contestHeld: return ["Cuộc thi chưa có kế hoạch được phê duyệt"]
        case .vneidActivated: return ["Không có minh chứng", "Tài khoản chưa được kích hoạt mức độ 2"]
        }
    }
}
