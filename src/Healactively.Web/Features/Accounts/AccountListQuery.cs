using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

/// <summary>One account as the admin list shows it: no journal data, only account state.</summary>
public sealed record AccountRow(
    string Id,
    string Email,
    string DisplayName,
    string Role,
    bool Locked,
    bool Disabled,
    bool TwoFactor,
    bool EmailConfirmed,
    bool Invited,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? LastSignInAt);

public sealed record AccountList(IReadOnlyList<AccountRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>Accounts by email or name and role, ordered by email, paginated.</summary>
public sealed class AccountListQuery(AppDbContext db, TimeProvider clock)
{
    public const int PerPage = 25;

    public async Task<AccountList> RunAsync(string? search, string? role, int pageNumber, CancellationToken cancellationToken = default)
    {
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); the culture overloads are not translatable.
            accounts = accounts.Where(u => u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (Roles.Normalize(role) is { } roleName)
        {
            var roleId = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync(cancellationToken);
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var total = await accounts.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PerPage - 1) / PerPage);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await State(accounts
                .OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
                .Skip((page - 1) * PerPage).Take(PerPage))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new AccountList(
            [.. rows.Select(r => r.ToRow(now))],
            total,
            page,
            pageCount);
    }

    /// <summary>One account's state, or null when it does not exist.</summary>
    public async Task<AccountRow?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await State(db.Users.AsNoTracking().Where(u => u.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return row?.ToRow(clock.GetUtcNow());
    }

    private IQueryable<AccountState> State(IQueryable<Data.Entities.ApplicationUser> users) => users.Select(u => new AccountState(
        u.Id,
        u.Email,
        u.DisplayName,
        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault(),
        u.LockoutEnd,
        u.IsDisabled,
        u.TwoFactorEnabled,
        u.EmailConfirmed,
        u.PasswordHash == null,
        u.CreatedAt,
        u.LastSignInAt));

    // Read in SQL as is; "locked" is decided in C# because SQLite cannot compare DateTimeOffset.
    private sealed record AccountState(
        string Id,
        string? Email,
        string DisplayName,
        string? Role,
        DateTimeOffset? LockoutEnd,
        bool IsDisabled,
        bool TwoFactorEnabled,
        bool EmailConfirmed,
        bool Invited,
        DateTimeOffset? CreatedAt,
        DateTimeOffset? LastSignInAt)
    {
        public AccountRow ToRow(DateTimeOffset now) => new(
            Id, Email ?? string.Empty, DisplayName, Role ?? "none", LockoutEnd is { } end && end > now,
            IsDisabled, TwoFactorEnabled, EmailConfirmed, Invited, CreatedAt, LastSignInAt);
    }

    /// <summary>Dates as the admin reads them: UTC, minutes.</summary>
    public static string Format(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "—";
}
