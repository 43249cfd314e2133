/// Which board: members, grassroots units (branches) or district-level units (scoring.md, Scores). The one name
/// of a board for the rules files (`awards[].board`), the command line, the JSON outputs and the ledger's standings.
public enum BoardKind: String, Sendable, Hashable, CaseIterable {
    case members, branches, districts
}
