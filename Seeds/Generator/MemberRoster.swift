/// The members of each branch in one era: a branch's members are `order[first[b] ..< first[b] + count[b]]`.
/// Before the reform a branch is the one a member was drawn in; from it, that branch's heir (a merged commune
/// holds the members of all its predecessors).
struct MemberRoster {
    private var order: [Int32] = []
    private var first: [Int] = []
    private(set) var count: [Int] = []

    /// - Complexity: O(members + units), a counting sort.
    init(branchOf branches: [Int32], unitCount: Int) {
        count = [Int](repeating: 0, count: unitCount)
        for branch in branches { count[Int(branch)] += 1 }
        first = [Int](repeating: 0, count: unitCount)
        var running = 0
        for unit in 0 ..< unitCount {
            first[unit] = running
            running += count[unit]
        }
        var next = first
        order = [Int32](repeating: 0, count: branches.count)
        for (member, branch) in branches.enumerated() {
            order[next[Int(branch)]] = Int32(member)
            next[Int(branch)] += 1
        }
    }

    /// The `position`-th member (0-based, below `count[branch]`) of `branch`.
    func member(_ position: Int, of branch: Int) -> Int {
        Int(order[first[branch] + position])
    }
}
