using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// The clinician's home (triage list): only their linked patients, with last entry, wins of the last 7 days,
/// pain now against the month baseline (declines as plainly as improvements), ongoing flare-ups and flags,
/// each patient's "today" in their own zone; sortable and paginated. The clock is 2026-11-25 12:00 UTC.
/// </summary>
public sealed class ClinicianHomeTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task A_clinician_with_no_patients_is_told_how_to_link()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var home = await HtmlPage.GetOkAsync(clinician.Client, "/");

        Assert.Equal("/Clinician", home.Url.AbsolutePath);
        Assert.Contains("Ask your patient to create a share code on their Care team page", JournalDays.TextOf(home.Find("#no-patients")), StringComparison.Ordinal);
        Assert.NotNull(home.Find("#no-patients a[href='/Clinician/Link']"));
        Assert.NotNull(home.Find("a.nav-link[href='/Clinician']"));
        Assert.NotNull(home.Find("a.nav-link[href='/Clinician/Link']"));
    }

    [Fact]
    public async Task Each_patient_shows_exact_values_and_flags_for_a_known_journal()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        // Worse: pain 3 on ten days, then 6 on two days, the last three days ago → 2 of the last 3 values 3 points above a
        // baseline of 3 (important change 0.9).
        var worse = await LinkedPatientAsync(clinician.UserId, "Worse");
        await JournalAsync(worse, Days("2026-11-10", "2026-11-19").Select(d => (d, (int?)3, FlareMark.None)).Append(("2026-11-21", 6, FlareMark.None)).Append(("2026-11-22", 6, FlareMark.None)));

        // Better: pain 5 on eighteen days, then 4 yesterday, in a flare-up since the 20th; three wins this week (19th–25th), two older.
        var better = await LinkedPatientAsync(clinician.UserId, "Better");
        await JournalAsync(better, Days("2026-11-01", "2026-11-18").Select(d => (d, (int?)5, FlareMark.None))
            .Append(("2026-11-20", null, FlareMark.Start)).Append(("2026-11-24", 4, FlareMark.None)));
        await WinsAsync(better, "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-24", "2026-11-25");

        // Quiet: last wrote 15 days ago.
        var quiet = await LinkedPatientAsync(clinician.UserId, "Quiet");
        await JournalAsync(quiet, [("2026-11-10", 2, FlareMark.None)]);

        // New: two days of pain only, not enough for a month baseline.
        var fresh = await LinkedPatientAsync(clinician.UserId, "New");
        await JournalAsync(fresh, [("2026-11-24", 2, FlareMark.None), ("2026-11-25", 7, FlareMark.None)]);

        // Silent: linked, never wrote.
        await LinkedPatientAsync(clinician.UserId, "Silent");

        var page = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=name");
        var rows = page.FindAll(".triage-row").ToDictionary(r => JournalDays.TextOf(r.QuerySelector(".triage-name")), Cells);

        Assert.Equal(["Better", "New", "Quiet", "Silent", "Worse"], rows.Keys);
        Assert.Equal(["Tue 24 Nov 2026", "1", "3", "4/10 1 point lower than usual (usual 5)", "ongoing since Fri 20 Nov", ""], rows["Better"]);
        Assert.Equal(["Wed 25 Nov 2026", "0", "0", "7/10 not enough data for a month baseline", "none", ""], rows["New"]);
        Assert.Equal(["Tue 10 Nov 2026", "15", "0", "no pain recorded in the last 7 days", "none", "No entry for 7 days"], rows["Quiet"]);
        Assert.Equal(["no entries yet", "—", "0", "no pain recorded in the last 7 days", "none", "No entry for 7 days"], rows["Silent"]);
        Assert.Equal(["Sun 22 Nov 2026", "3", "0", "6/10 3 points higher than usual (usual 3)", "none", "Pain above usual"], rows["Worse"]);
        Assert.Equal($"/Clinician/Patients/{worse}", page.Find($".triage-row[data-patient-id='{worse}'] .triage-name a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Pain_above_usual_needs_two_of_the_last_three_values_above_by_the_clinically_important_change()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        // Baseline 5: important change min(2, 1.5) = 1.5. Pain 6 twice is above usual, but not by enough.
        var slightly = await LinkedPatientAsync(clinician.UserId, "Slightly");
        await JournalAsync(slightly, Days("2026-11-10", "2026-11-19").Select(d => (d, (int?)5, FlareMark.None)).Append(("2026-11-24", 6, FlareMark.None)).Append(("2026-11-25", 6, FlareMark.None)));

        // Baseline 3: important change 0.9. One day at 6 is not a flag (it used to be: alert fatigue).
        var oneDay = await LinkedPatientAsync(clinician.UserId, "One day");
        await JournalAsync(oneDay, Days("2026-11-10", "2026-11-19").Select(d => (d, (int?)3, FlareMark.None)).Append(("2026-11-25", 6, FlareMark.None)));

        // Baseline 3 and two days at 5: flagged.
        var clearly = await LinkedPatientAsync(clinician.UserId, "Clearly");
        await JournalAsync(clearly, Days("2026-11-10", "2026-11-19").Select(d => (d, (int?)3, FlareMark.None)).Append(("2026-11-24", 5, FlareMark.None)).Append(("2026-11-25", 5, FlareMark.None)));

        var page = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician");
        var rows = page.FindAll(".triage-row").ToDictionary(r => JournalDays.TextOf(r.QuerySelector(".triage-name a")), Cells);

        Assert.Equal(["Clearly", "One day", "Slightly"], rows.Keys);
        Assert.Equal("5/10 2 points higher than usual (usual 3)", rows["Clearly"][3]);
        Assert.Equal("Pain above usual", rows["Clearly"][5]);
        Assert.Equal("6/10 3 points higher than usual (usual 3)", rows["One day"][3]);
        Assert.Equal(string.Empty, rows["One day"][5]);
        Assert.Equal("6/10 1 point higher than usual (usual 5)", rows["Slightly"][3]);
        Assert.Equal(string.Empty, rows["Slightly"][5]);
    }

    [Fact]
    public async Task Today_is_each_patients_own()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        // At 12:00 UTC it is already 26 November in Kiritimati (UTC+14): 19 November is 7 days ago there, 6 in London.
        var london = await LinkedPatientAsync(clinician.UserId, "London", "Europe/London");
        var kiritimati = await LinkedPatientAsync(clinician.UserId, "Kiritimati", "Pacific/Kiritimati");
        await JournalAsync(london, [("2026-11-19", 3, FlareMark.None)]);
        await JournalAsync(kiritimati, [("2026-11-19", 3, FlareMark.None)]);

        var page = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=name");
        var rows = page.FindAll(".triage-row").ToDictionary(r => JournalDays.TextOf(r.QuerySelector(".triage-name")), Cells);

        Assert.Equal(["Thu 19 Nov 2026", "7", "0", "no pain recorded in the last 7 days", "none", "No entry for 7 days"], rows["Kiritimati"]);
        Assert.Equal(["Thu 19 Nov 2026", "6", "0", "3/10 not enough data for a month baseline", "none", ""], rows["London"]);
    }

    [Fact]
    public async Task Only_the_clinicians_own_unrevoked_patients_appear()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var other = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await LinkedPatientAsync(clinician.UserId, "Mine");
        await LinkedPatientAsync(other.UserId, "Theirs");
        await PatientAsync("Unlinked");
        var revoked = await LinkedPatientAsync(clinician.UserId, "Revoked");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.CareLinks.Single(l => l.PatientId == revoked).RevokedAt = factory.Clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var mine = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician");
        Assert.Equal(["Mine"], mine.FindAll(".triage-name").Select(JournalDays.TextOf));
        var theirs = await HtmlPage.GetOkAsync(other.Client, "/Clinician");
        Assert.Equal(["Theirs"], theirs.FindAll(".triage-name").Select(JournalDays.TextOf));
    }

    [Fact]
    public async Task Thirty_patients_are_sorted_and_paginated_25_per_page()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var ids = new List<string>();
        for (var i = 1; i <= 30; i++)
        {
            var id = await LinkedPatientAsync(clinician.UserId, $"Patient {i:00}");
            ids.Add(id);

            // Patient n last wrote n days ago (patients 7 and up are flagged), with n % 4 wins this week.
            await JournalAsync(id, [(Iso(new DateOnly(2026, 11, 25).AddDays(-i)), null, FlareMark.None)]);
            await WinsAsync(id, Enumerable.Range(0, i % 4).Select(d => Iso(new DateOnly(2026, 11, 25).AddDays(-d))).ToArray());
        }

        var first = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=name");
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"Patient {i:00}"), first.FindAll(".triage-name").Select(JournalDays.TextOf));
        Assert.Equal("Page 1 of 2", JournalDays.TextOf(first.Find(".pager .active")));
        Assert.Equal("/Clinician?sort=name&page=2", first.Find(".pager a[rel='next']")!.GetAttribute("href"));

        var second = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=name&page=2");
        Assert.Equal(Enumerable.Range(26, 5).Select(i => $"Patient {i:00}"), second.FindAll(".triage-name").Select(JournalDays.TextOf));

        var descending = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=name&dir=desc");
        Assert.Equal("Patient 30", JournalDays.TextOf(descending.FindAll(".triage-name")[0]));

        var mostWins = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=wins&dir=desc");
        Assert.Equal(["Patient 03", "Patient 07", "Patient 11"], mostWins.FindAll(".triage-name").Take(3).Select(JournalDays.TextOf));
        Assert.Equal("3", JournalDays.TextOf(mostWins.FindAll(".triage-wins")[0]));

        var latest = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=days-since&dir=asc");
        Assert.Equal(["Patient 01", "Patient 02"], latest.FindAll(".triage-name").Take(2).Select(JournalDays.TextOf));
        var oldestEntry = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=last-entry&dir=asc");
        Assert.Equal("Patient 30", JournalDays.TextOf(oldestEntry.FindAll(".triage-name")[0]));

        // Unknown sort: attention first — the 24 flagged patients (7–30 days), longest silence first.
        var attention = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician?sort=bogus&dir=sideways");
        var names = attention.FindAll(".triage-name").Select(JournalDays.TextOf).ToArray();
        Assert.Equal(Enumerable.Range(7, 24).Reverse().Take(25).Select(i => $"Patient {i:00}").Append("Patient 06"), names);
        Assert.All(attention.FindAll(".triage-row").Take(24), r => Assert.Equal("No entry for 7 days", JournalDays.TextOf(r.QuerySelector(".triage-flags"))));
    }

    private static readonly string[] CellSelectors = [".triage-last-entry", ".triage-days-since", ".triage-wins", ".triage-pain", ".triage-flare", ".triage-flags"];

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        [.. CellSelectors.Select(c => JournalDays.TextOf(row.QuerySelector(c)))];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Days(string first, string last)
    {
        for (var d = DateOnly.Parse(first, CultureInfo.InvariantCulture); d <= DateOnly.Parse(last, CultureInfo.InvariantCulture); d = d.AddDays(1))
        {
            yield return Iso(d);
        }
    }

    private async Task<string> PatientAsync(string name, string zone = "Europe/London")
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = Accounts.NewEmail();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, TimeZoneId = zone };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Patient);
        return user.Id;
    }

    private async Task<string> LinkedPatientAsync(string clinicianId, string name, string zone = "Europe/London")
    {
        var id = await PatientAsync(name, zone);
        await Accounts.LinkAsync(factory, id, clinicianId);
        return id;
    }

    /// <summary>Stores journal days directly (the triage reads stored rows; the journal form is tested elsewhere).</summary>
    private async Task JournalAsync(string patientId, IEnumerable<(string Date, int? Pain, FlareMark Flare)> days)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (date, pain, flare) in days)
        {
            db.JournalEntries.Add(new JournalEntryRecord
            {
                PatientId = patientId,
                Date = DateOnly.Parse(date, CultureInfo.InvariantCulture),
                Pain = pain,
                Flare = flare,
                Version = 1,
                CreatedAt = factory.Clock.GetUtcNow(),
                UpdatedAt = factory.Clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task WinsAsync(string patientId, params string[] dates)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var date in dates)
        {
            db.Wins.Add(new WinRecord { PatientId = patientId, Date = DateOnly.Parse(date, CultureInfo.InvariantCulture), Kind = WinKind.MicroWin, Metric = "pain", Message = "A win." });
        }

        await db.SaveChangesAsync();
    }
}
