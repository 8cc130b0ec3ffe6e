using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>A note as posted: a win named by date, kind, metric and window, or a week named by its Monday (no kind).</summary>
public sealed record ClinicianNoteInput(string? Date, string? Kind, string? Metric, string? Window, string? Text);

/// <summary>
/// Saves a clinician's short note on one of the patient's wins or weeks. A win must be one the patient's journal has
/// now; a week must have started. Bad input is refused with a sentence that says why, and nothing is saved.
/// </summary>
public sealed class SaveClinicianNote(AppDbContext db, TimeProvider clock)
{
    public abstract record Outcome
    {
        /// <param name="Date">The win's date, or the Monday of the week.</param>
        public sealed record Saved(DateOnly Date, bool OnWeek) : Outcome;

        public sealed record Refused(string Message) : Outcome;
    }

    private const string WinNotFound = "That win was not found in the patient's journal. It may have changed since the page was loaded.";

    public async Task<Outcome> RunAsync(PatientContext patient, string clinicianId, ClinicianNoteInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new Outcome.Refused("Write a note before adding it.");
        }

        if (text.Length > ClinicianNote.TextMaxLength)
        {
            return new Outcome.Refused($"Keep the note to {ClinicianNote.TextMaxLength} characters or fewer (this one has {text.Length}).");
        }

        if (!JournalDates.TryParse(input.Date, out var date))
        {
            return new Outcome.Refused("That date is not one of the patient's days.");
        }

        var note = new ClinicianNote
        {
            PatientId = patient.PatientId,
            ClinicianId = clinicianId,
            Date = date,
            Text = text,
            CreatedAt = clock.GetUtcNow(),
        };

        if (string.IsNullOrEmpty(input.Kind))
        {
            if (date.DayOfWeek != DayOfWeek.Monday)
            {
                return new Outcome.Refused("A note on a week needs the Monday that starts it.");
            }

            if (date > patient.Today)
            {
                return new Outcome.Refused("That week has not started yet.");
            }
        }
        else
        {
            if (!WinKeys.TryParseKind(input.Kind, out var kind) || string.IsNullOrEmpty(input.Metric) || !TryParseWindow(input.Window, out var window))
            {
                return new Outcome.Refused(WinNotFound);
            }

            var metric = input.Metric;
            var exists = await db.Wins.AsNoTracking().AnyAsync(
                w => w.PatientId == patient.PatientId && w.Date == date && w.Kind == kind && w.Metric == metric && w.Window == window, cancellationToken);
            if (!exists)
            {
                return new Outcome.Refused(WinNotFound);
            }

            note.WinKind = kind;
            note.WinMetric = metric;
            note.WinWindow = window;
        }

        db.ClinicianNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome.Saved(date, OnWeek: note.WinKind is null);
    }

    private static bool TryParseWindow(string? text, out WinWindow? window)
    {
        window = text switch
        {
            "week" => WinWindow.Week,
            "month" => WinWindow.Month,
            _ => null,
        };
        return window is not null || string.IsNullOrEmpty(text);
    }
}
