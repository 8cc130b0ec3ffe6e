using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>One change to a patient's journal, as <see cref="JournalWriter"/> runs it.</summary>
/// <param name="Patient">Whose journal; the stamp raised and the wins recomputed are this patient's.</param>
/// <param name="Change">Reads what it needs and stages its changes on the context; it must not commit (a save through a
/// manager, as <c>SaveProfile</c>'s UserManager update, is fine: it runs inside the write's transaction).</param>
public sealed record JournalWrite<TOutcome>(PatientContext Patient, Func<DateTimeOffset, CancellationToken, Task<JournalChange<TOutcome>>> Change)
{
    /// <summary>The form's one-time key; a post whose key was already used is answered by <see cref="AlreadyDone"/> and changes nothing.</summary>
    public FormSubmissionKey? Submission { get; init; }

    /// <summary>The answer to a repeated form, given the first post's redirect. Required with <see cref="Submission"/>.</summary>
    public Func<string, TOutcome>? AlreadyDone { get; init; }

    /// <summary>
    /// Whether a failed write means another request changed the same rows first (a version token, a unique index); such a
    /// write is rolled back and answered by <see cref="OnConcurrentChange"/>. Anything else is a fault and is thrown.
    /// </summary>
    public Func<DbUpdateException, bool> IsConcurrentChange { get; init; } = static e => e is DbUpdateConcurrencyException;

    /// <summary>The answer after a concurrent change, read after the rollback (the journal as the other request left it).</summary>
    public Func<CancellationToken, Task<TOutcome>>? OnConcurrentChange { get; init; }
}
