import ChungtayCore
import Foundation

/// Why a file or folder could not be written, in the user's language: Foundation describes its errors in English.
enum WriteProblem {
    /// The reason behind a Foundation error of writing the file at `path` (nil: of making a folder, or of writing
    /// into one): a file's path that is a folder says so.
    static func reason(_ error: any Error, file path: String? = nil, _ lang: Language) -> String {
        var isFolder: ObjCBool = false
        if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return reason(errno: EISDIR, lang) }
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code), lang)
        }
        if error.domain == NSPOSIXErrorDomain { return reason(errno: Int32(error.code), lang) }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileNoSuchFile, .fileWriteInvalidFileName: return reason(errno: ENOENT, lang)
        case .fileWriteNoPermission, .fileWriteVolumeReadOnly: return reason(errno: EACCES, lang)
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC, lang)
        case .fileWriteFileExists: return reason(errno: EEXIST, lang)
        default: return lang.pick("lỗi hệ thống: \(error.localizedDescription)", error.localizedDescription)
        }
    }

    /// The reason behind a system call's `errno`.
    static func reason(errno code: Int32, _ lang: Language) -> String {
        switch code {
        case ENOENT, ENOTDIR: lang.pick("thư mục không tồn tại", "the folder does not exist")
        case EACCES, EPERM, EROFS: lang.pick("không có quyền ghi", "no permission to write")
        case ENOSPC, EDQUOT: lang.pick("ổ đĩa đã đầy", "the disk is full")
        case EISDIR: lang.pick("đường dẫn là một thư mục", "the path is a folder")
        case EEXIST: lang.pick("đã có một tệp cùng tên", "a file of that name is in the way")
        default: lang.pick("lỗi hệ thống \(code): \(String(cString: strerror(code)))", String(cString: strerror(code)))
        }
    }
}
