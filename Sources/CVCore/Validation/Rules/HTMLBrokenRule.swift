/// Unclosed, mismatched or broken HTML tags.
public struct HTMLBrokenRule: Rule {
    public static let description = RuleDescription(
        identifier: "html-broken", name: "Broken HTML",
        summary: "HTML in the CV with an unclosed or mismatched tag, a closing tag that closes nothing, or a closing tag that lost its `<`.",
        severity: .error,
        details: "Reported from what the Markdown parser noticed while reading embedded HTML.",
        nonTriggeringExamples: [
            Example("""
                ## Experience

                <dl>
                  <dt>2019 – 2020 Engineer at <a href="https://acme.example">Acme</a></dt>
                  <dd><p>Built the billing system.</p></dd>
                </dl>
                """),
            Example("""
                ## Experience

                ### Engineer, Acme
                2019 – 2020

                - Moved the nightly jobs to <b>Airflow</b>, <i>twice</i> as fast<br>and cheaper.
                """),
        ],
        triggeringExamples: [
            Example("""
                ## Experience

                <dl>
                  <dt>2019 – 2020 Engineer at <a href="https://acme.example">Acme↓/a></dt>
                  <dd><p>Built the billing system.</p></dd>
                </dl>
                """),
            Example("""
                ## Experience

                <dl>
                  <dt>2019 – 2020 Engineer at Acme</dt>
                  ↓<dd><p>Built the billing system.</p>
                  <dt>2017 – 2019 Developer at Initech</dt>
                  <dd><p>Wrote reports.</p></dd>
                </dl>
                """),
            Example("""
                ## Experience

                ### Engineer, Acme
                2019 – 2020

                - Moved the nightly jobs from cron to <b>Airflow↓</a>.
                """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] { context.findings(fromNotes: .htmlBroken) }
}
