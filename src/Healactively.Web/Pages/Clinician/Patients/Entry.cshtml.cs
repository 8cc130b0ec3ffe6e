using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>A value of one of the patient's metrics as the entry page shows it.</summary>
public sealed record EntryValue(string Key, string Name, string Value);

/// <summary>A win earned on the day, with its numbers.</summary>
public sealed record EntryWin(string Message, string Label, string? Numbers);

/// <summary>One journal day of a linked patient, read-only: every field, their own metrics, and the wins of that day.</summary>
[AuditedRead("entry")]
public sealed class EntryModel(ClinicianPatient clinicianPatient, AppDbContext db, PatientJournalLoader loader) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public JournalEntry Entry { get; private set; } = null!;

    public IReadOnlyList<EntryValue> Values { get; private set; } = [];

    public IReadOnlyList<string> FunctionalWins { get; private set; } = [];

    public IReadOnlyList<EntryWin> Wins { get; private set; } = [];

    public string Flare { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? date)
    {
        Patient = clinicianPatient.Patient;
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
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == Patient.PatientId && w.Date == day)
            .OrderBy(w => w.Kind).ThenBy(w => w.Metric).ThenBy(w => w.Window)
            .Select(w => new { w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Message })
            .ToListAsync(ct);
        Wins = [.. wins.Select(w => new EntryWin(
            w.Message,
            $"{WinLabels.Kind(w.Kind)} · {WinLabels.Metric(w.Metric, byKey)}",
            WinLabels.Numbers(w.Kind, w.Window, w.Baseline, w.Value, w.Delta, byKey.GetValueOrDefault(w.Metric), Patient.DistanceUnit)))];
        return Page();
    }
}
