using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>
/// Collects what the browser reports while a journey runs: console errors and uncaught script errors. The strict
/// CSP (<c>script-src 'self'; style-src 'self'</c>) reports what it blocks as console errors, so a page that
/// relies on an inline script or style fails the journey here instead of silently losing that behaviour.
/// </summary>
public sealed class ConsoleWatch
{
    private readonly List<string> _errors = [];

    private ConsoleWatch()
    {
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Watches every page of the context, including pages opened later.</summary>
    public static ConsoleWatch On(IBrowserContext context)
    {
        var watch = new ConsoleWatch();
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                watch.Add($"{message.Page?.Url}: {message.Text}");
            }
        };
        foreach (var page in context.Pages)
        {
            page.PageError += (_, error) => watch.Add($"{page.Url}: {error}");
        }

        context.Page += (_, page) => page.PageError += (_, error) => watch.Add($"{page.Url}: {error}");
        return watch;
    }

    /// <summary>No Content Security Policy violation was reported.</summary>
    public void AssertNoCspViolations()
    {
        var violations = Errors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(violations.Count == 0, "The CSP blocked something:\n" + string.Join("\n", violations));
    }

    /// <summary>No console error and no uncaught script error at all (CSP violations included).</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, string.Join("\n", Errors));

    private void Add(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }
}
