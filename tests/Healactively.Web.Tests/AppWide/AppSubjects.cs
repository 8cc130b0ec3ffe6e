using System.Text.RegularExpressions;
using Healactively.Web.Data;
using Healactively.Web.Tests.CareTeam;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// One person in each role, with a patient who has a journal, a custom metric, a clinician linked by share
/// code and a linked supporter, and the URL of any route template filled with that patient's real ids.
/// </summary>
internal sealed partial class AppSubjects
{
    public const string EntryDate = "2026-11-20";

    private AppSubjects(HttpClient anonymous, HttpClient patient, HttpClient clinician, HttpClient admin, string patientId, long entryId, long metricId, long linkId)
    {
        OtherPatient = patient;
        UnlinkedClinician = clinician;
        Anonymous = anonymous;
        Patient = patient;
        Clinician = clinician;
        Admin = admin;
        PatientId = patientId;
        EntryId = entryId;
        MetricId = metricId;
        LinkId = linkId;
    }

    public HttpClient Anonymous { get; }

    public HttpClient Patient { get; }

    public HttpClient Clinician { get; }

    public HttpClient Admin { get; }

    /// <summary>A second patient, who must not reach the first one's records.</summary>
    public HttpClient OtherPatient { get; private init; }

    /// <summary>A clinician with no link to the patient.</summary>
    public HttpClient UnlinkedClinician { get; private init; }

    /// <summary>A supporter the patient shares wins with.</summary>
    public HttpClient Supporter { get; private init; } = null!;

    /// <summary>A supporter with no link to the patient.</summary>
    public HttpClient UnlinkedSupporter { get; private init; } = null!;

    public long SupporterLinkId { get; private init; }

    public string PatientId { get; }

    public long EntryId { get; }

    public long MetricId { get; }

    public long LinkId { get; }

    /// <summary>The callers in the order of the role matrix's columns.</summary>
    public IReadOnlyList<(string Role, HttpClient Client)> Callers =>
    [
        ("anonymous", Anonymous), ("patient", Patient), ("other patient", OtherPatient), ("clinician", Clinician),
        ("unlinked clinician", UnlinkedClinician), ("admin", Admin), ("supporter", Supporter), ("unlinked supporter", UnlinkedSupporter),
    ];

    public static async Task<AppSubjects> CreateAsync(HealactivelyFactory factory, string text = "walk")
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        await Steps.JournalAsync(patient, text);
        await JournalForms.SaveAsync(patient, EntryDate, JournalForms.Values(("Pain", "4"), ("EasierToday", text)));
        await Steps.CustomMetricAsync(patient, text);
        var (clinician, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await CareTeamSteps.RedeemAsync(clinician, await CareTeamSteps.CreateCodeAsync(patient));
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entryId = await db.JournalEntries.Where(e => e.PatientId == patientId).Select(e => e.Id).FirstAsync();
        var metricId = await db.CustomMetrics.Where(m => m.PatientId == patientId).Select(m => m.Id).FirstAsync();
        var linkId = await db.CareLinks.Where(l => l.PatientId == patientId).Select(l => l.Id).SingleAsync();
        var (otherPatient, _) = await Accounts.RegisterPatientAsync(factory);
        var (unlinked, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var (supporter, supporterLinkId) = await Supporters.SupporterSteps.SignInLinkedSupporterAsync(factory, patientId);
        var (unlinkedSupporter, _) = await Supporters.SupporterSteps.SignInLinkedSupporterAsync(factory, patientId: null);
        return new AppSubjects(factory.CreateBrowser(), patient, clinician, admin, patientId, entryId, metricId, linkId)
        {
            OtherPatient = otherPatient,
            UnlinkedClinician = unlinked,
            Supporter = supporter,
            UnlinkedSupporter = unlinkedSupporter,
            SupporterLinkId = supporterLinkId,
        };
    }

    /// <summary>"/" + the template with every parameter replaced by this patient's value for it.</summary>
    public string UrlFor(string template) => "/" + Parameter().Replace(template.TrimStart('/'), m => m.Groups["name"].Value switch
    {
        "patientId" => Uri.EscapeDataString(PatientId),
        "date" => EntryDate,
        "path" => "no-such-file.txt",
        "id" when template.StartsWith("Journal/", StringComparison.Ordinal) => EntryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when template.StartsWith("Metrics/", StringComparison.Ordinal) => MetricId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when template.StartsWith("Admin/Accounts/", StringComparison.Ordinal) => Uri.EscapeDataString(PatientId),
        "change" => "lock",
        "id" when template.StartsWith("CareTeam/", StringComparison.Ordinal) => LinkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" when template.StartsWith("Supporters/", StringComparison.Ordinal) => SupporterLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var name => throw new InvalidOperationException($"No test value for route parameter '{name}' in '{template}': add one to {nameof(AppSubjects)}."),
    });

    [GeneratedRegex(@"\{\**(?<name>\w+)(:[^}?]*)?\??\}")]
    private static partial Regex Parameter();
}
