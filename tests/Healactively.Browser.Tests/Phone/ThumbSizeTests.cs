using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Phone;

/// <summary>
/// Sized for thumbs on a 360 px phone: every control of the journal form and the bottom navigation is at least
/// 44 × 44 CSS px, Save stays on screen while the form scrolls, the year chart's dates do not run together, and the
/// bottom navigation keeps axe clean in light and dark.
/// </summary>
public sealed class ThumbSizeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const double Thumb = 44;

    // Every visible control's box, measured in the page: links and buttons styled as buttons, fields, the pain
    // scale's labels, the checkbox rows' labels and the bottom navigation's items.
    private const string MeasureControls =
        """
        selector => Array.from(document.querySelectorAll(selector))
          .filter(e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
          .map(e => { const r = e.getBoundingClientRect(); return (e.id || e.getAttribute('for') || e.getAttribute('href') || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); })
        """;

    [BrowserFact]
    public async Task Every_control_of_the_journal_form_and_the_bottom_navigation_is_at_least_44_px_and_save_stays_in_reach()
    {
        var shots = new Screenshots("thumb-sizes");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Bo");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Shortcuts" }).GetByRole(AriaRole.Link, new() { Name = "Journal today" }).TapAsync();
        await page.Locator("#entry-form").WaitForAsync();
        await shots.TakeAsync(page, "journal-form");

        var boxes = await page.EvaluateAsync<string[]>(MeasureControls,
            "#entry-form .btn, #entry-form label.btn, #entry-form .form-check-label, #entry-form input.form-control, #entry-form textarea, main nav .btn, #bottom-nav a, #bottom-nav summary");
        Assert.True(boxes.Length > 25, $"Only {boxes.Length} controls were measured: {string.Join(", ", boxes)}");
        var small = boxes.Where(TooSmall).ToArray();
        Assert.True(small.Length == 0, "Under 44 × 44 px: " + string.Join(", ", small));

        // The bottom navigation: five items across the phone, each a thumb's width.
        var items = page.Locator("#bottom-nav .bottom-nav-items > li > a, #bottom-nav summary");
        Assert.Equal(5, await items.CountAsync());
        for (var i = 0; i < 5; i++)
        {
            var box = (await items.Nth(i).BoundingBoxAsync())!;
            Assert.True(box.Width >= Thumb && box.Height >= Thumb, $"Bottom navigation item {i} is {box.Width} × {box.Height}.");
        }

        // Save is on screen at the top of the form and at its end, above the bottom navigation.
        var save = page.Locator("#save-entry");
        await AssertSaveVisibleAboveNavAsync(page, save);
        await page.GetByLabel("The flare-up is over on this day").ScrollIntoViewIfNeededAsync();
        await AssertSaveVisibleAboveNavAsync(page, save);

        // "More" opens the rest of the menu from the thumb's reach.
        await page.Locator("#bottom-nav summary").TapAsync();
        await Assertions.Expect(page.Locator("#bottom-nav").GetByRole(AriaRole.Link, new() { Name = "My metrics" })).ToBeVisibleAsync();
        await shots.TakeAsync(page, "more-open");
        var moreLinks = await page.EvaluateAsync<string[]>(MeasureControls, "#bottom-nav details ul a");
        Assert.DoesNotContain(moreLinks, TooSmall);
        console.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task The_metrics_table_fits_a_360_px_phone_with_edit_and_remove_on_screen()
    {
        await using var context = await app.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Cy");
        await page.GotoAsync("/Metrics");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Stairs climbed without the rail");
        await page.GetByLabel("Unit", new() { Exact = true }).FillAsync("steps");
        await page.GetByLabel("Smallest change that counts as a win").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add metric" }).ClickAsync();
        await page.Locator("#metrics").WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        foreach (var action in new[] { page.Locator("#metrics").GetByRole(AriaRole.Link, new() { Name = "Edit" }), page.Locator("#metrics").GetByRole(AriaRole.Link, new() { NameRegex = new("^Remove") }) })
        {
            var box = (await action.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= BrowserApp.Phone.Width, $"An action is off-screen at x = {box.X}.");
            Assert.True(box.Height >= Thumb && box.Width >= Thumb, $"An action is {box.Width} × {box.Height}.");
        }
    }

    [BrowserFact]
    public async Task The_year_chart_has_readable_dates_that_do_not_overlap()
    {
        var shots = new Screenshots("year-chart");
        await using var context = await app.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Dee");
        await page.GotoAsync("/Journal/Import");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "year.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(AYear()) });
        await page.Locator("#import-submit").ClickAsync();
        await page.WaitForURLAsync("**/Journal");

        await page.GotoAsync("/Progress?range=365");
        var canvas = page.Locator("#chart-sitting_minutes");
        await Charts.AssertDrawnAsync(canvas);
        await canvas.ScrollIntoViewIfNeededAsync();
        await shots.TakeAsync(page, "year");

        var ticks = await page.EvaluateAsync<double[][]>(
            """
            () => {
              const chart = Chart.getChart('chart-sitting_minutes');
              const scale = chart.scales.x;
              const ctx = chart.ctx;
              return scale.getLabelItems().map(item => {
                const font = (item.font || item.options.font).string;
                ctx.save(); ctx.font = font; const width = ctx.measureText(String(item.label)).width; ctx.restore();
                const x = item.options.translation[0];
                const align = item.options.textAlign;
                const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
                return [left, left + width, chart.width];
              });
            }
            """);
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart('chart-sitting_minutes').scales.x.getLabelItems().map(i => String(i.label))");

        Assert.InRange(ticks.Length, 2, 6);
        Assert.All(labels, label => Assert.Matches("^\\d{1,2} [A-Z][a-z]{2}$", label));
        for (var i = 1; i < ticks.Length; i++)
        {
            Assert.True(ticks[i][0] >= ticks[i - 1][1] + 4, $"Tick labels {labels[i - 1]} and {labels[i]} overlap or touch: {ticks[i - 1][1]:0} > {ticks[i][0]:0}.");
        }

        Assert.All(ticks, t => Assert.True(t[0] >= 0 && t[1] <= t[2], $"A tick label runs outside the chart: {t[0]:0}–{t[1]:0} of {t[2]:0}."));
        // One point per week: about 53, not 365.
        Assert.InRange(await page.EvaluateAsync<int>("() => Chart.getChart('chart-sitting_minutes').data.labels.length"), 50, 54);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Chart.getChart('chart-sitting_minutes').scales.y.min"));
    }

    [BrowserFact]
    public async Task The_journal_form_with_the_bottom_navigation_open_has_no_serious_axe_violations_in_light_and_dark()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await app.NewPhoneAsync(scheme);
            var page = await context.NewPageAsync();
            await UserFlows.RegisterPatientAsync(page, "Eve");
            await page.GotoAsync("/Journal/Entry");
            await page.Locator("#bottom-nav summary").TapAsync();

            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToArray();
            Assert.True(serious.Length == 0, $"{scheme}: " + string.Join("\n", serious));
        }
    }

    private static bool TooSmall(string measured)
    {
        var size = measured[(measured.LastIndexOf(' ') + 1)..].Split('x');
        return double.Parse(size[0], CultureInfo.InvariantCulture) < Thumb || double.Parse(size[1], CultureInfo.InvariantCulture) < Thumb;
    }

    private static async Task AssertSaveVisibleAboveNavAsync(IPage page, ILocator save)
    {
        var box = (await save.BoundingBoxAsync())!;
        var nav = (await page.Locator("#bottom-nav").BoundingBoxAsync())!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= nav.Y, $"Save is at {box.Y:0}–{box.Y + box.Height:0}, the bottom navigation starts at {nav.Y:0}.");
    }

    /// <summary>A year of sitting that grows from 15 to 45 minutes, every day, ending yesterday.</summary>
    private static string AYear()
    {
        var csv = new StringBuilder("date,sitting_minutes\n");
        var today = new DateOnly(2026, 11, 25);
        for (var d = 365; d >= 1; d--)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{today.AddDays(-d):yyyy-MM-dd},{15 + ((365 - d) * 30 / 365)}\n");
        }

        return csv.ToString();
    }
}
