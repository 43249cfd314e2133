/// One line of activities.csv, its columns in the order of the header.
struct ActivityRow {
    static let header = [
        "id", "date", "type", "member", "unit", "level", "dossier", "citizen", "subject", "online", "paid_online",
        "url", "channel", "attendees", "hours", "note",
    ]

    var date = ""
    var kind = ActivityKind.trainingAttended
    var member = ""
    var unit = ""
    var level = ""
    var dossier = ""
    var citizen = ""
    var subject = ""
    var online = ""
    var paidOnline = ""
    var url = ""
    var channel = ""
    var attendees = -1
    var hours = ""
    var note = ""

    func write(id: Int, width: Int, to writer: CSVWriter) {
        writer.number(id, width: width, prefix: "HD")
        writer.plain(date)
        writer.plain(kind.name)
        writer.plain(member)
        writer.plain(unit)
        writer.plain(level)
        writer.plain(dossier)
        writer.plain(citizen)
        writer.plain(subject)
        writer.field(online)
        writer.field(paidOnline)
        writer.field(url)
        writer.plain(channel)
        if attendees >= 0 { writer.number(attendees) } else { writer.empty() }
        writer.plain(hours)
        writer.field(note)
        writer.endRow()
    }
}
