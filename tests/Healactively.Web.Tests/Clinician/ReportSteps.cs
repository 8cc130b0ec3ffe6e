using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;

namespace Healactively.Web.Tests.Clinician;

/// <summary>A patient with a known journal (imported through the real CSV import) and a clinician linked to them.</summary>
internal static class ReportSteps
{
    public sealed record Linked(HttpClient Patient, string PatientId, HttpClient Clinician, string ClinicianId);

    /// <summary>A short journal whose numbers the tests pin by hand (today is 2026-11-25 in London).</summary>
    public static readonly IReadOnlyList<JournalEntry> Small =
    [
        new(new DateOnly(2026, 11, 18)) { Pain = 6, SittingMinutes = 20, WalkingMeters = 1000, EasierToday = "PRIVATE-TEXT-1" },
        new(new DateOnly(2026, 11, 20)) { Pain = 5, SittingMinutes = 30, WalkingMeters = 1200, Flare = FlareMark.Start },
        new(new DateOnly(2026, 11, 22)) { Pain = 4, Flare = FlareMark.End },
        new(new DateOnly(2026, 11, 25)) { Pain = 3, SittingMinutes = 45, WalkingMeters = 900 },
    ];

    public static async Task<Linked> LinkedPatientAsync(HealactivelyFactory factory, IEnumerable<JournalEntry> journal, string name = "Robin Report")
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: name);
        await JournalCsvClient.ImportOkAsync(patient, TestJournals.ToCsv(journal));
        var patientId = Accounts.UserId(factory, email);
        var (clinician, _, clinicianId) = await Accounts.SignInStaffAsync(factory, Web.Data.Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinicianId);
        return new Linked(patient, patientId, clinician, clinicianId);
    }

    public static async Task<HttpClient> UnlinkedClinicianAsync(HealactivelyFactory factory) =>
        (await Accounts.SignInStaffAsync(factory, Web.Data.Roles.Clinician, "Dr. Elsewhere")).Client;
}
