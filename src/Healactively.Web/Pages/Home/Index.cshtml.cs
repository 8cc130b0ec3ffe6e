using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Pages.Journal;
using Healactively.Web.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Home;

/// <summary>A patient's home: today's prompt or summary, and what improved this week.</summary>
public sealed class IndexModel(AppDbContext db, CurrentPatient currentPatient) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public string? TodaySummary { get; private set; }

    public IReadOnlyList<(DateOnly Date, string Message)> WeekWins { get; private set; } = [];

    public FlareEpisode? OngoingFlare { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Patient = await currentPatient.GetAsync(ct);
        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == Patient.PatientId);
        var today = await mine.Where(e => e.Date == Patient.Today)
            .Select(e => new { e.Pain, e.SittingMinutes, e.WalkingMeters })
            .SingleOrDefaultAsync(ct);
        TodaySummary = today is null ? null : EntrySummary.Describe(today.Pain, today.SittingMinutes, today.WalkingMeters, Patient.DistanceUnit);

        var weekStart = Patient.Today.AddDays(-6);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == Patient.PatientId && w.Date >= weekStart)
            .OrderByDescending(w => w.Date).ThenBy(w => w.Kind)
            .Select(w => new { w.Date, w.Message })
            .ToListAsync(ct);
        WeekWins = wins.Select(w => (w.Date, w.Message)).ToArray();

        var marks = await mine.Where(e => e.Flare != FlareMark.None)
            .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })
            .ToListAsync(ct);
        OngoingFlare = FlareTimeline.Build(marks).Ongoing;
    }
}
