using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Journal;

/// <summary>History: entries newest first, paginated, beside a month calendar of the days with entries.</summary>
public sealed class IndexModel(AppDbContext db, CurrentPatient currentPatient) : PageModel
{
    public const int PageSize = 20;

    public sealed record Row(long Id, DateOnly Date, string Summary, FlareMark Flare, int FunctionalWinCount, bool HasNotes);

    public IReadOnlyList<Row> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int TotalEntries { get; private set; }

    public MonthCalendar Calendar { get; private set; } = null!;

    public IReadOnlySet<DateOnly> DaysWithEntries { get; private set; } = new HashSet<DateOnly>();

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, string? month = null)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        Today = patient.Today;
        var ct = HttpContext.RequestAborted;

        var (year, monthNumber) = MonthCalendar.TryParseMonth(month, out var parsed) ? parsed : (Today.Year, Today.Month);
        Calendar = MonthCalendar.For(year, monthNumber);

        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patient.PatientId);
        TotalEntries = await mine.CountAsync(ct);
        PageCount = Math.Max(1, (TotalEntries + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(pageNumber, 1, PageCount);

        var rows = await mine.OrderByDescending(e => e.Date)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new { e.Id, e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters, e.Flare, e.FunctionalWins, HasNotes = e.EasierToday != null })
            .ToListAsync(ct);
        Entries = rows.Select(r => new Row(r.Id, r.Date, EntrySummary.Describe(r.Pain, r.SittingMinutes, r.WalkingMeters, patient.DistanceUnit),
            r.Flare, System.Numerics.BitOperations.PopCount((uint)r.FunctionalWins), r.HasNotes)).ToArray();

        var monthStart = Calendar.First;
        var monthEnd = monthStart.AddMonths(1);
        DaysWithEntries = (await mine.Where(e => e.Date >= monthStart && e.Date < monthEnd).Select(e => e.Date).ToListAsync(ct)).ToHashSet();
        return Page();
    }
}
