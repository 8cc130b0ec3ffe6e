using Healactively.Web.Features.Accounts;

namespace Healactively.Web.Features.Care;

/// <summary>
/// Every audit action the app writes, and the one mapping of each to plain words: the patient's "who looked" list on
/// Care team and the admin audit log both read them from here.
/// </summary>
public static class AuditActions
{
    /// <summary>A clinician read their triage list; <c>ItemCount</c> holds how many patients it showed.</summary>
    public const string Triage = "triage";

    public const string ShareCodeCreated = "share-code-created";
    public const string ShareCodeUsed = "share-code-used";
    public const string LinkRevoked = "link-revoked";
    public const string SupporterInvited = "supporter-invited";
    public const string SupporterLinked = "supporter-linked";
    public const string SupporterLinkRevoked = "supporter-link-revoked";

    /// <summary>A clinician opened the page to propose a PSFS activity or a goal.</summary>
    public const string Propose = "propose";

    /// <summary>A clinician proposed a PSFS activity or a goal (issue 16, parts 2 and 3).</summary>
    public const string PsfsProposed = "psfs-proposed";
    public const string GoalProposed = "goal-proposed";

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["timeline"] = "your win timeline",
        ["entry"] = "a journal day",
        ["report"] = "your progress report",
        ["report-pdf"] = "your progress report (PDF)",
        ["wins-export"] = "your wins (download)",
        ["fhir"] = "your data (health-record export)",
        ["note"] = "a note on your wins",
        [Propose] = "your check-in activities and goals, to suggest one",
        [CareTeamQuery.SharedWinsAction] = "your shared wins",
        [CareTeamQuery.CheerAction] = "one of your shared wins, to cheer it",
        [Triage] = "read the list of their patients",
        [ShareCodeCreated] = "created a share code",
        [ShareCodeUsed] = "used a share code and was linked",
        [LinkRevoked] = "ended a clinician's access",
        [SupporterInvited] = "invited a supporter",
        [SupporterLinked] = "accepted an invitation to support",
        [SupporterLinkRevoked] = "stopped sharing with a supporter",
        [PsfsProposed] = "proposed an activity to rate",
        [GoalProposed] = "proposed a goal",
        [AdminAudit.Invite] = "invited an account",
        [AdminAudit.InviteResend] = "sent a new invitation",
        [AdminAudit.RoleChange] = "changed an account's role",
        [AdminAudit.Lock] = "locked an account",
        [AdminAudit.Unlock] = "unlocked an account",
        [AdminAudit.Disable] = "disabled an account",
        [AdminAudit.Enable] = "enabled an account",
        [AdminAudit.Delete] = "deleted an account",
        [AdminAudit.SelfDelete] = "deleted their own account",
        [AdminAudit.InvitationAccepted] = "accepted an invitation and set a password",
        [AdminAudit.Backup] = "took a backup",
    };

    /// <summary>Every known action with its words, in the order the admin's filter lists them (by words).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
        [.. Words.OrderBy(w => w.Value, StringComparer.Ordinal)];

    /// <summary>An action in plain words; an unknown one (an older row) is shown as it is stored.</summary>
    public static string InWords(string action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Words.TryGetValue(action, out var words) ? words : action;
    }
}
