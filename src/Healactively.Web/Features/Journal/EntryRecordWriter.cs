using Healactively.Domain.Journal;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Journal;

/// <summary>Writes a day's new fields onto its stored record: the one place both the form and the import save through.</summary>
internal static class EntryRecordWriter
{
    /// <summary>Replaces every field of the day: an empty field clears it (the spec's upsert, and the form's "not recorded").</summary>
    public static void Apply(JournalEntryRecord entry, EntryChanges changes, IReadOnlyDictionary<string, long> metricIds)
    {
        entry.Pain = changes.Pain;
        entry.SittingMinutes = changes.SittingMinutes;
        entry.WalkingMeters = changes.WalkingMeters;
        entry.Flare = changes.Flare;
        entry.FunctionalWins = changes.FunctionalWins;
        entry.EasierToday = string.IsNullOrWhiteSpace(changes.EasierToday) ? null : changes.EasierToday;
        entry.Triggers = Tags.Join(changes.Triggers);
        entry.Helped = Tags.Join(changes.Helped);

        var wanted = Recorded(changes, metricIds);
        entry.CustomValues.RemoveAll(v => !wanted.ContainsKey(v.MetricId));
        foreach (var (metricId, value) in wanted)
        {
            var existing = entry.CustomValues.Find(v => v.MetricId == metricId);
            if (existing is null)
            {
                entry.CustomValues.Add(new CustomMetricValueRecord { MetricId = metricId, Value = value });
            }
            else
            {
                existing.Value = value;
            }
        }
    }

    /// <summary>The custom values the change records, by metric id.</summary>
    public static Dictionary<long, decimal> Recorded(EntryChanges changes, IReadOnlyDictionary<string, long> metricIds) =>
        changes.CustomValues
            .Where(c => c.Value is not null)
            .ToDictionary(c => metricIds[c.Key], c => c.Value!.Value);
}
