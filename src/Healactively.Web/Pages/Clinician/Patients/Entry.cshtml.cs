using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>A value of one of the patient's metrics as the entry page shows it.</summary>
public sealed record EntryValue(string Key, string Name, string Value);

/// <summary>One journal day of a linked patient, read-only: every field, their own metrics, and the wins of that day.</summary>
[AuditedRead("entry")]
public sealed class EntryModel(GrantedPatient grantedPatient, PatientJournalLoader loader, WinsOnDateQuery winsOnDate) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public JournalEntry Entry { get; private set; } = null!;

    public IReadOnlyList<EntryValue> Values { get; private set; } = [];

    public IReadOnlyList<string> FunctionalWins { get; private set; } = [];

    public IReadOnlyList<WinOfDay> Wins { get; private set; } = [];

    public string Flare { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? date)
    {
        Patient = grantedPatient.Patient;
        if (!JournalDates.TryParse(date, out var day))
        {
            return NotFound();
        }

        var ct = HttpContext.RequestAborted;
        var loaded = await loader.LoadEntriesAsync(Patient.PatientId, day, day, withText: true, ct);
        if (loaded.Entries.Count == 0)
        {
            return NotFound();
        }

        Entry = loaded.Entries[0];
        IReadOnlyList<MetricDefinition> metrics =
            [BuiltInMetrics.Pain, BuiltInMetrics.SittingMinutes, BuiltInMetrics.WalkingMeters, .. loaded.CustomMetrics.Select(m => m.ToDomain())];
        Values = [.. metrics.Select(m => new EntryValue(
            m.Key,
            m.Name,
            m.ValueOf(Entry) is { } value ? MetricFormat.FormatValue(m, value, Patient.DistanceUnit) : "not recorded"))];
        FunctionalWins = [.. FunctionalWinCatalog.All.Where(i => Entry.FunctionalWins.HasFlag(i.Flag)).Select(i => i.Label)];
        Flare = Entry.Flare switch
        {
            FlareMark.Start => "A flare-up started",
            FlareMark.End => "A flare-up was over",
            FlareMark.StartEnd => "A flare-up started and was over the same day",
            _ => "No flare-up marked",
        };

        var byKey = metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        Wins = await winsOnDate.DetailsAsync(Patient.PatientId, day, byKey, Patient.DistanceUnit, ct);
        return Page();
    }
}
