using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Journal;

/// <summary>What a change to a patient's journal decided, once it has looked at the journal inside its write turn.</summary>
public abstract record JournalChange<TOutcome>
{
    /// <summary>
    /// Write the tracked changes; when <paramref name="RecalculateFrom"/> is set, recompute the stored wins from that date
    /// on. <paramref name="Outcome"/> is given every win the rules find from that date (empty without a recalculation).
    /// </summary>
    public sealed record Write(DateOnly? RecalculateFrom, Func<IReadOnlyList<Win>, TOutcome> Outcome) : JournalChange<TOutcome>;

    /// <summary>Leave everything as it was (the transaction is rolled back) and answer with <paramref name="Outcome"/>.</summary>
    public sealed record Unchanged(TOutcome Outcome) : JournalChange<TOutcome>;
}
