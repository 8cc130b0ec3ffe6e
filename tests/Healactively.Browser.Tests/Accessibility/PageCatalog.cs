using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Browser.Tests.Accessibility;

/// <summary>Every Razor page the app maps (its own and Identity's), read from the app's EndpointDataSource, so a new page is covered without editing a list.</summary>
public static class PageCatalog
{
    public sealed record AppPage(string Name, string Template);

    public static IReadOnlyList<AppPage> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .GroupBy(x => (x.Page!.AreaName ?? string.Empty) + x.Page!.ViewEnginePath, StringComparer.Ordinal)
            // An Index page answers at "/Journal/Index" and "/Journal": keep the shorter address people use.
            .Select(g => new AppPage(g.Key, "/" + g.Select(x => x.Endpoint.RoutePattern.RawText ?? string.Empty).OrderBy(t => t.Length).First().TrimStart('/')))
            .OrderBy(p => p.Template, StringComparer.Ordinal)
            .ToList();

    /// <summary>Fills route parameters ({date?}, {id:long}, {patientId}) from the values given for that page; throws when one is missing so a new parameter cannot be skipped silently.</summary>
    public static string Address(AppPage page, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> idsByPage)
    {
        var segments = page.Template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (!segment.StartsWith('{'))
            {
                continue;
            }

            var name = segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
            if (name == "id")
            {
                segments[i] = idsByPage.TryGetValue(page.Name, out var id) ? id : throw new InvalidOperationException($"No test value for {{id}} of page {page.Name}: add one to the accessibility test's seeded ids.");
            }
            else
            {
                segments[i] = values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"No test value for {{{name}}} of page {page.Name}: add one to the accessibility test's seeded values.");
            }
        }

        return string.Join('/', segments);
    }
}
