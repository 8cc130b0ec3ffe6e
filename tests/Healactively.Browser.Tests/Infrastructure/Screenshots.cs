using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>
/// Full-page screenshots of each step, kept as test artifacts under
/// <c>&lt;test output&gt;/browser-artifacts/&lt;scenario&gt;/NN-step.png</c>.
/// </summary>
public sealed class Screenshots(string scenario)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "browser-artifacts");

    private int _step;

    public string Folder { get; } = Path.Combine(Root, scenario);

    public async Task TakeAsync(IPage page, string step)
    {
        if (_step == 0 && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
        _step++;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{_step:00}-{step}.png"), FullPage = true });
    }
}
