using Healactively.Browser.Tests.Infrastructure;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Phone;

/// <summary>
/// Journaling with no connection: today's form opens from the phone, Save keeps the entry on the phone and says so,
/// and back online it is sent once (a retry never saves twice); a newer save elsewhere shows the conflict page.
/// </summary>
public sealed class OfflineJournalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string SavedOnPhone = "Saved on this phone — will send when you are back online.";

    private static readonly DateOnly Today = new(2026, 11, 25);

    [BrowserFact]
    public async Task Offline_a_patient_journals_today_and_back_online_the_entry_is_saved_exactly_once()
    {
        var shots = new Screenshots("offline-journal");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        var email = await UserFlows.RegisterPatientAsync(page, "Kit");
        await ServiceWorkerSteps.WaitForControlAsync(page);
        // Opened once online: the phone keeps today's form.
        await page.GotoAsync("/Journal/Entry");
        await page.WaitForFunctionAsync("() => caches.open('healactively-journal-today').then(c => c.match('/journal/entry')).then(r => !!r)");

        await context.SetOfflineAsync(true);
        // With no connection other pages are the offline page (health data is not kept on the phone)...
        await page.GotoAsync("/Wins");
        await Assertions.Expect(page.Locator("#offline-page")).ToHaveTextAsync("No connection right now");
        await shots.TakeAsync(page, "offline-page");
        // ...and today's form opens from the phone.
        await page.GotoAsync("/Journal/Entry");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Today");
        await page.Locator("label[for=pain-6]").TapAsync();
        await page.GetByLabel("Longest comfortable sitting").FillAsync("35");
        await page.GetByLabel("Longest walk").FillAsync("2");
        await page.GetByLabel("Slept through the night").CheckAsync();
        await page.GetByLabel(UserFlows.EasierLabel).FillAsync("Carried the shopping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await Assertions.Expect(page.Locator("#offline-saved")).ToHaveTextAsync(SavedOnPhone);
        await shots.TakeAsync(page, "saved-on-phone");
        Assert.Empty(await EntriesAsync(email));

        // Still offline, the form opened again shows what was typed: nothing is lost.
        await page.GotoAsync("/Journal/Entry");
        await Assertions.Expect(page.Locator("#offline-saved")).ToHaveTextAsync(SavedOnPhone);
        Assert.Equal("35", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.Equal("6", await page.Locator("input[name='Input.Pain']:checked").GetAttributeAsync("value"));
        Assert.True(await page.GetByLabel("Slept through the night").IsCheckedAsync());

        // Back online: the `online` event sends it.
        await context.SetOfflineAsync(false);
        await page.Locator("#offline-sent").WaitForAsync();
        await shots.TakeAsync(page, "sent");
        var saved = Assert.Single(await EntriesAsync(email));
        Assert.Equal((Today, 6, 35, 2000, "Carried the shopping", 1), (saved.Date, saved.Pain, saved.SittingMinutes, saved.WalkingMeters, saved.EasierToday, saved.Version));

        // Another page load (which sends whatever is kept) changes nothing: the entry was sent once and forgotten.
        await page.GotoAsync("/Home");
        await page.GotoAsync("/Journal/Entry");
        Assert.Equal(0, await page.Locator("#offline-saved").CountAsync());
        Assert.Equal(1, Assert.Single(await EntriesAsync(email)).Version);
        Assert.Equal(0, await page.EvaluateAsync<int>(
            "() => new Promise(r => { const o = indexedDB.open('healactively-offline', 1); o.onsuccess = () => { const q = o.result.transaction('journal').objectStore('journal').count(); q.onsuccess = () => r(q.result); }; })"));
        console.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task A_kept_entry_posted_twice_with_its_form_key_is_saved_once()
    {
        await using var context = await app.NewPhoneAsync();
        var page = await context.NewPageAsync();
        var email = await UserFlows.RegisterPatientAsync(page, "Lou");
        await ServiceWorkerSteps.WaitForControlAsync(page);
        await page.GotoAsync("/Journal/Entry");
        await context.SetOfflineAsync(true);
        await page.GetByLabel("Longest comfortable sitting").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.Locator("#offline-saved").WaitForAsync();

        // The same kept entry, with its form key, posted as a retry would (e.g. a reply lost on a poor connection).
        await context.SetOfflineAsync(false);
        var statuses = await page.EvaluateAsync<int[]>(
            """
            async () => {
              const kept = await new Promise(r => { const o = indexedDB.open('healactively-offline', 1); o.onsuccess = () => { const q = o.result.transaction('journal').objectStore('journal').getAll(); q.onsuccess = () => r(q.result[0]); }; });
              const token = document.querySelector('#entry-form input[name=__RequestVerificationToken]').value;
              const post = () => { const body = new URLSearchParams(kept.fields); body.append('__RequestVerificationToken', token); return fetch(kept.action, { method: 'POST', body }).then(r => r.redirected ? 302 : r.status); };
              return [await post(), await post()];
            }
            """);

        Assert.Equal([302, 302], statuses);
        var saved = Assert.Single(await EntriesAsync(email));
        Assert.Equal((20, 1), (saved.SittingMinutes, saved.Version));
    }

    [BrowserFact]
    public async Task A_newer_save_elsewhere_shows_the_conflict_page_with_the_entry_typed_offline()
    {
        await using var phone = await app.NewPhoneAsync();
        var page = await phone.NewPageAsync();
        var email = await UserFlows.RegisterPatientAsync(page, "Mo");
        await ServiceWorkerSteps.WaitForControlAsync(page);
        await page.GotoAsync("/Journal/Entry");
        await phone.SetOfflineAsync(true);
        await page.GotoAsync("/Journal/Entry");
        await page.GetByLabel("Longest comfortable sitting").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.Locator("#offline-saved").WaitForAsync();

        // Meanwhile the patient journals today on another device.
        await using (var laptop = await app.NewPhoneAsync())
        {
            var other = await laptop.NewPageAsync();
            await UserFlows.SignInAsync(other, email);
            await UserFlows.JournalAsync(other, sitting: "25");
        }

        await phone.SetOfflineAsync(false);
        await page.Locator("#conflict-saved-version").WaitForAsync();
        Assert.Contains("This day was saved in another window", await page.Locator(".validation-summary-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("45", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.Equal(25, Assert.Single(await EntriesAsync(email)).SittingMinutes);
    }

    private async Task<List<JournalEntryRecord>> EntriesAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var patientId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patientId).ToListAsync();
    }
}
