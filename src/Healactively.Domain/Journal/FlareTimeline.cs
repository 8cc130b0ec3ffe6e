namespace Healactively.Domain.Journal;

/// <summary>A date on which the flare marks do not make sense, and why (in words for the patient).</summary>
public sealed record FlareProblem(DateOnly Date, string Message);

/// <summary>The flare-up episodes a journal's marks describe, and any marks that break the sequence.</summary>
public sealed record FlareTimeline(IReadOnlyList<FlareEpisode> Episodes, IReadOnlyList<FlareProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public FlareEpisode? Ongoing => Episodes.Count > 0 && Episodes[^1].IsOngoing ? Episodes[^1] : null;

    /// <summary>Reads the marks in date order: a start while one is ongoing, or an end with none ongoing, is a problem.</summary>
    public static FlareTimeline Build(IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var episodes = new List<FlareEpisode>();
        var problems = new List<FlareProblem>();
        DateOnly? openSince = null;

        foreach (var entry in entries.Where(e => e.Flare != FlareMark.None).OrderBy(e => e.Date))
        {
            var startsHere = entry.Flare is FlareMark.Start or FlareMark.StartEnd;
            var endsHere = entry.Flare is FlareMark.End or FlareMark.StartEnd;

            if (startsHere && openSince is { } since)
            {
                problems.Add(new FlareProblem(entry.Date,
                    $"A flare-up is already ongoing since {since:yyyy-MM-dd}. Mark it over before starting a new one."));
                continue;
            }

            if (startsHere)
            {
                openSince = entry.Date;
            }

            if (endsHere)
            {
                if (openSince is not { } start)
                {
                    problems.Add(new FlareProblem(entry.Date,
                        "There is no ongoing flare-up to mark over on this date. Mark the day it started first."));
                    continue;
                }

                episodes.Add(new FlareEpisode(start, entry.Date));
                openSince = null;
            }
        }

        if (openSince is { } stillOpen)
        {
            episodes.Add(new FlareEpisode(stillOpen, null));
        }

        return new FlareTimeline(episodes, problems);
    }
}
