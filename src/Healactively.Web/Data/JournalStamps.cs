using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Query;

namespace Healactively.Web.Data;

/// <summary>
/// Finds the patients whose pages a pending save changes (entries, custom values, wins, metrics, clinician notes,
/// outcome check-ins, PSFS activities, goals; a PSFS rating is saved with its check-in), and
/// raises their <see cref="ApplicationUser.JournalStamp"/> in the same transaction. Caches of those pages are keyed by it.
/// </summary>
internal static class JournalStamps
{
    public static HashSet<string> ChangedPatients(AppDbContext db)
    {
        var patients = new HashSet<string>(StringComparer.Ordinal);
        List<long>? unresolvedEntries = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case JournalEntryRecord e: patients.Add(e.PatientId); break;
                case WinRecord w: patients.Add(w.PatientId); break;
                case CustomMetricRecord m: patients.Add(m.PatientId); break;
                case ClinicianNote n: patients.Add(n.PatientId); break;
                case PsfsActivity a: patients.Add(a.PatientId); break;
                case OutcomeCheckIn c: patients.Add(c.PatientId); break;
                case GoalRecord g: patients.Add(g.PatientId); break;
                case CustomMetricValueRecord v when OwnerOf(db.ChangeTracker, v) is { } owner: patients.Add(owner); break;
                case CustomMetricValueRecord v: (unresolvedEntries ??= []).Add(v.EntryId); break;
            }
        }

        if (unresolvedEntries is not null)
        {
            patients.UnionWith(db.JournalEntries.AsNoTracking().Where(e => unresolvedEntries.Contains(e.Id)).Select(e => e.PatientId).ToList());
        }

        return patients;
    }

    public static Task RaiseAsync(AppDbContext db, IReadOnlyCollection<string> patientIds, CancellationToken cancellationToken) =>
        db.Users.Where(u => patientIds.Contains(u.Id)).ExecuteUpdateAsync(Increment, cancellationToken);

    public static void Raise(AppDbContext db, IReadOnlyCollection<string> patientIds) =>
        db.Users.Where(u => patientIds.Contains(u.Id)).ExecuteUpdate(Increment);

    public static Task RaiseForNotesByAsync(AppDbContext db, string clinicianId, CancellationToken cancellationToken) =>
        db.Users.Where(u => db.ClinicianNotes.Any(n => n.ClinicianId == clinicianId && n.PatientId == u.Id))
            .ExecuteUpdateAsync(Increment, cancellationToken);

    private static void Increment(UpdateSettersBuilder<ApplicationUser> setters) =>
        setters.SetProperty(u => u.JournalStamp, u => u.JournalStamp + 1);

    private static string? OwnerOf(ChangeTracker tracker, CustomMetricValueRecord value)
    {
        if (value.Metric is { PatientId.Length: > 0 } metric)
        {
            return metric.PatientId;
        }

        return tracker.Entries<JournalEntryRecord>().FirstOrDefault(e => e.Entity.Id == value.EntryId)?.Entity.PatientId;
    }
}
