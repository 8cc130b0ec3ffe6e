using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>A Serilog sink the app picks up from DI (<c>ReadFrom.Services</c>): every event the app writes, as text.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The events whose UserId property is <paramref name="userId"/>.</summary>
    public IEnumerable<LogEvent> For(string userId) =>
        Events.Where(e => e.Properties.TryGetValue("UserId", out var id) && id.ToString() == $"\"{userId}\"");

    /// <summary>Each event's rendered message, every property value and the exception, one line per event.</summary>
    public IReadOnlyList<string> Lines() => _events.Select(e =>
        string.Join(" | ",
            new[] { e.Level.ToString(), e.RenderMessage(CultureInfo.InvariantCulture) }
                .Concat(e.Properties.Select(p => $"{p.Key}={p.Value}"))
                .Append(e.Exception?.ToString() ?? ""))).ToList();
}
