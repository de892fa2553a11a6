/// Tailoring: read a job ad, score a CV against it, and cut a truthful variant of the CV for it.
public enum Tailor {
    /// Reads a job ad (Markdown or plain text).
    public static func analyze(job text: String) -> JobAd { JobAd(parsing: text) }

    /// How the CV meets the job: the 0-100 score, each requirement with its evidence, the gaps.
    public static func match(_ index: TailorIndex, job: JobAd) -> TailorReport {
        let (score, requirements) = TailorMatcher.match(index, job: job)
        return TailorReport(jobTitle: job.title, company: job.company, score: score, requirements: requirements)
    }

    public static func match(document: CVDocument, job: JobAd, referenceYear: Int? = nil) -> TailorReport {
        match(TailorIndex(document: document, referenceYear: referenceYear), job: job)
    }

    /// Every piece of CV evidence with its relevance to the job (BM25 plus skills, times recency), most relevant first.
    public static func rankedEvidence(_ index: TailorIndex, job: JobAd) -> [(evidence: CVEvidence, relevance: Double)] {
        let scores = TailorMatcher.relevance(index, job: job)
        return zip(index.items, scores).map { ($0.evidence, $1) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.source.start < $1.0.source.start }
    }

    /// The variant: `text` (the base CV, read into `document`) with bullets, roles and projects cut and skill
    /// lists reordered for the job, as edits of the text by source range.
    public static func variant(text: String, document: CVDocument, job: JobAd, options: TailorOptions = TailorOptions())
        -> TailoredVariant
    {
        let index = TailorIndex(document: document, text: text, referenceYear: options.referenceYear)
        var report = match(index, job: job)
        let relevance = TailorMatcher.relevance(index, job: job)
        let focus = options.focus ? VariantFocus(index: index, job: job, report: report, relevance: relevance) : nil
        var editor = VariantEditor(text: text, document: document, index: index, relevance: relevance, options: options,
                                   focus: focus, listed: SkillLineReorder.listed(job))
        editor.apply()
        // What was cut, in the base's reading order (cuts of one place in the order they were made).
        report.cuts = editor.cuts.enumerated().sorted {
            $0.element.source.start.line != $1.element.source.start.line
                ? $0.element.source.start.line < $1.element.source.start.line : $0.offset < $1.offset
        }.map(\.element)
        return TailoredVariant(text: editor.output(), report: report)
    }

    public static func variant(text: String, document: CVDocument, job: String, options: TailorOptions = TailorOptions())
        -> TailoredVariant
    {
        variant(text: text, document: document, job: JobAd(parsing: job), options: options)
    }
}
