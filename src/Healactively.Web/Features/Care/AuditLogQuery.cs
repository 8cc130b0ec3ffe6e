using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>The audit log's filters as typed by the admin: an account by email or id, an action, a date range (UTC).</summary>
public sealed record AuditLogFilter(string? User, string? Patient, string? Action, DateOnly? From, DateOnly? To, int Page);

/// <summary>One audit row, with ids shown as the account's email while the account exists.</summary>
public sealed record AuditLogRow(string At, string Actor, string Action, string? Patient, string? Target, string Outcome, string? Address)
{
    /// <summary>The action as stored (the code the filter uses).</summary>
    public string ActionCode { get; init; } = string.Empty;

    /// <summary>How many records the action showed (patients on a triage list), never which.</summary>
    public int? ItemCount { get; init; }
}

/// <summary>An action the filter offers: its stored code and its plain words.</summary>
public sealed record AuditActionChoice(string Code, string Words);

public sealed record AuditLog(IReadOnlyList<AuditLogRow> Rows, int Total, int PageNumber, int PageCount, IReadOnlyList<AuditActionChoice> Actions);

/// <summary>Reads the <see cref="AuditEvent"/> table, newest first, paginated.</summary>
public sealed class AuditLogQuery(AppDbContext db)
{
    public const int PerPage = 50;

    public async Task<AuditLog> RunAsync(AuditLogFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();
        if (await ResolveAsync(filter.User, cancellationToken) is { } userId)
        {
            events = events.Where(a => a.ActorId == userId || a.TargetUserId == userId);
        }

        if (await ResolveAsync(filter.Patient, cancellationToken) is { } patientId)
        {
            events = events.Where(a => a.PatientId == patientId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            events = events.Where(a => a.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(a => a.AtUtc < end);
        }

        var total = await events.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PerPage - 1) / PerPage);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await events
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PerPage).Take(PerPage)
            .ToListAsync(cancellationToken);

        var ids = rows.SelectMany(r => new[] { r.ActorId, r.PatientId, r.TargetUserId ?? string.Empty }).Where(id => id.Length > 0).Distinct().ToArray();
        var emails = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        string Name(string id) => emails.TryGetValue(id, out var email) ? email : id;

        // Every action the app writes, in the same plain words as the patient's "who looked" list, and any older code stored.
        var stored = await db.AuditEvents.AsNoTracking().Select(a => a.Action).Distinct().ToListAsync(cancellationToken);
        var actions = AuditActions.All.Select(a => a.Key)
            .Union(stored, StringComparer.Ordinal)
            .Select(code => new AuditActionChoice(code, AuditActions.InWords(code)))
            .OrderBy(a => a.Words, StringComparer.Ordinal)
            .ToArray();
        return new AuditLog(
            [.. rows.Select(r => new AuditLogRow(
                DateTime.SpecifyKind(r.AtUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
                r.ActorId.Length == 0 ? "—" : Name(r.ActorId),
                AuditActions.InWords(r.Action),
                r.PatientId.Length == 0 ? null : Name(r.PatientId),
                string.IsNullOrEmpty(r.TargetUserId) ? null : Name(r.TargetUserId),
                r.Outcome == AuditOutcome.Allowed ? "allowed" : "denied",
                r.RemoteAddress) { ActionCode = r.Action, ItemCount = r.ItemCount })],
            total,
            page,
            pageCount,
            actions);
    }

    /// <summary>An email becomes the account's id; anything else is taken as an id (deleted accounts have only a token).</summary>
    private async Task<string?> ResolveAsync(string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var normalized = value.ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? value;
    }
}
