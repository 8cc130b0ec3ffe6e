namespace Healactively.Web.Data.Entities;

/// <summary>Who may run a background job until when; one row per job (see <c>Hosting/Jobs/JobLease</c>).</summary>
public sealed class JobLeaseRecord
{
    public const int NameMaxLength = 100;
    public const int HolderMaxLength = 200;

    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTime ExpiresAtUtc { get; set; }
}
