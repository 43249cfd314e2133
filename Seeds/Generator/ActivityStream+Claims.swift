import ChungtayCore

/// The types whose rules name a `unique` key (citizen, dossier, url): fresh keys, and duplicate claims.
extension ActivityStream {
    mutating func newCitizen(phoneShare: Int) -> CitizenKey {
        citizenCounter += 1
        return CitizenKey(phone: random.chance(phoneShare, in: 100), number: citizenCounter)
    }

    /// A member's own ID card number: from the top of the counter range, so never a citizen's.
    func ownIdentifier(_ member: Int) -> CitizenKey {
        CitizenKey(phone: false, number: 99_999_999 - member)
    }

    mutating func citizenStyle(_ key: CitizenKey) -> Int {
        key.phone ? random.weighted([70, 18, 12]) : (random.chance(3, in: 100) ? 1 : 0)
    }

    mutating func accountOpened(_ activity: inout ActivityRow) {
        if !accounts.isEmpty, random.chance(3, in: 100) {
            let claim = accounts.pick(&random)
            let member = claimant(after: Int(claim.member))
            memberColumns(&activity, member: member)
            activity.citizen = claim.key.text(style: citizenStyle(claim.key))
            activity.subject = random.chance(1, in: 2) ? "youth" : "citizen"
            duplicate(.accountOpened, of: claim, by: member, reason: 1)
            return
        }
        let member = pickMember()
        memberColumns(&activity, member: member)
        let key: CitizenKey
        if !selfOpened[member], random.chance(14, in: 100) {
            selfOpened[member] = true
            key = ownIdentifier(member)
            activity.subject = "self"
        } else {
            key = newCitizen(phoneShare: 30)
            activity.subject = random.chance(40, in: 86) ? "youth" : "citizen"
        }
        activity.citizen = key.text(style: citizenStyle(key))
        let claim = Claim(key: key, member: Int32(member), row: Int32(row))
        accounts.add(claim)
        openedPool.add(claim)
    }

    mutating func accountTransacted(_ activity: inout ActivityRow) {
        let claim: Claim<CitizenKey>
        if !transactions.isEmpty, random.chance(15, in: 1000) {
            let first = transactions.pick(&random)
            let member = claimant(after: Int(first.member))
            claim = Claim(key: first.key, member: Int32(member), row: Int32(row))
            duplicate(.accountTransacted, of: first, by: member, reason: 1)
        } else {
            let opened = openedPool.take(&random)
            claim = Claim(key: opened.key, member: opened.member, row: Int32(row))
            transactions.add(claim)
        }
        memberColumns(&activity, member: Int(claim.member))
        activity.citizen = claim.key.text(style: citizenStyle(claim.key))
    }

    mutating func vneidActivated(_ activity: inout ActivityRow) {
        if !households.isEmpty, random.chance(25, in: 1000) {
            let claim = households.pick(&random)
            let member = claimant(after: Int(claim.member))
            memberColumns(&activity, member: member)
            activity.citizen = claim.key.text(style: citizenStyle(claim.key))
            duplicate(.vneidActivated, of: claim, by: member, reason: 1)
            return
        }
        let member = pickMember()
        memberColumns(&activity, member: member)
        let key = newCitizen(phoneShare: 15)
        activity.citizen = key.text(style: citizenStyle(key))
        households.add(Claim(key: key, member: Int32(member), row: Int32(row)))
    }

    /// A new dossier received on `day` at the member's commune desk, the district's, or a department's.
    mutating func newDossier(member: Int, day: Int, ownShare: Int, townShare: Int) -> DossierKey {
        let home = chart.units[Int(roll.unit[member])].agency
        var commune = 0, town = home.town
        let draw = random.below(100)
        if draw < ownShare {
            commune = home.commune
        } else if draw >= ownShare + townShare {
            town = random.between(1, 19)
        }
        let slot = commune * 32 + town
        dossierSequence[slot] += Int32(random.between(1, 6))
        return DossierKey(commune: UInt8(commune), town: UInt8(town), day: Int32(day), sequence: dossierSequence[slot])
    }

    mutating func dossierAssisted(_ activity: inout ActivityRow, day: Int) {
        let key: DossierKey
        if !dossiers.isEmpty, random.chance(3, in: 100) {
            let claim = dossiers.pick(&random)
            let member = claimant(after: Int(claim.member))
            memberColumns(&activity, member: member)
            key = claim.key
            duplicate(.dossierAssisted, of: claim, by: member, reason: 0)
        } else {
            let member = pickMember()
            memberColumns(&activity, member: member)
            key = newDossier(member: member, day: day, ownShare: 55, townShare: 25)
            dossiers.add(Claim(key: key, member: Int32(member), row: Int32(row)))
        }
        activity.dossier = key.text(calendar: calendar)
        let levelFour = random.chance(40, in: 100)
        activity.level = levelFour ? "4" : "3"
        if levelFour, random.chance(7, in: 10) { activity.paidOnline = boolean(true) }
        if random.chance(35, in: 100) { activity.online = boolean(true) }
    }

    mutating func ownDossier(_ activity: inout ActivityRow, day: Int) {
        let key: DossierKey
        if !ownDossiers.isEmpty, random.chance(5, in: 1000) {
            let claim = ownDossiers.pick(&random)
            let member = claimant(after: Int(claim.member))
            memberColumns(&activity, member: member)
            key = claim.key
            duplicate(.ownDossier, of: claim, by: member, reason: 0)
        } else {
            let member = pickMember()
            memberColumns(&activity, member: member)
            key = newDossier(member: member, day: day, ownShare: 70, townShare: 20)
            ownDossiers.add(Claim(key: key, member: Int32(member), row: Int32(row)))
        }
        activity.dossier = key.text(calendar: calendar)
        activity.online = boolean(random.chance(85, in: 100), required: true)
    }

    mutating func articlePosted(_ activity: inout ActivityRow) {
        if !articles.isEmpty, random.chance(12, in: 1000) {
            let claim = articles.pick(&random)
            // The same unit reporting its post again, or another unit reporting a shared post as its own.
            let unit: Int
            if random.chance(1, in: 2), chart.eras[era][Int(claim.member)] != nil {
                unit = Int(claim.member)
                activity.unit = chart.units[unit].code
            } else {
                unit = unitColumns(&activity, authorShare: 35)
            }
            activity.url = urlVariant(claim.key.url)
            activity.channel = ActivityStream.channels[claim.key.channel]
            duplicate(.articlePosted, of: claim, by: unit, reason: 2)
            return
        }
        let unit = unitColumns(&activity, authorShare: 35)
        let channel = random.weighted([15, 45, 12, 15, 8, 5])
        let url = newURL(channel: channel, unit: unit)
        activity.channel = ActivityStream.channels[channel]
        activity.url = urlVariant(url)
        articles.add(Claim(key: (url, channel), member: Int32(unit), row: Int32(row)))
    }
}
