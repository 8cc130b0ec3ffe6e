using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.AppWide;

/// <summary>The app's own pages and endpoints, read from its endpoint data source (static files left out).</summary>
internal static class AppEndpoints
{
    public static IReadOnlyList<RouteEndpoint> All(HealactivelyFactory factory)
    {
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null || !IsStaticAsset(e))
            .ToList();
    }

    /// <summary>Route templates, one per page (a page is reachable by several templates, e.g. "Journal" and "Journal/Index").</summary>
    public static IReadOnlyList<string> Templates(HealactivelyFactory factory) =>
        All(factory).Select(e => e.RoutePattern.RawText ?? "").Distinct().Order(StringComparer.Ordinal).ToList();

    private static bool IsStaticAsset(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
}
