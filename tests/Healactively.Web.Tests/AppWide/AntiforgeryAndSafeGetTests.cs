using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// Every POST handler of every page (read from the app's endpoints) answers 400 without an antiforgery token for
/// whoever may use it, and nothing in the database changes; GET requests to every page, in every role, change
/// nothing either (audit rows of reads are the one intended exception).
/// </summary>
public sealed class AntiforgeryAndSafeGetTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string AuditTable = "AuditEvents";

    // Pages allowed to skip the token, each with the reason. Error renders the error page for a failed POST that the
    // status-code pages re-execute; it stores nothing.
    private static readonly HashSet<string> WithoutToken = new(StringComparer.Ordinal) { "Error" };

    private async Task<IReadOnlyList<(string Template, string? Handler)>> PostHandlersAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<(string, string?)>();
        foreach (var endpoint in AppEndpoints.All(factory))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            handlers.AddRange(compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase))
                .Select(h => (endpoint.RoutePattern.RawText ?? "", h.Name)));
        }

        return handlers.Distinct().ToList();
    }

    [Fact]
    public async Task Every_post_handler_refuses_a_request_without_an_antiforgery_token_and_changes_nothing()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var handlers = await PostHandlersAsync();
        Assert.Contains(handlers, h => h.Template == "Journal/Entry/{date?}");
        Assert.Contains(handlers, h => h.Template == "Identity/Account/Logout");
        var before = await DatabaseSnapshot.TakeAsync(factory, AuditTable);

        foreach (var (template, handler) in handlers.Where(h => !WithoutToken.Contains(h.Template)))
        {
            var url = subjects.UrlFor(template) + (handler is null ? "" : $"?handler={handler}");
            var refusals = new List<string>();
            foreach (var (role, client) in subjects.Callers)
            {
                using var form = new FormUrlEncodedContent([new("Input.Pain", "1"), new("Text", "x")]);
                var response = await client.PostAsync(url, form);
                var status = (int)response.StatusCode;
                Assert.True(status is 400 or 403 or 404 || IsSignInRedirect(response), $"POST {url} as {role} answered {status} without an antiforgery token.");
                refusals.Add($"{role}:{status}");
            }

            Assert.True(refusals.Any(r => r.EndsWith(":400", StringComparison.Ordinal)), $"POST {url}: no role reached the antiforgery check ({string.Join(", ", refusals)}).");
        }

        DatabaseSnapshot.AssertSame(before, await DatabaseSnapshot.TakeAsync(factory, AuditTable));
    }

    [Fact]
    public async Task No_get_request_to_any_page_changes_stored_data()
    {
        var subjects = await AppSubjects.CreateAsync(factory);
        var before = await DatabaseSnapshot.TakeAsync(factory, AuditTable);

        foreach (var template in AppEndpoints.Templates(factory))
        {
            foreach (var (_, client) in subjects.Callers)
            {
                await client.GetAsync(subjects.UrlFor(template));
            }
        }

        DatabaseSnapshot.AssertSame(before, await DatabaseSnapshot.TakeAsync(factory, AuditTable));
    }

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Identity/Account/Login", StringComparison.Ordinal) == true;
}
