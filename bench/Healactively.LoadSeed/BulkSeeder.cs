using System.Diagnostics;
using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Healactively.LoadSeed;

/// <summary>
/// Creates the schema with the app's own migrations, then bulk-inserts with prepared statements in big transactions:
/// patients with <c>days</c> of journal (yesterday backwards; today left for the benchmark) and the wins the real
/// <see cref="WinDetector"/> finds in them, clinicians with 200 linked patients each, and one admin-free role set.
/// Every account's password is <see cref="Password"/> (one precomputed Identity hash); clinicians have two-factor on
/// with the authenticator key <see cref="ClinicianAuthenticatorKey"/>, as staff must.
/// </summary>
internal static class BulkSeeder
{
    public const string Password = "load-test-password-2026";

    /// <summary>Base32, as Identity stores it; bench/load.sh computes the sign-in codes from the same key.</summary>
    public const string ClinicianAuthenticatorKey = "LOADTESTCLINICIANKEY2FA234567ABC";
    private const int PatientsPerClinician = 200;
    private const int PatientsPerTransaction = 250;

    public static async Task RunAsync(string path, int patients, int days)
    {
        var clock = Stopwatch.StartNew();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        var connectionString = $"Data Source={path}";
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options;
        await using (var db = new SqliteAppDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var now = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);

        await using var connection = new SqliteConnection(connectionString + ";Pooling=False");
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");

        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in new[] { "Patient", "Clinician", "Admin" })
        {
            roles[role] = Guid.NewGuid().ToString();
            Execute(connection, $"INSERT INTO AspNetRoles(Id, Name, NormalizedName, ConcurrencyStamp) VALUES ('{roles[role]}', '{role}', '{role.ToUpperInvariant()}', '{Guid.NewGuid()}');");
        }

        using var users = new UserInserter(connection, hash);
        using var entries = Prepare(connection, """
            INSERT INTO JournalEntries(PatientId, Date, Pain, SittingMinutes, WalkingMeters, Flare, FunctionalWins, EasierToday, Triggers, Helped, Version, CreatedAt, UpdatedAt)
            VALUES ($p, $d, $pain, $sit, $walk, 0, $fw, NULL, NULL, NULL, 1, $now, $now);
            """, "$p", "$d", "$pain", "$sit", "$walk", "$fw", "$now");
        using var wins = Prepare(connection, """
            INSERT INTO Wins(PatientId, Date, Kind, Metric, Window, Baseline, Value, Delta, Tier, Message)
            VALUES ($p, $d, $kind, $metric, $window, $baseline, $value, $delta, $tier, $message);
            """, "$p", "$d", "$kind", "$metric", "$window", "$baseline", "$value", "$delta", "$tier", "$message");
        using var links = Prepare(connection, "INSERT INTO CareLinks(PatientId, ClinicianId, CreatedAt, RevokedAt) VALUES ($p, $c, $now, NULL);", "$p", "$c", "$now");

        var clinicians = (patients + PatientsPerClinician - 1) / PatientsPerClinician;
        var clinicianIds = new string[clinicians];
        var transaction = connection.BeginTransaction();
        Enlist(transaction, users.Command, users.Role, users.Token, entries, wins, links);
        for (var c = 0; c < clinicians; c++)
        {
            clinicianIds[c] = users.Insert($"clinician{c}@load.test", $"Dr. Load {c}", roles["Clinician"], ClinicianAuthenticatorKey);
        }

        long entryCount = 0, winCount = 0;
        for (var i = 0; i < patients; i++)
        {
            if (i > 0 && i % PatientsPerTransaction == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
                Enlist(transaction, users.Command, users.Role, users.Token, entries, wins, links);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i} patients, {entryCount} entries, {winCount} wins, {clock.Elapsed.TotalSeconds:0} s"));
            }

            var patientId = users.Insert($"patient{i}@load.test", $"Patient {i}", roles["Patient"]);
            var journal = JournalFor(new Random(i), today, days);
            foreach (var entry in journal.Entries)
            {
                Run(entries, patientId, Day(entry.Date), entry.Pain, entry.SittingMinutes, entry.WalkingMeters, (int)entry.FunctionalWins, now);
                entryCount++;
            }

            foreach (var win in WinDetector.Detect(journal))
            {
                Run(wins, patientId, Day(win.Date), (int)win.Kind, win.Metric, (int?)win.Window, Text(win.Baseline), Text(win.Value), Text(win.Delta), (int?)win.Tier, win.Message);
                winCount++;
            }

            Run(links, patientId, clinicianIds[i / PatientsPerClinician], now);
        }

        transaction.Commit();
        transaction.Dispose();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {patients} patients x {days} days: {entryCount} entries, {winCount} wins, {clinicians} clinicians x {PatientsPerClinician} patients in {clock.Elapsed.TotalSeconds:0} s"));
    }

    /// <summary>A recovering patient (the last 30 days all journaled): pain drifting 7 → 3, sitting 20 → 60 min, walks 500 → 3000 m, with noise and gaps.</summary>
    private static PatientJournal JournalFor(Random random, DateOnly today, int days)
    {
        var entries = new List<JournalEntry>(days);
        for (var d = days; d >= 1; d--)
        {
            // The last 30 days are complete: bench/load.sh edits them and knows each one's version.
            if (d > 30 && random.NextDouble() < 0.08)
            {
                continue;
            }

            var progress = (days - d) / (double)days;
            entries.Add(new JournalEntry(today.AddDays(-d))
            {
                Pain = random.NextDouble() < 0.15 ? null : Math.Clamp((int)Math.Round(7 - (4 * progress) + (random.NextDouble() * 2) - 1), 0, 10),
                SittingMinutes = random.NextDouble() < 0.2 ? null : (int)(20 + (40 * progress) + random.Next(-8, 9)),
                WalkingMeters = random.NextDouble() < 0.25 ? null : (int)(500 + (2500 * progress) + random.Next(-300, 301)),
                FunctionalWins = random.NextDouble() < 0.2 ? FunctionalWins.SleptThroughNight : FunctionalWins.None,
            });
        }

        return new PatientJournal(entries);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Enlist(SqliteTransaction transaction, params SqliteCommand[] commands)
    {
        foreach (var command in commands)
        {
            command.Transaction = transaction;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Identity users as UserManager would store them (normalized names, stamps, confirmed email), with the journal
    /// stamp raised once as the app's first journal write does (views are cached only under a raised stamp), in a role, with
    /// two-factor on when given an authenticator key (stored where UserManager.GetAuthenticatorKeyAsync reads it).
    /// </summary>
    private sealed class UserInserter(SqliteConnection connection, string passwordHash) : IDisposable
    {
        public SqliteCommand Command { get; } = Prepare(connection, """
            INSERT INTO AspNetUsers(Id, DisplayName, TimeZoneId, DistanceUnit, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                PasswordHash, SecurityStamp, ConcurrencyStamp, PhoneNumber, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnd, LockoutEnabled, AccessFailedCount, JournalStamp)
            VALUES ($id, $name, 'UTC', 0, $email, $norm, $email, $norm, 1, $hash, $stamp, $cstamp, NULL, 0, $twoFactor, NULL, 1, 0, 1);
            """, "$id", "$name", "$email", "$norm", "$hash", "$stamp", "$cstamp", "$twoFactor");

        public SqliteCommand Role { get; } = Prepare(connection, "INSERT INTO AspNetUserRoles(UserId, RoleId) VALUES ($u, $r);", "$u", "$r");

        public SqliteCommand Token { get; } = Prepare(connection, "INSERT INTO AspNetUserTokens(UserId, LoginProvider, Name, Value) VALUES ($u, '[AspNetUserStore]', 'AuthenticatorKey', $key);", "$u", "$key");

        public string Insert(string email, string name, string roleId, string? authenticatorKey = null)
        {
            var id = Guid.NewGuid().ToString();
            Run(Command, id, name, email, email.ToUpperInvariant(), passwordHash, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), authenticatorKey is null ? 0 : 1);
            Run(Role, id, roleId);
            if (authenticatorKey is not null)
            {
                Run(Token, id, authenticatorKey);
            }

            return id;
        }

        public void Dispose()
        {
            Command.Dispose();
            Role.Dispose();
            Token.Dispose();
        }
    }
}
