using Deque.AxeCore.Playwright;
using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Journeys;

/// <summary>
/// On a 360 px phone: a supporter cheers a shared moment and the patient sees it under that moment; the patient's Share
/// button hands text only (no link) to the share sheet (a stubbed <c>navigator.share</c>); axe finds nothing serious.
/// </summary>
public sealed class CheerJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string SittingCard = ".moment-card[data-moment-date='2026-11-25'][data-moment-subject='sitting_minutes']";

    // Records what the page hands to the share sheet instead of opening one.
    private const string ShareStub = """
        window.__shared = [];
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: function (data) { window.__shared.push(JSON.stringify(data)); return Promise.resolve(); }
        });
        """;

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{page.Url}: [{v.Impact}] {v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [BrowserFact]
    public async Task A_supporter_cheers_a_moment_the_patient_sees_it_and_shares_a_win_as_text_only()
    {
        var shots = new Screenshots("cheer-journey");
        await using var patientPhone = await app.NewPhoneAsync();
        var patientConsole = ConsoleWatch.On(patientPhone);
        await patientPhone.AddInitScriptAsync(ShareStub);
        var patient = await patientPhone.NewPageAsync();
        var patientEmail = await UserFlows.RegisterPatientAsync(patient, "Robin");
        await UserFlows.JournalAsync(patient, "2026-11-22", pain: 5, sitting: "30");
        await UserFlows.JournalAsync(patient, "2026-11-23", pain: 5, sitting: "30");
        await UserFlows.JournalAsync(patient, "2026-11-24", pain: 5, sitting: "30");
        await UserFlows.JournalAsync(patient, pain: 5, sitting: "45");

        var (supporterEmail, patientId, _) = await UserFlows.LinkSupporterAsync(app, patientEmail);

        await using (var supporterPhone = await app.NewPhoneAsync())
        {
            var console = ConsoleWatch.On(supporterPhone);
            var supporter = await supporterPhone.NewPageAsync();
            await UserFlows.SignInAsync(supporter, supporterEmail);
            await supporter.GotoAsync($"/Supporting/{patientId}");
            var form = supporter.Locator("#cheer-2026-11-25-sitting_minutes");
            await form.GetByText("Proud of you", new() { Exact = true }).ClickAsync();
            await form.GetByLabel("Message (optional, up to 200 characters)").FillAsync("So proud of you!");
            await shots.TakeAsync(supporter, "supporter-cheer");
            await AssertNoSeriousAxeViolationsAsync(supporter);
            await form.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await supporter.Locator("#cheer-2026-11-25-sitting_minutes .cheer-sent").WaitForAsync();
            await shots.TakeAsync(supporter, "supporter-cheer-sent");
            await AssertNoSeriousAxeViolationsAsync(supporter);
            console.AssertNoCspViolations();
        }

        await patient.GotoAsync("/Home");
        var cheer = patient.Locator($"{SittingCard} .moment-cheer");
        await cheer.WaitForAsync();
        Assert.Contains("Proud of you", await cheer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("So proud of you!", await cheer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("new", await cheer.Locator(".cheer-new").InnerTextAsync(), StringComparison.Ordinal);
        await shots.TakeAsync(patient, "patient-sees-cheer");
        await AssertNoSeriousAxeViolationsAsync(patient);

        var share = patient.Locator($"{SittingCard} button.moment-share");
        Assert.True(await share.IsVisibleAsync(), "The script reveals the Share button.");
        var box = await share.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44, Width: >= 44 }, $"The Share button is a thumb-sized target ({box?.Width}×{box?.Height}).");
        await share.ClickAsync();
        await Assertions.Expect(patient.Locator($"{SittingCard} .moment-share-status")).ToHaveTextAsync("Shared");
        var shared = await patient.EvaluateAsync<string[]>("() => window.__shared");
        var data = Assert.Single(shared);
        using var json = System.Text.Json.JsonDocument.Parse(data);
        Assert.Equal(["text"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.StartsWith((await patient.Locator($"{SittingCard} .moment-headline").InnerTextAsync()).Trim(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(patientId, text, StringComparison.Ordinal);

        await patient.GotoAsync("/Wins");
        await patient.Locator($"{SittingCard} .moment-cheer").WaitForAsync();
        await AssertNoSeriousAxeViolationsAsync(patient);
        await patient.GotoAsync("/Wins/Week");
        await AssertNoSeriousAxeViolationsAsync(patient);
        await shots.TakeAsync(patient, "patient-week");
        patientConsole.AssertNoCspViolations();
    }
}
