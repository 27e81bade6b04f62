public import ParallaxModel
public import ParallaxIngest
import ParallaxText
import ParallaxClaims
import ParallaxFraming
import ParallaxStories
import ParallaxReconcile

/// The result of analysing a set of inputs: the report of everything that could be read, the inputs
/// that could not, and what kept a stage from running in full.
public struct Analysis: Sendable {
    public var report: Report
    public var problems: [IngestError]
    /// Problems of the installation rather than of an input (a framing lexicon that does not load), as
    /// sentences a user can act on; the report is still complete in every other respect.
    public var stageProblems: [String] = []
}

/// Runs the whole pipeline: ingest → text → claims → framing → stories → reconcile.
///
/// Stages are synchronous functions over `Sendable` values; the analyzer runs the per-article stages
/// in parallel with a task group and the cross-article stages once at the end.
public struct Analyzer: Sendable {
    /// Settings of a run.
    public struct Configuration: Sendable, Equatable {
        /// Language of the brief; `nil` writes each story in its articles' majority language.
        public var briefLanguage: String?

        public init(briefLanguage: String? = nil) {
            self.briefLanguage = briefLanguage
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Analyses the files and folders named by `paths` (`-` for standard input).
    /// - Parameter progress: called after each input with (done, total).
    public func analyze(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> Analysis {
        let collected = InputCollector().collect(paths: paths)
        var problems = collected.problems
        var documents: [CleanDocument] = []
        let reader = InputReader()
        for (index, file) in collected.files.enumerated() {
            let result = reader.ingest(path: file)
            documents += result.documents
            problems += result.problems
            progress?(index + 1, collected.files.count)
        }
        var analysis = Analysis(report: await analyze(documents: documents), problems: problems)
        if let lexicons = FramingAnalyzer.lexiconProblem { analysis.stageProblems.append(lexicons) }
        return analysis
    }

    /// Analyses documents that were already ingested.
    public func analyze(documents: [CleanDocument]) async -> Report {
        let perArticle = await withTaskGroup(of: (Int, Article, [Claim]).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask {
                    let (article, claims) = Self.analyzeArticle(document, id: "a\(index + 1)")
                    return (index, article, claims)
                }
            }
            var results: [(Int, Article, [Claim])] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        var articles = perArticle.map(\.1)
        var claims: [Claim] = []
        for (_, _, articleClaims) in perArticle {
            // Claims arrive numbered per article; give them report-wide ids and keep the links between
            // them (a denial names the claim it denies) pointing at the same claims.
            var renamed: [String: String] = [:]
            for (offset, claim) in articleClaims.enumerated() { renamed[claim.id] = "c\(claims.count + offset + 1)" }
            for var claim in articleClaims {
                claim.id = renamed[claim.id]!
                if let denied = claim.statement?.denies { claim.statement?.denies = renamed[denied] }
                claims.append(claim)
            }
        }
        // Generic parties (`police`, `mountain rescue`) are no names of an event: stories read only the others.
        let stories = StoryClusterer().cluster(articles: articles, claims: claims.map(GenericParties.strippingGenericParties))
        let reconciliation = Reconciler(configuration: .init(briefLanguage: configuration.briefLanguage))
            .reconcile(articles: articles, stories: stories, claims: claims)
        for index in articles.indices {
            let id = articles[index].id
            articles[index].framing.omits = reconciliation.omissions[id] ?? []
            articles[index].framing.unattributedAssertions = reconciliation.unattributedAssertions[id] ?? []
        }
        let outlets = OutletProfiler().profiles(
            articles: articles, claims: claims,
            unattributedAssertions: reconciliation.unattributedAssertions.mapValues(\.count))
        return Report(
            articles: articles, stories: stories, claims: claims, groups: reconciliation.groups,
            brief: reconciliation.brief, outlets: outlets)
    }

    /// The per-article stages: text, claims, framing.
    static func analyzeArticle(_ document: CleanDocument, id: String) -> (Article, [Claim]) {
        let text = ArticleTextBuilder().build(document: document, articleID: id)
        var article = Article(
            id: id, input: document.input, title: document.title, publisher: document.publisher,
            authors: document.authors, published: document.published, language: text.language, body: text.body,
            removed: document.removed, sentences: text.sentences, url: document.url)
        let claims = ClaimExtractor().extract(from: article)
        article = FramingAnalyzer().analyze(article, claims: claims)
        return (article, claims)
    }
}
