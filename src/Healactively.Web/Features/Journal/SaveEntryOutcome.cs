using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Journal;

/// <summary>What happened to a save: saved (with the wins the day earned) or refused with the reason.</summary>
public abstract record SaveEntryOutcome
{
    public sealed record Saved(int Version, IReadOnlyList<Win> WinsOnDate) : SaveEntryOutcome;

    public sealed record FutureDate : SaveEntryOutcome;

    /// <summary>The entry changed since the form was opened; nothing was written.</summary>
    public sealed record Conflict(int? CurrentVersion) : SaveEntryOutcome;

    /// <summary>The same form was already posted and saved; nothing was written again. Answer with the first post's redirect.</summary>
    public sealed record AlreadySaved(string RedirectTo) : SaveEntryOutcome;

    public sealed record Refused(string Field, string Message) : SaveEntryOutcome;
}
