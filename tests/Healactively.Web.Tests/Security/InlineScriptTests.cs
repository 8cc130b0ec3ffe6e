using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// The Content-Security-Policy allows only the site's own script and style files, so an inline script, event
/// handler or style attribute would silently break in browsers. Both the page sources and the rendered pages
/// (including Identity's built-in pages, which are not in the source tree) are checked.
/// </summary>
public sealed partial class InlineScriptTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public void No_page_source_has_inline_script_handlers_or_styles()
    {
        var webProject = Path.Combine(RepositoryRoot(), "src", "Healactively.Web");
        var views = Directory.EnumerateFiles(webProject, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(views.Count > 20, $"Only {views.Count} views found under {webProject}");

        var problems = views.SelectMany(file => Problems(File.ReadAllText(file)).Select(p => $"{Path.GetRelativePath(webProject, file)}: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_source_check_catches_what_the_policy_would_block()
    {
        Assert.NotEmpty(Problems("<script>alert(1)</script>"));
        Assert.NotEmpty(Problems("<button onclick=\"go()\">Go</button>"));
        Assert.NotEmpty(Problems("<div style=\"color: red\"></div>"));
        Assert.NotEmpty(Problems("<style>p { color: red }</style>"));
        Assert.NotEmpty(Problems("<a href=\"javascript:go()\">Go</a>"));
        Assert.Empty(Problems("<script src=\"~/js/site.js\"></script><script type=\"application/json\" id=\"d\">{}</script>"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    [InlineData("/Identity/Account/Lockout")]
    [InlineData("/Identity/Account/Logout")]
    public async Task Visitor_pages_render_without_inline_script_or_style(string path) =>
        AssertClean(await HtmlPage.GetOkAsync(factory.CreateBrowser(), path));

    [Theory]
    [InlineData("/Home")]
    [InlineData("/Journal/Entry")]
    [InlineData("/Journal")]
    [InlineData("/Wins")]
    [InlineData("/Progress")]
    [InlineData("/Metrics")]
    [InlineData("/CareTeam")]
    [InlineData("/Profile")]
    [InlineData("/Identity/Account/Manage")]
    [InlineData("/Identity/Account/Manage/ChangePassword")]
    [InlineData("/Identity/Account/Manage/Email")]
    [InlineData("/Identity/Account/Manage/PersonalData")]
    [InlineData("/Identity/Account/Manage/TwoFactorAuthentication")]
    public async Task Patient_pages_render_without_inline_script_or_style(string path)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        AssertClean(await HtmlPage.GetOkAsync(client, path));
    }

    private static void AssertClean(HtmlPage page)
    {
        var problems = page.Document.QuerySelectorAll("*").SelectMany(RenderedProblems).ToList();
        Assert.True(problems.Count == 0, $"{page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    private static IEnumerable<string> RenderedProblems(IElement element)
    {
        if (element.LocalName == "script")
        {
            var src = element.GetAttribute("src");
            if (src is null && element.GetAttribute("type") != "application/json")
            {
                yield return "inline <script>";
            }
            else if (src is not null && !src.StartsWith('/'))
            {
                yield return $"script from another site: {src}";
            }
        }

        if (element.LocalName == "style")
        {
            yield return "inline <style>";
        }

        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
            {
                yield return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
            }

            if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"javascript: URL in <{element.LocalName}>";
            }
        }
    }

    private static IEnumerable<string> Problems(string source)
    {
        foreach (Match script in ScriptTag().Matches(source))
        {
            if (!script.Value.Contains("src=", StringComparison.OrdinalIgnoreCase) && !script.Value.Contains("application/json", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"inline script {script.Value}";
            }
        }

        foreach (Match match in InlineHandlerOrStyle().Matches(source))
        {
            yield return $"inline attribute {match.Value.Trim()}";
        }

        if (StyleBlock().IsMatch(source))
        {
            yield return "inline <style> block";
        }

        if (source.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            yield return "javascript: URL";
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Healactively.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Healactively.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"<script\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[a-z][^>]*?\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleBlock();
}
