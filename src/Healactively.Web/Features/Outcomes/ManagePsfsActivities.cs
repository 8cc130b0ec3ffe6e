using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>
/// A patient's PSFS activities through the <see cref="JournalWriter"/>: add (at most five active, at most 80 characters),
/// retire (kept in history, no longer rated), and accept or decline a clinician's proposal. Each method returns null
/// when done, or the message saying why nothing changed.
/// </summary>
public sealed class ManagePsfsActivities(AppDbContext db, JournalWriter writer)
{
    public const string LimitMessage = "You can rate up to 5 activities at a time. Retire one first.";

    /// <summary>Checks an activity's name; null when it is fine.</summary>
    public static string? NameProblem(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? "Name the activity, e.g. “carry the shopping up the stairs”."
            : trimmed.Length > PsfsActivity.NameMaxLength ? $"Keep it to {PsfsActivity.NameMaxLength} characters or fewer."
            : null;
    }

    public Task<string?> AddAsync(PatientContext patient, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (NameProblem(name) is { } problem)
        {
            return Task.FromResult<string?>(problem);
        }

        return writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                if (await ActivePsfs.Current(db, patient.PatientId).CountAsync(ct) >= PsfsActivity.MaxActive)
                {
                    return new JournalChange<string?>.Unchanged(LimitMessage);
                }

                db.PsfsActivities.Add(new PsfsActivity { PatientId = patient.PatientId, Name = name!.Trim(), CreatedAt = now, AcceptedAt = now });
                // A new activity has no ratings yet, so no win changes.
                return new JournalChange<string?>.Write(null, _ => null);
            }),
            cancellationToken);
    }

    /// <summary>A linked clinician proposes an activity; the patient accepts or declines it. Only the patient's wins could change, and none do.</summary>
    public Task<string?> ProposeAsync(PatientContext patient, string clinicianId, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (NameProblem(name) is { } problem)
        {
            return Task.FromResult<string?>(problem);
        }

        return writer.WriteAsync(
            new JournalWrite<string?>(patient, (now, _) =>
            {
                db.PsfsActivities.Add(new PsfsActivity { PatientId = patient.PatientId, Name = name!.Trim(), CreatedAt = now, ProposedByClinicianId = clinicianId });
                return Task.FromResult<JournalChange<string?>>(new JournalChange<string?>.Write(null, _ => null));
            }),
            cancellationToken);
    }

    /// <summary>Retires an active activity from today: its ratings and wins stay, later check-ins no longer rate it.</summary>
    public Task<string?> RetireAsync(PatientContext patient, long id, CancellationToken cancellationToken = default) =>
        ChangeAsync(patient, id, a => a.AcceptedAt != null && a.RetiredOn == null, (a, _) => a.RetiredOn = patient.Today, patient.Today, cancellationToken);

    public async Task<string?> AcceptAsync(PatientContext patient, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return await writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                var activity = await Pending(patient.PatientId, id).SingleOrDefaultAsync(ct);
                if (activity is null)
                {
                    return new JournalChange<string?>.Unchanged("This proposal is no longer waiting for you.");
                }

                if (await ActivePsfs.Current(db, patient.PatientId).CountAsync(ct) >= PsfsActivity.MaxActive)
                {
                    return new JournalChange<string?>.Unchanged(LimitMessage);
                }

                activity.AcceptedAt = now;
                return new JournalChange<string?>.Write(null, _ => null);
            }),
            cancellationToken);
    }

    public Task<string?> DeclineAsync(PatientContext patient, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                var activity = await Pending(patient.PatientId, id).SingleOrDefaultAsync(ct);
                if (activity is null)
                {
                    return new JournalChange<string?>.Unchanged("This proposal is no longer waiting for you.");
                }

                activity.DeclinedAt = now;
                return new JournalChange<string?>.Write(null, _ => null);
            }),
            cancellationToken);
    }

    private IQueryable<PsfsActivity> Pending(string patientId, long id) =>
        db.PsfsActivities.Where(a => a.Id == id && a.PatientId == patientId && a.AcceptedAt == null && a.DeclinedAt == null);

    private Task<string?> ChangeAsync(
        PatientContext patient, long id, System.Linq.Expressions.Expression<Func<PsfsActivity, bool>> allowed, Action<PsfsActivity, DateTimeOffset> change, DateOnly recalculateFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                var activity = await db.PsfsActivities.Where(a => a.Id == id && a.PatientId == patient.PatientId).Where(allowed).SingleOrDefaultAsync(ct);
                if (activity is null)
                {
                    return new JournalChange<string?>.Unchanged("This activity is not one you rate now.");
                }

                change(activity, now);
                return new JournalChange<string?>.Write(recalculateFrom, _ => null);
            }),
            cancellationToken);
    }
}
