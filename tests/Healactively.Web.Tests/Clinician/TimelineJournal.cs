using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// A known journal for the clinician timeline and notes tests (the clock is Wednesday 2026-11-25):
/// a flare-up from 2 to 6 November (4 days); the seven days 19–25 November with sitting 30 (45 on Sunday 22nd),
/// pain 5 (3 on Monday 23rd), a 2-day flare-up from the 19th to the 21st, and a functional win with notes on the 24th.
/// </summary>
internal static class TimelineJournal
{
    public const string PatientName = "Amara";
    public const string ClinicianName = "Dr. Osei";

    /// <summary>The "Add a note" link of the sitting win of Sunday 22 November on the timeline.</summary>
    public const string SittingWinNoteLink = ".timeline-win[data-date='2026-11-22'][data-metric='sitting_minutes'] a.win-note-link";

    /// <summary>The note form of that win, on the notes page its link opens (<see cref="PageWithFormAsync"/>).</summary>
    public const string SittingWinNoteForm = "form.win-note-form";

    /// <summary>The note form of the week of 23 November, on the notes page the week's "Add a note on this week" link opens.</summary>
    public const string ThisWeekNoteForm = "form.week-note-form";

    public const string ThisWeekNoteLink = ".timeline-week[data-week='2026-11-23'] a.week-note-link";

    public sealed record Setup(HttpClient Patient, string PatientId, HttpClient Clinician, string ClinicianId)
    {
        public string Timeline => $"/Clinician/Patients/{PatientId}";
    }

    /// <summary>
    /// The clinician's page that holds <paramref name="form"/>: a win's note form is on the notes page its "Add a note"
    /// link opens, and a week's on the page its "Add a note on this week" link opens (the timeline carries links, not forms).
    /// </summary>
    public static async Task<HtmlPage> PageWithFormAsync(Setup setup, string form)
    {
        var timeline = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline);
        var selector = form switch
        {
            SittingWinNoteForm => SittingWinNoteLink,
            ThisWeekNoteForm => ThisWeekNoteLink,
            _ => null,
        };
        if (selector is null)
        {
            return timeline;
        }

        var link = timeline.Find(selector) ?? throw new InvalidOperationException($"No note link {selector}.");
        return await HtmlPage.GetOkAsync(setup.Clinician, link.GetAttribute("href")!);
    }

    public static async Task<Setup> CreateAsync(HealactivelyFactory factory)
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: PatientName);
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, ClinicianName);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);

        await JournalDays.SaveAsync(patient,
            ("2026-11-02", [("FlareStarted", "true")]),
            ("2026-11-06", [("FlareOver", "true")]),
            ("2026-11-19", [("Pain", "5"), ("SittingMinutes", "30"), ("FlareStarted", "true")]),
            ("2026-11-20", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-21", [("Pain", "5"), ("SittingMinutes", "30"), ("FlareOver", "true")]),
            ("2026-11-22", [("SittingMinutes", "45")]),
            ("2026-11-23", [("Pain", "3"), ("SittingMinutes", "30")]),
            ("2026-11-24", [("Pain", "5"), ("SittingMinutes", "30"), ("Walking", "1.5"), ("StoodWithoutWincing", "true"),
                ("EasierToday", "Tying my shoes"), ("Triggers", "long drive"), ("Helped", "heat pack, short walk")]),
            ("2026-11-25", [("Pain", "5"), ("SittingMinutes", "30")]));
        return new Setup(patient, patientId, clinician.Client, clinician.UserId);
    }
}
