namespace Healactively.Web.Hosting;

/// <summary><c>/health/live</c>: the process answers HTTP (no database, no sign-in). The load benchmark's baseline.</summary>
internal static class LivenessEndpoint
{
    public static IEndpointRouteBuilder MapLiveness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Text("ok")).AllowAnonymous();
        return endpoints;
    }
}
