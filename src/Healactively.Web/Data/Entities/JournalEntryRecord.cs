using Healactively.Domain.Journal;

namespace Healactively.Web.Data.Entities;

/// <summary>One stored journal day: at most one per patient and local date.</summary>
public sealed class JournalEntryRecord
{
    public const int TagsMaxLength = 1000;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public int? Pain { get; set; }

    public int? SittingMinutes { get; set; }

    public int? WalkingMeters { get; set; }

    public FlareMark Flare { get; set; }

    public FunctionalWins FunctionalWins { get; set; }

    public string? EasierToday { get; set; }

    /// <summary>Tags joined with "; " (the CSV's own separator).</summary>
    public string? Triggers { get; set; }

    public string? Helped { get; set; }

    /// <summary>Bumped on every save; a form opened before another save cannot overwrite it silently.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CustomMetricValueRecord> CustomValues { get; set; } = [];
}
