using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// Every route about one patient under /Clinician/Patients, read from the app's own endpoints (a new page is
/// covered without being listed): only a linked clinician gets in; an unlinked or revoked clinician gets the
/// same 404 as for an id that does not exist; patients and admins get 403; visitors are sent to sign in; and
/// every clinician request writes exactly one audit row, with no journal text.
/// </summary>
public sealed class ClinicianRouteAccessTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string Marker = "MARKER-7f3a private words";
    private const string EntryDate = "2026-11-20";

    private string[] PatientRouteTemplates()
    {
        factory.CreateClient().Dispose();
        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? string.Empty)
            .Where(t => t.StartsWith("Clinician/Patients/{patientId}", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "Clinician/Patients/{patientId}", "Clinician/Patients/{patientId}/Entries/{date}", "Clinician/Patients/{patientId}/Notes",
                "Clinician/Patients/{patientId}/Report", "Clinician/Patients/{patientId}/Report/Pdf",
                "Clinician/Patients/{patientId}/Wins/Export", "Clinician/Patients/{patientId}/Fhir",
            },
            new HashSet<string>(templates, StringComparer.Ordinal));
        return templates;
    }

    private static string UrlFor(string template, string patientId)
    {
        var url = "/" + template.Replace("{patientId}", Uri.EscapeDataString(patientId), StringComparison.Ordinal)
            .Replace("{date}", EntryDate, StringComparison.Ordinal);
        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        return url;
    }

    private async Task<(string PatientId, HttpClient Patient)> PatientWithJournalAsync()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, EntryDate, JournalForms.Values(("Pain", "4"), ("EasierToday", Marker), ("Helped", "walk")));
        return (Accounts.UserId(factory, email), client);
    }

    private List<AuditEvent> AuditRows(string actorId)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEvents.AsNoTracking().Where(a => a.ActorId == actorId).OrderBy(a => a.Id).ToList();
    }

    [Fact]
    public async Task Only_a_linked_clinician_reads_a_patient_and_every_read_is_audited_once()
    {
        var (patientId, _) = await PatientWithJournalAsync();
        var (linked, _, linkedId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, linkedId);

        foreach (var template in PatientRouteTemplates())
        {
            var before = AuditRows(linkedId).Count;
            var response = await linked.GetAsync(UrlFor(template, patientId));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{template}: {(int)response.StatusCode}");
            var rows = AuditRows(linkedId).Skip(before).ToList();
            var row = Assert.Single(rows);
            Assert.Equal(patientId, row.PatientId);
            Assert.Equal(AuditOutcome.Allowed, row.Outcome);
            Assert.False(string.IsNullOrEmpty(row.Action));
            Assert.Equal("127.0.0.1", row.RemoteAddress);
        }
    }

    [Fact]
    public async Task Unlinked_and_revoked_clinicians_get_the_same_404_as_for_an_unknown_id_and_each_denial_is_audited()
    {
        var (patientId, _) = await PatientWithJournalAsync();
        var (unlinked, _, unlinkedId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var (revoked, _, revokedId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, revokedId);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var link = await db.CareLinks.SingleAsync(l => l.ClinicianId == revokedId);
            link.RevokedAt = factory.Clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        foreach (var template in PatientRouteTemplates())
        {
            var unknown = await unlinked.GetAsync(UrlFor(template, "no-such-patient"));
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            var unknownBody = Normalise(await unknown.Content.ReadAsStringAsync());

            foreach (var (client, actorId) in new[] { (unlinked, unlinkedId), (revoked, revokedId) })
            {
                var before = AuditRows(actorId).Count;
                var response = await client.GetAsync(UrlFor(template, patientId));
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Equal(unknownBody, Normalise(body));
                Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
                var row = Assert.Single(AuditRows(actorId).Skip(before));
                Assert.Equal(AuditOutcome.Denied, row.Outcome);
                Assert.Equal(patientId, row.PatientId);
            }
        }
    }

    [Fact]
    public async Task Patients_and_admins_get_403_and_visitors_are_sent_to_sign_in()
    {
        var (patientId, patient) = await PatientWithJournalAsync();
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var visitor = factory.CreateBrowser();

        foreach (var template in PatientRouteTemplates())
        {
            var url = UrlFor(template, patientId);
            Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(url)).StatusCode);
            var anonymous = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/Identity/Account/Login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_audit_row_holds_journal_text_or_values()
    {
        var (patientId, _) = await PatientWithJournalAsync();
        var (linked, _, linkedId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, linkedId);
        foreach (var template in PatientRouteTemplates())
        {
            await linked.GetAsync(UrlFor(template, patientId));
        }

        foreach (var row in AuditRows(linkedId))
        {
            var text = string.Join('|', row.ActorId, row.PatientId, row.Action, row.RemoteAddress);
            Assert.DoesNotContain("MARKER", text, StringComparison.Ordinal);
            Assert.DoesNotContain("walk", text, StringComparison.Ordinal);
        }
    }

    // The error page carries a per-request reference and antiforgery token; everything else must be identical.
    private static string Normalise(string html) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "<code>[^<]*</code>", "<code/>"),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "token");
}
