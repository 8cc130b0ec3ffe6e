using System.Security.Claims;
using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.WeekInWins;

/// <summary>A note on the patient's home: new until opened; a week note also shows during its own week.</summary>
public sealed record HomeNote(long Id, string ClinicianName, string Text, bool IsNew, bool OnWeek, DateOnly Date)
{
    /// <summary>The week page the note is shown on (a win note's week, or the week the note is about).</summary>
    public string WeekParam => IsoWeeks.ToParam(PatientCalendar.MondayOf(Date));
}

/// <summary>
/// Which clinician notes the patient has not opened yet. Opening a note is pressing its "Open" button (on Home or on
/// the week page): a POST that records it seen and shows the week the note belongs to. Merely loading a page never
/// marks a note seen, because GET requests change nothing (a prefetch or a background tab must not count as reading).
/// </summary>
public sealed class ClinicianNotesSeen(AppDbContext db, TimeProvider clock)
{
    /// <summary>The most new notes listed on Home; the count says how many there are in all.</summary>
    public const int ShownOnHome = 5;

    public Task<int> CountNewAsync(string patientId, CancellationToken cancellationToken = default) =>
        db.ClinicianNotes.AsNoTracking().CountAsync(n => n.PatientId == patientId && n.SeenAt == null, cancellationToken);

    /// <summary>New notes (newest first, at most <see cref="ShownOnHome"/>), then the notes on this week that are not new.</summary>
    public async Task<IReadOnlyList<HomeNote>> ForHomeAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var monday = PatientCalendar.MondayOf(patient.Today);
        var rows = await db.ClinicianNotes.AsNoTracking()
            .Where(n => n.PatientId == patient.PatientId && (n.SeenAt == null || (n.WinKind == null && n.Date == monday)))
            .OrderBy(n => n.SeenAt == null ? 0 : 1).ThenByDescending(n => n.Id)
            .Take(ShownOnHome + 5)
            .Select(n => new
            {
                n.Id,
                n.Text,
                n.SeenAt,
                n.WinKind,
                n.Date,
                Clinician = db.Users.Where(u => u.Id == n.ClinicianId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var notes = rows.Select(r => new HomeNote(
            r.Id, string.IsNullOrWhiteSpace(r.Clinician) ? "Your clinician" : r.Clinician, r.Text, r.SeenAt is null, r.WinKind is null, r.Date));
        return [.. notes.Where(n => n.IsNew).Take(ShownOnHome), .. notes.Where(n => !n.IsNew)];
    }

    /// <summary>Records one of the patient's own notes as seen; returns the Monday of its week, or null when it is not theirs.</summary>
    public async Task<DateOnly?> OpenAsync(string patientId, long noteId, CancellationToken cancellationToken = default)
    {
        var note = await db.ClinicianNotes.SingleOrDefaultAsync(n => n.Id == noteId && n.PatientId == patientId, cancellationToken);
        if (note is null)
        {
            return null;
        }

        if (note.SeenAt is null)
        {
            // A tracked change: the save raises the patient's journal stamp, so a cached home page drops its "new" mark.
            note.SeenAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return PatientCalendar.MondayOf(note.Date);
    }
}

/// <summary>The count of new clinician notes beside "Wins" in the patient's navigation; nothing when there are none.</summary>
public sealed class NewNotesBadgeViewComponent(ClinicianNotesSeen notes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var count = userId is null ? 0 : await notes.CountNewAsync(userId, HttpContext.RequestAborted);
        return count == 0 ? Content(string.Empty) : View(count);
    }
}

/// <summary>
/// Home's link to the week in wins and the notes from the care team: new ones marked "new" with an Open button, and
/// this week's week note during that week. Not part of the cached home view: it reads the notes on every visit.
/// </summary>
public sealed class WeekOnHomeViewComponent(ClinicianNotesSeen notes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PatientContext patient) =>
        View(await notes.ForHomeAsync(patient, HttpContext.RequestAborted));
}
