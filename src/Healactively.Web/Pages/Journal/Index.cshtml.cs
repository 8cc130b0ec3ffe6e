using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Journal;

/// <summary>History: entries newest first, paginated, beside a month calendar of the days with entries.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, JournalHistoryQuery query) : PageModel
{
    public IReadOnlyList<JournalHistoryRow> Entries { get; private set; } = [];

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

        var isMonth = MonthCalendar.TryParseMonth(month, out var parsed);
        if (isMonth && !JournalDates.IsServed(new DateOnly(parsed.Year, parsed.Month, 1)))
        {
            return NotFound(); // 0001-01 or 9999-12: no journal has such a month, and its neighbours are not dates.
        }

        var (year, monthNumber) = isMonth ? parsed : (Today.Year, Today.Month);
        Calendar = MonthCalendar.For(year, monthNumber);

        var history = await query.RunAsync(patient, pageNumber, Calendar.First, ct);
        Entries = history.Entries;
        TotalEntries = history.TotalEntries;
        PageNumber = history.PageNumber;
        PageCount = history.PageCount;
        DaysWithEntries = history.DaysWithEntries;
        return Page();
    }
}
