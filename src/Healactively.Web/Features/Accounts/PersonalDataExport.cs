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
    public const string SupportersFile = "supporters.csv";
    public const string SupporterInvitationsFile = "supporter-invitations.csv";
    public const string SupportingFile = "supporting.csv";
    public const string CheersFile = "cheers.csv";
    public const string NotificationDevicesFile = "notification-devices.csv";
    public const string PsfsActivitiesFile = "psfs-activities.csv";
    public const string CheckInsFile = "check-ins.csv";
    public const string GoalsFile = "goals.csv";

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
            Add(zip, SupportersFile, await SupportersAsync(id, cancellationToken));
            Add(zip, SupporterInvitationsFile, await SupporterInvitationsAsync(id, cancellationToken));
            Add(zip, SupportingFile, await SupportingAsync(id, cancellationToken));
            Add(zip, CheersFile, await CheersAsync(id, cancellationToken));
            Add(zip, NotificationDevicesFile, await NotificationDevicesAsync(id, cancellationToken));
            Add(zip, PsfsActivitiesFile, await PsfsActivitiesAsync(id, cancellationToken));
            Add(zip, CheckInsFile, await CheckInsAsync(id, cancellationToken));
            Add(zip, GoalsFile, await GoalsAsync(id, cancellationToken));
            Add(zip, ReadMeFile, Encoding.UTF8.GetBytes(ReadMe));
        }

        AccountsLog.PersonalDataDownloaded(logger, id);
        return buffer.ToArray();
    }

    /// <summary>
    /// The download of an account that is a supporter and not a patient: the profile, the people who share with them
    /// (never what they share: that is the patients' data) and the cheers they sent.
    /// </summary>
    public async Task<byte[]> BuildForSupporterAsync(string userId, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ProfileFile, await ProfileAsync(userId, cancellationToken));
            Add(zip, SupportingFile, await SupportingAsync(userId, cancellationToken));
            Add(zip, CheersFile, await CheersAsync(userId, cancellationToken));
            Add(zip, ReadMeFile, Encoding.UTF8.GetBytes(SupporterReadMe));
        }

        AccountsLog.PersonalDataDownloaded(logger, userId);
        return buffer.ToArray();
    }

    private async Task<byte[]> PsfsActivitiesAsync(string patientId, CancellationToken cancellationToken)
    {
        var activities = await db.PsfsActivities.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return Csv(
            ["id", "activity", "proposed_by_clinician", "created_utc", "accepted_utc", "declined_utc", "retired_on"],
            activities.Select(a => new[]
            {
                a.Id.ToString(CultureInfo.InvariantCulture),
                a.Name,
                a.ProposedByClinicianId is null ? "no" : "yes",
                Utc(a.CreatedAt.UtcDateTime),
                a.AcceptedAt is { } accepted ? Utc(accepted.UtcDateTime) : string.Empty,
                a.DeclinedAt is { } declined ? Utc(declined.UtcDateTime) : string.Empty,
                a.RetiredOn is { } retired ? JournalDates.ToRoute(retired) : string.Empty,
            }));
    }

    /// <summary>One row per rating (activity id and 0–10), the PEG items repeated on each; a check-in without ratings has one row.</summary>
    private async Task<byte[]> CheckInsAsync(string patientId, CancellationToken cancellationToken)
    {
        var checkIns = await db.OutcomeCheckIns.AsNoTracking().Include(c => c.Ratings).Where(c => c.PatientId == patientId).OrderBy(c => c.Date).ToListAsync(cancellationToken);
        static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return Csv(
            ["date", "activity_id", "rating", "peg_pain", "peg_enjoyment", "peg_activity"],
            checkIns.SelectMany(c => (c.Ratings.Count == 0 ? [null] : c.Ratings.OrderBy(r => r.ActivityId).Cast<Data.Entities.PsfsRating?>()).Select(r => new[]
            {
                JournalDates.ToRoute(c.Date),
                r is null ? string.Empty : r.ActivityId.ToString(CultureInfo.InvariantCulture),
                N(r?.Rating),
                N(c.PegPain),
                N(c.PegEnjoyment),
                N(c.PegActivity),
            })));
    }

    private async Task<byte[]> GoalsAsync(string patientId, CancellationToken cancellationToken)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => g.PatientId == patientId).OrderBy(g => g.Id).ToListAsync(cancellationToken);
        return Csv(
            ["goal", "metric", "target", "target_date", "set_on", "starting_point", "proposed_by_clinician", "accepted_utc", "declined_utc", "ended_utc"],
            goals.Select(g => new[]
            {
                g.Title,
                g.Metric,
                g.Target.ToString(CultureInfo.InvariantCulture),
                g.TargetDate is { } by ? JournalDates.ToRoute(by) : string.Empty,
                JournalDates.ToRoute(g.SetOn),
                g.StartingPoint?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                g.ProposedByClinicianId is null ? "no" : "yes",
                g.AcceptedAt is { } accepted ? Utc(accepted.UtcDateTime) : string.Empty,
                g.DeclinedAt is { } declined ? Utc(declined.UtcDateTime) : string.Empty,
                g.EndedAt is { } ended ? Utc(ended.UtcDateTime) : string.Empty,
            }));
    }

    private async Task<byte[]> SupportersAsync(string patientId, CancellationToken cancellationToken)
    {
        var links = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.PatientId == patientId)
            .Join(db.Users, l => l.SupporterId, u => u.Id, (l, u) => new { l.Id, l.Name, u.DisplayName, u.Email, l.Subjects, l.ShareWeekSummary, l.DigestEnabled, l.CheersMuted, l.CreatedAt, l.RevokedAt })
            .ToListAsync(cancellationToken);
        return Csv(
            ["supporter", "supporter_email", "shared_subjects", "week_summary", "weekly_email", "cheers_muted", "linked_utc", "revoked_utc"],
            links.OrderBy(l => l.Id).Select(l => new[]
            {
                l.Name ?? l.DisplayName,
                l.Email ?? string.Empty,
                l.Subjects,
                l.ShareWeekSummary ? "yes" : "no",
                l.DigestEnabled ? "yes" : "no",
                l.CheersMuted ? "yes" : "no",
                Utc(l.CreatedAt.UtcDateTime),
                l.RevokedAt is { } revoked ? Utc(revoked.UtcDateTime) : string.Empty,
            }));
    }

    private async Task<byte[]> SupporterInvitationsAsync(string patientId, CancellationToken cancellationToken)
    {
        var invitations = await db.SupporterInvitations.AsNoTracking()
            .Where(i => i.PatientId == patientId)
            .Select(i => new { i.Id, i.Email, i.Name, i.Subjects, i.ShareWeekSummary, i.CreatedAt, i.ExpiresAt, i.UsedAt, i.CancelledAt })
            .ToListAsync(cancellationToken);
        return Csv(
            ["email", "name", "shared_subjects", "week_summary", "sent_utc", "expires_utc", "accepted_utc", "cancelled_utc"],
            invitations.OrderBy(i => i.Id).Select(i => new[]
            {
                i.Email,
                i.Name ?? string.Empty,
                i.Subjects,
                i.ShareWeekSummary ? "yes" : "no",
                Utc(i.CreatedAt.UtcDateTime),
                Utc(i.ExpiresAt.UtcDateTime),
                i.UsedAt is { } used ? Utc(used.UtcDateTime) : string.Empty,
                i.CancelledAt is { } cancelled ? Utc(cancelled.UtcDateTime) : string.Empty,
            }));
    }

    private async Task<byte[]> SupportingAsync(string supporterId, CancellationToken cancellationToken)
    {
        var links = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.SupporterId == supporterId)
            .Join(db.Users, l => l.PatientId, u => u.Id, (l, u) => new { l.Id, u.DisplayName, l.CreatedAt, l.RevokedAt, l.DigestUnsubscribedAt })
            .ToListAsync(cancellationToken);
        return Csv(
            ["shares_with_me", "linked_utc", "revoked_utc", "weekly_email_unsubscribed_utc"],
            links.OrderBy(l => l.Id).Select(l => new[]
            {
                l.DisplayName,
                Utc(l.CreatedAt.UtcDateTime),
                l.RevokedAt is { } revoked ? Utc(revoked.UtcDateTime) : string.Empty,
                l.DigestUnsubscribedAt is { } unsubscribed ? Utc(unsubscribed.UtcDateTime) : string.Empty,
            }));
    }

    /// <summary>Cheers the account received (as a patient) and sent (as a supporter).</summary>
    private async Task<byte[]> CheersAsync(string userId, CancellationToken cancellationToken)
    {
        var cheers = await db.Cheers.AsNoTracking()
            .Where(c => c.PatientId == userId || c.SupporterId == userId)
            .Select(c => new
            {
                c.Id,
                c.PatientId,
                c.MomentDate,
                c.MomentSubject,
                c.Reaction,
                c.Message,
                c.CreatedAt,
                c.SeenAt,
                c.HiddenAt,
                Other = db.Users.Where(u => u.Id == (c.PatientId == userId ? c.SupporterId : c.PatientId)).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return Csv(
            ["direction", "with", "moment_date", "moment_subject", "reaction", "message", "sent_utc", "seen_utc", "hidden_utc"],
            cheers.OrderBy(c => c.Id).Select(c => new[]
            {
                c.PatientId == userId ? "received" : "sent",
                c.Other ?? "an account that no longer exists",
                JournalDates.ToRoute(c.MomentDate),
                c.MomentSubject,
                c.Reaction.ToString(),
                c.Message ?? string.Empty,
                Utc(c.CreatedAt.UtcDateTime),
                c.SeenAt is { } seen ? Utc(seen.UtcDateTime) : string.Empty,
                c.HiddenAt is { } hidden ? Utc(hidden.UtcDateTime) : string.Empty,
            }));
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
            user.FullName,
            DateOfBirth = user.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            user.ClinicReference,
            TimeZone = user.TimeZoneId,
            DistanceUnit = user.DistanceUnit.ToString(),
            Roles = roles,
            TwoFactorEnabled = user.TwoFactorEnabled,
            user.CreatedAt,
            user.LastSignInAt,
        };
        return JsonSerializer.SerializeToUtf8Bytes(profile, Json);
    }

    /// <summary>The devices that get reminder notifications: the push service address and dates, not the encryption keys.</summary>
    private async Task<byte[]> NotificationDevicesAsync(string patientId, CancellationToken cancellationToken)
    {
        var devices = await db.PushSubscriptions.AsNoTracking()
            .Where(s => s.UserId == patientId)
            .Select(s => new { s.Id, s.Endpoint, s.CreatedAt, s.LastSentAt })
            .ToListAsync(cancellationToken);
        return Csv(
            ["push_endpoint", "turned_on_utc", "last_notified_utc"],
            devices.OrderBy(d => d.Id).Select(d => new[]
            {
                d.Endpoint,
                Utc(d.CreatedAt.UtcDateTime),
                d.LastSentAt is { } sent ? Utc(sent.UtcDateTime) : string.Empty,
            }));
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
        profile.json         your account: email, name, full name, date of birth and clinic reference (if given), time zone, distance unit, roles
        clinician-notes.csv  the notes your clinicians left on your wins and weeks
        care-team.csv        the clinicians you shared your journal with, and when access ended
        access-log.csv       every time a clinician or supporter looked (or tried to look) at your data
        supporters.csv       the supporters you share wins with, what each sees, and when access ended
        supporter-invitations.csv  the invitations you sent to supporters
        supporting.csv       the people who share their wins with you, if you are someone's supporter
        cheers.csv           cheers you received on your wins, and cheers you sent as a supporter
        notification-devices.csv  the devices (browsers) you turned reminder notifications on for: their push service address and dates
        psfs-activities.csv  the activities you rate in your weekly check-in (and proposals you declined)
        check-ins.csv        your weekly check-ins: one row per activity rating (0-10), with the PEG answers
        goals.csv            your goals, their starting points, and proposals you accepted or declined
        """;

    private const string SupporterReadMe = """
        Everything Healactively holds about you as a supporter.

        profile.json    your account: email, name, roles
        supporting.csv  the people who share their wins with you, since when, and when access ended
        cheers.csv      the cheers you sent
        """;
}
