using Healactively.Domain.Sharing;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Supporters;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Cheers;

/// <summary>
/// What a supporter's cheer form posts: the moment (date and subject), a preset reaction and an optional message, about
/// the patient the page filter granted (<see cref="Care.GrantedPatient"/>, whose calendar gives the day of the limit).
/// </summary>
public sealed record CheerRequest(string SupporterId, PatientContext Patient, DateOnly? MomentDate, string? MomentSubject, string? Reaction, string? Message);

public enum SendCheerStatus
{
    Sent,

    /// <summary>No unrevoked link, or the moment is not shared with this supporter: the same answer as an unknown patient.</summary>
    NotFound,

    /// <summary>Bad input or the daily limit: nothing stored, <see cref="SendCheerOutcome.Problem"/> says why.</summary>
    Refused,
}

public sealed record SendCheerOutcome(SendCheerStatus Status, string? Problem = null);

/// <summary>
/// A supporter cheers one shared moment: the link must be unrevoked, the moment's subject ticked for this supporter
/// and the patient must have wins on that date for that subject; a preset reaction, an optional message
/// (<see cref="CheerRules"/>) and at most <see cref="CheerRules.DailyLimit"/> a day in the patient's time zone.
/// </summary>
public sealed class SendCheer(AppDbContext db, TimeProvider clock, ILogger<SendCheer> logger)
{
    public const string ChooseReaction = "Choose a reaction: Well done, Keep going or Proud of you.";

    /// <summary>The reactions as a supporter reads them, in the form's order.</summary>
    public static IReadOnlyList<(CheerReaction Reaction, string Label)> Reactions { get; } =
    [
        (CheerReaction.WellDone, "Well done"),
        (CheerReaction.KeepGoing, "Keep going"),
        (CheerReaction.ProudOfYou, "Proud of you"),
    ];

    public static string Label(CheerReaction reaction) => Reactions.FirstOrDefault(r => r.Reaction == reaction).Label ?? "Cheer";

    public async Task<SendCheerOutcome> RunAsync(CheerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var patientId = request.Patient.PatientId;
        var link = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.SupporterId == request.SupporterId && l.PatientId == patientId && l.RevokedAt == null)
            .OrderByDescending(l => l.Id)
            .Select(l => new { l.Id, l.Subjects })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null || request.MomentDate is not { } date || string.IsNullOrEmpty(request.MomentSubject))
        {
            return new SendCheerOutcome(SendCheerStatus.NotFound);
        }

        // Shared exactly as the supporter's moments page shares it (the patient's own metrics only when ticked).
        var customKeys = await db.CustomMetrics.AsNoTracking().Where(m => m.PatientId == patientId).Select(m => m.Key).ToListAsync(cancellationToken);
        if (!SupporterSubjects.WinMetricKeys(SupporterSubjects.Parse(link.Subjects, customKeys)).Contains(request.MomentSubject, StringComparer.Ordinal))
        {
            return new SendCheerOutcome(SendCheerStatus.NotFound);
        }

        var subject = request.MomentSubject;
        if (!await db.Wins.AnyAsync(w => w.PatientId == patientId && w.Date == date && w.Metric == subject, cancellationToken))
        {
            return new SendCheerOutcome(SendCheerStatus.NotFound);
        }

        if (ParseReaction(request.Reaction) is not { } reaction)
        {
            return Refused(ChooseReaction);
        }

        var (message, problem) = CheerRules.Message(request.Message);
        if (problem is not null)
        {
            return Refused(problem);
        }

        var (start, end) = CheerRules.Day(request.Patient.Today, request.Patient.Zone);
        var cheer = new Cheer
        {
            SupporterLinkId = link.Id,
            PatientId = patientId,
            SupporterId = request.SupporterId,
            MomentDate = date,
            MomentSubject = subject,
            Reaction = reaction,
            Message = message,
            CreatedAt = clock.GetUtcNow(),
        };
        if (!await AddWithinDailyLimitAsync(cheer, start, end, cancellationToken))
        {
            CheersLog.LimitReached(logger, link.Id);
            return Refused(CheerRules.LimitReached);
        }

        CheersLog.Sent(logger, cheer.Id, link.Id);
        return new SendCheerOutcome(SendCheerStatus.Sent);
    }

    /// <summary>Only the names of the preset reactions: a number or an unknown name is refused.</summary>
    public static CheerReaction? ParseReaction(string? value) =>
        value is { Length: > 0 } && char.IsLetter(value[0]) && Enum.TryParse<CheerReaction>(value, ignoreCase: false, out var reaction) && Enum.IsDefined(reaction)
            ? reaction
            : null;

    /// <summary>
    /// Counts and adds in one transaction that first writes the link's row, so two cheers posted at once queue on that
    /// row's lock (PostgreSQL) or on the database's write lock (SQLite) and the second one counts the first.
    /// </summary>
    private async Task<bool> AddWithinDailyLimitAsync(Cheer cheer, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SupporterLinks.Where(l => l.Id == cheer.SupporterLinkId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.CheersMuted, l => l.CheersMuted), cancellationToken);

        // The limit is reached when the supporter's last 20 cheers to this patient all fall in the patient's today
        // (read back and compared here: SQLite cannot compare DateTimeOffset columns).
        var latest = await db.Cheers.AsNoTracking()
            .Where(c => c.SupporterId == cheer.SupporterId && c.PatientId == cheer.PatientId)
            .OrderByDescending(c => c.Id)
            .Take(CheerRules.DailyLimit)
            .Select(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        if (latest.Count(t => t >= start && t < end) >= CheerRules.DailyLimit)
        {
            return false;
        }

        db.Cheers.Add(cheer);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static SendCheerOutcome Refused(string problem) => new(SendCheerStatus.Refused, problem);
}
