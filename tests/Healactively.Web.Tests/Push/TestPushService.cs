using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Healactively.Web.Tests.Push;

/// <summary>One request the app made to the push service.</summary>
internal sealed record ReceivedPush(string Path, string? Authorization, string? ContentEncoding, string? Ttl, string? Urgency, string? Topic, byte[] Body);

/// <summary>
/// Plays a browser vendor's push service on 127.0.0.1 (real Kestrel, real HTTP): records every POST and answers 201,
/// or what a test sets for a path (410 for a device that is gone).
/// </summary>
internal sealed class TestPushService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedPush> _received = new();
    private readonly ConcurrentDictionary<string, int> _answers = new(StringComparer.Ordinal);

    private TestPushService(WebApplication app) => _app = app;

    public string Origin { get; private set; } = string.Empty;

    public IReadOnlyList<ReceivedPush> Received => [.. _received];

    public static async Task<TestPushService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var service = new TestPushService(app);
        app.MapPost("/push/{id}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var request = context.Request;
            service._received.Enqueue(new ReceivedPush(
                request.Path.Value!,
                request.Headers.Authorization.ToString(),
                request.Headers.ContentEncoding.ToString(),
                request.Headers["TTL"].ToString(),
                request.Headers["Urgency"].ToString(),
                request.Headers["Topic"].ToString(),
                body.ToArray()));
            context.Response.StatusCode = service._answers.TryGetValue(request.Path.Value!, out var status) ? status : StatusCodes.Status201Created;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        service.Origin = new Uri(address).GetLeftPart(UriPartial.Authority);
        return service;
    }

    /// <summary>A new device's endpoint on this service.</summary>
    public string NewEndpoint() => $"{Origin}/push/{Guid.NewGuid():N}";

    /// <summary>From now on the push service answers <paramref name="status"/> for this endpoint (e.g. 410 Gone).</summary>
    public void Answer(string endpoint, int status) => _answers[new Uri(endpoint).AbsolutePath] = status;

    public IReadOnlyList<ReceivedPush> To(string endpoint) => [.. Received.Where(r => r.Path == new Uri(endpoint).AbsolutePath)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
