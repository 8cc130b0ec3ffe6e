using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>A clinician's note as shown beside a win or a week: who wrote it and what they wrote.</summary>
public sealed record WinNote(string ClinicianName, string Text);

/// <summary>The notes clinicians left on one patient's wins and weeks, keyed the way a win is identified.</summary>
public sealed class WinNotes
{
    private readonly ILookup<(DateOnly Date, WinKind Kind, string Metric, WinWindow? Window), WinNote> _onWins;
    private readonly ILookup<DateOnly, WinNote> _onWeeks;

    private WinNotes(
        ILookup<(DateOnly, WinKind, string, WinWindow?), WinNote> onWins,
        ILookup<DateOnly, WinNote> onWeeks)
    {
        _onWins = onWins;
        _onWeeks = onWeeks;
    }

    public IReadOnlyList<WinNote> ForWin(DateOnly date, WinKind kind, string metric, WinWindow? window) =>
        [.. _onWins[(date, kind, metric, window)]];

    /// <summary>Notes on the week that starts on <paramref name="monday"/>.</summary>
    public IReadOnlyList<WinNote> ForWeek(DateOnly monday) => [.. _onWeeks[monday]];

    /// <summary>Reads the notes of one patient (only theirs) dated between two dates, oldest note first.</summary>
    public static async Task<WinNotes> LoadAsync(AppDbContext db, string patientId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.ClinicianNotes.AsNoTracking()
            .Where(n => n.PatientId == patientId && n.Date >= from && n.Date <= to)
            .OrderBy(n => n.Id)
            .Select(n => new
            {
                n.Date,
                n.WinKind,
                n.WinMetric,
                n.WinWindow,
                n.Text,
                Clinician = db.Users.Where(u => u.Id == n.ClinicianId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var onWins = rows.Where(r => r.WinKind is not null)
            .ToLookup(r => (r.Date, r.WinKind!.Value, r.WinMetric ?? string.Empty, r.WinWindow), r => new WinNote(Name(r.Clinician), r.Text));
        var onWeeks = rows.Where(r => r.WinKind is null)
            .ToLookup(r => r.Date, r => new WinNote(Name(r.Clinician), r.Text));
        return new WinNotes(onWins, onWeeks);

        static string Name(string? displayName) => string.IsNullOrWhiteSpace(displayName) ? "Your clinician" : displayName;
    }
}
