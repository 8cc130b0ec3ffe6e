using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// The one way a patient's journal changes (save, delete, import, custom metrics, the distance unit, demo seeding).
/// It owns, in this order and atomically: the writer queue (SQLite's single write lock), the transaction, the
/// patient's journal stamp (raised first: on PostgreSQL its row lock makes writers of one patient take turns), the
/// form's one-time key, the change itself (which does its own version checks), and the recalculation of stored wins.
/// </summary>
public sealed class JournalWriter(AppDbContext db, SqliteWriteGate writers, FormKeys formKeys, WinRecalculator wins, TimeProvider clock)
{
    /// <summary>
    /// Runs <paramref name="write"/> in its own transaction, or inside the caller's when one is open (the caller then
    /// commits, and an unchanged outcome leaves the caller to roll back). Joining skips the writer queue, whose turn the
    /// caller would have had to take first: only start-up's demo seeding does it; request paths let the writer open it.
    /// </summary>
    public async Task<TOutcome> WriteAsync<TOutcome>(JournalWrite<TOutcome> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (write.Submission is not null && write.AlreadyDone is null)
        {
            throw new ArgumentException("A write with a form key needs the answer to a repeated form.", nameof(write));
        }

        var patientId = write.Patient.PatientId;
        var outer = db.Database.CurrentTransaction;
        using var turn = outer is null ? await writers.EnterAsync(cancellationToken) : default;
        await using var owned = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.RaiseJournalStampAsync(patientId, cancellationToken);
        if (await EarlierRedirectAsync(write, cancellationToken) is { } earlier)
        {
            return write.AlreadyDone!(earlier);
        }

        var now = clock.GetUtcNow();
        var decided = await write.Change(now, cancellationToken);
        if (decided is JournalChange<TOutcome>.Unchanged unchanged)
        {
            return unchanged.Outcome;
        }

        var change = (JournalChange<TOutcome>.Write)decided;

        if (write.Submission is { } submission)
        {
            formKeys.Record(patientId, submission, now);
        }

        // A busy database (another process holds SQLite's lock) is not another window's change: it is thrown, and
        // answered "try again" (503) with nothing saved.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (owned is not null && write.OnConcurrentChange is not null && !DatabaseBusyException.IsBusy(exception) && write.IsConcurrentChange(exception))
        {
            await owned.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await EarlierRedirectAsync(write, cancellationToken) is { } twin
                ? write.AlreadyDone!(twin)
                : await write.OnConcurrentChange(cancellationToken);
        }

        if (write.Submission is not null)
        {
            await formKeys.PruneAsync(patientId, now, cancellationToken);
        }

        IReadOnlyList<Win> detected = change.RecalculateFrom is { } from
            ? await wins.RecalculateFromAsync(patientId, write.Patient.DistanceUnit, from, cancellationToken)
            : [];
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }

        return change.Outcome(detected);
    }

    /// <summary>Where the first post of this form went, when this is a repeat of a form already saved.</summary>
    private async Task<string?> EarlierRedirectAsync<TOutcome>(JournalWrite<TOutcome> write, CancellationToken cancellationToken) =>
        write.Submission is { } submission
            ? await formKeys.FindRedirectAsync(write.Patient.PatientId, submission.Key, cancellationToken)
            : null;
}
