using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Clinician;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Home;

/// <summary>
/// The patient's home, the progress charts, "what helps" and the clinician's triage rows are kept in memory per patient, under the patient's journal stamp:
/// whoever changes what they show (the patient, their clinician, an admin), the next visit shows it. Each test opens the
/// page first, so a stale copy would be there to serve.
/// </summary>
public sealed class CachedViewTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string HomeNotes = "#week-wins .clinician-note";

    [Fact]
    public async Task A_note_written_after_the_patient_opened_home_is_there_on_the_next_visit()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        Assert.Empty((await HtmlPage.GetOkAsync(setup.Patient, "/Home")).FindAll(HomeNotes));

        await PostNoteAsync(setup, "Sitting longer every week.");

        var home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Equal(["Dr. Osei: Sitting longer every week."], home.FindAll(HomeNotes).Select(TextOf));
    }

    [Fact]
    public async Task Erasing_a_clinician_takes_their_notes_off_a_home_already_seen()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        await PostNoteAsync(setup, "Well done.");
        Assert.Single((await HtmlPage.GetOkAsync(setup.Patient, "/Home")).FindAll(HomeNotes));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(ErasureOutcome.Erased, await scope.ServiceProvider.GetRequiredService<AccountErasure>().EraseAsync(setup.ClinicianId, byAdmin: true));
        }

        Assert.Empty((await HtmlPage.GetOkAsync(setup.Patient, "/Home")).FindAll(HomeNotes));
    }

    [Fact]
    public async Task Deleting_today_after_opening_home_brings_the_prompt_back()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-25", [("Pain", "3")]));
        Assert.Equal("pain 3/10", TextOf((await HtmlPage.GetOkAsync(client, "/Home")).Find("#today-summary")));

        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{entry.Id}");
        var deleted = await confirm.SubmitAsync(client, "form#delete-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);

        var home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Null(home.Find("#today-summary"));
        Assert.NotNull(home.Find("#journal-today"));
    }

    [Fact]
    public async Task Progress_charts_seen_before_a_save_show_it_on_the_next_visit_for_patient_and_clinician()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        const string Today = "#table-sitting_minutes tr[data-date='2026-11-25'] .value";
        Assert.Equal("30", TextOf((await HtmlPage.GetOkAsync(setup.Patient, "/Progress")).Find(Today)));
        Assert.Equal("30", TextOf((await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline)).Find(Today)));

        await SaveAsync(setup.Patient, ("2026-11-25", [("SittingMinutes", "55")]));

        Assert.Equal("55", TextOf((await HtmlPage.GetOkAsync(setup.Patient, "/Progress")).Find(Today)));
        Assert.Equal("55", TextOf((await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline)).Find(Today)));

        await SaveAsync(setup.Patient, ("2026-11-25", [("SittingMinutes", "35")]));

        Assert.Equal("35", TextOf((await HtmlPage.GetOkAsync(setup.Patient, "/Progress")).Find(Today)));
        Assert.Equal("35", TextOf((await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline)).Find(Today)));
    }

    [Fact]
    public async Task What_helps_seen_before_a_save_shows_the_new_tag_on_the_next_visit()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-24", [("Pain", "5"), ("Helped", "heat pack")]));
        var before = await HtmlPage.GetOkAsync(client, "/Progress/WhatHelps");
        Assert.DoesNotContain("stretching", before.Html, StringComparison.Ordinal);

        await SaveAsync(client, ("2026-11-25", [("Pain", "4"), ("Helped", "stretching")]));

        Assert.Contains("stretching", (await HtmlPage.GetOkAsync(client, "/Progress/WhatHelps")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_saved_from_a_copy_read_before_a_journal_save_does_not_bring_back_the_older_home()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        Assert.NotNull((await HtmlPage.GetOkAsync(client, "/Home")).Find("#journal-today"));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var readBefore = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("no account");

        await SaveAsync(client, ("2026-11-25", [("Pain", "4")]));
        readBefore.DisplayName = "Sam Renamed";
        Assert.True((await users.UpdateAsync(readBefore)).Succeeded);

        var home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Equal("pain 4/10", TextOf(home.Find("#today-summary")));
        Assert.Equal("Hello, Sam Renamed", TextOf(home.Find("h1")));
        var stamp = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .Where(u => u.Email == email).Select(u => u.JournalStamp).SingleAsync();
        Assert.True(stamp > 0, "the journal save raised the stamp, and the account update kept it");
    }

    [Fact]
    public async Task The_triage_row_follows_a_journal_saved_after_the_clinician_looked()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Rowan");
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, Accounts.UserId(factory, email), clinician.UserId);
        Assert.Equal("no entries yet", TextOf((await HtmlPage.GetOkAsync(clinician.Client, "/Clinician")).Find(".triage-last-entry")));

        await SaveAsync(patient, ("2026-11-25", [("Pain", "4")]));

        var triage = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician");
        Assert.Equal("Wed 25 Nov 2026", TextOf(triage.Find(".triage-last-entry")));
        Assert.Equal("0", TextOf(triage.Find(".triage-days-since")));
    }

    private static async Task PostNoteAsync(TimelineJournal.Setup setup, string text)
    {
        var notePage = await TimelineJournal.PageWithFormAsync(setup, TimelineJournal.SittingWinNoteForm);
        var posted = await notePage.SubmitAsync(setup.Clinician, TimelineJournal.SittingWinNoteForm, new Dictionary<string, string?> { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
    }
}
