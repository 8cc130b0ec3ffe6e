using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// "Download all my data": one zip with the journal CSV and wins CSV of the spec (the same writers as the exports),
/// the profile as JSON, the clinicians' notes on the patient's wins, the care team links, and every audit row about
/// the patient (who looked at what, when).
/// </summary>
public sealed class PersonalDataExport(AppDbContext db, ExportJournal exportJournal, WinsExportQuery winsExport, ILogger<PersonalDataExport> logger)
{
    public const string JournalFile = "journal.csv";
    public const string WinsFile = "wins.csv";
    public const string ProfileFile = "profile.json";
    public const string NotesFile = "clinician-notes.csv";
    public const string CareTeamFile = "care-team.csv";
    public const string AccessLogFile = "access-log.csv";
    public const string ReadMeFile = "README.txt";

    private static readonly CsvWriterOptions CsvOptions = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        // Clinicians' notes and names are other people's text: every cell goes through SpreadsheetText (below), which
        // the library's own protection would only double.
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<byte[]> BuildAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var id = patient.PatientId;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, JournalFile, await exportJournal.RunAsync(patient, cancellationToken));
            Add(zip, WinsFile, await WinsAsync(id, cancellationToken));
            Add(zip, ProfileFile, await ProfileAsync(id, cancellationToken));
            Add(zip, NotesFile, await NotesAsync(id, cancellationToken));
            Add(zip, CareTeamFile, await CareTeamAsync(id, cancellationToken));
            Add(zip, AccessLogFile, await AccessLogAsync(id, cancellationToken));
            Add(zip, ReadMeFile, Encoding.UTF8.GetBytes(ReadMe));
        }

        AccountsLog.PersonalDataDownloaded(logger, id);
        return buffer.ToArray();
    }

    private async Task<byte[]> WinsAsync(string patientId, CancellationToken cancellationToken) =>
        WinsCsvWriter.ToBytes(await winsExport.RunAsync(patientId, cancellationToken));

    private async Task<byte[]> ProfileAsync(string patientId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == patientId, cancellationToken);
        var roles = await db.UserRoles.Where(ur => ur.UserId == patientId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(cancellationToken);
        var profile = new
        {
            user.Email,
            user.EmailConfirmed,
            user.DisplayName,
            TimeZone = user.TimeZoneId,
            DistanceUnit = user.DistanceUnit.ToString(),
            Roles = roles,
            TwoFactorEnabled = user.TwoFactorEnabled,
            user.CreatedAt,
            user.LastSignInAt,
        };
        return JsonSerializer.SerializeToUtf8Bytes(profile, Json);
    }

    private async Task<byte[]> NotesAsync(string patientId, CancellationToken cancellationToken)
    {
        var notes = await db.ClinicianNotes.AsNoTracking()
            .Where(n => n.PatientId == patientId)
            .OrderBy(n => n.Date).ThenBy(n => n.Id)
            .Select(n => new
            {
                n.Date,
                n.WinKind,
                n.WinMetric,
                n.WinWindow,
                n.Text,
                n.CreatedAt,
                Clinician = db.Users.Where(u => u.Id == n.ClinicianId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return Csv(
            ["date", "about", "kind", "metric", "window", "clinician", "note", "written_utc"],
            notes.Select(n => new[]
            {
                JournalDates.ToRoute(n.Date),
                n.WinKind is null ? "week" : "win",
                n.WinKind is { } kind ? WinKeys.Of(kind) : string.Empty,
                n.WinMetric ?? string.Empty,
                WinKeys.Of(n.WinWindow),
                n.Clinician ?? string.Empty,
                n.Text,
                Utc(n.CreatedAt.UtcDateTime),
            }));
    }

    private async Task<byte[]> CareTeamAsync(string patientId, CancellationToken cancellationToken)
    {
        var links = await db.CareLinks.AsNoTracking()
            .Where(l => l.PatientId == patientId)
            .Join(db.Users, l => l.ClinicianId, u => u.Id, (l, u) => new { l.Id, u.DisplayName, u.Email, l.CreatedAt, l.RevokedAt })
            .ToListAsync(cancellationToken);
        return Csv(
            ["clinician", "clinician_email", "linked_utc", "revoked_utc"],
            links.OrderBy(l => l.Id).Select(l => new[]
            {
                l.DisplayName,
                l.Email ?? string.Empty,
                Utc(l.CreatedAt.UtcDateTime),
                l.RevokedAt is { } revoked ? Utc(revoked.UtcDateTime) : string.Empty,
            }));
    }

    private async Task<byte[]> AccessLogAsync(string patientId, CancellationToken cancellationToken)
    {
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => a.PatientId == patientId)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.AtUtc,
                a.Action,
                a.Outcome,
                Who = db.Users.Where(u => u.Id == a.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return Csv(
            ["when_utc", "who", "what", "outcome"],
            events.Select(e => new[]
            {
                Utc(e.AtUtc),
                e.Who ?? "an account that no longer exists",
                Care.CareTeamQuery.ActionWords(e.Action),
                e.Outcome == Data.Entities.AuditOutcome.Allowed ? "allowed" : "refused",
            }));
    }

    private static byte[] Csv(string[] header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvOptions, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row.Select(SpreadsheetText.Neutralise)]);
            }

            csv.Flush();
        }

        return buffer.ToArray();
    }

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private const string ReadMe = """
        Everything Healactively holds about you.

        journal.csv          your journal, in the format the journal import reads back
        wins.csv             every win the app found in your journal
        profile.json         your account: email, name, time zone, distance unit, roles
        clinician-notes.csv  the notes your clinicians left on your wins and weeks
        care-team.csv        the clinicians you shared your journal with, and when access ended
        access-log.csv       every time a clinician looked (or tried to look) at your data
        """;
}
