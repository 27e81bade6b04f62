import ParallaxModel
import Testing

@testable import ParallaxReconcile

@Suite struct ReconcilerTests {
    @Test func qualifiedFiguresThatOverlapAgree() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 8000, .about, source: "veldmark")
        story.quantity(b, 8000, .atLeast)
        let result = reconcile(story)
        #expect(result.groups.count == 1)
        #expect(result.groups[0].status == .agreed)
        #expect(result.groups[0].explanation.contains("about 8,000 soldiers (a1, according to Veldmark)"))
    }

    @Test func upToAndAtLeastConflict() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 7000, .upTo, source: "western intelligence")
        story.quantity(b, 9000, .atLeast)
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.conflicting])
        #expect(result.groups[0].explanation.hasPrefix("up to 7,000 soldiers (a1, according to Western intelligence) and at least 9,000 soldiers (a2) cannot both be true"))
    }

    @Test func partPlusFurtherBatchIsCompatibleWithTotal() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 8000, .about, lead: "In total ")
        story.quantity(b, 6500, .about, lead: "Last year ")
        story.quantity(b, 1500, lead: "This year a further ")
        let result = reconcile(story)
        let total = group(of: "c1", in: result)
        #expect(total?.claims == ["c1", "c2", "c3"], "the parts of a sum stand in its group")
        #expect(total?.status == .compatible)
        #expect(total?.explanation.contains("plus the further 1,500 soldiers reported in a2 makes about 8,000 soldiers in total") == true)
    }

    @Test func furtherBatchesOfSeveralArticlesFormTheirOwnGroup() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 1500, lead: "another ")
        story.quantity(b, 1500, lead: "a further ")
        story.quantity(b, 8000)
        let result = reconcile(story)
        #expect(group(of: "c1", in: result)?.claims == ["c1", "c2"])
        #expect(group(of: "c1", in: result)?.status == .agreed)
        #expect(group(of: "c3", in: result)?.claims == ["c3"])
    }

    @Test func aFurtherBatchOnlyItsArticleGivesJoinsTheTotalWithoutRivallingIt() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.quantity(a, 8000)
        story.quantity(b, 6500)
        story.quantity(b, 300, lead: "a further ")
        let result = reconcile(story)
        #expect(result.groups.map(\.claims) == [["c1", "c2", "c3"]])
        #expect(result.groups.first?.status == .conflicting, "6,500 + 300 falls short of 8,000; 300 is no rival of either")
        #expect(result.groups.first?.explanation.hasPrefix("6,500 soldiers (a2) and 8,000 soldiers (a1)") == true,
            "\(result.groups.map(\.explanation))")
    }

    /// "Killed or wounded" that several articles give is a figure of its own, never the rival of the dead.
    @Test func killedAndKilledOrWoundedNeverConflict() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"), c = story.article(publisher: "Post")
        story.quantity(a, 1000, .moreThan, measure: "killed")
        story.quantity(b, 4000, .about, measure: "killed or wounded")
        story.quantity(c, 4000, .about, measure: "killed or wounded")
        let result = reconcile(story)
        #expect(result.groups.count == 2)
        #expect(!result.groups.contains { $0.status == .conflicting })
        #expect(group(of: "c2", in: result)?.status == .agreed)
    }

    @Test func earlierFigureIsCompatible() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", published: "2025-02-01"), b = story.article(publisher: "Daily", published: "2025-04-20")
        story.quantity(a, 5000, .about, time: TimeSpan(text: "seit November", start: "2024-11-01", end: "2025-02-01"))
        story.quantity(b, 8000, .about)
        let result = reconcile(story)
        #expect(result.groups.map(\.status) == [.compatible])
        #expect(result.groups[0].explanation.contains("is an earlier figure"))
    }

    @Test func deniedStatementIsDisputedAndTheSilentArticleOmitsTheDenial() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Partisan"), b = story.article(publisher: "Wire"), c = story.article(publisher: "Daily")
        story.statement(a, subject: "ostravia", predicate: "recaptured", object: "halvor district")
        story.statement(b, subject: "ostravia", predicate: "recaptured", object: "halvor district", source: "ostravian military")
        story.statement(b, subject: "veldmark", predicate: "denies", object: "recaptured halvor district", deniedBy: "veldmark")
        story.statement(c, subject: "veldmark", predicate: "denies", object: "recaptured halvor district", deniedBy: "veldmark")
        let result = reconcile(story)
        #expect(result.groups.count == 1)
        #expect(result.groups[0].status == .disputed)
        #expect(result.groups[0].explanation.contains("Denied by Veldmark"))
        #expect(result.omissions[a] == ["g1"])
        #expect(result.omissions[b] == nil)
        #expect(result.unattributedAssertions[a] == ["c1"])
        let disputed = result.brief.first { $0.group == "g1" }
        #expect(disputed?.text == "According to Ostravian Military, Ostravia recaptured Halvor District; Veldmark disputes this.")
        #expect(disputed?.cites == ["a1", "a2", "a3"])
    }

    /// Round 14: the brief's verb of denial agrees with the number of parties that deny.
    @Test func severalDenyingPartiesDisputeInThePlural() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily")
        story.statement(a, subject: "ostravia", predicate: "recaptured", object: "halvor district", source: "ostravian military")
        story.statement(a, subject: "veldmark", predicate: "denies", object: "recaptured halvor district", deniedBy: "veldmark")
        story.statement(b, subject: "norland", predicate: "denies", object: "recaptured halvor district", deniedBy: "norland")
        let result = reconcile(story)
        let disputed = result.brief.first { $0.group == "g1" }
        #expect(disputed?.text == "According to Ostravian Military, Ostravia recaptured Halvor District; Veldmark and Norland dispute this.")
    }

    @Test func groupsMostOthersCarryAreOmissions() {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"), c = story.article(publisher: "Post")
        story.quantity(a, 300, unit: "square mile", measure: "controlled")
        story.quantity(b, 300, unit: "square mile", measure: "controlled")
        story.quantity(c, 12, unit: "tank", measure: "destroyed")
        let result = reconcile(story)
        #expect(result.omissions[c] == ["g1"])
        #expect(result.omissions[a] == nil)
    }

    @Test(arguments: ["en", "de"])
    func briefNumbersComeFromCitedClaims(language: String) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire"), b = story.article(publisher: "Daily"), c = story.article(publisher: "Post")
        story.quantity(a, 8000, .about, source: "veldmark")
        story.quantity(b, 6500, .about)
        story.quantity(b, 1500, lead: "a further ")
        story.quantity(c, 7000, .upTo)
        story.quantity(c, 1250.5, unit: "square kilometre", measure: "controlled")
        let result = reconcile(story, language: language)
        #expect(!result.brief.isEmpty)
        #expect(result.brief.allSatisfy { !$0.cites.isEmpty })
        #expect(BriefAudit.unsupportedNumbers(brief: result.brief, claims: story.claims).isEmpty)
        #expect(result == reconcile(story, language: language), "same input, same output")
    }

    @Test func auditCatchesAnInventedNumber() {
        let claim = Claim(id: "c1", article: "a1", sentence: "a1.s1", text: "8000", kind: .quantity, quantity: Quantity(value: 8000))
        let brief = [BriefSentence(story: "s1", text: "About 8,000 or 9,500 soldiers.", cites: ["a1"], language: "en")]
        #expect(BriefAudit.unsupportedNumbers(brief: brief, claims: [claim]).map(\.number) == [9500])
    }

    @Test(arguments: [("en", 14000.0, "14,000"), ("de", 14000.0, "14.000"), ("de", 1.5, "1,5"), ("en", 1250.25, "1,250.25")])
    func numbersAreWrittenTheLanguagesWay(language: String, value: Double, expected: String) {
        #expect(QuantityPhrase(lexicon: .forLanguage(language), language: language).number(value) == expected)
    }
}
