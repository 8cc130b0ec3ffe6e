using System.IO.Compression;
using System.Net;
using System.Text.Json;
using CsvHelper;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Admin;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Profile;

/// <summary>A patient downloads everything the app holds about them, or deletes it all.</summary>
public sealed class PersonalDataTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task The_download_holds_journal_wins_profile_notes_care_team_and_who_looked()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, zone: "Europe/Berlin", name: "Dora Download");
        var patientId = Accounts.UserId(factory, email);
        await JournalDays.SaveAsync(patient, JournalDays.Range("2026-11-12", "2026-11-24", ("Pain", "6"), ("SittingMinutes", "20")));
        await JournalDays.SaveAsync(patient,
            ("2026-11-11", [("Pain", "6"), ("SittingMinutes", "20"), ("EasierToday", "stairs, \"slowly\"")]),
            ("2026-11-25", [("Pain", "2"), ("SittingMinutes", "60"), ("Walking", "1.5")]));
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Notewriter");
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinician.UserId, Date = new DateOnly(2026, 11, 23), Text = "=Great week, keep going", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var dataPage = await HtmlPage.GetOkAsync(patient, "/Profile/Data");
        var href = dataPage.Find("#download-data")!.GetAttribute("href")!;
        var response = await patient.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(
            ["README.txt", "access-log.csv", "care-team.csv", "check-ins.csv", "cheers.csv", "clinician-notes.csv", "goals.csv", "journal.csv", "notification-devices.csv", "profile.json", "psfs-activities.csv", "supporter-invitations.csv", "supporters.csv", "supporting.csv", "wins.csv"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        // The journal and wins files are byte for byte what the existing exports give.
        Assert.Equal(await patient.GetByteArrayAsync("/Journal/Export"), Read(zip, "journal.csv"));
        Assert.Equal(await patient.GetByteArrayAsync("/Wins/Export"), Read(zip, "wins.csv"));
        var journal = Csv(zip, "journal.csv");
        Assert.Equal(15, journal.Count);
        Assert.Equal("2026-11-11", journal[0]["date"]);
        Assert.Equal("2026-11-25", journal[^1]["date"]);
        Assert.Equal("stairs, \"slowly\"", journal[0]["easier_today"]);
        var wins = Csv(zip, "wins.csv");
        Assert.NotEmpty(wins);
        Assert.All(wins, w => Assert.False(string.IsNullOrEmpty(w["message"])));

        using var profile = JsonDocument.Parse(Read(zip, "profile.json"));
        Assert.Equal(email, profile.RootElement.GetProperty("email").GetString());
        Assert.Equal("Dora Download", profile.RootElement.GetProperty("displayName").GetString());
        Assert.Equal("Europe/Berlin", profile.RootElement.GetProperty("timeZone").GetString());
        Assert.Equal("Patient", profile.RootElement.GetProperty("roles")[0].GetString());

        var note = Assert.Single(Csv(zip, "clinician-notes.csv"));
        Assert.Equal("Dr. Notewriter", note["clinician"]);
        Assert.Equal("'=Great week, keep going", note["note"]);
        Assert.Equal("2026-11-23", note["date"]);
        var link = Assert.Single(Csv(zip, "care-team.csv"));
        Assert.Equal("Dr. Notewriter", link["clinician"]);
        Assert.Equal(string.Empty, link["revoked_utc"]);
        var look = Assert.Single(Csv(zip, "access-log.csv"));
        Assert.Equal("Dr. Notewriter", look["who"]);
        Assert.Equal("your win timeline", look["what"]);
        Assert.Equal("allowed", look["outcome"]);
    }

    [Fact]
    public async Task Deleting_my_account_leaves_no_trace_of_me_in_any_table_and_ends_every_session()
    {
        var marker = $"Marker{Guid.NewGuid():N}";
        var name = $"Erin{Guid.NewGuid():N}"[..16];
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: name);
        var patientId = Accounts.UserId(factory, email);
        var otherDevice = factory.CreateBrowser();
        await Accounts.SignInAsync(otherDevice, email);
        var metrics = await HtmlPage.GetOkAsync(patient, "/Metrics");
        var added = await metrics.SubmitAsync(patient, "#add-metric-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Posture angle",
            ["Input.Unit"] = "degrees",
            ["Input.Better"] = "higher",
            ["Input.MinStep"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        await JournalDays.SaveAsync(patient,
            ("2026-11-20", [("Pain", "6"), ("SittingMinutes", "20"), ("EasierToday", marker), ("Triggers", $"t{marker}"), ("Custom[0].Value", "30")]),
            ("2026-11-25", [("Pain", "2"), ("SittingMinutes", "60"), ("Helped", $"h{marker}")]));
        var care = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        await care.SubmitAsync(patient, "#create-code-form", new Dictionary<string, string?>());
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinician.UserId, Date = new DateOnly(2026, 11, 23), Text = $"note {marker}", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
            Assert.True(db.CustomMetricValues.Any(v => v.Metric.PatientId == patientId), "The journal saved a custom metric value.");
            Assert.True(db.ShareCodes.Any(c => c.PatientId == patientId), "The care team page made a share code.");
        }

        // Supporters: an invitation waiting, a supporter who reads the shared wins and cheered one.
        await Supporters.SupporterSteps.InviteAsync(patient, Accounts.NewEmail("pending"), $"Pending{marker}"[..40]);
        var (supporter, supporterLinkId) = await Supporters.SupporterSteps.SignInLinkedSupporterAsync(factory, patientId);
        await HtmlPage.GetOkAsync(supporter, $"/Supporting/{patientId}");
        await Supporters.SupporterSteps.PlantCheerAsync(factory, supporterLinkId, $"cheer {marker}");

        // Outcome measures: a rated activity (its ratings restrict deleting it), a check-in and a goal, all named with the marker.
        Outcomes.OutcomeSteps.AssertRedirect(await Outcomes.OutcomeSteps.AddActivityAsync(patient, $"stairs {marker}"));
        var activity = Assert.Single(await Outcomes.OutcomeSteps.ActivitiesAsync(factory, patientId));
        Outcomes.OutcomeSteps.AssertRedirect(await Outcomes.OutcomeSteps.CheckInAsync(patient, "2026-11-25", Outcomes.OutcomeSteps.Answers(activity.Id, "4", "5")));
        var goals = await HtmlPage.GetOkAsync(patient, "/Goals");
        Outcomes.OutcomeSteps.AssertRedirect(await goals.SubmitAsync(patient, "#set-goal-form", new Dictionary<string, string?> { ["Title"] = $"goal {marker}", ["Metric"] = "pain", ["Target"] = "2" }));
        using (var zip = new ZipArchive(new MemoryStream(await patient.GetByteArrayAsync("/Profile/Data?handler=Download"))))
        {
            Assert.Contains(marker, System.Text.Encoding.UTF8.GetString(Read(zip, "psfs-activities.csv")), StringComparison.Ordinal);
            Assert.Contains(marker, System.Text.Encoding.UTF8.GetString(Read(zip, "goals.csv")), StringComparison.Ordinal);
            Assert.Equal("4", Assert.Single(Csv(zip, "check-ins.csv"))["rating"]);
        }

        Assert.NotEmpty(await DatabaseSnapshot.FindAsync(factory, patientId, email, name, marker));

        var delete = await HtmlPage.GetOkAsync(patient, "/Profile/Delete");
        Assert.NotNull(delete.Find("#download-first a[href='/Profile/Data?handler=Download']"));
        var wrongPassword = await delete.SubmitAsync(patient, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = "not my password at all",
            ["Input.ConfirmEmail"] = "someone@example.test",
        });
        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal("That is not your password.", wrongPassword.ValidationMessageFor("Input.Password"));
        Assert.NotEmpty(wrongPassword.ValidationMessageFor("Input.ConfirmEmail"));
        Assert.NotNull(AdminSteps.Find(factory, patientId));

        var deleted = await wrongPassword.SubmitAsync(patient, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        var landing = await HtmlPage.FollowAsync(patient, deleted);
        Assert.Contains("Your account and all of your data were deleted.", landing.Text, StringComparison.Ordinal);
        Assert.Null(landing.Find("#sign-out-form"));

        Assert.True(await DatabaseSnapshot.TableCountAsync(factory) >= 15, "The scan reads every table, Identity's included.");
        Assert.Empty(await DatabaseSnapshot.FindAsync(factory, patientId, email, name, marker));
        var stub = Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.SelfDelete));
        Assert.StartsWith(AccountErasure.ErasedTokenPrefix, stub.ActorId, StringComparison.Ordinal);
        Assert.Null(stub.RemoteAddress);

        AdminSteps.PassStampValidationInterval(factory);
        AdminSteps.AssertSignedOut(await HtmlPage.GetAsync(otherDevice, "/Home"));
        Assert.Equal(HttpStatusCode.OK, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.Client.GetAsync($"/Clinician/Patients/{patientId}")).StatusCode);
    }

    [Fact]
    public async Task Staff_have_no_patient_data_page()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.Client.GetAsync("/Profile/Data?handler=Download")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.Client.GetAsync("/Profile/Delete")).StatusCode);
    }

    [Fact]
    public async Task Identity_UI_pages_for_personal_data_lead_to_the_products_own_and_delete_nothing()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        var toDelete = await patient.GetAsync("/Identity/Account/Manage/DeletePersonalData");
        Assert.Equal("/Profile/Delete", toDelete.Headers.Location!.OriginalString);
        var toDownload = await patient.GetAsync("/Identity/Account/Manage/DownloadPersonalData");
        Assert.Equal("/Profile/Data", toDownload.Headers.Location!.OriginalString);

        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var page = await HtmlPage.GetOkAsync(admin.Client, "/Identity/Account/Manage/DeletePersonalData");
        Assert.NotNull(page.Find("#staff-delete-note"));
        Assert.NotNull(AdminSteps.Find(factory, admin.UserId));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<Dictionary<string, string>> Csv(ZipArchive zip, string name)
    {
        using var csv = CsvReader.Create(new ReadOnlyMemory<byte>(Read(zip, name)), new CsvReaderOptions { Separator = ',', HasHeader = true, Mode = CsvMode.Rfc4180 });
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetString(i) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
