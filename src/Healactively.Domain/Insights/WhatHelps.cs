using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Insights;

/// <summary>
/// For each "what helped" and "triggers" tag: the <em>change</em> in pain, sitting and walking from a day with the
/// tag to the next day, against the change from a day without it to its next day. Comparing changes within the
/// person, not next-day levels, keeps a remedy reached for on bad days from looking harmful: the bad day is its own
/// starting point. Only days with the metric recorded on that day and on the next day count; a comparison needs at
/// least <see cref="MinimumDays"/> days on each side. Tags match case-insensitively, trimmed.
/// </summary>
public static class WhatHelps
{
    public const int MinimumDays = 5;

    public static IReadOnlyList<MetricDefinition> Metrics { get; } = BuiltInMetrics.All;

    /// <summary>Every tag the journal mentions, "what helped" first, each kind with its most used tags first.</summary>
    public static IReadOnlyList<TagFinding> Analyze(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.Date).ToArray();
        var byDate = ordered.ToDictionary(e => e.Date);
        var findings = new List<TagFinding>();
        foreach (var kind in new[] { TagKind.Helped, TagKind.Trigger })
        {
            var tagsOf = ordered.ToDictionary(e => e.Date, e => TagsOf(e, kind));
            foreach (var tag in DistinctTags(ordered, kind, tagsOf))
            {
                findings.Add(Compare(kind, tag, ordered, byDate, tagsOf));
            }
        }

        return findings;
    }

    private static TagFinding Compare(
        TagKind kind, (string Display, int Days) tag, JournalEntry[] ordered, Dictionary<DateOnly, JournalEntry> byDate, Dictionary<DateOnly, HashSet<string>> tagsOf)
    {
        var associations = new List<TagAssociation>();
        var (moreWith, moreWithout) = (MinimumDays, MinimumDays);
        foreach (var metric in Metrics)
        {
            var (with, without) = (new List<decimal>(), new List<decimal>());
            foreach (var day in ordered)
            {
                if (metric.ValueOf(day) is { } before
                    && byDate.TryGetValue(day.Date.AddDays(1), out var next)
                    && metric.ValueOf(next) is { } after)
                {
                    (tagsOf[day.Date].Contains(Key(tag.Display)) ? with : without).Add(after - before);
                }
            }

            if (with.Count >= MinimumDays && without.Count >= MinimumDays)
            {
                associations.Add(new TagAssociation(metric, with.Average(), without.Average(), with.Count, without.Count));
            }

            var needWith = Math.Max(0, MinimumDays - with.Count);
            var needWithout = Math.Max(0, MinimumDays - without.Count);
            if (needWith + needWithout < moreWith + moreWithout)
            {
                (moreWith, moreWithout) = (needWith, needWithout);
            }
        }

        return new TagFinding(kind, tag.Display, associations, moreWith, moreWithout);
    }

    /// <summary>Each tag once (as first written), most used first.</summary>
    private static IEnumerable<(string Display, int Days)> DistinctTags(JournalEntry[] ordered, TagKind kind, Dictionary<DateOnly, HashSet<string>> tagsOf)
    {
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in ordered)
        {
            foreach (var key in tagsOf[entry.Date])
            {
                days[key] = days.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var entry in ordered)
        {
            foreach (var raw in kind == TagKind.Helped ? entry.Helped : entry.Triggers)
            {
                var trimmed = raw.Trim();
                if (days.ContainsKey(Key(trimmed)))
                {
                    display.TryAdd(Key(trimmed), trimmed);
                }
            }
        }

        return days.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => (display[d.Key], d.Value));
    }

    private static HashSet<string> TagsOf(JournalEntry entry, TagKind kind) =>
        (kind == TagKind.Helped ? entry.Helped : entry.Triggers)
            .Select(t => Key(t.Trim()))
            .Where(k => k.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static string Key(string tag) => tag.Trim().ToUpperInvariant();
}
