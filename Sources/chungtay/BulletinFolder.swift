import ChungtayCore
import ChungtayPublishing
import Foundation

/// The folder of a published bulletin: `publish` writes it, `verify` reads it.
enum BulletinFolder {
    /// Writes a publication's files into `folder` (created if need be): every file to a temporary name first, then
    /// each renamed over its final name, so that no reader sees a half-written file. Exit 73 when it cannot; a folder
    /// it created is removed again then.
    static func write(_ publication: Publication, into folder: String, lang: Language) throws {
        let created = !FileManager.default.fileExists(atPath: folder)
        func refuse(_ reason: String) -> CommandFailure {
            if created { rmdir(folder) }
            return CommandFailure(CommandFailure.cannotCreate, lang.pick("\(folder): không ghi được bảng tin (\(reason)); kiểm tra thư mục và quyền ghi",
                                                                         "\(folder): cannot write the bulletin (\(reason)); check the folder and write permission"))
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw refuse(WriteProblem.reason(error, lang))
        }
        let files = BulletinFiles.render(publication)
        var written: [(temporary: String, final: String)] = []
        for file in files {
            let final = folder + "/" + file.name
            let temporary = folder + "/.\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(file.bytes)) else {
                for item in written { try? FileManager.default.removeItem(atPath: item.temporary) }
                throw refuse("\(file.name): \(WriteProblem.reason(errno: errno, lang))")
            }
            written.append((temporary, final))
        }
        for item in written {
            guard rename(item.temporary, item.final) == 0 else {
                let reason = WriteProblem.reason(errno: errno, lang)
                for item in written { try? FileManager.default.removeItem(atPath: item.temporary) }
                throw refuse(reason)
            }
        }
    }

    /// The files directly in a published folder, by name (a sub-folder counts as an extra file, empty).
    static func files(_ folder: String, lang: Language) throws -> [String: [UInt8]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw CommandFailure(CommandFailure.cannotOpen, lang.pick("\(folder): không mở được thư mục; kiểm tra đường dẫn",
                                                                      "\(folder): cannot open the folder; check the path"))
        }
        var files: [String: [UInt8]] = [:]
        for name in names {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name).map { Array($0) } ?? []
        }
        return files
    }
}
