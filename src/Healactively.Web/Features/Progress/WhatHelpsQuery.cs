using Healactively.Domain.Insights;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Progress;

/// <summary>What the "what helps" page shows: each tag with its next-day comparisons, or how many more days it needs.</summary>
public sealed record WhatHelpsView(IReadOnlyList<WhatHelpsTag> Helped, IReadOnlyList<WhatHelpsTag> Triggers)
{
    public bool IsEmpty => Helped.Count == 0 && Triggers.Count == 0;
}

/// <summary>One tag: its sentences (one per metric with enough days), or the gentle line saying how many more days it needs.</summary>
public sealed record WhatHelpsTag(string Tag, IReadOnlyList<WhatHelpsLine> Lines, string? NeedsMoreDays);

public sealed record WhatHelpsLine(string MetricKey, string Sentence, bool IsBetter);

/// <summary>
/// Reads the patient's whole journal (tags included) and words <see cref="WhatHelps"/> in their distance unit, once per
/// journal stamp, local day and unit (<see cref="PatientViewCache"/>).
/// </summary>
public sealed class WhatHelpsQuery(PatientJournalLoader journal, PatientViewCache cache)
{
    private const string View = "what-helps";

    public async Task<WhatHelpsView> RunAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (cache.TryGet<WhatHelpsView>(View, patient, out var cached))
        {
            return cached;
        }

        var computed = await ComputeAsync(patient, cancellationToken);
        cache.Set(View, patient, computed);
        return computed;
    }

    private async Task<WhatHelpsView> ComputeAsync(PatientContext patient, CancellationToken cancellationToken)
    {
        var loaded = await journal.LoadEntriesAsync(patient.PatientId, from: null, to: patient.Today, withText: true, cancellationToken);
        var findings = WhatHelps.Analyze(loaded.Entries);
        WhatHelpsTag ToView(TagFinding finding) => new(
            finding.Tag,
            [.. finding.Associations.Select(a => new WhatHelpsLine(a.Metric.Key, WhatHelpsSentences.Describe(finding, a, patient.DistanceUnit), a.IsBetter))],
            finding.HasEnoughDays ? null : WhatHelpsSentences.NeedsMoreDays(finding));
        return new WhatHelpsView(
            [.. findings.Where(f => f.Kind == TagKind.Helped).Select(ToView)],
            [.. findings.Where(f => f.Kind == TagKind.Trigger).Select(ToView)]);
    }
}
